#include "storage/orderstore.h"

#include "domain/orderstatus.h"
#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/returns/paymentledger.h"
#include "storage/returns/returnstore.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"
#include "storage/warehousestore.h"

#include <QHash>
#include <QJsonArray>

#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

struct LinePrice
{
    QString name;
    qint64 unit = 0;
};

// The name and unit price of every SKU ordered, as the catalogue has them now.
Result<QHash<QString, LinePrice>> readPrices(Database &db, const std::map<QString, qint64> &wanted,
                                             const QString &currency)
{
    QHash<QString, LinePrice> prices;
    for (const auto &[sku, quantity] : wanted) {
        auto p = db.fetch(
            u"SELECT name, price_minor, currency, archived FROM products WHERE sku = ?"_s, {sku});
        if (!p)
            return p.error();
        if (!p.value().next())
            return StoreErrors::unknownSku(sku);
        // An archived product keeps its history but is no longer sold.
        if (p.value().value(3).toLongLong() != 0) {
            return Error{u"product_archived"_s,
                         Tr::tr("Product %1 is archived and cannot be ordered.").arg(sku),
                         QJsonObject{{u"sku"_s, sku}}};
        }
        if (p.value().value(2).toString() != currency) {
            return Error{u"currency_mismatch"_s,
                         Tr::tr("Product %1 is priced in %2, the shop sells in %3.")
                             .arg(sku, p.value().value(2).toString(), currency),
                         QJsonObject{{u"sku"_s, sku}}};
        }
        prices.insert(sku,
                      LinePrice{p.value().value(0).toString(), p.value().value(1).toLongLong()});
    }
    return prices;
}

Result<qint64> orderTotal(const OrderInput &input, const QHash<QString, LinePrice> &prices)
{
    qint64 total = 0;
    for (const auto &line : input.lines) {
        const qint64 unit = prices.value(line.sku).unit;
        if (unit != 0 && (line.quantity > std::numeric_limits<qint64>::max() / qAbs(unit) ||
                          total > std::numeric_limits<qint64>::max() - unit * line.quantity)) {
            return Error{u"amount_too_large"_s, Tr::tr("The order total is too large."), {}};
        }
        total += unit * line.quantity;
    }
    return total;
}

// Asks the domain's order rule whether the stored order allows the action. A status the rule
// does not know allows nothing; a payment method it does not know is not cash on delivery.
bool rowAllows(const QJsonObject &row, OrderAction action)
{
    const auto status = parseOrderStatus(row.value(u"status"_s).toString());
    const auto method = parsePaymentMethod(row.value(u"payment_method"_s).toString());
    return status && orderAllows(*status, method ? *method : PaymentMethod::Card, action);
}

Error wrongStatus(qint64 id, const QJsonObject &row, const QString &action)
{
    const QString status = row.value(u"status"_s).toString();
    return Error{u"invalid_status"_s,
                 Tr::tr("Order %1 is %2 and cannot be %3.").arg(id).arg(status, action),
                 QJsonObject{{u"status"_s, status}}};
}

} // namespace

OrderStore::OrderStore(Database &db, const StoreClock &clock, ChangeLog &log, StockLedger &ledger,
                       QString currency)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_ledger(ledger)
    , m_currency(std::move(currency))
{}

