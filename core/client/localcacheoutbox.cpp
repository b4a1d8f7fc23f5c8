#include "client/localcacheoutbox.h"

#include "client/localcache.h"
#include "client/localcachesql.h"
#include "client/localcachetransaction.h"
#include "domain/jsontext.h"
#include "domain/tr.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

LocalCacheOutbox::LocalCacheOutbox(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

Result<qint64> LocalCacheOutbox::enqueue(OutboxItem item, const std::optional<LocalOrder> &order)
{
    QSqlDatabase db = m_cache.database();
    // What the user queued must survive a power cut, also while a first sync writes its pages
    // with synchronous=NORMAL (the rest of that sync then writes durably too).
    if (auto r = cachesql::exec(db, u"PRAGMA synchronous=FULL"_s); !r)
        return r.error();
    LocalCacheTransaction transaction(db);
    if (!transaction.isActive())
        return Error{u"cache_error"_s, db.lastError().text(), {}};
    if (order) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO orders (status, customer_id, data, updated_at) "
                  "VALUES ('queued', ?, ?, ?)"_s);
        q.addBindValue(order->order.customerId.value());
        q.addBindValue(jsonToText(order->order.toJson()));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec())
            return cachesql::sqlError(q);
        item.orderLocalId = q.lastInsertId().toLongLong();
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outbox (kind, method, path, body, idempotency_key, summary, "
              "order_local_id, created_at) VALUES (?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(item.kind);
    q.addBindValue(QString::fromLatin1(item.method));
    q.addBindValue(item.path);
    q.addBindValue(item.body);
    q.addBindValue(item.idempotencyKey);
    q.addBindValue(item.summary);
    q.addBindValue(item.orderLocalId > 0 ? QVariant(item.orderLocalId) : QVariant());
    q.addBindValue((item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    if (!q.exec())
        return cachesql::sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Error{u"cache_error"_s, db.lastError().text(), {}};
    emit outboxItemAdded(id);
    if (item.orderLocalId > 0)
        emit orderChanged(item.orderLocalId);
    emit pendingCountChanged(pendingCount());
    return id;
}

namespace {

OutboxItem::State stateFromName(const QString &name)
{
    if (name == u"accepted"_s)
        return OutboxItem::State::Accepted;
    if (name == u"refused"_s)
        return OutboxItem::State::Refused;
    return OutboxItem::State::Pending;
}

const QString outboxColumns =
    u"id, kind, method, path, body, idempotency_key, summary, order_local_id, created_at, "
    "state, attempts, last_error, http_status, response, refusal, resolved_at"_s;
} // namespace

std::optional<OutboxItem> LocalCacheOutbox::readItem(QSqlQuery &q) const
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.kind = q.value(1).toString();
    item.method = q.value(2).toString().toLatin1();
    item.path = q.value(3).toString();
    item.body = q.value(4).toByteArray();
    item.idempotencyKey = q.value(5).toString();
    item.summary = q.value(6).toString();
    item.orderLocalId = q.value(7).toLongLong();
    item.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    item.state = stateFromName(q.value(9).toString());
    item.attempts = q.value(10).toInt();
    item.lastError = q.value(11).toString();
    item.httpStatus = q.value(12).toInt();
    item.response = jsonFromText(q.value(13).toString());
    if (!q.value(14).isNull())
        item.refusal = cachesql::errorFromJson(q.value(14).toString());
    item.resolvedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    return item;
}

std::optional<OutboxItem> LocalCacheOutbox::nextPending() const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT "_s + outboxColumns +
              u" FROM outbox WHERE state = 'pending' ORDER BY id LIMIT 1"_s);
    return readItem(q);
}

std::optional<OutboxItem> LocalCacheOutbox::item(qint64 id) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT "_s + outboxColumns + u" FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    return readItem(q);
}

