#include "storage/returns/refundstore.h"

#include "domain/returns/paymentbalance.h"
#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/returns/creditledger.h"
#include "storage/returns/paymentledger.h"
#include "storage/shopstore.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

#include <QJsonArray>

#include <map>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

using PricedLines = QList<std::pair<QString, std::pair<qint64, qint64>>>;

const QString refundColumns =
    u"r.id, r.order_id, r.payment_id, r.destination, r.status, r.amount_minor, r.currency, "
    "r.shipping_minor, r.goodwill_minor, r.reason, r.reference, r.double_charge, "
    "r.requested_by, r.requested_at, r.decided_by, r.decided_at, o.customer_id"_s;

QJsonObject refundJson(const SqlRows &r)
{
    const QString currency = r.value(6).toString();
    const QVariant payment = r.value(2);
    return QJsonObject{
        {u"id"_s, r.value(0).toLongLong()},
        {u"order_id"_s, r.value(1).toLongLong()},
        {u"payment_id"_s, payment.isNull() ? QJsonValue() : QJsonValue(payment.toLongLong())},
        {u"destination"_s, r.value(3).toString()},
        {u"status"_s, r.value(4).toString()},
        {u"amount"_s, StoreValues::money(r.value(5).toLongLong(), currency)},
        {u"shipping"_s, StoreValues::money(r.value(7).toLongLong(), currency)},
        {u"goodwill"_s, StoreValues::money(r.value(8).toLongLong(), currency)},
        {u"reason"_s, r.value(9).toString()},
        {u"reference"_s, r.value(10).toString()},
        {u"double_charge"_s, r.value(11).toInt() != 0},
        {u"requested_by"_s, r.value(12).toString()},
        {u"requested_at"_s, StoreClock::isoTime(r.value(13).toLongLong())},
        {u"decided_by"_s, r.value(14).toString()},
        {u"decided_at"_s, StoreClock::isoTimeOrNull(r.value(15))},
        {u"customer_id"_s, r.value(16).toLongLong()},
    };
}

Error refusal(const QString &code, const QString &message, const QJsonObject &details = {})
{
    return Error{code, message, details};
}

} // namespace

RefundStore::RefundStore(ShopStore &store)
    : m_store(store)
{}

