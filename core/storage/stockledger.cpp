#include "storage/stockledger.h"

#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

QJsonObject movementFromRow(const SqlRows &q)
{
    const QVariant orderId = q.value(6);
    return QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                       {u"sku"_s, q.value(1).toString()},
                       {u"kind"_s, q.value(2).toString()},
                       {u"quantity"_s, q.value(3).toLongLong()},
                       {u"location"_s, q.value(4).toString()},
                       {u"reason"_s, q.value(5).toString()},
                       {u"order_id"_s, orderId.isNull() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(orderId.toLongLong())},
                       {u"user"_s, q.value(7).toString()},
                       {u"at"_s, StoreClock::isoTime(q.value(8).toLongLong())}};
}

const QString movementColumns =
    u"id, sku, kind, quantity, location, reason, order_id, user_name, at"_s;

} // namespace

StockLedger::StockLedger(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
{}

QList<MigrationStep> StockLedger::migrations()
{
    return {{u"stock"_s,
             1,
             {
                 // Totals per SKU, kept in step with the ledger in the same transaction; the
                 // checks make an oversell impossible even if a code path forgot to look.
                 u"CREATE TABLE stock (sku TEXT PRIMARY KEY REFERENCES products(sku), "
                 "on_hand BIGINT NOT NULL, reserved BIGINT NOT NULL, "
                 "CHECK (reserved >= 0), CHECK (on_hand - reserved >= 0))"_s,
                 u"CREATE TABLE stock_locations (sku TEXT NOT NULL REFERENCES products(sku), "
                 "location TEXT NOT NULL, on_hand BIGINT NOT NULL, PRIMARY KEY (sku, location), "
                 "CHECK (on_hand >= 0))"_s,
                 u"CREATE TABLE movements (id %ID%, sku TEXT NOT NULL REFERENCES products(sku), "
                 "kind TEXT NOT NULL, quantity BIGINT NOT NULL, location TEXT NOT NULL, "
                 "reason TEXT NOT NULL, order_id BIGINT, user_name TEXT NOT NULL, "
                 "at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX movements_sku ON movements(sku, id)"_s,
                 u"CREATE INDEX movements_at ON movements(at)"_s,
             }}};
}

Result<void> StockLedger::open(const QString &sku)
{
    return m_db.exec(u"INSERT INTO stock (sku, on_hand, reserved) VALUES (?, 0, 0)"_s, {sku});
}

Result<QJsonObject> StockLedger::stock(const QString &sku)
{
    auto q = m_db.fetch(u"SELECT on_hand, reserved FROM stock WHERE sku = ?"_s, {sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no product %1.").arg(sku));
    const qint64 onHand = q.value().value(0).toLongLong();
    const qint64 reserved = q.value().value(1).toLongLong();
    auto l = m_db.fetch(u"SELECT location, on_hand FROM stock_locations WHERE sku = ? "
                        "AND on_hand <> 0 ORDER BY location"_s,
                        {sku});
    if (!l)
        return l.error();
    QJsonArray locations;
    while (l.value().next()) {
        locations.append(QJsonObject{{u"location"_s, l.value().value(0).toString()},
                                     {u"on_hand"_s, l.value().value(1).toLongLong()}});
    }
    return QJsonObject{{u"sku"_s, sku},
                       {u"on_hand"_s, onHand},
                       {u"reserved"_s, reserved},
                       {u"available"_s, onHand - reserved},
                       {u"locations"_s, locations}};
}

Result<QJsonObject> StockLedger::lock(const QString &sku)
{
    auto q = m_db.fetch(
        u"SELECT on_hand, reserved FROM stock WHERE sku = ?"_s + m_db.dialect().forUpdate(), {sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(sku);
    const qint64 onHand = q.value().value(0).toLongLong();
    const qint64 reserved = q.value().value(1).toLongLong();
    return QJsonObject{
        {u"on_hand"_s, onHand}, {u"reserved"_s, reserved}, {u"available"_s, onHand - reserved}};
}

Result<qint64> StockLedger::locationOnHand(const QString &sku, const QString &location)
{
    auto v = m_db.scalar(u"SELECT on_hand FROM stock_locations WHERE sku = ? AND location = ?"_s,
                         {sku, location}, 0);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<void> StockLedger::adjust(const QString &sku, const QString &location, qint64 onHandDelta,
                                 qint64 reservedDelta)
{
    if (auto ok = m_db.exec(u"UPDATE stock SET on_hand = on_hand + ?, reserved = reserved + ? "
                            "WHERE sku = ?"_s,
                            {onHandDelta, reservedDelta, sku});
        !ok) {
        return ok;
    }
    if (onHandDelta == 0)
        return {};
    if (onHandDelta < 0) {
        // Taking units out of a location that holds them (the caller checked): an update,
        // since a negative insert row would trip the CHECK before any conflict handling.
        auto q = m_db.fetch(u"UPDATE stock_locations SET on_hand = on_hand + ? "
                            "WHERE sku = ? AND location = ?"_s,
                            {onHandDelta, sku, location});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1) {
            return Error{u"insufficient_stock"_s,
                         Tr::tr("Location %1 holds no %2.").arg(location, sku),
                         QJsonObject{{u"sku"_s, sku}, {u"location"_s, location}}};
        }
        return {};
    }
    return m_db.exec(u"INSERT INTO stock_locations (sku, location, on_hand) VALUES (?, ?, ?) "
                     "ON CONFLICT (sku, location) DO UPDATE SET "
                     "on_hand = stock_locations.on_hand + excluded.on_hand"_s,
                     {sku, location, onHandDelta});
}

Result<qint64> StockLedger::post(const Actor &actor, const QString &sku, const QString &kind,
                                 qint64 quantity, const QString &location, const QString &reason,
                                 qint64 orderId, qint64 at)
{
    auto id =
        m_db.scalar(u"INSERT INTO movements (sku, kind, quantity, location, reason, "
                    "order_id, user_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {sku, kind, quantity, location, reason,
                     orderId > 0 ? QVariant(orderId) : QVariant(QMetaType(QMetaType::LongLong)),
                     actor.username, at});
    if (!id)
        return id.error();
    if (auto ok = adjust(sku, location, quantity, 0); !ok)
        return ok.error();
    auto row = movement(id.value().toLongLong());
    if (!row)
        return row.error();
    if (auto ok =
            m_log.append(actor, u"movement"_s, id.value().toString(), u"create"_s, row.value());
        !ok) {
        return ok.error();
    }
    return id.value().toLongLong();
}

Result<QJsonObject> StockLedger::movement(qint64 id)
{
    auto q = m_db.fetch(u"SELECT "_s + movementColumns + u" FROM movements WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no movement %1.").arg(id));
    return movementFromRow(q.value());
}

Result<QJsonObject> StockLedger::addMovement(const Actor &actor, const MovementInput &input)
{
    auto current = lock(input.sku);
    if (!current) {
        if (current.error().code == u"not_found"_s)
            return StoreErrors::unknownSku(input.sku);
        return current.error();
    }
    const qint64 available = current.value().value(u"available"_s).toInteger();
    const qint64 now = m_clock.now();
    QList<qint64> ids;
    if (input.kind == u"transfer"_s) {
        auto from = locationOnHand(input.sku, input.fromLocation);
        if (!from)
            return from.error();
        if (from.value() < input.quantity) {
            Error e = StoreErrors::insufficientStock(input.sku, input.quantity, from.value());
            e.details.insert(u"location"_s, input.fromLocation);
            return e;
        }
        auto out = post(actor, input.sku, u"transfer"_s, -input.quantity, input.fromLocation,
                        input.reason, 0, now);
        if (!out)
            return out.error();
        auto in = post(actor, input.sku, u"transfer"_s, input.quantity, input.toLocation,
                       input.reason, 0, now);
        if (!in)
            return in.error();
        ids = {out.value(), in.value()};
    } else {
        if (input.quantity < 0) {
            if (available + input.quantity < 0)
                return StoreErrors::insufficientStock(input.sku, -input.quantity, available);
            auto at = locationOnHand(input.sku, input.location);
            if (!at)
                return at.error();
            if (at.value() + input.quantity < 0) {
                Error e = StoreErrors::insufficientStock(input.sku, -input.quantity, at.value());
                e.details.insert(u"location"_s, input.location);
                return e;
            }
        }
        auto id = post(actor, input.sku, input.kind, input.quantity, input.location, input.reason,
                       0, now);
        if (!id)
            return id.error();
        ids = {id.value()};
    }
    QJsonArray rows;
    for (qint64 id : std::as_const(ids)) {
        auto row = movement(id);
        if (!row)
            return row.error();
        rows.append(row.value());
    }
    auto after = announce(actor, input.sku);
    if (!after)
        return after.error();
    return QJsonObject{
        {u"movement"_s, rows.first()}, {u"movements"_s, rows}, {u"stock"_s, after.value()}};
}

Result<QJsonObject> StockLedger::listMovements(const QString &sku, qint64 since, int limit,
                                               qint64 after)
{
    KeysetQuery query(u"SELECT "_s + movementColumns + u" FROM movements"_s, u"id"_s, after);
    query.where(u"at >= ?"_s, {since});
    if (!sku.isEmpty())
        query.where(u"sku = ?"_s, {sku});
    return query.page(m_db, limit, movementFromRow, KeysetQuery::idCursor);
}

Result<void> StockLedger::reserve(const QString &sku, qint64 quantity)
{
    // The condition keeps available >= 0 in the same statement: since counts may leave
    // on-hand below reserved, the table no longer checks it.
    auto q = m_db.fetch(u"UPDATE stock SET reserved = reserved + ? "
                        "WHERE sku = ? AND on_hand - reserved >= ?"_s,
                        {quantity, sku, quantity});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return {};
    auto current = lock(sku);
    if (!current)
        return current.error();
    return StoreErrors::insufficientStock(sku, quantity,
                                          current.value().value(u"available"_s).toInteger());
}

Result<void> StockLedger::release(const QString &sku, qint64 quantity)
{
    return adjust(sku, QString(), 0, -quantity);
}

Result<void> StockLedger::sell(const Actor &actor, const QString &sku, qint64 quantity,
                               const QString &reason, qint64 orderId, qint64 at)
{
    if (auto ok = release(sku, quantity); !ok)
        return ok;
    auto where = m_db.fetch(u"SELECT location, on_hand FROM stock_locations WHERE sku = ? "
                            "AND on_hand > 0 ORDER BY CASE WHEN location = 'main' THEN 0 "
                            "ELSE 1 END, location"_s,
                            {sku});
    if (!where)
        return where.error();
    QList<std::pair<QString, qint64>> sources;
    while (where.value().next())
        sources.append({where.value().value(0).toString(), where.value().value(1).toLongLong()});
    qint64 left = quantity;
    for (const auto &[location, onHand] : sources) {
        if (left == 0)
            break;
        const qint64 take = qMin(left, onHand);
        auto m = post(actor, sku, u"sale"_s, -take, location, reason, orderId, at);
        if (!m)
            return m.error();
        left -= take;
    }
    if (left > 0) // the ledger and the totals disagree: refuse rather than go negative
        return Error{u"ledger_mismatch"_s, Tr::tr("The stock of %1 does not add up.").arg(sku),
                     QJsonObject{{u"sku"_s, sku}}};
    return {};
}

Result<QJsonObject> StockLedger::announce(const Actor &actor, const QString &sku)
{
    return m_log.appendRead(actor, u"stock"_s, sku, u"update"_s, stock(sku));
}

} // namespace shopdesk::storage
