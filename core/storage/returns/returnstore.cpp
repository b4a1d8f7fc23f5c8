#include "storage/returns/returnstore.h"

#include "domain/returns/returnstatus.h"
#include "domain/tr.h"
#include "storage/care/personaldata.h"
#include "storage/keysetquery.h"
#include "storage/shopstore.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

#include <QJsonArray>

#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

constexpr qint64 dayMsecs = 24LL * 60 * 60 * 1000;

const QString returnColumns =
    u"r.id, r.order_id, o.customer_id, c.name, r.ticket_id, r.status, r.reason, r.note, "
    "r.requested_by, r.requested_at, r.approved_by, r.approved_at, r.rejected_by, "
    "r.rejected_at, r.rejection_reason, r.received_by, r.received_at, r.exchange_order_id, "
    "r.updated_at FROM order_returns r JOIN orders o ON o.id = r.order_id "
    "JOIN customers c ON c.id = o.customer_id"_s;

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonValue idOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

QJsonObject returnFromRow(const SqlRows &q)
{
    const qint64 id = q.value(0).toLongLong();
    return QJsonObject{
        {u"id"_s, id},
        {u"number"_s, u"R-%1"_s.arg(id)},
        {u"order_id"_s, q.value(1).toLongLong()},
        {u"customer_id"_s, q.value(2).toLongLong()},
        {u"customer_name"_s, q.value(3).toString()},
        {u"ticket_id"_s, idOrNull(q.value(4))},
        {u"status"_s, q.value(5).toString()},
        {u"reason"_s, q.value(6).toString()},
        {u"note"_s, q.value(7).toString()},
        {u"requested_by"_s, q.value(8).toString()},
        {u"requested_at"_s, StoreClock::isoTime(q.value(9).toLongLong())},
        {u"approved_by"_s, textOrNull(q.value(10))},
        {u"approved_at"_s, StoreClock::isoTimeOrNull(q.value(11))},
        {u"rejected_by"_s, textOrNull(q.value(12))},
        {u"rejected_at"_s, StoreClock::isoTimeOrNull(q.value(13))},
        {u"rejection_reason"_s, textOrNull(q.value(14))},
        {u"received_by"_s, textOrNull(q.value(15))},
        {u"received_at"_s, StoreClock::isoTimeOrNull(q.value(16))},
        {u"exchange_order_id"_s, idOrNull(q.value(17))},
        {u"updated_at"_s, StoreClock::isoTime(q.value(18).toLongLong())},
    };
}

Error wrongStatus(qint64 id, const QString &status, const QString &action)
{
    return Error{u"invalid_status"_s,
                 Tr::tr("Return R-%1 is %2 and cannot be %3.").arg(id).arg(status, action),
                 QJsonObject{{u"status"_s, status}}};
}

bool allows(const QString &status, returns::ReturnAction action)
{
    const auto parsed = returns::parseReturnStatus(status);
    return parsed && returns::returnAllows(*parsed, action);
}

} // namespace

ReturnStore::ReturnStore(ShopStore &store, int windowDays)
    : m_store(store)
    , m_db(store.database())
    , m_windowMsecs(qint64(windowDays) * dayMsecs)
{}

QList<MigrationStep> ReturnStore::migrations()
{
    return {
        {u"returns"_s,
         9,
         {
             u"CREATE TABLE order_returns (id %ID%, "
             "order_id BIGINT NOT NULL REFERENCES orders(id), "
             "ticket_id BIGINT REFERENCES tickets(id), status TEXT NOT NULL, "
             "reason TEXT NOT NULL, note TEXT NOT NULL, requested_by TEXT NOT NULL, "
             "requested_at BIGINT NOT NULL, approved_by TEXT, approved_at BIGINT, "
             "rejected_by TEXT, rejected_at BIGINT, rejection_reason TEXT, "
             "received_by TEXT, received_at BIGINT, "
             "exchange_order_id BIGINT REFERENCES orders(id), updated_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX order_returns_order ON order_returns(order_id)"_s,
             u"CREATE INDEX order_returns_status ON order_returns(status)"_s,
             u"CREATE INDEX order_returns_ticket ON order_returns(ticket_id)"_s,
             // One exchange per return, and an order replaces at most one return.
             u"CREATE UNIQUE INDEX order_returns_exchange ON order_returns(exchange_order_id)"_s,
             u"CREATE TABLE order_return_lines ("
             "return_id BIGINT NOT NULL REFERENCES order_returns(id), sku TEXT NOT NULL, "
             "name TEXT NOT NULL, quantity BIGINT NOT NULL, restocked BIGINT NOT NULL, "
             "written_off BIGINT NOT NULL, location TEXT, PRIMARY KEY (return_id, sku))"_s,
         }}};
}