QList<MigrationStep> OrderStore::migrations()
{
    return {{u"orders"_s,
             1,
             {
                 u"CREATE TABLE orders (id %ID%, "
                 "customer_id BIGINT NOT NULL REFERENCES customers(id), "
                 "channel TEXT NOT NULL, payment_method TEXT NOT NULL, status TEXT NOT NULL, "
                 "total_minor BIGINT NOT NULL, currency TEXT NOT NULL, "
                 "reservation_expires_at BIGINT, notes TEXT NOT NULL, "
                 "payment_reference TEXT NOT NULL, carrier TEXT NOT NULL, "
                 "tracking TEXT NOT NULL, created_by TEXT NOT NULL, "
                 "created_by_id BIGINT NOT NULL, created_at BIGINT NOT NULL, "
                 "updated_at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX orders_status_expiry ON orders(status, reservation_expires_at)"_s,
                 u"CREATE INDEX orders_updated ON orders(updated_at)"_s,
                 u"CREATE INDEX orders_customer ON orders(customer_id)"_s,
                 u"CREATE TABLE order_lines (order_id BIGINT NOT NULL REFERENCES orders(id), "
                 "line_no INTEGER NOT NULL, sku TEXT NOT NULL, name TEXT NOT NULL, "
                 "quantity BIGINT NOT NULL, unit_price_minor BIGINT NOT NULL, "
                 "PRIMARY KEY (order_id, line_no))"_s,
                 u"CREATE INDEX order_lines_sku ON order_lines(sku)"_s,
                 u"CREATE TABLE order_history (id %ID%, "
                 "order_id BIGINT NOT NULL REFERENCES orders(id), "
                 "status TEXT NOT NULL, at BIGINT NOT NULL, user_name TEXT NOT NULL)"_s,
                 u"CREATE INDEX order_history_order ON order_history(order_id, id)"_s,
             }}};
}

Result<QJsonObject> OrderStore::orderRow(qint64 id, bool lock)
{
    auto q = m_db.fetch(u"SELECT id, customer_id, channel, payment_method, status, total_minor, "
                        "currency, reservation_expires_at, notes, payment_reference, carrier, "
                        "tracking, created_by, created_at, updated_at FROM orders WHERE id = ?"_s +
                            (lock ? m_db.dialect().forUpdate() : QString()),
                        {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no order %1.").arg(id));
    const SqlRows &r = q.value();
    return QJsonObject{
        {u"id"_s, r.value(0).toLongLong()},
        {u"customer_id"_s, r.value(1).toLongLong()},
        {u"channel"_s, r.value(2).toString()},
        {u"payment_method"_s, r.value(3).toString()},
        {u"status"_s, r.value(4).toString()},
        {u"total"_s, StoreValues::money(r.value(5).toLongLong(), r.value(6).toString())},
        {u"reservation_expires_at"_s, StoreClock::isoTimeOrNull(r.value(7))},
        {u"notes"_s, r.value(8).toString()},
        {u"payment_reference"_s, r.value(9).toString()},
        {u"carrier"_s, r.value(10).toString()},
        {u"tracking"_s, r.value(11).toString()},
        {u"created_by"_s, r.value(12).toString()},
        {u"created_at"_s, StoreClock::isoTime(r.value(13).toLongLong())},
        {u"updated_at"_s, StoreClock::isoTime(r.value(14).toLongLong())}};
}

Result<QJsonObject> OrderStore::order(qint64 id)
{
    auto row = orderRow(id, false);
    if (!row)
        return row;
    QJsonObject order = row.value();
    const QString currency = order.value(u"total"_s).toObject().value(u"currency"_s).toString();
    auto lines = m_db.fetch(u"SELECT sku, name, quantity, unit_price_minor FROM order_lines "
                            "WHERE order_id = ? ORDER BY line_no"_s,
                            {id});
    if (!lines)
        return lines.error();
    QJsonArray lineArray;
    while (lines.value().next()) {
        const qint64 quantity = lines.value().value(2).toLongLong();
        const qint64 unit = lines.value().value(3).toLongLong();
        lineArray.append(
            QJsonObject{{u"sku"_s, lines.value().value(0).toString()},
                        {u"name"_s, lines.value().value(1).toString()},
                        {u"quantity"_s, quantity},
                        {u"unit_price"_s, StoreValues::money(unit, currency)},
                        {u"line_total"_s, StoreValues::money(unit * quantity, currency)}});
    }
    order.insert(u"lines"_s, lineArray);
    auto history = m_db.fetch(u"SELECT status, at, user_name FROM order_history WHERE order_id = ? "
                              "ORDER BY id"_s,
                              {id});
    if (!history)
        return history.error();
    QJsonArray historyArray;
    while (history.value().next()) {
        historyArray.append(
            QJsonObject{{u"status"_s, history.value().value(0).toString()},
                        {u"at"_s, StoreClock::isoTime(history.value().value(1).toLongLong())},
                        {u"user"_s, history.value().value(2).toString()}});
    }
    order.insert(u"status_history"_s, historyArray);
    m_links.decorate(order);
    if (auto ok = WarehouseStore::addRiskFlag(m_db, order); !ok)
        return ok.error();
    if (auto ok = PaymentLedger::addTotals(m_db, order); !ok)
        return ok.error();
    if (auto ok = ReturnStore::addExchangeLink(m_db, order); !ok)
        return ok.error();
    return order;
}

Result<qint64> OrderStore::creator(qint64 id)
{
    auto v = m_db.scalar(u"SELECT created_by_id FROM orders WHERE id = ?"_s, {id}, -1);
    if (!v)
        return v.error();
    if (v.value().toLongLong() < 0)
        return StoreErrors::notFound(Tr::tr("There is no order %1.").arg(id));
    return v.value().toLongLong();
}

Result<QJsonObject> OrderStore::list(const QString &status, qint64 since, int limit, qint64 after,
                                     qint64 onlyCreatedBy)
{
    KeysetQuery query(u"SELECT id FROM orders"_s, u"id"_s, after);
    query.where(u"updated_at >= ?"_s, {since});
    if (!status.isEmpty())
        query.where(u"status = ?"_s, {status});
    if (onlyCreatedBy > 0)
        query.where(u"created_by_id = ?"_s, {onlyCreatedBy});
    // The page of ids first, then each order: no statement stays open while orders are read.
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
        auto o = order(id.toObject().value(u"id"_s).toInteger());
        if (!o)
            return o.error();
        items.append(o.value());
    }
    QJsonObject page = ids.value();
    page.insert(u"items"_s, items);
    return page;
}

Result<QJsonObject> OrderStore::create(const Actor &actor, const OrderInput &input,
                                       qint64 reservationMsecs)
{
    auto customerExists =
        m_db.scalar(u"SELECT COUNT(*) FROM customers WHERE id = ?"_s, {input.customerId}, 0);
    if (!customerExists)
        return customerExists.error();
    if (customerExists.value().toLongLong() == 0) {
        return Error{u"unknown_customer"_s,
                     Tr::tr("There is no customer %1.").arg(input.customerId),
                     QJsonObject{{u"customer_id"_s, input.customerId}}};
    }
    // Lines of one SKU count together; lock rows in SKU order so two servers on one
    // PostgreSQL database never deadlock.
    std::map<QString, qint64> wanted;
    for (const auto &line : input.lines)
        wanted[line.sku] += line.quantity;
    auto prices = readPrices(m_db, wanted, m_currency);
    if (!prices)
        return prices.error();
    // All or nothing: every line is checked under its lock before anything is reserved.
    for (const auto &[sku, quantity] : wanted) {
        auto s = m_ledger.lock(sku);
        if (!s)
            return s.error();
        const qint64 available = s.value().value(u"available"_s).toInteger();
        if (available < quantity)
            return StoreErrors::insufficientStock(sku, quantity, available);
    }
    auto total = orderTotal(input, prices.value());
    if (!total)
        return total.error();
    const qint64 now = m_clock.now();
    auto id = m_db.scalar(
        u"INSERT INTO orders (customer_id, channel, payment_method, status, total_minor, "
        "currency, reservation_expires_at, notes, payment_reference, carrier, tracking, "
        "created_by, created_by_id, created_at, updated_at) "
        "VALUES (?, ?, ?, 'reserved', ?, ?, ?, ?, '', '', '', ?, ?, ?, ?) RETURNING id"_s,
        {input.customerId, input.channel, input.paymentMethod, total.value(), m_currency,
         // Cash on delivery is not awaiting payment before shipment: its hold does not lapse.
         input.paymentMethod == u"cash_on_delivery"_s ? QVariant(QMetaType(QMetaType::LongLong))
                                                      : QVariant(now + reservationMsecs),
         input.notes, actor.username, actor.userId, now, now});
    if (!id)
        return id.error();
    const qint64 orderId = id.value().toLongLong();
    int lineNo = 0;
    for (const auto &line : input.lines) {
        const LinePrice price = prices.value().value(line.sku);
        if (auto ok =
                m_db.exec(u"INSERT INTO order_lines (order_id, line_no, sku, name, "
                          "quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {orderId, ++lineNo, line.sku, price.name, line.quantity, price.unit});
            !ok) {
            return ok.error();
        }
    }
    if (auto ok = m_db.exec(u"INSERT INTO order_history (order_id, status, at, user_name) "
                            "VALUES (?, 'reserved', ?, ?)"_s,
                            {orderId, now, actor.username});
        !ok) {
        return ok.error();
    }
    for (const auto &[sku, quantity] : wanted) {
        if (auto ok = m_ledger.reserve(sku, quantity); !ok)
            return ok.error();
        if (auto ok = m_ledger.announce(actor, sku); !ok)
            return ok.error();
    }
    return m_log.appendRead(actor, u"order"_s, QString::number(orderId), u"create"_s,
                            order(orderId));
}

Result<QList<std::pair<QString, qint64>>> OrderStore::unitsBySku(qint64 id)
{
    auto lines = m_db.fetch(u"SELECT sku, SUM(quantity) FROM order_lines WHERE order_id = ? "
                            "GROUP BY sku ORDER BY sku"_s,
                            {id});
    if (!lines)
        return lines.error();
    QList<std::pair<QString, qint64>> units;
    while (lines.value().next())
        units.append({lines.value().value(0).toString(), lines.value().value(1).toLongLong()});
    return units;
}

Result<QJsonObject> OrderStore::setStatus(const Actor &actor, qint64 id, const QString &status,
                                          qint64 at)
{
    if (auto ok = m_db.exec(u"UPDATE orders SET status = ?, updated_at = ? WHERE id = ?"_s,
                            {status, at, id});
        !ok) {
        return ok.error();
    }
    if (auto ok = m_db.exec(u"INSERT INTO order_history (order_id, status, at, user_name) "
                            "VALUES (?, ?, ?, ?)"_s,
                            {id, status, at, actor.username});
        !ok) {
        return ok.error();
    }
    return m_log.appendRead(actor, u"order"_s, QString::number(id), u"update"_s, order(id));
}

Result<void> OrderStore::releaseReservation(const Actor &actor, qint64 id)
{
    auto held = unitsBySku(id);
    if (!held)
        return held.error();
    for (const auto &[sku, quantity] : held.value()) {
        if (auto ok = m_ledger.release(sku, quantity); !ok)
            return ok;
        if (auto ok = m_ledger.announce(actor, sku); !ok)
            return ok.error();
    }
    return m_db.exec(u"UPDATE orders SET reservation_expires_at = NULL WHERE id = ?"_s, {id});
}

Result<QJsonObject> OrderStore::cancel(const Actor &actor, qint64 id)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    if (!rowAllows(row.value(), OrderAction::Cancel))
        return wrongStatus(id, row.value(), Tr::tr("cancelled"));
    if (auto ok = releaseReservation(actor, id); !ok)
        return ok.error();
    return setStatus(actor, id, u"cancelled"_s, m_clock.now());
}

Result<QJsonObject> OrderStore::pay(const Actor &actor, qint64 id, const QString &reference,
                                    qint64 *paymentId)
{
    if (paymentId)
        *paymentId = 0;
    auto row = orderRow(id, true);
    if (!row)
        return row;
    if (!rowAllows(row.value(), OrderAction::Pay))
        return wrongStatus(id, row.value(), Tr::tr("paid"));
    auto sums = PaymentLedger::sums(m_db, id);
    if (!sums)
        return sums.error();
    const QJsonObject total = row->value(u"total"_s).toObject();
    const qint64 outstanding = total.value(u"amount_minor"_s).toInteger() - sums->paid;
    if (outstanding > 0) {
        PaymentLedger::Entry entry;
        entry.orderId = id;
        entry.method = row->value(u"payment_method"_s).toString();
        entry.amountMinor = outstanding;
        entry.currency = total.value(u"currency"_s).toString();
        entry.reference = reference;
        auto paid = PaymentLedger(m_db, m_clock, m_log).insert(actor, entry);
        if (!paid)
            return paid.error();
        if (paymentId)
            *paymentId = paid.value();
    }
    return markPaid(actor, id);
}

Result<QJsonObject> OrderStore::markPaid(const Actor &actor, qint64 id)
{
    // A paid order keeps its reservation until shipment: it no longer expires.
    if (auto ok =
            m_db.exec(u"UPDATE orders SET reservation_expires_at = NULL WHERE id = ?"_s, {id});
        !ok) {
        return ok.error();
    }
    return setStatus(actor, id, u"paid"_s, m_clock.now());
}

Result<QJsonObject> OrderStore::ship(const Actor &actor, qint64 id, const QString &carrier,
                                     const QString &tracking)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    // Cash on delivery is paid at the door, so the rule lets it ship straight from "reserved".
    if (!rowAllows(row.value(), OrderAction::Ship))
        return wrongStatus(id, row.value(), Tr::tr("shipped"));
    auto held = unitsBySku(id);
    if (!held)
        return held.error();
    const qint64 now = m_clock.now();
    const QString reason = Tr::tr("shipment of order %1").arg(id);
    for (const auto &[sku, quantity] : held.value()) {
        if (auto ok = m_ledger.sell(actor, sku, quantity, reason, id, now); !ok)
            return ok.error();
        if (auto ok = m_ledger.announce(actor, sku); !ok)
            return ok.error();
    }
    if (auto ok = m_db.exec(u"UPDATE orders SET carrier = ?, tracking = ?, "
                            "reservation_expires_at = NULL WHERE id = ?"_s,
                            {carrier, tracking, id});
        !ok) {
        return ok.error();
    }
    return setStatus(actor, id, u"shipped"_s, now);
}

Result<QJsonObject> OrderStore::deliver(const Actor &actor, qint64 id)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    if (!rowAllows(row.value(), OrderAction::Deliver))
        return wrongStatus(id, row.value(), Tr::tr("delivered"));
    return setStatus(actor, id, u"delivered"_s, m_clock.now());
}

Result<QJsonObject> OrderStore::markReturned(const Actor &actor, qint64 id)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    if (!rowAllows(row.value(), OrderAction::Return))
        return wrongStatus(id, row.value(), Tr::tr("returned"));
    return setStatus(actor, id, u"returned"_s, m_clock.now());
}

Result<int> OrderStore::expireReservations(qint64 now)
{
    auto due = m_db.fetch(u"SELECT id FROM orders WHERE status = 'reserved' AND "
                          "reservation_expires_at IS NOT NULL AND reservation_expires_at <= ? "
                          "ORDER BY id LIMIT 500"_s,
                          {now});
    if (!due)
        return due.error();
    QList<qint64> ids;
    while (due.value().next())
        ids.append(due.value().value(0).toLongLong());
    const Actor system{0, u"system"_s, u"system"_s};
    for (qint64 id : ids) {
        auto row = orderRow(id, true);
        if (!row)
            return row.error();
        if (!rowAllows(row.value(), OrderAction::Expire))
            continue; // paid or cancelled by another server meanwhile
        if (auto ok = releaseReservation(system, id); !ok)
            return ok.error();
        if (auto ok = setStatus(system, id, u"expired"_s, now); !ok)
            return ok.error();
    }
    return int(ids.size());
}

} // namespace shopdesk::storage
