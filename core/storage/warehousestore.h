#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/migrationstep.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace shopdesk::storage {

class Database;
class ShopStore;

// One line of a warehouse batch: a movement as POST /movements takes it, or a count
// (`counted` set) whose difference to the location's on-hand becomes an adjustment.
struct WarehouseLine
{
    QString sku;
    QString kind; // receipt, return, removal, adjustment, transfer
    qint64 quantity = 0;
    std::optional<qint64> counted;
    QString reason;
    QString location;     // all kinds but transfer
    QString fromLocation; // transfer
    QString toLocation;   // transfer
};

// The warehouse's rules over the shop's ledger: named locations, batches posted all or
// nothing, reserved units protected from removals and transfers, counts that may find fewer
// units than are reserved (the orders holding them are then at risk), low-stock minimums and
// pick lists. Writes run inside the writer's transaction like the other stores'.
class WarehouseStore
{
public:
    explicit WarehouseStore(ShopStore &store);

    // Version 3 brings locations, minimums and counts below reserved.
    static QList<MigrationStep> migrations();
    // Adds stock_at_risk to an order as OrderStore::order() builds it.
    static Result<void> addRiskFlag(Database &db, QJsonObject &order);

    // --- locations
    Result<QJsonObject> listLocations();
    Result<QJsonObject> createLocation(const Actor &actor, const QString &name,
                                       const QString &description);

    // --- movements: every line or none; a refused line's index is in details.line.
    // knownLocations: every location must be named already (POST /movements predates
    // named locations and still takes any name).
    Result<QJsonObject> postLines(const Actor &actor, const QList<WarehouseLine> &lines,
                                  bool knownLocations = true);

    // POST /orders/{id}/shipment, announcing the minimums the shipment crosses.
    Result<QJsonObject> shipOrder(const Actor &actor, qint64 id, const QString &carrier,
                                  const QString &tracking);

    // --- low stock
    Result<QJsonObject> setMinimum(const Actor &actor, const QString &sku, const QString &location,
                                   qint64 minimum);
    Result<QJsonObject> lowStock();

    // --- pick list: paid orders (and cash on delivery ones) waiting to ship
    Result<QJsonObject> pickList();

private:
    struct Level
    {
        QString sku;
        QString location;
        qint64 before = 0;
    };
    Result<bool> locationKnown(const QString &name);
    Result<QJsonArray> ordersHolding(const QString &sku);
    Result<bool> shortOfReserved(const QString &sku);
    Result<void> postLine(const Actor &actor, const WarehouseLine &line, bool knownLocations,
                          QJsonArray &rows, QList<Level> &levels);
    Result<QJsonObject> lowStockEntry(const QString &sku, const QString &location);
    // Appends a low_stock change for each level whose side of its minimum changed.
    Result<QJsonArray> announceCrossings(const Actor &actor, const QList<Level> &levels);

    ShopStore &m_store;
    Database &m_db;
};

} // namespace shopdesk::storage
