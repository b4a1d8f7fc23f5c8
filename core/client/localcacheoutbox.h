#pragma once

#include "client/localorder.h"
#include "client/outboxitem.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

class QSqlQuery;

namespace shopdesk::client {

class LocalCache;

// The outbox of the local cache: mutations the user made, kept until the server answers.
// An item is pending until the server accepts or refuses it; each attempt is counted.
class LocalCacheOutbox : public QObject
{
    Q_OBJECT
public:
    LocalCacheOutbox(LocalCache &cache, QObject *parent = nullptr);

    // A mutation, and for an order the local order it stands for, in one transaction.
    Result<qint64> enqueue(OutboxItem item, const std::optional<LocalOrder> &order = std::nullopt);
    std::optional<OutboxItem> nextPending() const;
    std::optional<OutboxItem> item(qint64 id) const;
    // Pending items in sending order, then up to resolvedLimit of the latest resolved ones.
    QList<OutboxItem> items(int resolvedLimit = 200) const;
    int pendingCount() const;
    Result<void> recordAttempt(qint64 id, const QString &error);
    Result<void> markAccepted(qint64 id, int httpStatus, const QJsonObject &response);
    Result<void> markRefused(qint64 id, int httpStatus, const Error &reason);

signals:
    void outboxItemAdded(qint64 id);
    void outboxItemChanged(qint64 id);
    void pendingCountChanged(int pending);
    // The local order an item stands for changed with it.
    void orderChanged(qint64 localId);

private:
    std::optional<OutboxItem> readItem(QSqlQuery &query) const;

    LocalCache &m_cache;
};

} // namespace shopdesk::client
