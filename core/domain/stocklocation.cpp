#include "domain/stocklocation.h"

#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<StockLocation> StockLocation::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    StockLocation location;
    location.name = fields.text(u"name"_s, JsonFields::Required);
    location.description = fields.text(u"description"_s);
    location.createdBy = fields.text(u"created_by"_s);
    location.createdAt = fields.time(u"created_at"_s);
    location.onHand = fields.integer(u"on_hand"_s);
    if (!fields.ok())
        return fields.error();
    return location;
}

QJsonObject StockLocation::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"description"_s, description},
        {u"created_by"_s, createdBy},
        {u"created_at"_s, createdAt.isValid() ? QJsonValue(isoTimeText(createdAt)) : QJsonValue()},
        {u"on_hand"_s, onHand}};
}

} // namespace shopdesk
