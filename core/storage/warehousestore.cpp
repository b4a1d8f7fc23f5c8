#include "storage/warehousestore.h"

#include "domain/tr.h"
#include "storage/database.h"
#include "storage/shopstore.h"

#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString mainLocation = u"main"_s;

// Orders whose reservation still holds units.
const QString holdingStatuses = u"('reserved', 'paid')"_s;

Error lineError(Error error, qsizetype index)
{
    error.details.insert(u"line"_s, index);
    return error;
}

} // namespace

WarehouseStore::WarehouseStore(ShopStore &store)
    : m_store(store)
    , m_db(store.database())
{}

QList<MigrationStep> WarehouseStore::migrations()
{
    return {{u"warehouse"_s,
             3,
             {
                 u"CREATE TABLE locations (name TEXT PRIMARY KEY, description TEXT NOT NULL, "
                 "created_by TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
                 u"CREATE TABLE stock_minimums (sku TEXT NOT NULL REFERENCES products(sku), "
                 "location TEXT NOT NULL, minimum BIGINT NOT NULL, PRIMARY KEY (sku, location), "
                 "CHECK (minimum >= 0))"_s,
                 // A count may find fewer units than orders hold (reality wins): on-hand may then
                 // be below reserved, so the totals keep only their non-negative checks. Every
                 // other path still refuses to take more than is available.
                 u"CREATE TABLE stock_counted (sku TEXT PRIMARY KEY REFERENCES products(sku), "
                 "on_hand BIGINT NOT NULL, reserved BIGINT NOT NULL, "
                 "CHECK (reserved >= 0), CHECK (on_hand >= 0))"_s,
                 u"INSERT INTO stock_counted (sku, on_hand, reserved) "
                 "SELECT sku, on_hand, reserved FROM stock"_s,
                 u"DROP TABLE stock"_s,
                 u"ALTER TABLE stock_counted RENAME TO stock"_s,
             }}};
}

Result<void> WarehouseStore::addRiskFlag(Database &db, QJsonObject &order)
{
    const QString status = order.value(u"status"_s).toString();
    bool atRisk = false;
    if (status == u"reserved"_s || status == u"paid"_s) {
        auto short_ = db.scalar(u"SELECT COUNT(*) FROM order_lines l JOIN stock s ON s.sku = "
                                "l.sku WHERE l.order_id = ? AND s.on_hand < s.reserved"_s,
                                {order.value(u"id"_s).toInteger()}, 0);
        if (!short_)
            return short_.error();
        atRisk = short_.value().toLongLong() > 0;
    }
    order.insert(u"stock_at_risk"_s, atRisk);
    return {};
}

// ---------------------------------------------------------------- locations

Result<QJsonObject> WarehouseStore::listLocations()
{
    // Named locations, "main" (always there) and any location that holds stock from
    // before locations were named.
    auto q = m_db.fetch(u"SELECT n.name, COALESCE(l.description, ''), COALESCE(l.created_by, ''), "
                        "l.created_at, COALESCE((SELECT SUM(on_hand) FROM stock_locations s "
                        "WHERE s.location = n.name), 0) FROM (SELECT name FROM locations UNION "
                        "SELECT location FROM stock_locations UNION SELECT 'main') n "
                        "LEFT JOIN locations l ON l.name = n.name ORDER BY n.name"_s);
    if (!q)
        return q.error();
    QJsonArray items;
    while (q.value().next()) {
        const SqlRows &r = q.value();
        items.append(QJsonObject{
            {u"name"_s, r.value(0).toString()},
            {u"description"_s, r.value(1).toString()},
            {u"created_by"_s, r.value(2).toString()},
            {u"created_at"_s, r.value(3).isNull()
                                  ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(StoreClock::isoTime(r.value(3).toLongLong()))},
            {u"on_hand"_s, r.value(4).toLongLong()}});
    }
    return QJsonObject{{u"items"_s, items}, {u"next"_s, QJsonValue::Null}};
}

