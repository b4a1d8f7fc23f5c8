#pragma once

#include <QList>
#include <QString>

namespace shopdesk::storage {

// A new order as the server has read it from a request; the store checks it against the data.
struct OrderInput
{
    struct Line
    {
        QString sku;
        qint64 quantity = 0;
    };
    qint64 customerId = 0;
    QString channel;
    QString paymentMethod;
    QString notes;
    QList<Line> lines;
};

} // namespace shopdesk::storage
