#include "storage/returns/returnexchange.h"

#include "domain/returns/returnstatus.h"
#include "domain/tr.h"
#include "storage/orderinput.h"
#include "storage/shopstore.h"
#include "storage/storeerrors.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

ReturnExchange::ReturnExchange(ShopStore &store, int windowDays)
    : m_store(store)
    , m_returns(store, windowDays)
{}

Result<void> ReturnExchange::checkEquivalent(qint64 id, qint64 orderId,
                                             const QList<ReturnInput::Line> &lines)
{
    Database &db = m_store.database();
    auto returned =
        db.fetch(u"SELECT l.quantity, (SELECT MAX(o.unit_price_minor) FROM order_lines o "
                 "WHERE o.order_id = ? AND o.sku = l.sku) FROM order_return_lines l "
                 "WHERE l.return_id = ?"_s,
                 {orderId, id});
    if (!returned)
        return returned.error();
    QHash<qint64, qint64> unitsAtPrice;
    while (returned.value().next())
        unitsAtPrice[returned.value().value(1).toLongLong()] +=
            returned.value().value(0).toLongLong();
    for (const ReturnInput::Line &line : lines) {
        auto price = db.fetch(u"SELECT price_minor FROM products WHERE sku = ?"_s, {line.sku});
        if (!price)
            return price.error();
        if (!price.value().next())
            return StoreErrors::unknownSku(line.sku);
        const qint64 unit = price.value().value(0).toLongLong();
        if (unitsAtPrice.value(unit) < line.quantity) {
            return Error{u"exchange_not_equivalent"_s,
                         Tr::tr("%1 × %2 is not worth what came back on return R-%3: exchange "
                                "for the same SKUs, or others at the same price.")
                             .arg(line.quantity)
                             .arg(line.sku)
                             .arg(id),
                         QJsonObject{{u"sku"_s, line.sku}}};
        }
        unitsAtPrice[unit] -= line.quantity;
    }
    return {};
}

Result<QJsonObject> ReturnExchange::exchange(const Actor &actor, qint64 id,
                                             const QList<ReturnInput::Line> &lines,
                                             qint64 reservationMsecs)
{
    auto row = m_returns.lockReturn(id);
    if (!row)
        return row;
    const QString status = row->value(u"status"_s).toString();
    if (!row->value(u"exchange_order_id"_s).isNull()) {
        return Error{u"already_exchanged"_s,
                     Tr::tr("Return R-%1 has its exchange already: order %2.")
                         .arg(id)
                         .arg(row->value(u"exchange_order_id"_s).toInteger()),
                     QJsonObject{{u"order_id"_s, row->value(u"exchange_order_id"_s)}}};
    }
    const auto parsed = returns::parseReturnStatus(status);
    if (!parsed || !returns::returnAllows(*parsed, returns::ReturnAction::Exchange)) {
        return Error{u"invalid_status"_s,
                     Tr::tr("Return R-%1 is %2: only approved or received returns are exchanged.")
                         .arg(id)
                         .arg(status),
                     QJsonObject{{u"status"_s, status}}};
    }
    const qint64 orderId = row->value(u"order_id"_s).toInteger();
    auto original = m_store.orders().order(orderId);
    if (!original)
        return original;
    OrderInput input;
    input.customerId = original->value(u"customer_id"_s).toInteger();
    input.channel = original->value(u"channel"_s).toString();
    input.paymentMethod = original->value(u"payment_method"_s).toString();
    input.notes = Tr::tr("Exchange for return R-%1").arg(id);
    if (lines.isEmpty()) {
        auto own = m_returns.returnById(id);
        if (!own)
            return own;
        for (const QJsonValue &line : own->value(u"lines"_s).toArray()) {
            input.lines.append({line[u"sku"_s].toString(), line[u"quantity"_s].toInteger()});
        }
    } else {
        if (auto ok = checkEquivalent(id, orderId, lines); !ok)
            return ok.error();
        for (const ReturnInput::Line &line : lines)
            input.lines.append({line.sku, line.quantity});
    }
    // All or nothing, as any order: insufficient_stock leaves nothing reserved.
    auto created = m_store.orders().create(actor, input, reservationMsecs);
    if (!created)
        return created;
    const qint64 exchangeId = created->value(u"id"_s).toInteger();
    if (auto ok = m_store.database().exec(
            u"UPDATE order_returns SET exchange_order_id = ?, updated_at = ? WHERE id = ?"_s,
            {exchangeId, m_store.clock().now(), id});
        !ok) {
        return ok.error();
    }
    // The customer pays nothing more: the return pays for it.
    auto paid = m_store.orders().pay(actor, exchangeId, u"return R-%1"_s.arg(id));
    if (!paid)
        return paid;
    auto ret = m_returns.logReturn(actor, id, u"update"_s);
    if (!ret)
        return ret;
    return QJsonObject{{u"return"_s, ret.value()}, {u"order"_s, paid.value()}};
}

} // namespace shopdesk::storage