Result<QJsonObject> RefundStore::refund(qint64 id)
{
    Database &db = m_store.database();
    auto q = db.fetch(u"SELECT "_s + refundColumns +
                          u" FROM refunds r JOIN orders o ON o.id = r.order_id WHERE r.id = ?"_s,
                      {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no refund %1.").arg(id));
    QJsonObject refund = refundJson(q.value());
    const QString currency = refund.value(u"amount"_s).toObject().value(u"currency"_s).toString();
    auto lines = db.fetch(u"SELECT sku, quantity, unit_price_minor FROM refund_lines "
                          "WHERE refund_id = ? ORDER BY line_no"_s,
                          {id});
    if (!lines)
        return lines.error();
    QJsonArray items;
    while (lines.value().next()) {
        const qint64 quantity = lines.value().value(1).toLongLong();
        const qint64 unit = lines.value().value(2).toLongLong();
        items.append(QJsonObject{{u"sku"_s, lines.value().value(0).toString()},
                                 {u"quantity"_s, quantity},
                                 {u"unit_price"_s, StoreValues::money(unit, currency)},
                                 {u"line_total"_s, StoreValues::money(unit * quantity, currency)}});
    }
    refund.insert(u"lines"_s, items);
    return refund;
}

Result<QJsonObject> RefundStore::forOrder(qint64 orderId)
{
    if (auto exists = m_store.orders().creator(orderId); !exists)
        return exists.error();
    auto ids = m_store.database().ids(u"SELECT id FROM refunds WHERE order_id = ? ORDER BY id"_s,
                                      {orderId});
    if (!ids)
        return ids.error();
    QJsonArray items;
    for (qint64 id : ids.value()) {
        auto r = refund(id);
        if (!r)
            return r.error();
        items.append(r.value());
    }
    return QJsonObject{{u"items"_s, items}};
}

Result<QJsonObject> RefundStore::list(const QString &status, int limit, qint64 after)
{
    KeysetQuery query(u"SELECT id FROM refunds"_s, u"id"_s, after);
    if (!status.isEmpty())
        query.where(u"status = ?"_s, {status});
    auto ids = query.page(
        m_store.database(), limit,
        [](const SqlRows &r) {
            return QJsonObject{{u"id"_s, r.value(0).toLongLong()}};
        },
        KeysetQuery::idCursor);
    if (!ids)
        return ids;
    QJsonArray items;
    for (const QJsonValue &id : ids.value().value(u"items"_s).toArray()) {
        auto r = refund(id.toObject().value(u"id"_s).toInteger());
        if (!r)
            return r.error();
        items.append(r.value());
    }
    QJsonObject page = ids.value();
    page.insert(u"items"_s, items);
    return page;
}

// Each SKU's units against what the order holds minus what refunds (not rejected) took.
Result<PricedLines> RefundStore::priceLines(qint64 orderId, const Input &input)
{
    std::map<QString, qint64> wanted;
    for (const auto &[sku, units] : input.lines)
        wanted[sku] += units;
    Database &db = m_store.database();
    PricedLines priced;
    for (const auto &[sku, units] : wanted) {
        auto q = db.fetch(
            u"SELECT SUM(quantity), MIN(unit_price_minor), "
            "(SELECT COALESCE(SUM(rl.quantity), 0) FROM refund_lines rl JOIN refunds r ON "
            "r.id = rl.refund_id WHERE r.order_id = ? AND r.status <> 'rejected' AND rl.sku = ?) "
            "FROM order_lines WHERE order_id = ? AND sku = ?"_s,
            {orderId, sku, orderId, sku});
        if (!q)
            return q.error();
        if (!q.value().next() || q.value().value(0).isNull()) {
            return refusal(u"line_not_on_order"_s,
                           Tr::tr("Order %1 has no line %2.").arg(orderId).arg(sku),
                           QJsonObject{{u"sku"_s, sku}});
        }
        const qint64 ordered = q.value().value(0).toLongLong();
        const qint64 refunded = q.value().value(2).toLongLong();
        if (units > ordered - refunded) {
            return refusal(u"refund_quantity_exceeds"_s,
                           Tr::tr("Order %1 has %2 units of %3, %4 of them refunded already.")
                               .arg(orderId)
                               .arg(ordered)
                               .arg(sku)
                               .arg(refunded),
                           QJsonObject{{u"sku"_s, sku},
                                       {u"ordered"_s, ordered},
                                       {u"refunded"_s, refunded},
                                       {u"requested"_s, units}});
        }
        priced.append({sku, {units, q.value().value(1).toLongLong()}});
    }
    return priced;
}

// The payment a refund to the original method goes back to: the one named (it must be this
// order's), else the order's latest. A payment gives back at most what it took.
Result<qint64> RefundStore::tiePayment(qint64 orderId, const Input &input, qint64 amount)
{
    Database &db = m_store.database();
    qint64 paymentId = input.paymentId;
    if (paymentId == 0 && input.destination == u"original"_s) {
        auto latest =
            db.scalar(u"SELECT MAX(id) FROM order_payments WHERE order_id = ?"_s, {orderId}, 0);
        if (!latest)
            return latest.error();
        paymentId = latest.value().toLongLong();
    }
    if (paymentId == 0)
        return qint64(0);
    auto q = db.fetch(u"SELECT p.order_id, p.amount_minor, (SELECT COALESCE(SUM(r.amount_minor), "
                      "0) FROM refunds r WHERE r.payment_id = p.id AND r.status <> 'rejected') "
                      "FROM order_payments p WHERE p.id = ?"_s,
                      {paymentId});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).toLongLong() != orderId) {
        return refusal(u"payment_not_on_order"_s,
                       Tr::tr("Payment %1 was not made for order %2: a refund goes back only by a "
                              "payment the order received.")
                           .arg(paymentId)
                           .arg(orderId),
                       QJsonObject{{u"payment_id"_s, paymentId}});
    }
    const qint64 left = q.value().value(1).toLongLong() - q.value().value(2).toLongLong();
    if (amount > left) {
        return refusal(u"refund_exceeds_payment"_s,
                       Tr::tr("Payment %1 has %2 minor units left to refund, less than %3.")
                           .arg(paymentId)
                           .arg(left)
                           .arg(amount),
                       QJsonObject{{u"payment_id"_s, paymentId}, {u"refundable_minor"_s, left}});
    }
    return paymentId;
}

