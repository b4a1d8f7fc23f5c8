#include "domain/productcontent.h"

#include "domain/jsonfieldreader.h"
#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<ProductContent> ProductContent::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"content"_s);
    ProductContent content;
    content.sku = read.text(json, u"sku"_s);
    content.version = read.count(json, u"version"_s);
    content.state = read.text(json, u"state"_s);
    content.publishAt = read.timeOrNull(json, u"publish_at"_s);
    content.publishedRevision = read.count(json, u"published_revision"_s);
    content.updatedAt = read.timeOrNull(json, u"updated_at"_s);
    content.updatedBy = read.optionalText(json, u"updated_by"_s);
    // Change records carry the content object without its fields.
    const QJsonObject fields =
        json.contains(u"fields"_s) ? read.object(json, u"fields"_s) : QJsonObject();
    if (!read.ok())
        return read.error();
    auto typed = ContentFields::fromJson(fields);
    if (!typed)
        return typed.error();
    content.fields = typed.value();
    return content;
}

QJsonObject ProductContent::toJson() const
{
    return QJsonObject{{u"sku"_s, sku},
                       {u"version"_s, version},
                       {u"state"_s, state},
                       {u"publish_at"_s, isoTimeOrNull(publishAt)},
                       {u"published_revision"_s, publishedRevision},
                       {u"updated_at"_s, isoTimeOrNull(updatedAt)},
                       {u"updated_by"_s,
                        updatedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(updatedBy)},
                       {u"fields"_s, fields.toJson()}};
}

} // namespace shopdesk
