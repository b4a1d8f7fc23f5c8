#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopdesk {

// What a ledger row records. Sales come only from shipments.
enum class MovementKind { Receipt, Sale, Return, Adjustment, Removal, Transfer };

// Every kind, in the order the client lists them.
QList<MovementKind> allMovementKinds();
// "receipt", "sale", "return", "adjustment", "removal", "transfer".
QString movementKindName(MovementKind kind);
// Reads an API word; anything else is `unknown_movement_kind`.
Result<MovementKind> parseMovementKind(const QString &name);

// One immutable row of the stock ledger: the signed change of on-hand of a SKU at a location.
struct StockMovement
{
    MovementId id;
    QString sku;
    MovementKind kind = MovementKind::Receipt;
    qint64 quantity = 0;
    QString location;
    QString reason;
    OrderId orderId; // invalid unless an order's shipment or return made it
    QString user;
    QDateTime at;

    // The API's Movement object; `id`, `sku`, `kind` and `quantity` are required.
    static Result<StockMovement> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk
