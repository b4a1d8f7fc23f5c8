#include "storage/returns/paymentstore.h"

#include "domain/returns/payment.h"
#include "domain/tr.h"
#include "storage/returns/creditledger.h"
#include "storage/shopstore.h"
#include "storage/storeerrors.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

PaymentStore::PaymentStore(ShopStore &store)
    : m_store(store)
{}

Result<QJsonObject> PaymentStore::list(qint64 orderId)
{
    auto exists = m_store.orders().creator(orderId);
    if (!exists)
        return exists.error();
    return PaymentLedger(m_store.database(), m_store.clock(), m_store.changes()).list(orderId);
}

Result<PaymentStore::OrderState> PaymentStore::lockOrder(qint64 orderId)
{
    Database &db = m_store.database();
    auto q = db.fetch(u"SELECT status, payment_method, total_minor, currency, customer_id "
                      "FROM orders WHERE id = ?"_s +
                          db.dialect().forUpdate(),
                      {orderId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no order %1.").arg(orderId));
    const SqlRows &r = q.value();
    return OrderState{r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(),
                      r.value(3).toString(), r.value(4).toLongLong()};
}

Result<PaymentStore::Recorded> PaymentStore::record(const Actor &actor, qint64 orderId,
                                                    const Input &input)
{
    auto order = lockOrder(orderId);
    if (!order)
        return order.error();
    if (order->status == u"cancelled"_s || order->status == u"expired"_s) {
        return Error{
            u"order_closed"_s,
            Tr::tr("Order %1 is %2: it takes no payments.").arg(orderId).arg(order->status),
            QJsonObject{{u"status"_s, order->status}}};
    }
    return add(actor, order.value(), orderId, input);
}

Result<PaymentStore::Recorded> PaymentStore::notify(const Actor &actor, qint64 orderId,
                                                    const Input &input)
{
    auto order = lockOrder(orderId);
    if (!order) {
        if (order.error().code != u"not_found"_s)
            return order.error();
        return Error{u"unknown_order"_s, Tr::tr("There is no order %1.").arg(orderId),
                     QJsonObject{{u"order_id"_s, orderId}}};
    }
    Input fromProvider = input;
    fromProvider.method = order->method;
    return add(actor, order.value(), orderId, fromProvider);
}

Result<PaymentStore::Recorded> PaymentStore::add(const Actor &actor, const OrderState &order,
                                                 qint64 orderId, const Input &input)
{
    if (input.currency != order.currency) {
        return Error{u"currency_mismatch"_s,
                     Tr::tr("Order %1 is billed in %2, not %3.")
                         .arg(orderId)
                         .arg(order.currency, input.currency),
                     QJsonObject{{u"currency"_s, order.currency}}};
    }
    Database &db = m_store.database();
    PaymentLedger ledger(db, m_store.clock(), m_store.changes());
    PaymentLedger::Entry entry{orderId,        input.method,    input.amountMinor, input.currency,
                               input.provider, input.reference, input.eventId};
    auto id = ledger.insert(actor, entry);
    if (!id)
        return id.error();
    Recorded recorded;
    if (id.value() == 0) {
        auto earlier = ledger.eventPayment(input.provider, input.eventId);
        if (!earlier)
            return earlier.error();
        recorded.payment = earlier.value();
        recorded.replay = true;
        auto current = m_store.orders().order(orderId);
        if (!current)
            return current.error();
        recorded.order = current.value();
        return recorded;
    }
    if (returns::Payment::isStoreCredit(input.method)) {
        if (auto spent =
                CreditLedger(db, m_store.clock())
                    .spend(actor, order.customerId, input.amountMinor, input.currency, id.value());
            !spent) {
            return spent.error();
        }
    }
    auto payment = ledger.payment(id.value());
    if (!payment)
        return payment.error();
    recorded.payment = payment.value();
    auto sums = PaymentLedger::sums(db, orderId);
    if (!sums)
        return sums.error();
    Result<QJsonObject> after = QJsonObject{};
    if (order.status == u"reserved"_s && sums->paid >= order.totalMinor) {
        after = m_store.orders().markPaid(actor, orderId);
        recorded.madePaid = true;
    } else {
        // The order's paid and balance changed: clients following it see that too.
        after = m_store.changes().appendRead(actor, u"order"_s, QString::number(orderId),
                                             u"update"_s, m_store.orders().order(orderId));
    }
    if (!after)
        return after.error();
    recorded.order = after.value();
    return recorded;
}

} // namespace shopdesk::storage