Result<RefundStore::Checked> RefundStore::check(qint64 orderId, const Input &input)
{
    Database &db = m_store.database();
    auto order = db.fetch(u"SELECT total_minor, currency FROM orders WHERE id = ?"_s +
                              db.dialect().forUpdate(),
                          {orderId});
    if (!order)
        return order.error();
    if (!order.value().next())
        return StoreErrors::notFound(Tr::tr("There is no order %1.").arg(orderId));
    const qint64 total = order.value().value(0).toLongLong();
    const QString currency = order.value().value(1).toString();
    if (input.currency != currency) {
        return refusal(
            u"currency_mismatch"_s,
            Tr::tr("Order %1 is billed in %2, not %3.").arg(orderId).arg(currency, input.currency),
            QJsonObject{{u"currency"_s, currency}});
    }
    Checked checked;
    auto lines = priceLines(orderId, input);
    if (!lines)
        return lines.error();
    checked.lines = lines.value();
    auto money = Currency::parse(currency);
    if (!money)
        return money.error();
    QList<std::pair<qint64, Money>> parts;
    for (const auto &line : std::as_const(checked.lines))
        parts.append({line.second.first, Money(line.second.second, money.value())});
    auto amount =
        returns::PaymentBalance::refundAmount(parts, Money(input.shippingMinor, money.value()),
                                              Money(input.goodwillMinor, money.value()));
    if (!amount)
        return amount.error();
    auto sums = PaymentLedger::sums(db, orderId);
    if (!sums)
        return sums.error();
    const returns::PaymentBalance balance(Money(total, money.value()),
                                          Money(sums->paid, money.value()),
                                          Money(sums->refunded + sums->pending, money.value()));
    checked.amount = amount->amountMinor();
    if (input.doubleCharge) {
        const qint64 surplus =
            balance.surplus(Money(sums->doubleCharged, money.value())).amountMinor();
        // A double charge with no parts given refunds the whole surplus.
        if (checked.amount == 0)
            checked.amount = surplus;
        if (surplus == 0 || checked.amount > surplus) {
            return refusal(u"refund_exceeds_surplus"_s,
                           Tr::tr("Order %1 was paid %2 minor units beyond its total (not yet "
                                  "refunded as a double charge); the refund asks %3.")
                               .arg(orderId)
                               .arg(surplus)
                               .arg(checked.amount),
                           QJsonObject{{u"surplus"_s, StoreValues::money(surplus, currency)}});
        }
    }
    if (checked.amount <= 0) {
        return refusal(u"invalid_amount"_s,
                       Tr::tr("A refund needs an amount above zero: lines, shipping or goodwill."));
    }
    auto refundable = balance.refundable();
    if (!refundable)
        return refundable.error();
    if (checked.amount > refundable->amountMinor()) {
        return refusal(
            u"refund_exceeds_payments"_s,
            Tr::tr("Order %1 has %2 minor units of payments not yet refunded or awaiting "
                   "approval; the refund asks %3.")
                .arg(orderId)
                .arg(refundable->amountMinor())
                .arg(checked.amount),
            QJsonObject{
                {u"paid"_s, StoreValues::money(sums->paid, currency)},
                {u"refunded"_s, StoreValues::money(sums->refunded + sums->pending, currency)},
                {u"requested"_s, StoreValues::money(checked.amount, currency)}});
    }
    auto payment = tiePayment(orderId, input, checked.amount);
    if (!payment)
        return payment.error();
    checked.paymentId = payment.value();
    if (input.doubleCharge && checked.paymentId == 0) {
        return refusal(u"payment_required"_s,
                       Tr::tr("A double charge is refunded by the payment that charged twice: "
                              "name it in payment_id."));
    }
    return checked;
}

Result<RefundStore::Outcome> RefundStore::request(const Actor &actor, qint64 orderId,
                                                  const Input &input, qint64 approvalLimitMinor)
{
    auto checked = check(orderId, input);
    if (!checked)
        return checked.error();
    const bool issued = checked->amount <= approvalLimitMinor;
    Database &db = m_store.database();
    const qint64 now = m_store.clock().now();
    auto id = db.scalar(
        u"INSERT INTO refunds (order_id, payment_id, destination, status, amount_minor, currency, "
        "shipping_minor, goodwill_minor, reason, reference, double_charge, requested_by, "
        "requested_at, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {orderId,
         checked->paymentId > 0 ? QVariant(checked->paymentId)
                                : QVariant(QMetaType(QMetaType::LongLong)),
         input.destination, issued ? u"issued"_s : u"pending_approval"_s, checked->amount,
         input.currency, input.shippingMinor, input.goodwillMinor, input.reason, input.reference,
         input.doubleCharge ? 1 : 0, actor.username, now, issued ? actor.username : QString(),
         issued ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!id)
        return id.error();
    const qint64 refundId = id.value().toLongLong();
    int lineNo = 0;
    for (const auto &[sku, unitsAndPrice] : std::as_const(checked->lines)) {
        if (auto ok = db.exec(u"INSERT INTO refund_lines (refund_id, line_no, sku, quantity, "
                              "unit_price_minor) VALUES (?, ?, ?, ?, ?)"_s,
                              {refundId, ++lineNo, sku, unitsAndPrice.first, unitsAndPrice.second});
            !ok) {
            return ok.error();
        }
    }
    return finish(actor, refundId, issued, u"create"_s);
}

