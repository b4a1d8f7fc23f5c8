#pragma once

#include <QList>
#include <QString>

namespace shopdesk::storage {

// A return as the server has read it from a request; the store checks it against the order.
struct ReturnInput
{
    struct Line
    {
        QString sku;
        qint64 quantity = 0;
    };
    qint64 orderId = 0;
    qint64 ticketId = 0; // 0: none
    QString reason;
    QString note;
    QList<Line> lines;
};

// What the warehouse found in a return's parcel, per SKU: units back on the shelf at
// location, and units written off as damaged.
struct ReceiptLine
{
    QString sku;
    qint64 restock = 0;
    qint64 writeOff = 0;
    QString location; // empty: main
};

} // namespace shopdesk::storage
