#include "storage/returns/returnreceipt.h"

#include "domain/orderstatus.h"
#include "domain/returns/returnreason.h"
#include "domain/returns/returnstatus.h"
#include "domain/tr.h"
#include "storage/shopstore.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString mainLocation = u"main"_s;

Error lineError(const QString &code, const QString &message, const QString &sku)
{
    return Error{code, message, QJsonObject{{u"sku"_s, sku}}};
}

} // namespace

ReturnReceipt::ReturnReceipt(ShopStore &store, int windowDays)
    : m_store(store)
    , m_returns(store, windowDays)
{}

Result<bool> ReturnReceipt::locationKnown(const QString &name)
{
    if (name == mainLocation)
        return true;
    auto v =
        m_store.database().scalar(u"SELECT (SELECT COUNT(*) FROM locations WHERE name = ?) + "
                                  "(SELECT COUNT(*) FROM stock_locations WHERE location = ?)"_s,
                                  {name, name}, 0);
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

Result<void> ReturnReceipt::checkLines(qint64 id, const QList<ReceiptLine> &lines)
{
    auto q = m_store.database().fetch(
        u"SELECT sku, quantity FROM order_return_lines WHERE return_id = ?"_s, {id});
    if (!q)
        return q.error();
    QHash<QString, qint64> expected;
    while (q.value().next())
        expected.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    QHash<QString, bool> seen;
    qint64 units = 0;
    for (const ReceiptLine &line : lines) {
        if (!expected.contains(line.sku)) {
            return lineError(u"not_on_return"_s,
                             Tr::tr("%1 is not on return R-%2.").arg(line.sku).arg(id), line.sku);
        }
        if (seen.value(line.sku)) {
            return lineError(
                u"duplicate_line"_s,
                Tr::tr("%1 is named twice: give one line its whole quantity.").arg(line.sku),
                line.sku);
        }
        seen.insert(line.sku, true);
        if (line.restock + line.writeOff > expected.value(line.sku)) {
            return lineError(u"quantity_exceeds_return"_s,
                             Tr::tr("Return R-%1 has %2 of %3: more cannot come back.")
                                 .arg(id)
                                 .arg(expected.value(line.sku))
                                 .arg(line.sku),
                             line.sku);
        }
        auto known = locationKnown(line.location.isEmpty() ? mainLocation : line.location);
        if (!known)
            return known.error();
        if (!known.value()) {
            return Error{u"unknown_location"_s,
                         Tr::tr("There is no location %1.").arg(line.location),
                         QJsonObject{{u"location"_s, line.location}}};
        }
        units += line.restock + line.writeOff;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.value(it.key())) {
            return lineError(u"missing_line"_s,
                             Tr::tr("Say what came back of %1 (0 for nothing).").arg(it.key()),
                             it.key());
        }
    }
    if (units == 0) {
        return Error{u"nothing_received"_s,
                     Tr::tr("Nothing came back: cancel the return instead of receiving it."),
                     {}};
    }
    return {};
}

Result<void> ReturnReceipt::post(const Actor &actor, qint64 id, qint64 orderId,
                                 const QList<ReceiptLine> &lines)
{
    Database &db = m_store.database();
    StockLedger &ledger = m_store.ledger();
    QList<ReceiptLine> sorted = lines;
    // SKU order: two servers on one PostgreSQL database lock the totals in the same order.
    std::sort(sorted.begin(), sorted.end(),
              [](const ReceiptLine &a, const ReceiptLine &b) { return a.sku < b.sku; });
    const qint64 at = m_store.clock().now();
    const QString reason = Tr::tr("return R-%1").arg(id);
    for (const ReceiptLine &line : sorted) {
        if (auto locked = ledger.lock(line.sku); !locked)
            return locked.error();
        const QString location = line.location.isEmpty() ? mainLocation : line.location;
        const qint64 back = line.restock + line.writeOff;
        if (back > 0) {
            if (auto m =
                    ledger.post(actor, line.sku, u"return"_s, back, location, reason, orderId, at);
                !m) {
                return m.error();
            }
        }
        if (line.writeOff > 0) {
            if (auto m = ledger.post(actor, line.sku, u"removal"_s, -line.writeOff, location,
                                     u"damage"_s, orderId, at);
                !m) {
                return m.error();
            }
        }
        if (auto ok = db.exec(u"UPDATE order_return_lines SET restocked = ?, written_off = ?, "
                              "location = ? WHERE return_id = ? AND sku = ?"_s,
                              {line.restock, line.writeOff, location, id, line.sku});
            !ok) {
            return ok;
        }
        if (auto ok = ledger.announce(actor, line.sku); !ok)
            return ok.error();
    }
    return db.exec(u"UPDATE order_returns SET status = 'received', received_by = ?, "
                   "received_at = ?, updated_at = ? WHERE id = ?"_s,
                   {actor.username, at, at, id});
}