Result<std::pair<qint64, QString>> RefundStore::lockRefund(qint64 id)
{
    Database &db = m_store.database();
    auto order = db.scalar(u"SELECT order_id FROM refunds WHERE id = ?"_s, {id}, 0);
    if (!order)
        return order.error();
    if (order.value().toLongLong() == 0)
        return StoreErrors::notFound(Tr::tr("There is no refund %1.").arg(id));
    // The order first, as every refund and payment of it does: one lock order, no deadlock.
    if (auto locked = db.fetch(u"SELECT id FROM orders WHERE id = ?"_s + db.dialect().forUpdate(),
                               {order.value()});
        !locked) {
        return locked.error();
    }
    auto status = db.scalar(u"SELECT status FROM refunds WHERE id = ?"_s, {id}, QString());
    if (!status)
        return status.error();
    return std::pair{order.value().toLongLong(), status.value().toString()};
}

Result<RefundStore::Outcome> RefundStore::approve(const Actor &actor, qint64 id,
                                                  const QString &reference)
{
    auto locked = lockRefund(id);
    if (!locked)
        return locked.error();
    if (locked->second != u"pending_approval"_s) {
        return refusal(
            u"invalid_status"_s,
            Tr::tr("Refund %1 is %2, not awaiting approval.").arg(id).arg(locked->second),
            QJsonObject{{u"status"_s, locked->second}});
    }
    if (auto ok = m_store.database().exec(
            u"UPDATE refunds SET status = 'issued', decided_by = ?, decided_at = ?, "
            "reference = CASE WHEN ? = '' THEN reference ELSE ? END WHERE id = ?"_s,
            {actor.username, m_store.clock().now(), reference, reference, id});
        !ok) {
        return ok.error();
    }
    return finish(actor, id, true, u"update"_s);
}

Result<RefundStore::Outcome> RefundStore::reject(const Actor &actor, qint64 id)
{
    auto locked = lockRefund(id);
    if (!locked)
        return locked.error();
    if (locked->second != u"pending_approval"_s) {
        return refusal(
            u"invalid_status"_s,
            Tr::tr("Refund %1 is %2, not awaiting approval.").arg(id).arg(locked->second),
            QJsonObject{{u"status"_s, locked->second}});
    }
    if (auto ok = m_store.database().exec(u"UPDATE refunds SET status = 'rejected', "
                                          "decided_by = ?, decided_at = ? WHERE id = ?"_s,
                                          {actor.username, m_store.clock().now(), id});
        !ok) {
        return ok.error();
    }
    return finish(actor, id, false, u"update"_s);
}

Result<RefundStore::Outcome> RefundStore::finish(const Actor &actor, qint64 id, bool issued,
                                                 const QString &op)
{
    auto read = refund(id);
    if (!read)
        return read.error();
    const QJsonObject &r = read.value();
    if (issued && r.value(u"destination"_s).toString() == u"store_credit"_s) {
        const QJsonObject amount = r.value(u"amount"_s).toObject();
        if (auto ok = CreditLedger(m_store.database(), m_store.clock())
                          .add(actor, r.value(u"customer_id"_s).toInteger(),
                               amount.value(u"amount_minor"_s).toInteger(),
                               amount.value(u"currency"_s).toString(), id);
            !ok) {
            return ok.error();
        }
    }
    if (auto ok = m_store.changes().append(actor, u"refund"_s, QString::number(id), op, r); !ok)
        return ok.error();
    const qint64 orderId = r.value(u"order_id"_s).toInteger();
    if (auto ok = m_store.changes().appendRead(actor, u"order"_s, QString::number(orderId),
                                               u"update"_s, m_store.orders().order(orderId));
        !ok) {
        return ok.error();
    }
    return Outcome{r, issued};
}

} // namespace shopdesk::storage