QList<OutboxItem> LocalCacheOutbox::items(int resolvedLimit) const
{
    QList<qint64> ids;
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT id FROM (SELECT id FROM outbox WHERE state = 'pending' UNION ALL "
              "SELECT id FROM (SELECT id FROM outbox WHERE state != 'pending' ORDER BY id DESC "
              "LIMIT ?)) ORDER BY id"_s);
    q.addBindValue(resolvedLimit);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QList<OutboxItem> items;
    for (qint64 id : std::as_const(ids)) {
        if (auto item = this->item(id))
            items.append(*item);
    }
    return items;
}

int LocalCacheOutbox::pendingCount() const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<void> LocalCacheOutbox::recordAttempt(qint64 id, const QString &error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"_s);
    q.addBindValue(error);
    q.addBindValue(id);
    if (!q.exec())
        return cachesql::sqlError(q);
    emit outboxItemChanged(id);
    return {};
}

Result<void> LocalCacheOutbox::markAccepted(qint64 id, int httpStatus, const QJsonObject &response)
{
    const auto item = this->item(id);
    if (!item)
        return Result<void>::failure(u"no_such_item"_s, Tr::tr("No such outbox entry."));
    QSqlDatabase db = m_cache.database();
    LocalCacheTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'accepted', attempts = attempts + 1, last_error = NULL, "
              "http_status = ?, response = ?, resolved_at = ? WHERE id = ?"_s);
    q.addBindValue(httpStatus);
    q.addBindValue(jsonToText(response));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return cachesql::sqlError(q);
    if (item->orderLocalId > 0) {
        const qint64 serverId = qint64(response.value(u"id"_s).toDouble());
        // The live feed may have brought the order before this answer: keep one row.
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM orders WHERE server_id = ? AND local_id != ?"_s);
        drop.addBindValue(serverId);
        drop.addBindValue(item->orderLocalId);
        if (!drop.exec())
            return cachesql::sqlError(drop);
        QSqlQuery order(db);
        order.prepare(u"UPDATE orders SET server_id = ?, status = ?, data = ?, refusal = NULL, "
                      "updated_at = ? WHERE local_id = ?"_s);
        order.addBindValue(serverId > 0 ? QVariant(serverId) : QVariant());
        order.addBindValue(response.value(u"status"_s).toString());
        order.addBindValue(jsonToText(response));
        order.addBindValue(response.value(u"updated_at"_s).toString());
        order.addBindValue(item->orderLocalId);
        if (!order.exec())
            return cachesql::sqlError(order);
    }
    if (!transaction.commit())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());
    emit outboxItemChanged(id);
    if (item->orderLocalId > 0)
        emit orderChanged(item->orderLocalId);
    emit pendingCountChanged(pendingCount());
    return {};
}

Result<void> LocalCacheOutbox::markRefused(qint64 id, int httpStatus, const Error &reason)
{
    const auto item = this->item(id);
    if (!item)
        return Result<void>::failure(u"no_such_item"_s, Tr::tr("No such outbox entry."));
    QSqlDatabase db = m_cache.database();
    LocalCacheTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'refused', attempts = attempts + 1, last_error = NULL, "
              "http_status = ?, refusal = ?, resolved_at = ? WHERE id = ?"_s);
    q.addBindValue(httpStatus);
    q.addBindValue(cachesql::errorToJson(reason));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return cachesql::sqlError(q);
    if (item->orderLocalId > 0) {
        QSqlQuery order(db);
        order.prepare(
            u"UPDATE orders SET status = 'refused', refusal = ?, updated_at = ? WHERE local_id = ?"_s);
        order.addBindValue(cachesql::errorToJson(reason));
        order.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        order.addBindValue(item->orderLocalId);
        if (!order.exec())
            return cachesql::sqlError(order);
    }
    if (!transaction.commit())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());
    emit outboxItemChanged(id);
    if (item->orderLocalId > 0)
        emit orderChanged(item->orderLocalId);
    emit pendingCountChanged(pendingCount());
    return {};
}

} // namespace shopdesk::client