Result<void> ReturnReceipt::settleOrder(const Actor &actor, qint64 orderId)
{
    auto shipped = m_returns.shippedUnits(orderId);
    if (!shipped)
        return shipped.error();
    auto back = m_store.database().fetch(
        u"SELECT l.sku, SUM(l.restocked + l.written_off) FROM order_return_lines l "
        "JOIN order_returns r ON r.id = l.return_id WHERE r.order_id = ? "
        "AND r.status = 'received' GROUP BY l.sku"_s,
        {orderId});
    if (!back)
        return back.error();
    QHash<QString, qint64> received;
    while (back.value().next())
        received.insert(back.value().value(0).toString(), back.value().value(1).toLongLong());
    for (auto it = shipped->cbegin(); it != shipped->cend(); ++it) {
        if (received.value(it.key()) < it.value())
            return {};
    }
    auto order = m_store.orders().order(orderId);
    if (!order)
        return order.error();
    const auto status = parseOrderStatus(order->value(u"status"_s).toString());
    if (!status || !orderAllows(*status, PaymentMethod::Card, OrderAction::Return))
        return {};
    auto marked = m_store.orders().markReturned(actor, orderId);
    if (!marked)
        return marked.error();
    return {};
}

Result<QJsonObject> ReturnReceipt::receive(const Actor &actor, qint64 id,
                                           const QList<ReceiptLine> &lines)
{
    auto row = m_returns.lockReturn(id);
    if (!row)
        return row;
    const QString status = row->value(u"status"_s).toString();
    const auto parsed = returns::parseReturnStatus(status);
    if (!parsed || !returns::returnAllows(*parsed, returns::ReturnAction::Receive)) {
        const QString code = status == u"received"_s ? u"already_received"_s : u"invalid_status"_s;
        return Error{code, Tr::tr("Return R-%1 is %2 and cannot be received.").arg(id).arg(status),
                     QJsonObject{{u"status"_s, status}}};
    }
    if (auto ok = checkLines(id, lines); !ok)
        return ok.error();
    const qint64 orderId = row->value(u"order_id"_s).toInteger();
    if (auto ok = post(actor, id, orderId, lines); !ok)
        return ok.error();
    if (auto ok = settleOrder(actor, orderId); !ok)
        return ok.error();
    return m_returns.logReturn(actor, id, u"update"_s);
}

Result<QJsonObject> ReturnReceipt::takeBackOrder(const Actor &actor, qint64 orderId,
                                                 const QString &reason, const QString &location)
{
    auto order = m_store.orders().order(orderId);
    if (!order)
        return order;
    const auto status = parseOrderStatus(order->value(u"status"_s).toString());
    if (!status || !orderAllows(*status, PaymentMethod::Card, OrderAction::Return)) {
        const QString now = order->value(u"status"_s).toString();
        return Error{u"invalid_status"_s,
                     Tr::tr("Order %1 is %2 and cannot be returned.").arg(orderId).arg(now),
                     QJsonObject{{u"status"_s, now}}};
    }
    auto open = m_store.database().scalar(u"SELECT COUNT(*) FROM order_returns WHERE order_id = ? "
                                          "AND status IN ('requested', 'approved')"_s,
                                          {orderId}, 0);
    if (!open)
        return open.error();
    if (open.value().toLongLong() > 0) {
        return Error{
            u"open_returns"_s,
            Tr::tr("Order %1 has returns under way: receive or cancel them first.").arg(orderId),
            {}};
    }
    auto shipped = m_returns.shippedUnits(orderId);
    if (!shipped)
        return shipped.error();
    auto claimed = m_returns.claimedUnits(orderId);
    if (!claimed)
        return claimed.error();
    ReturnInput input{
        orderId, 0, returns::returnReasonName(returns::ReturnReason::Other), reason, {}};
    QList<ReceiptLine> receipt;
    for (auto it = shipped->cbegin(); it != shipped->cend(); ++it) {
        const qint64 left = it.value() - claimed->value(it.key());
        if (left > 0) {
            input.lines.append({it.key(), left});
            receipt.append({it.key(), left, 0, location});
        }
    }
    if (input.lines.isEmpty())
        return m_store.orders().markReturned(actor, orderId);
    auto id = m_returns.insert(actor, input, u"requested"_s);
    if (!id)
        return id.error();
    const qint64 now = m_store.clock().now();
    if (auto ok = m_store.database().exec(
            u"UPDATE order_returns SET status = 'approved', approved_by = ?, approved_at = ? "
            "WHERE id = ?"_s,
            {actor.username, now, id.value()});
        !ok) {
        return ok.error();
    }
    if (auto ok = post(actor, id.value(), orderId, receipt); !ok)
        return ok.error();
    if (auto logged = m_returns.logReturn(actor, id.value(), u"create"_s); !logged)
        return logged.error();
    return m_store.orders().markReturned(actor, orderId);
}

} // namespace shopdesk::storage
