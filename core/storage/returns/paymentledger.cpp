#include "storage/returns/paymentledger.h"

#include "domain/returns/paymentbalance.h"
#include "domain/tr.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString paymentColumns = u"id, order_id, method, amount_minor, currency, provider, "
                               "reference, event_id, received_at, recorded_by"_s;

QJsonObject paymentJson(const SqlRows &r)
{
    const QVariant eventId = r.value(7);
    return QJsonObject{
        {u"id"_s, r.value(0).toLongLong()},
        {u"order_id"_s, r.value(1).toLongLong()},
        {u"method"_s, r.value(2).toString()},
        {u"amount"_s, StoreValues::money(r.value(3).toLongLong(), r.value(4).toString())},
        {u"provider"_s, r.value(5).toString()},
        {u"reference"_s, r.value(6).toString()},
        {u"event_id"_s, eventId.isNull() ? QJsonValue() : QJsonValue(eventId.toString())},
        {u"received_at"_s, StoreClock::isoTime(r.value(8).toLongLong())},
        {u"recorded_by"_s, r.value(9).toString()},
    };
}

// Orders paid before payments were a list become one payment each: the total, at the paid
// status change (for cash on delivery, at delivery), by whoever made that change.
const QString migrateOldPayments =
    u"INSERT INTO order_payments (order_id, method, amount_minor, currency, provider, reference, "
    "event_id, received_at, recorded_by) "
    "SELECT o.id, o.payment_method, o.total_minor, o.currency, '', o.payment_reference, NULL, "
    "(SELECT h.at FROM order_history h WHERE h.order_id = o.id AND h.status IN "
    "('paid', 'delivered') ORDER BY h.id LIMIT 1), "
    "(SELECT h.user_name FROM order_history h WHERE h.order_id = o.id AND h.status IN "
    "('paid', 'delivered') ORDER BY h.id LIMIT 1) "
    "FROM orders o WHERE o.status IN ('paid', 'shipped', 'delivered', 'returned') AND EXISTS "
    "(SELECT 1 FROM order_history h WHERE h.order_id = o.id AND h.status IN "
    "('paid', 'delivered')) ORDER BY o.id"_s;

} // namespace

PaymentLedger::PaymentLedger(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
{}

QList<MigrationStep> PaymentLedger::migrations()
{
    return {
        {u"payments"_s,
         8,
         {
             u"CREATE TABLE order_payments (id %ID%, "
             "order_id BIGINT NOT NULL REFERENCES orders(id), method TEXT NOT NULL, "
             "amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, provider TEXT NOT NULL, "
             "reference TEXT NOT NULL, event_id TEXT, received_at BIGINT NOT NULL, "
             "recorded_by TEXT NOT NULL)"_s,
             u"CREATE INDEX order_payments_order ON order_payments(order_id, id)"_s,
             // Event ids of people's records are NULL, which the index never compares.
             u"CREATE UNIQUE INDEX order_payments_event ON order_payments(provider, event_id)"_s,
             u"CREATE TABLE refunds (id %ID%, order_id BIGINT NOT NULL REFERENCES orders(id), "
             "payment_id BIGINT REFERENCES order_payments(id), destination TEXT NOT NULL, "
             "status TEXT NOT NULL, amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, "
             "shipping_minor BIGINT NOT NULL, goodwill_minor BIGINT NOT NULL, "
             "reason TEXT NOT NULL, reference TEXT NOT NULL, double_charge INTEGER NOT NULL, "
             "requested_by TEXT NOT NULL, requested_at BIGINT NOT NULL, "
             "decided_by TEXT NOT NULL, decided_at BIGINT)"_s,
             u"CREATE INDEX refunds_order ON refunds(order_id, id)"_s,
             u"CREATE INDEX refunds_status ON refunds(status, id)"_s,
             u"CREATE TABLE refund_lines (refund_id BIGINT NOT NULL REFERENCES refunds(id), "
             "line_no INTEGER NOT NULL, sku TEXT NOT NULL, quantity BIGINT NOT NULL, "
             "unit_price_minor BIGINT NOT NULL, PRIMARY KEY (refund_id, line_no))"_s,
             // Signed entries: + a refund to store credit, − credit spent on a payment.
             u"CREATE TABLE customer_credit (id %ID%, customer_id BIGINT NOT NULL, "
             "amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, "
             "refund_id BIGINT REFERENCES refunds(id), "
             "payment_id BIGINT REFERENCES order_payments(id), at BIGINT NOT NULL, "
             "user_name TEXT NOT NULL)"_s,
             u"CREATE INDEX customer_credit_customer ON customer_credit(customer_id, id)"_s,
             migrateOldPayments,
         }}};
}

Result<qint64> PaymentLedger::insert(const Actor &actor, const Entry &entry)
{
    // ON CONFLICT: a replay waits for the first insert's transaction and then adds nothing.
    auto id = m_db.fetch(
        u"INSERT INTO order_payments (order_id, method, amount_minor, currency, provider, "
        "reference, event_id, received_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (provider, event_id) DO NOTHING RETURNING id"_s,
        {entry.orderId, entry.method, entry.amountMinor, entry.currency, entry.provider,
         entry.reference, entry.eventId.isEmpty() ? QVariant() : QVariant(entry.eventId),
         m_clock.now(), actor.username});
    if (!id)
        return id.error();
    if (!id.value().next())
        return qint64(0);
    const qint64 paymentId = id.value().value(0).toLongLong();
    if (auto ok = m_db.exec(u"UPDATE orders SET payment_reference = ? WHERE id = ? AND "
                            "payment_reference = ''"_s,
                            {entry.reference, entry.orderId});
        !ok) {
        return ok.error();
    }
    if (auto logged = m_log.appendRead(actor, u"payment"_s, QString::number(paymentId), u"create"_s,
                                       payment(paymentId));
        !logged) {
        return logged.error();
    }
    return paymentId;
}

Result<QJsonObject> PaymentLedger::payment(qint64 id)
{
    auto q =
        m_db.fetch(u"SELECT "_s + paymentColumns + u" FROM order_payments WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no payment %1.").arg(id));
    return paymentJson(q.value());
}

