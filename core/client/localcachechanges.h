#pragma once

#include "client/changerecord.h"
#include "client/productrecord.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace shopdesk::client {

class LocalCache;

// The change log applied to the local cache: the records of /changes and the live feed, and
// the cursor (the last seq applied), from which the next pull continues.
class LocalCacheChanges : public QObject
{
    Q_OBJECT
public:
    LocalCacheChanges(LocalCache &cache, QObject *parent = nullptr);

    // The last change-log seq applied: a pull continues with since=cursor().
    qint64 cursor() const { return m_cursor; }
    // Takes the cursor from the cache just opened (0 when it is closed).
    void readCursor();

    // Applies changes in one transaction and moves the cursor to the last seq. Records the
    // role may not read are skipped; seqs at or below the cursor are ignored.
    Result<void> apply(const QList<ChangeRecord> &changes);
    // A /changes page may end past its last record (records the role may not read).
    Result<void> advanceCursor(qint64 seq);

    // An order as the server shows it, inside the caller's transaction; the local id of its
    // row is appended to touched.
    Result<void> upsertOrderFromServer(const QJsonObject &data, qint64 serverId,
                                       QList<qint64> *touched);

signals:
    // Products created or changed (their full new state), in the order first touched.
    void productsChanged(const QList<shopdesk::client::ProductRecord> &products);
    void productsRemoved(const QStringList &skus);
    void orderChanged(qint64 localId);
    // Customers created, changed or deleted by the change log, by server id.
    void customersChanged(const QList<qint64> &ids);
    void cursorChanged(qint64 seq);
    // Every record a batch applied, kept in the cache or not: screens that follow what the
    // cache does not keep (tickets) read them here.
    void recordsApplied(const QList<shopdesk::client::ChangeRecord> &records);

private:
    LocalCache &m_cache;
    qint64 m_cursor = 0;
};

} // namespace shopdesk::client
