#include "server/returns/demoreturns.h"

#include "domain/tr.h"
#include "server/demotime.h"
#include "storage/returns/refundstore.h"
#include "storage/returns/returnreceipt.h"
#include "storage/returns/returnstore.h"
#include "storage/shopstore.h"

#include <limits>

using namespace Qt::StringLiterals;
using namespace shopdesk::server::demotime;

namespace shopdesk::server {

namespace {

// What customers send back for, about as often as they do.
QString pickReason(QRandomGenerator &random)
{
    const int n = int(random.bounded(100));
    if (n < 30)
        return u"no_longer_wanted"_s;
    if (n < 58)
        return u"damaged"_s;
    if (n < 78)
        return u"not_as_described"_s;
    if (n < 95)
        return u"wrong_item"_s;
    return u"other"_s;
}

} // namespace

DemoReturns::DemoReturns(storage::ShopStore &store, QRandomGenerator &random,
                         const QHash<QString, storage::Actor> &actors)
    : m_store(store)
    , m_random(random)
    , m_actors(actors)
{}

Result<QList<DemoReturns::Delivered>> DemoReturns::deliveredOrders(qint64 end)
{
    // Each delivered order's first line: what a customer most often sends back.
    auto rows = m_store.database().fetch(
        u"SELECT o.id, MIN(h.at), l.sku, l.quantity FROM orders o "
        "JOIN order_history h ON h.order_id = o.id AND h.status = 'delivered' "
        "JOIN order_lines l ON l.order_id = o.id AND l.line_no = 1 "
        "WHERE o.status = 'delivered' AND h.at < ? GROUP BY o.id, l.sku, l.quantity "
        "ORDER BY o.id"_s,
        {end});
    if (!rows)
        return rows.error();
    QList<Delivered> list;
    while (rows.value().next()) {
        const storage::SqlRows &r = rows.value();
        list.append(Delivered{r.value(0).toLongLong(), r.value(1).toLongLong(),
                              r.value(2).toString(), r.value(3).toLongLong()});
    }
    return list;
}

Result<int> DemoReturns::fill(qint64 end, int percent)
{
    auto orders = deliveredOrders(end);
    if (!orders)
        return orders.error();
    int made = 0;
    for (const Delivered &order : orders.value()) {
        if (int(m_random.bounded(100)) >= percent)
            continue;
        auto taken = takeBack(order, end);
        if (!taken)
            return taken.error();
        made += taken.value() ? 1 : 0;
    }
    m_store.clock().set(0);
    return made;
}

Result<bool> DemoReturns::takeBack(const Delivered &order, qint64 end)
{
    const qint64 requestedAt = order.deliveredAt + qint64(1 + m_random.bounded(10)) * day +
                               qint64(m_random.bounded(8)) * hour;
    if (requestedAt >= end)
        return false;
    storage::ReturnInput input;
    input.orderId = order.orderId;
    input.reason = pickReason(m_random);
    input.lines.append({order.sku, order.quantity});
    const bool rejected = m_random.bounded(12) == 0;
    m_store.clock().set(requestedAt);
    storage::ReturnStore returns(m_store);
    auto created = returns.create(m_actors[u"agent"_s], input, !rejected, true);
    if (!created)
        return false; // the stores refuse what a shop would not accept either
    const qint64 id = created.value().value(u"id"_s).toInteger();
    const qint64 decidedAt = requestedAt + qint64(2 + m_random.bounded(20)) * hour;
    if (rejected) {
        m_store.clock().set(qMin(decidedAt, end - minute));
        if (auto ok = returns.reject(m_actors[u"manager"_s], id,
                                     Tr::tr("Bought long ago and used; outside the policy."));
            !ok) {
            return ok.error();
        }
        return true;
    }
    if (input.reason == u"not_as_described"_s && m_random.bounded(3) == 0) {
        // The customer keeps it for part of the price back instead.
        m_store.clock().set(qMin(decidedAt, end - minute));
        if (auto ok = returns.cancel(m_actors[u"agent"_s], id); !ok)
            return ok.error();
        auto price = m_store.database().scalar(
            u"SELECT unit_price_minor FROM order_lines WHERE order_id = ? AND line_no = 1"_s,
            {order.orderId}, 0);
        if (!price)
            return price.error();
        if (auto ok =
                refund(order.orderId, qMin(decidedAt, end - minute), {}, 0,
                       price.value().toLongLong() / 5, Tr::tr("Kept the item, partial refund"));
            !ok) {
            return ok.error();
        }
        return true;
    }
    const qint64 receivedAt = requestedAt + qint64(3 + m_random.bounded(6)) * day;
    if (receivedAt >= end)
        return true; // still on its way back
    storage::ReceiptLine line;
    line.sku = order.sku;
    if (input.reason == u"damaged"_s)
        line.writeOff = order.quantity;
    else
        line.restock = order.quantity;
    m_store.clock().set(receivedAt);
    if (auto ok = storage::ReturnReceipt(m_store).receive(m_actors[u"warehouse"_s], id, {line});
        !ok) {
        return ok.error();
    }
    // The shop pays the way back for its own mistakes.
    const bool shopsFault = input.reason == u"damaged"_s || input.reason == u"wrong_item"_s;
    const qint64 refundAt =
        qMin(receivedAt + qint64(1 + m_random.bounded(20)) * hour, end - minute);
    auto refunded = refund(order.orderId, refundAt, {{order.sku, order.quantity}},
                           shopsFault ? 495 : 0, 0, Tr::tr("Return received"));
    if (!refunded)
        return refunded.error();
    if (!refunded.value() && shopsFault) {
        // Shipping beyond what the order took: the lines alone.
        if (auto ok = refund(order.orderId, refundAt, {{order.sku, order.quantity}}, 0, 0,
                             Tr::tr("Return received"));
            !ok) {
            return ok.error();
        }
    }
    return true;
}

Result<bool> DemoReturns::refund(qint64 orderId, qint64 at,
                                 const QList<std::pair<QString, qint64>> &lines,
                                 qint64 shippingMinor, qint64 goodwillMinor, const QString &reason)
{
    storage::RefundStore::Input input;
    input.lines = lines;
    input.shippingMinor = shippingMinor;
    input.goodwillMinor = goodwillMinor;
    input.currency = m_store.currency();
    input.destination = u"original"_s;
    input.reason = reason;
    input.reference = u"RE-%1"_s.arg(orderId);
    m_store.clock().set(at);
    // Issued at once: a manager gave these refunds.
    auto made = storage::RefundStore(m_store).request(m_actors[u"manager"_s], orderId, input,
                                                      std::numeric_limits<qint64>::max());
    return bool(made);
}

} // namespace shopdesk::server
