#include "domain/lowstockitem.h"

#include "domain/ids.h"
#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<LowStockItem> LowStockItem::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    LowStockItem item;
    item.sku = fields.text(u"sku"_s, JsonFields::Required);
    if (fields.ok() && !Sku::isValid(item.sku))
        fields.reject(u"sku"_s, Sku::parse(item.sku).error());
    item.name = fields.text(u"name"_s);
    item.location = fields.text(u"location"_s, JsonFields::Required);
    item.onHand = fields.integer(u"on_hand"_s, JsonFields::Required);
    item.minimum = fields.integer(u"minimum"_s, JsonFields::Required);
    item.missing = fields.integer(u"missing"_s);
    item.low = fields.boolean(u"low"_s);
    if (!fields.ok())
        return fields.error();
    return item;
}

QJsonObject LowStockItem::toJson() const
{
    return QJsonObject{{u"sku"_s, sku},        {u"name"_s, name},       {u"location"_s, location},
                       {u"on_hand"_s, onHand}, {u"minimum"_s, minimum}, {u"missing"_s, missing},
                       {u"low"_s, low}};
}

} // namespace shopdesk