QList<TimelineSource> ReturnStore::timelineSources()
{
    return {
        {u"return"_s, u"order_returns"_s,
         u"SELECT r.requested_at AS at, r.id AS n, r.requested_by, r.order_id, r.ticket_id, "
         "r.status, r.note, NULL, NULL, NULL, r.reason FROM order_returns r "
         "JOIN orders o ON o.id = r.order_id WHERE o.customer_id = ?"_s,
         1, u"reason"_s},
        // The return instructions and the receipt confirmations sent to the customer.
        {u"mail_sent"_s, u"order_returns"_s,
         u"SELECT COALESCE(m.sent_at, m.created_at) AS at, m.id AS n, '', r.order_id, "
         "r.ticket_id, m.status, NULL, m.subject, NULL, NULL, m.kind FROM mail_outbox m "
         "JOIN order_returns r ON m.reference = CAST(r.id AS TEXT) "
         "JOIN orders o ON o.id = r.order_id WHERE o.customer_id = ? "
         "AND m.kind IN ('return_instructions', 'return_received')"_s,
         1, u"mail_kind"_s},
    };
}

Result<void> ReturnStore::eraseCustomerData(ShopStore &store, const QList<qint64> &customers,
                                            const PersonalData &data)
{
    Database &db = store.database();
    auto q = db.fetch(u"SELECT r.id, r.note, r.rejection_reason FROM order_returns r "
                      "JOIN orders o ON o.id = r.order_id WHERE o.customer_id IN ("_s +
                          StoreValues::placeholders(customers.size()) + u")"_s,
                      StoreValues::values(customers));
    if (!q)
        return q.error();
    QList<std::tuple<qint64, QString, QVariant>> changed;
    while (q.value().next()) {
        const QString note = q.value().value(1).toString();
        const QVariant rejection = q.value().value(2);
        if (data.foundIn(note) || data.foundIn(rejection.toString())) {
            changed.append(
                {q.value().value(0).toLongLong(), data.scrub(note),
                 rejection.isNull() ? rejection : QVariant(data.scrub(rejection.toString()))});
        }
    }
    for (const auto &[id, note, rejection] : changed) {
        if (auto ok = db.exec(u"UPDATE order_returns SET note = ?, rejection_reason = ? "
                              "WHERE id = ?"_s,
                              {note, rejection, id});
            !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> ReturnStore::addExchangeLink(Database &db, QJsonObject &order)
{
    auto link = db.scalar(u"SELECT id FROM order_returns WHERE exchange_order_id = ?"_s,
                          {order.value(u"id"_s).toInteger()});
    if (!link)
        return link.error();
    order.insert(u"exchange_for_return"_s, idOrNull(link.value()));
    return {};
}

Result<QJsonObject> ReturnStore::returnById(qint64 id)
{
    auto q = m_db.fetch(u"SELECT "_s + returnColumns + u" WHERE r.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no return R-%1.").arg(id));
    QJsonObject ret = returnFromRow(q.value());
    auto lines = m_db.fetch(u"SELECT sku, name, quantity, restocked, written_off, location "
                            "FROM order_return_lines WHERE return_id = ? ORDER BY sku"_s,
                            {id});
    if (!lines)
        return lines.error();
    const bool received = ret.value(u"status"_s).toString() == u"received"_s;
    QJsonArray lineArray;
    while (lines.value().next()) {
        const SqlRows &l = lines.value();
        const qint64 quantity = l.value(2).toLongLong();
        const qint64 back = l.value(3).toLongLong() + l.value(4).toLongLong();
        lineArray.append(QJsonObject{{u"sku"_s, l.value(0).toString()},
                                     {u"name"_s, l.value(1).toString()},
                                     {u"quantity"_s, quantity},
                                     {u"restocked"_s, l.value(3).toLongLong()},
                                     {u"written_off"_s, l.value(4).toLongLong()},
                                     {u"missing"_s, received ? quantity - back : 0},
                                     {u"location"_s, textOrNull(l.value(5))}});
    }
    ret.insert(u"lines"_s, lineArray);
    // The window runs from delivery; an order not delivered yet is within it.
    auto delivered = m_db.scalar(u"SELECT MAX(at) FROM order_history WHERE order_id = ? "
                                 "AND status = 'delivered'"_s,
                                 {ret.value(u"order_id"_s).toInteger()});
    if (!delivered)
        return delivered.error();
    ret.insert(u"delivered_at"_s, StoreClock::isoTimeOrNull(delivered.value()));
    ret.insert(u"window_ends_at"_s, delivered.value().isNull()
                                        ? QJsonValue()
                                        : QJsonValue(StoreClock::isoTime(
                                              delivered.value().toLongLong() + m_windowMsecs)));
    return ret;
}

Result<QJsonObject> ReturnStore::list(const Filter &filter, int limit, qint64 after)
{
    KeysetQuery query(u"SELECT r.id FROM order_returns r"_s, u"-r.id"_s,
                      after > 0 ? -after : -std::numeric_limits<qint64>::max());
    if (!filter.status.isEmpty())
        query.where(u"r.status = ?"_s, {filter.status});
    if (filter.orderId > 0)
        query.where(u"r.order_id = ?"_s, {filter.orderId});
    if (filter.ticketId > 0)
        query.where(u"r.ticket_id = ?"_s, {filter.ticketId});
    // The page of ids first, then each return: no statement stays open while they are read.
    auto ids = query.page(
        m_db, limit,
        [](const SqlRows &r) {
            return QJsonObject{{u"id"_s, r.value(0).toLongLong()}};
        },
        KeysetQuery::idCursor);
    if (!ids)
        return ids;
    QJsonArray items;
    for (const QJsonValue &id : ids.value().value(u"items"_s).toArray()) {
        auto ret = returnById(id.toObject().value(u"id"_s).toInteger());
        if (!ret)
            return ret.error();
        items.append(ret.value());
    }
    QJsonObject page = ids.value();
    page.insert(u"items"_s, items);
    return page;
}

Result<QJsonObject> ReturnStore::lockOrder(qint64 orderId)
{
    auto q = m_db.fetch(u"SELECT status, customer_id FROM orders WHERE id = ?"_s +
                            m_db.dialect().forUpdate(),
                        {orderId});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return Error{u"unknown_order"_s, Tr::tr("There is no order %1.").arg(orderId),
                     QJsonObject{{u"order_id"_s, orderId}}};
    }
    return QJsonObject{{u"status"_s, q.value().value(0).toString()},
                       {u"customer_id"_s, q.value().value(1).toLongLong()}};
}

Result<void> ReturnStore::checkTicket(const ReturnInput &input, const QJsonObject &order)
{
    if (input.ticketId <= 0)
        return {};
    auto q =
        m_db.fetch(u"SELECT customer_id, order_id FROM tickets WHERE id = ?"_s, {input.ticketId});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return Error{u"unknown_ticket"_s, Tr::tr("There is no ticket %1.").arg(input.ticketId),
                     QJsonObject{{u"ticket_id"_s, input.ticketId}}};
    }
    const bool sameCustomer =
        q.value().value(0).toLongLong() == order.value(u"customer_id"_s).toInteger();
    const bool sameOrder =
        q.value().value(1).isNull() || q.value().value(1).toLongLong() == input.orderId;
    if (!sameCustomer || !sameOrder) {
        return Error{u"ticket_mismatch"_s,
                     Tr::tr("Ticket T-%1 is about another customer or order.").arg(input.ticketId),
                     QJsonObject{{u"ticket_id"_s, input.ticketId}}};
    }
    return {};
}

Result<QHash<QString, qint64>> ReturnStore::shippedUnits(qint64 orderId)
{
    auto q = m_db.fetch(u"SELECT sku, SUM(quantity) FROM order_lines WHERE order_id = ? "
                        "GROUP BY sku"_s,
                        {orderId});
    if (!q)
        return q.error();
    QHash<QString, qint64> units;
    while (q.value().next())
        units.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    return units;
}

Result<QHash<QString, qint64>> ReturnStore::claimedUnits(qint64 orderId)
{
    auto q = m_db.fetch(
        u"SELECT l.sku, SUM(CASE WHEN r.status = 'received' THEN l.restocked + l.written_off "
        "ELSE l.quantity END) FROM order_return_lines l JOIN order_returns r "
        "ON r.id = l.return_id WHERE r.order_id = ? "
        "AND r.status IN ('requested', 'approved', 'received') GROUP BY l.sku"_s,
        {orderId});
    if (!q)
        return q.error();
    QHash<QString, qint64> units;
    while (q.value().next())
        units.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    return units;
}

Result<void> ReturnStore::checkLines(const ReturnInput &input)
{
    auto shipped = shippedUnits(input.orderId);
    if (!shipped)
        return shipped.error();
    auto claimed = claimedUnits(input.orderId);
    if (!claimed)
        return claimed.error();
    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        const ReturnInput::Line &line = input.lines[i];
        if (!shipped->contains(line.sku)) {
            return Error{u"not_on_order"_s,
                         Tr::tr("%1 is not on order %2.").arg(line.sku).arg(input.orderId),
                         QJsonObject{{u"sku"_s, line.sku}, {u"line"_s, i}}};
        }
        const qint64 returnable = shipped->value(line.sku) - claimed->value(line.sku);
        if (line.quantity > returnable) {
            return Error{
                u"quantity_exceeds_returnable"_s,
                Tr::tr("Only %1 of %2 can still be returned.").arg(returnable).arg(line.sku),
                QJsonObject{{u"sku"_s, line.sku},
                            {u"requested"_s, line.quantity},
                            {u"returnable"_s, returnable},
                            {u"line"_s, i}}};
        }
    }
    return {};
}