Result<QJsonObject> PaymentLedger::eventPayment(const QString &provider, const QString &eventId)
{
    auto q = m_db.fetch(u"SELECT "_s + paymentColumns +
                            u" FROM order_payments WHERE provider = ? AND event_id = ?"_s,
                        {provider, eventId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no payment for event %1.").arg(eventId));
    return paymentJson(q.value());
}

Result<QJsonObject> PaymentLedger::list(qint64 orderId)
{
    auto q = m_db.fetch(u"SELECT "_s + paymentColumns +
                            u" FROM order_payments WHERE order_id = ? ORDER BY id"_s,
                        {orderId});
    if (!q)
        return q.error();
    QJsonArray items;
    while (q.value().next())
        items.append(paymentJson(q.value()));
    return QJsonObject{{u"items"_s, items}};
}

Result<PaymentLedger::Sums> PaymentLedger::sums(Database &db, qint64 orderId)
{
    auto q = db.fetch(
        u"SELECT (SELECT COALESCE(SUM(amount_minor), 0) FROM order_payments WHERE order_id = ?), "
        "(SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE order_id = ? AND "
        "status = 'issued'), "
        "(SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE order_id = ? AND "
        "status = 'pending_approval'), "
        "(SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE order_id = ? AND "
        "status <> 'rejected' AND double_charge = 1)"_s,
        {orderId, orderId, orderId, orderId});
    if (!q)
        return q.error();
    Sums sums;
    if (q.value().next()) {
        sums.paid = q.value().value(0).toLongLong();
        sums.refunded = q.value().value(1).toLongLong();
        sums.pending = q.value().value(2).toLongLong();
        sums.doubleCharged = q.value().value(3).toLongLong();
    }
    return sums;
}

Result<void> PaymentLedger::addTotals(Database &db, QJsonObject &order)
{
    const auto total = Money::fromJson(order.value(u"total"_s));
    if (!total)
        return total.error();
    auto s = sums(db, order.value(u"id"_s).toInteger());
    if (!s)
        return s.error();
    const Currency &currency = total->currency();
    const returns::PaymentBalance balance(total.value(), Money(s->paid, currency),
                                          Money(s->refunded, currency));
    auto owed = balance.balance();
    if (!owed)
        return owed.error();
    order.insert(u"paid"_s, balance.paid().toJson());
    order.insert(u"refunded"_s, balance.refunded().toJson());
    order.insert(u"refund_pending"_s, Money(s->pending, currency).toJson());
    order.insert(u"balance"_s, owed->toJson());
    return {};
}

} // namespace shopdesk::storage