Result<QJsonObject> WarehouseStore::createLocation(const Actor &actor, const QString &name,
                                                   const QString &description)
{
    auto known = locationKnown(name);
    if (!known)
        return known.error();
    if (known.value()) {
        return Error{u"location_exists"_s, Tr::tr("A location named %1 exists already.").arg(name),
                     QJsonObject{{u"name"_s, name}}};
    }
    const qint64 now = m_store.clock().now();
    if (auto ok = m_db.exec(u"INSERT INTO locations (name, description, created_by, created_at) "
                            "VALUES (?, ?, ?, ?)"_s,
                            {name, description, actor.username, now});
        !ok) {
        return ok.error();
    }
    const QJsonObject created{{u"name"_s, name},
                              {u"description"_s, description},
                              {u"created_by"_s, actor.username},
                              {u"created_at"_s, StoreClock::isoTime(now)},
                              {u"on_hand"_s, 0}};
    if (auto ok = m_store.changes().append(actor, u"location"_s, name, u"create"_s, created); !ok)
        return ok.error();
    return created;
}

Result<bool> WarehouseStore::locationKnown(const QString &name)
{
    if (name == mainLocation)
        return true;
    auto v = m_db.scalar(u"SELECT (SELECT COUNT(*) FROM locations WHERE name = ?) + "
                         "(SELECT COUNT(*) FROM stock_locations WHERE location = ?)"_s,
                         {name, name}, 0);
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

// ---------------------------------------------------------------- movements

Result<QJsonArray> WarehouseStore::ordersHolding(const QString &sku)
{
    auto q = m_db.fetch(u"SELECT DISTINCT o.id FROM orders o JOIN order_lines l ON l.order_id = "
                        "o.id WHERE l.sku = ? AND o.status IN "_s +
                            holdingStatuses + u" ORDER BY o.id"_s,
                        {sku});
    if (!q)
        return q.error();
    QJsonArray ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Result<bool> WarehouseStore::shortOfReserved(const QString &sku)
{
    auto v =
        m_db.scalar(u"SELECT COUNT(*) FROM stock WHERE sku = ? AND on_hand < reserved"_s, {sku}, 0);
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

Result<void> WarehouseStore::postLine(const Actor &actor, const WarehouseLine &line,
                                      bool knownLocations, QJsonArray &rows, QList<Level> &levels)
{
    auto current = m_store.ledger().lock(line.sku);
    if (!current) {
        if (current.error().code == u"not_found"_s) {
            return Error{u"unknown_sku"_s, Tr::tr("There is no product %1.").arg(line.sku),
                         QJsonObject{{u"sku"_s, line.sku}, {u"field"_s, u"sku"_s}}};
        }
        return current.error();
    }
    const bool transfer = line.kind == u"transfer"_s;
    for (const QString &location :
         transfer ? QStringList{line.fromLocation, line.toLocation} : QStringList{line.location}) {
        auto known = locationKnown(location);
        if (!known)
            return known.error();
        if (!known.value() && knownLocations) {
            return Error{u"unknown_location"_s,
                         Tr::tr("There is no location %1; create it first.").arg(location),
                         QJsonObject{{u"location"_s, location}}};
        }
        bool seen = false;
        for (const Level &level : std::as_const(levels))
            seen = seen || (level.sku == line.sku && level.location == location);
        if (!seen) {
            auto before = m_store.ledger().locationOnHand(line.sku, location);
            if (!before)
                return before.error();
            levels.append(Level{line.sku, location, before.value()});
        }
    }

    qint64 quantity = line.quantity;
    const QString from = transfer ? line.fromLocation : line.location;
    if (line.counted) {
        auto there = m_store.ledger().locationOnHand(line.sku, line.location);
        if (!there)
            return there.error();
        quantity = *line.counted - there.value();
        if (quantity == 0)
            return {}; // the count confirms the ledger
    } else if (quantity < 0 || transfer) {
        // Reservations hold units of a SKU wherever they lie, so only available units
        // may leave: a removal or transfer that would take reserved ones names the orders.
        const qint64 take = transfer ? quantity : -quantity;
        const qint64 available = current.value().value(u"available"_s).toInteger();
        if (take > available) {
            auto orders = ordersHolding(line.sku);
            if (!orders)
                return orders.error();
            QStringList ids;
            for (const QJsonValue &id : orders.value())
                ids.append(QString::number(id.toInteger()));
            return Error{u"insufficient_stock"_s,
                         orders.value().isEmpty()
                             ? Tr::tr("Only %1 of %2 available; %3 asked for.")
                                   .arg(qMax<qint64>(available, 0))
                                   .arg(line.sku)
                                   .arg(take)
                             : Tr::tr("Only %1 of %2 available; %3 asked for. Orders %4 hold "
                                      "the reserved units.")
                                   .arg(qMax<qint64>(available, 0))
                                   .arg(line.sku)
                                   .arg(take)
                                   .arg(ids.join(u", "_s)),
                         QJsonObject{{u"sku"_s, line.sku},
                                     {u"requested"_s, take},
                                     {u"available"_s, qMax<qint64>(available, 0)},
                                     {u"reserved"_s, current.value().value(u"reserved"_s)},
                                     {u"orders"_s, orders.value()}}};
        }
        auto there = m_store.ledger().locationOnHand(line.sku, from);
        if (!there)
            return there.error();
        if (there.value() < take) {
            return Error{u"insufficient_stock"_s,
                         Tr::tr("Location %1 holds only %2 of %3; %4 asked for.")
                             .arg(from)
                             .arg(there.value())
                             .arg(line.sku)
                             .arg(take),
                         QJsonObject{{u"sku"_s, line.sku},
                                     {u"requested"_s, take},
                                     {u"available"_s, there.value()},
                                     {u"location"_s, from},
                                     {u"orders"_s, QJsonArray{}}}};
        }
    }

    const qint64 now = m_store.clock().now();
    QList<qint64> ids;
    if (transfer) {
        auto out = m_store.ledger().post(actor, line.sku, line.kind, -quantity, line.fromLocation,
                                         line.reason, 0, now);
        if (!out)
            return out.error();
        auto in = m_store.ledger().post(actor, line.sku, line.kind, quantity, line.toLocation,
                                        line.reason, 0, now);
        if (!in)
            return in.error();
        ids = {out.value(), in.value()};
    } else {
        auto id = m_store.ledger().post(actor, line.sku, line.kind, quantity, line.location,
                                        line.reason, 0, now);
        if (!id)
            return id.error();
        ids = {id.value()};
    }
    for (qint64 id : ids) {
        auto row = m_store.ledger().movement(id);
        if (!row)
            return row.error();
        rows.append(row.value());
    }
    return {};
}

Result<QJsonObject> WarehouseStore::postLines(const Actor &actor, const QList<WarehouseLine> &lines,
                                              bool knownLocations)
{
    // Lock the SKUs' totals in one order so two servers on one database never deadlock,
    // and note which were short of their reservations before.
    std::map<QString, bool> wasShort;
    for (const WarehouseLine &line : lines)
        wasShort[line.sku] = false;
    for (auto &[sku, before] : wasShort) {
        auto locked = m_store.ledger().lock(sku);
        if (!locked && locked.error().code != u"not_found"_s)
            return locked.error();
        auto isShort = shortOfReserved(sku);
        if (!isShort)
            return isShort.error();
        before = isShort.value();
    }
    QJsonArray rows;
    QList<Level> levels;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (auto ok = postLine(actor, lines[i], knownLocations, rows, levels); !ok)
            return lineError(ok.error(), i);
    }
    QJsonArray stocks;
    for (const auto &[sku, before] : wasShort) {
        auto after = m_store.ledger().announce(actor, sku);
        if (!after)
            return after.error();
        stocks.append(after.value());
        // Orders holding a SKU that became short (or whole again) change their risk flag:
        // their change records put it on every agent's list.
        auto isShort = shortOfReserved(sku);
        if (!isShort)
            return isShort.error();
        if (isShort.value() == before)
            continue;
        auto orders = ordersHolding(sku);
        if (!orders)
            return orders.error();
        for (const QJsonValue &id : orders.value()) {
            auto order = m_store.orders().order(id.toInteger());
            if (!order)
                return order.error();
            if (auto ok = m_store.changes().append(
                    actor, u"order"_s, QString::number(id.toInteger()), u"update"_s, order.value());
                !ok) {
                return ok.error();
            }
        }
    }
    auto crossings = announceCrossings(actor, levels);
    if (!crossings)
        return crossings.error();
    return QJsonObject{
        {u"movements"_s, rows}, {u"stock"_s, stocks}, {u"low_stock"_s, crossings.value()}};
}

Result<QJsonArray> WarehouseStore::announceCrossings(const Actor &actor, const QList<Level> &levels)
{
    // A location that crossed its minimum (either way) is announced once.
    QJsonArray crossings;
    for (const Level &level : levels) {
        auto entry = lowStockEntry(level.sku, level.location);
        if (!entry)
            return entry.error();
        const qint64 minimum = entry.value().value(u"minimum"_s).toInteger();
        const bool wasLow = level.before < minimum;
        if (entry.value().value(u"minimum"_s).isNull() ||
            entry.value().value(u"low"_s).toBool() == wasLow)
            continue;
        crossings.append(entry.value());
        if (auto ok =
                m_store.changes().append(actor, u"low_stock"_s, level.sku + u'@' + level.location,
                                         u"update"_s, entry.value());
            !ok) {
            return ok.error();
        }
    }
    return crossings;
}

Result<QJsonObject> WarehouseStore::shipOrder(const Actor &actor, qint64 id, const QString &carrier,
                                              const QString &tracking)
{
    // The levels the shipment may take units from: every location with a minimum for the
    // order's products.
    auto q = m_db.fetch(u"SELECT m.sku, m.location, COALESCE(s.on_hand, 0) FROM stock_minimums m "
                        "LEFT JOIN stock_locations s ON s.sku = m.sku AND s.location = m.location "
                        "WHERE m.sku IN (SELECT sku FROM order_lines WHERE order_id = ?) "
                        "ORDER BY m.sku, m.location"_s,
                        {id});
    if (!q)
        return q.error();
    QList<Level> levels;
    while (q.value().next()) {
        levels.append(Level{q.value().value(0).toString(), q.value().value(1).toString(),
                            q.value().value(2).toLongLong()});
    }
    auto shipped = m_store.orders().ship(actor, id, carrier, tracking);
    if (!shipped)
        return shipped;
    if (auto crossings = announceCrossings(actor, levels); !crossings)
        return crossings.error();
    return shipped;
}

// ---------------------------------------------------------------- low stock

Result<QJsonObject> WarehouseStore::lowStockEntry(const QString &sku, const QString &location)
{
    auto q = m_db.fetch(u"SELECT p.name, m.minimum, COALESCE(s.on_hand, 0) FROM products p "
                        "LEFT JOIN stock_minimums m ON m.sku = p.sku AND m.location = ? "
                        "LEFT JOIN stock_locations s ON s.sku = p.sku AND s.location = ? "
                        "WHERE p.sku = ?"_s,
                        {location, location, sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"not_found"_s, Tr::tr("There is no product %1.").arg(sku), {}};
    const SqlRows &r = q.value();
    const bool hasMinimum = !r.value(1).isNull();
    const qint64 minimum = r.value(1).toLongLong();
    const qint64 onHand = r.value(2).toLongLong();
    return QJsonObject{{u"sku"_s, sku},
                       {u"name"_s, r.value(0).toString()},
                       {u"location"_s, location},
                       {u"on_hand"_s, onHand},
                       {u"minimum"_s, hasMinimum ? QJsonValue(minimum) : QJsonValue::Null},
                       {u"low"_s, hasMinimum && onHand < minimum}};
}

Result<QJsonObject> WarehouseStore::setMinimum(const Actor &actor, const QString &sku,
                                               const QString &location, qint64 minimum)
{
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM products WHERE sku = ?"_s, {sku}, 0);
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() == 0)
        return Error{u"not_found"_s, Tr::tr("There is no product %1.").arg(sku), {}};
    auto known = locationKnown(location);
    if (!known)
        return known.error();
    if (!known.value()) {
        return Error{u"unknown_location"_s,
                     Tr::tr("There is no location %1; create it first.").arg(location),
                     QJsonObject{{u"location"_s, location}, {u"field"_s, u"location"_s}}};
    }
    auto before = lowStockEntry(sku, location);
    if (!before)
        return before;
    if (auto ok =
            m_db.exec(u"INSERT INTO stock_minimums (sku, location, minimum) VALUES (?, ?, ?) "
                      "ON CONFLICT (sku, location) DO UPDATE SET minimum = excluded.minimum"_s,
                      {sku, location, minimum});
        !ok) {
        return ok.error();
    }
    auto after = lowStockEntry(sku, location);
    if (!after)
        return after;
    const QString id = sku + u'@' + location;
    if (auto ok =
            m_store.changes().append(actor, u"stock_minimum"_s, id, u"update"_s, after.value());
        !ok) {
        return ok.error();
    }
    if (after.value().value(u"low"_s).toBool() != before.value().value(u"low"_s).toBool()) {
        if (auto ok =
                m_store.changes().append(actor, u"low_stock"_s, id, u"update"_s, after.value());
            !ok) {
            return ok.error();
        }
    }
    return after;
}

Result<QJsonObject> WarehouseStore::lowStock()
{
    auto q = m_db.fetch(u"SELECT m.sku, p.name, m.location, COALESCE(s.on_hand, 0), m.minimum "
                        "FROM stock_minimums m JOIN products p ON p.sku = m.sku "
                        "LEFT JOIN stock_locations s ON s.sku = m.sku AND s.location = m.location "
                        "WHERE COALESCE(s.on_hand, 0) < m.minimum ORDER BY m.sku, m.location"_s);
    if (!q)
        return q.error();
    QJsonArray items;
    while (q.value().next()) {
        const SqlRows &r = q.value();
        const qint64 onHand = r.value(3).toLongLong();
        const qint64 minimum = r.value(4).toLongLong();
        items.append(QJsonObject{{u"sku"_s, r.value(0).toString()},
                                 {u"name"_s, r.value(1).toString()},
                                 {u"location"_s, r.value(2).toString()},
                                 {u"on_hand"_s, onHand},
                                 {u"minimum"_s, minimum},
                                 {u"missing"_s, minimum - onHand},
                                 {u"low"_s, true}});
    }
    return QJsonObject{{u"items"_s, items}, {u"next"_s, QJsonValue::Null}};
}

// ---------------------------------------------------------------- pick list

Result<QJsonObject> WarehouseStore::pickList()
{
    auto q = m_db.fetch(
        u"SELECT o.id FROM orders o WHERE o.status = 'paid' OR (o.status = 'reserved' AND "
        "o.payment_method = 'cash_on_delivery') ORDER BY o.id LIMIT 1000"_s);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    QJsonArray items;
    for (qint64 id : std::as_const(ids)) {
        auto order = m_store.orders().order(id);
        if (!order)
            return order.error();
        QJsonObject o = order.value();
        auto customer = m_store.customers().customer(o.value(u"customer_id"_s).toInteger());
        if (!customer)
            return customer.error();
        QJsonArray lines;
        for (const QJsonValue &value : o.value(u"lines"_s).toArray()) {
            QJsonObject line = value.toObject();
            const QString sku = line.value(u"sku"_s).toString();
            // Where the units lie, in the order shipments take them (main first).
            auto where = m_db.fetch(u"SELECT location, on_hand FROM stock_locations WHERE sku = ? "
                                    "AND on_hand > 0 ORDER BY CASE WHEN location = 'main' THEN 0 "
                                    "ELSE 1 END, location"_s,
                                    {sku});
            if (!where)
                return where.error();
            QJsonArray locations;
            while (where.value().next()) {
                locations.append(QJsonObject{{u"location"_s, where.value().value(0).toString()},
                                             {u"on_hand"_s, where.value().value(1).toLongLong()}});
            }
            auto barcode = m_db.scalar(u"SELECT barcode FROM products WHERE sku = ?"_s, {sku}, {});
            if (!barcode)
                return barcode.error();
            lines.append(QJsonObject{{u"sku"_s, sku},
                                     {u"name"_s, line.value(u"name"_s)},
                                     {u"barcode"_s, barcode.value().toString()},
                                     {u"quantity"_s, line.value(u"quantity"_s)},
                                     {u"locations"_s, locations}});
        }
        items.append(QJsonObject{{u"order_id"_s, id},
                                 {u"status"_s, o.value(u"status"_s)},
                                 {u"payment_method"_s, o.value(u"payment_method"_s)},
                                 {u"customer"_s, customer.value()},
                                 {u"created_at"_s, o.value(u"created_at"_s)},
                                 {u"notes"_s, o.value(u"notes"_s)},
                                 {u"stock_at_risk"_s, o.value(u"stock_at_risk"_s)},
                                 {u"lines"_s, lines}});
    }
    return QJsonObject{{u"items"_s, items}, {u"next"_s, QJsonValue::Null}};
}

} // namespace shopdesk::storage