Result<qint64> ReturnStore::insert(const Actor &actor, const ReturnInput &input,
                                   const QString &status)
{
    const qint64 now = m_store.clock().now();
    auto id = m_db.scalar(
        u"INSERT INTO order_returns (order_id, ticket_id, status, reason, note, requested_by, "
        "requested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {input.orderId,
         input.ticketId > 0 ? QVariant(input.ticketId) : QVariant(QMetaType(QMetaType::LongLong)),
         status, input.reason, input.note, actor.username, now, now});
    if (!id)
        return id.error();
    const qint64 returnId = id.value().toLongLong();
    for (const auto &line : input.lines) {
        auto name =
            m_db.scalar(u"SELECT MIN(name) FROM order_lines WHERE order_id = ? AND sku = ?"_s,
                        {input.orderId, line.sku});
        if (!name)
            return name.error();
        if (auto ok = m_db.exec(u"INSERT INTO order_return_lines (return_id, sku, name, quantity, "
                                "restocked, written_off) VALUES (?, ?, ?, ?, 0, 0)"_s,
                                {returnId, line.sku, name.value().toString(), line.quantity});
            !ok) {
            return ok.error();
        }
    }
    return returnId;
}

Result<QJsonObject> ReturnStore::create(const Actor &actor, const ReturnInput &input, bool approve,
                                        bool mayApproveLate)
{
    auto order = lockOrder(input.orderId);
    if (!order)
        return order;
    const QString status = order->value(u"status"_s).toString();
    if (status != u"shipped"_s && status != u"delivered"_s) {
        return Error{u"invalid_status"_s,
                     Tr::tr("Order %1 is %2: only shipped or delivered goods can be returned.")
                         .arg(input.orderId)
                         .arg(status),
                     QJsonObject{{u"status"_s, status}}};
    }
    if (auto ok = checkTicket(input, order.value()); !ok)
        return ok.error();
    if (auto ok = checkLines(input); !ok)
        return ok.error();
    auto id = insert(actor, input, u"requested"_s);
    if (!id)
        return id.error();
    if (approve) {
        if (auto ok = approveLocked(actor, id.value(), input.orderId, mayApproveLate); !ok)
            return ok.error();
    }
    return logReturn(actor, id.value(), u"create"_s);
}

Result<QJsonObject> ReturnStore::lockReturn(qint64 id)
{
    auto q = m_db.fetch(u"SELECT order_id, status, exchange_order_id FROM order_returns "
                        "WHERE id = ?"_s +
                            m_db.dialect().forUpdate(),
                        {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no return R-%1.").arg(id));
    return QJsonObject{{u"id"_s, id},
                       {u"order_id"_s, q.value().value(0).toLongLong()},
                       {u"status"_s, q.value().value(1).toString()},
                       {u"exchange_order_id"_s, idOrNull(q.value().value(2))}};
}

Result<void> ReturnStore::approveLocked(const Actor &actor, qint64 id, qint64 orderId,
                                        bool mayApproveLate)
{
    const qint64 now = m_store.clock().now();
    auto delivered = m_db.scalar(u"SELECT MAX(at) FROM order_history WHERE order_id = ? "
                                 "AND status = 'delivered'"_s,
                                 {orderId});
    if (!delivered)
        return delivered.error();
    if (!delivered.value().isNull() && now > delivered.value().toLongLong() + m_windowMsecs &&
        !mayApproveLate) {
        return Error{
            u"approval_required"_s,
            Tr::tr("Order %1 was delivered more than %2 days ago: a manager or quality "
                   "assurance approves this return.")
                .arg(orderId)
                .arg(m_windowMsecs / dayMsecs),
            QJsonObject{{u"delivered_at"_s, StoreClock::isoTime(delivered.value().toLongLong())},
                        {u"window_days"_s, m_windowMsecs / dayMsecs}}};
    }
    return m_db.exec(u"UPDATE order_returns SET status = 'approved', approved_by = ?, "
                     "approved_at = ?, updated_at = ? WHERE id = ?"_s,
                     {actor.username, now, now, id});
}

Result<QJsonObject> ReturnStore::approve(const Actor &actor, qint64 id, bool mayApproveLate)
{
    auto row = lockReturn(id);
    if (!row)
        return row;
    const QString status = row->value(u"status"_s).toString();
    if (!allows(status, returns::ReturnAction::Approve))
        return wrongStatus(id, status, Tr::tr("approved"));
    if (auto ok = approveLocked(actor, id, row->value(u"order_id"_s).toInteger(), mayApproveLate);
        !ok) {
        return ok.error();
    }
    return logReturn(actor, id, u"update"_s);
}

Result<QJsonObject> ReturnStore::reject(const Actor &actor, qint64 id, const QString &reason)
{
    auto row = lockReturn(id);
    if (!row)
        return row;
    const QString status = row->value(u"status"_s).toString();
    if (!allows(status, returns::ReturnAction::Reject))
        return wrongStatus(id, status, Tr::tr("rejected"));
    const qint64 now = m_store.clock().now();
    if (auto ok = m_db.exec(u"UPDATE order_returns SET status = 'rejected', rejected_by = ?, "
                            "rejected_at = ?, rejection_reason = ?, updated_at = ? WHERE id = ?"_s,
                            {actor.username, now, reason, now, id});
        !ok) {
        return ok.error();
    }
    return logReturn(actor, id, u"update"_s);
}

Result<QJsonObject> ReturnStore::cancel(const Actor &actor, qint64 id)
{
    auto row = lockReturn(id);
    if (!row)
        return row;
    const QString status = row->value(u"status"_s).toString();
    if (!allows(status, returns::ReturnAction::Cancel))
        return wrongStatus(id, status, Tr::tr("cancelled"));
    if (auto ok = m_db.exec(u"UPDATE order_returns SET status = 'cancelled', updated_at = ? "
                            "WHERE id = ?"_s,
                            {m_store.clock().now(), id});
        !ok) {
        return ok.error();
    }
    return logReturn(actor, id, u"update"_s);
}

Result<QJsonObject> ReturnStore::logReturn(const Actor &actor, qint64 id, const QString &op)
{
    return m_store.changes().appendRead(actor, u"return"_s, QString::number(id), op,
                                        returnById(id));
}

} // namespace shopdesk::storage
