#include "sync/productrecord.h"

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

namespace {

// Missing fields read as "" rather than a null string, which SQL would store as NULL.
QString text(const QJsonObject &object, const QString &key)
{
    QString value = object.value(key).toString();
    if (value.isNull())
        value = u""_s;
    return value;
}

} // namespace

ProductRecord ProductRecord::fromJson(const QJsonObject &object)
{
    ProductRecord p;
    p.sku = text(object, u"sku"_s);
    p.name = text(object, u"name"_s);
    p.category = text(object, u"category"_s);
    p.barcode = text(object, u"barcode"_s);
    const QJsonObject price = object.value(u"price"_s).toObject();
    p.priceMinor = qint64(price.value(u"amount_minor"_s).toDouble());
    p.currency = text(price, u"currency"_s);
    p.updatedAt = text(object, u"updated_at"_s);
    const StockRecord stock = StockRecord::fromJson(object.value(u"stock"_s).toObject());
    p.onHand = stock.onHand;
    p.reserved = stock.reserved;
    p.available = stock.available;
    return p;
}

StockRecord StockRecord::fromJson(const QJsonObject &object)
{
    StockRecord s;
    s.sku = text(object, u"sku"_s);
    s.onHand = qint64(object.value(u"on_hand"_s).toDouble());
    s.reserved = qint64(object.value(u"reserved"_s).toDouble());
    s.available = qint64(object.value(u"available"_s).toDouble());
    return s;
}

} // namespace shopdesk::sync
