#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopdesk::storage {

// The one change log: every committed mutation's records with sequence numbers in commit
// order. Numbers are handed out under the counter row's lock, which the write batch takes
// first and holds to commit, so they are contiguous and ordered even across servers.
class ChangeLog
{
public:
    ChangeLog(Database &db, const StoreClock &clock);

    static QList<MigrationStep> migrations();
    // The notification channel servers sharing one database hear each other's commits on.
    static QString channel();

    // Logs one change in the open write batch.
    Result<void> append(const Actor &actor, const QString &entity, const QString &id,
                        const QString &op, const QJsonObject &data);
    // Logs an entity as it reads back after a write and hands that read on (a failed read
    // unlogged), so a store's write ends in one line.
    Result<QJsonObject> appendRead(const Actor &actor, const QString &entity, const QString &id,
                                   const QString &op, Result<QJsonObject> read);
    // Records after since, oldest first, at most limit.
    Result<QJsonArray> read(qint64 since, int limit);
    // One change record from a row of "seq, entity, entity_id, op, data, at, user_name".
    static QJsonObject fromRow(const SqlRows &row);
    // The last committed seq.
    Result<qint64> lastSeq();

    // --- the counter, driven by WriteBatch
    // Locks the counter until commit and continues from its seq.
    Result<void> lockCounter();
    // Stores the seqs handed out since lockCounter() and tells other servers at commit.
    Result<void> publish();
    // The last seq handed out in the open batch.
    qint64 seq() const { return m_seq; }
    void setSeq(qint64 seq) { m_seq = seq; }
    // Forgets the seqs handed out since lockCounter().
    void discard() { m_seq = m_seqAtLock; }

private:
    Database &m_db;
    const StoreClock &m_clock;
    qint64 m_seq = 0;
    qint64 m_seqAtLock = 0;
};

} // namespace shopdesk::storage
