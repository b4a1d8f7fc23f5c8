#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace shopdesk {

// A named place that holds stock (a warehouse, room or bin), as the API's Location object
// carries it; `main` always exists.
struct StockLocation
{
    QString name;
    QString description;
    QString createdBy;
    QDateTime createdAt; // invalid for a place that held stock before it was named
    qint64 onHand = 0;   // units of all products there

    // `name` is required; the rest reads as empty when absent.
    static Result<StockLocation> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk
