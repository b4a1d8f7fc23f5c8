#include "domain/contentcategory.h"

#include "domain/jsonfieldreader.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<ContentCategory> ContentCategory::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"categories"_s);
    ContentCategory category;
    category.path = read.text(json, u"path"_s);
    category.products = read.count(json, u"products"_s);
    if (!read.ok())
        return read.error();
    return category;
}

QJsonObject ContentCategory::toJson() const
{
    return QJsonObject{{u"path"_s, path}, {u"products"_s, products}};
}

} // namespace shopdesk
