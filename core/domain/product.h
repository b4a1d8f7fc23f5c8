#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopdesk {

// A SKU's stock figures: on_hand = Σ movements, reserved = Σ active reservations,
// available = on_hand − reserved. What a "stock" change carries.
struct StockLevel
{
    QString sku;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available = 0;

    // The API's Stock object; `sku`, `on_hand`, `reserved` and `available` are required.
    static Result<StockLevel> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// A product: its catalogue fields and its live stock figures. The price is kept as the
// minor units and currency code the client's cache stores; price() is it as Money.
struct Product
{
    QString sku;
    QString name;
    QString category;
    QString barcode;
    qint64 priceMinor = 0;
    QString currency;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available = 0;
    QString updatedAt;        // ISO 8601 as the server wrote it, "" where unknown
    qint64 taxRateBp = 0;     // basis points: 1900 is 19 %
    bool archived = false;    // kept for history, no longer ordered
    qint64 minimumStock = -1; // at the default location; -1 where none is set

    // Nothing when the currency is not an ISO 4217 code.
    std::optional<Money> price() const;

    // The API's Product object; `sku`, `name` and `price` are required, `stock` is read when
    // present (a product without it reads as holding no stock).
    static Result<Product> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk
