#pragma once

#include "domain/customer.h"
#include "domain/order.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopdesk {

// Units of a SKU lying at one location.
struct LocationStock
{
    QString location;
    qint64 onHand = 0;
};

// What a picker needs beside an order line: the barcode to scan and where the units lie,
// in the order a shipment takes them (`main` first).
struct PickLine
{
    QString barcode;
    QList<LocationStock> locations;
};

// One order waiting to ship, as `GET /picklist` lists it: the order (number, status, payment
// method, notes, stock at risk, creation time and lines), its customer, and per line where to
// pick it; `picking` runs parallel to `order.lines`.
struct PickListEntry
{
    Order order;
    Customer customer;
    QList<PickLine> picking;

    // `order_id`, `status`, `payment_method`, `customer` and `lines` are required.
    static Result<PickListEntry> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk
