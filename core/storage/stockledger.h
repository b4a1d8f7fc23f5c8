#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/movementinput.h"
#include "storage/storeclock.h"

#include <QJsonObject>

namespace shopdesk::storage {

// The stock ledger: immutable movements, and the totals kept in step with them in the same
// transaction (on-hand per SKU and per location, reserved per SKU). on_hand is the sum of
// the movements, reserved the sum of the active reservations, and nothing but a count may
// push available (on_hand - reserved) below zero: the table checks refuse it even if a
// caller forgot to look. Writes expect the writer's transaction.
class StockLedger
{
public:
    StockLedger(Database &db, const StoreClock &clock, ChangeLog &log);

    static QList<MigrationStep> migrations();

    // A new SKU's totals, all zero.
    Result<void> open(const QString &sku);
    // {sku, on_hand, reserved, available, locations} as GET /stock/{sku} answers.
    Result<QJsonObject> stock(const QString &sku);
    // Locks the SKU's totals to commit and reads {on_hand, reserved, available}; not_found
    // for an unknown SKU. Callers lock several SKUs in SKU order, so servers never deadlock.
    Result<QJsonObject> lock(const QString &sku);
    Result<qint64> locationOnHand(const QString &sku, const QString &location);

    // Posts one movement and moves the totals with it; returns its id.
    Result<qint64> post(const Actor &actor, const QString &sku, const QString &kind,
                        qint64 quantity, const QString &location, const QString &reason,
                        qint64 orderId, qint64 at);
    Result<QJsonObject> movement(qint64 id);
    // POST /movements: refuses to take more than is available, at the SKU or the location.
    Result<QJsonObject> addMovement(const Actor &actor, const MovementInput &input);
    Result<QJsonObject> listMovements(const QString &sku, qint64 since, int limit, qint64 after);

    // Reservations: units held for orders, counted in reserved. reserve() refuses to hold
    // more than is available (insufficient_stock).
    Result<void> reserve(const QString &sku, qint64 quantity);
    Result<void> release(const QString &sku, qint64 quantity);
    // A reservation becomes a sale: reserved drops and on-hand leaves the locations that
    // hold it (main first) as sale movements of the order.
    Result<void> sell(const Actor &actor, const QString &sku, qint64 quantity,
                      const QString &reason, qint64 orderId, qint64 at);

    // Logs the SKU's totals as they are now (a stock change record); returns them.
    Result<QJsonObject> announce(const Actor &actor, const QString &sku);

private:
    Result<void> adjust(const QString &sku, const QString &location, qint64 onHandDelta,
                        qint64 reservedDelta);

    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
