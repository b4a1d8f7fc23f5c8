#pragma once

#include "client/productrecord.h"
#include "domain/result.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

namespace shopdesk::client {

class LocalCache;
class LocalCacheChanges;

// A first sync by snapshot: begin() empties what a snapshot fills, apply() writes one page
// of GET /snapshot of an entity ("products", "customers", "movements", "orders"): its rows
// with their columns, or items (objects as the entity's GET shows them); finish() sets the
// cursor to the seq the first page gave, from which /changes continues. A million rows go
// through SQLite directly.
class LocalCacheSnapshot : public QObject
{
    Q_OBJECT
public:
    LocalCacheSnapshot(LocalCache &cache, LocalCacheChanges &changes, QObject *parent = nullptr);

    bool isNeeded() const;
    Result<void> begin();
    Result<void> apply(const QString &entity, const QJsonArray &items,
                       const QJsonArray &columns = {});
    Result<void> finish(qint64 seq);

signals:
    void productsChanged(const QList<shopdesk::client::ProductRecord> &products);
    void orderChanged(qint64 localId);

private:
    LocalCache &m_cache;
    LocalCacheChanges &m_changes;
};

} // namespace shopdesk::client
