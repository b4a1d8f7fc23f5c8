#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk {

// A product's stock at one location measured against the minimum set for it: the API's
// LowStock object (`GET /stock/low`, `PUT /stock/{sku}/minimum`, `low_stock` changes).
struct LowStockItem
{
    QString sku;
    QString name;
    QString location;
    qint64 onHand = 0;
    qint64 minimum = 0;
    qint64 missing = 0; // units up to the minimum; only the list says, 0 elsewhere
    bool low = false;

    // `sku`, `location`, `on_hand` and `minimum` are required.
    static Result<LowStockItem> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk
