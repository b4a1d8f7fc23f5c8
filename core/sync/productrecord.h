#pragma once

#include <QJsonObject>
#include <QString>

namespace shopdesk::sync {

// A product as the cache keeps it: the catalogue fields plus its live stock figures.
struct ProductRecord
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
    QString updatedAt;

    // From the server's Product object (GET /products/{sku}, change data).
    static ProductRecord fromJson(const QJsonObject &object);
};

// The stock part of a product only: what a "stock" change carries.
struct StockRecord
{
    QString sku;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available = 0;

    static StockRecord fromJson(const QJsonObject &object);
};

} // namespace shopdesk::sync
