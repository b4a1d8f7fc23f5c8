#include "domain/productimage.h"

#include "domain/jsonfieldreader.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<ProductImage> ProductImage::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"images"_s);
    ProductImage image;
    image.hash = read.text(json, u"hash"_s);
    image.url = read.text(json, u"url"_s);
    image.mime = read.text(json, u"mime"_s);
    image.width = int(read.count(json, u"width"_s));
    image.height = int(read.count(json, u"height"_s));
    image.size = read.count(json, u"size"_s);
    image.main = read.flag(json, u"main"_s);
    if (!read.ok())
        return read.error();
    return image;
}

QJsonObject ProductImage::toJson() const
{
    return QJsonObject{{u"hash"_s, hash},   {u"url"_s, url},       {u"mime"_s, mime},
                       {u"width"_s, width}, {u"height"_s, height}, {u"size"_s, size},
                       {u"main"_s, main}};
}

} // namespace shopdesk
