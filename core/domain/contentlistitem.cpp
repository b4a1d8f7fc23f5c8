#include "domain/contentlistitem.h"

#include "domain/jsonfieldreader.h"
#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<ContentListItem> ContentListItem::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"content list"_s);
    ContentListItem item;
    item.sku = read.text(json, u"sku"_s);
    item.version = read.count(json, u"version"_s);
    item.state = read.text(json, u"state"_s);
    item.publishAt = read.timeOrNull(json, u"publish_at"_s);
    item.publishedRevision = read.count(json, u"published_revision"_s);
    item.updatedAt = read.timeOrNull(json, u"updated_at"_s);
    item.updatedBy = read.optionalText(json, u"updated_by"_s);
    item.title = read.optionalText(json, u"title"_s);
    if (!read.ok())
        return read.error();
    return item;
}

QJsonObject ContentListItem::toJson() const
{
    QJsonObject json{{u"sku"_s, sku},
                     {u"version"_s, version},
                     {u"state"_s, state},
                     {u"publish_at"_s, isoTimeOrNull(publishAt)},
                     {u"published_revision"_s, publishedRevision},
                     {u"updated_at"_s, isoTimeOrNull(updatedAt)},
                     {u"updated_by"_s, updatedBy}};
    if (!title.isEmpty())
        json.insert(u"title"_s, title);
    return json;
}

} // namespace shopdesk
