#include "sync/productrecord.h"

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

ProductRecord ProductRecord::fromJson(const QJsonObject &object)
{
    ProductRecord p;
    p.sku = object.value(u"sku"_s).toString();
    p.name = object.value(u"name"_s).toString();
    p.category = object.value(u"category"_s).toString();
    p.barcode = object.value(u"barcode"_s).toString();
    const QJsonObject price = object.value(u"price"_s).toObject();
    p.priceMinor = qint64(price.value(u"amount_minor"_s).toDouble());
    p.currency = price.value(u"currency"_s).toString();
    p.updatedAt = object.value(u"updated_at"_s).toString();
    const StockRecord stock = StockRecord::fromJson(object.value(u"stock"_s).toObject());
    p.onHand = stock.onHand;
    p.reserved = stock.reserved;
    p.available = stock.available;
    return p;
}

StockRecord StockRecord::fromJson(const QJsonObject &object)
{
    StockRecord s;
    s.sku = object.value(u"sku"_s).toString();
    s.onHand = qint64(object.value(u"on_hand"_s).toDouble());
    s.reserved = qint64(object.value(u"reserved"_s).toDouble());
    s.available = qint64(object.value(u"available"_s).toDouble());
    return s;
}

} // namespace shopdesk::sync
