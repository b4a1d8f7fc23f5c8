#include "domain/pageplacement.h"

#include "domain/jsonfieldreader.h"
#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

PagePlacement::Layout readLayout(const QJsonObject &json, JsonFieldReader &read)
{
    PagePlacement::Layout layout;
    for (const QJsonValue &slot : read.array(json, u"featured"_s)) {
        if (!slot.isString() && !slot.isNull())
            read.invalid(u"featured"_s);
        layout.featured.append(slot.toString());
    }
    for (const QJsonValue &sku : read.array(json, u"order"_s)) {
        if (!sku.isString())
            read.invalid(u"order"_s);
        layout.order.append(sku.toString());
    }
    return layout;
}

QJsonObject layoutJson(const PagePlacement::Layout &layout)
{
    return QJsonObject{{u"featured"_s, PagePlacement::slotsJson(layout.featured)},
                       {u"order"_s, QJsonArray::fromStringList(layout.order)}};
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonArray PagePlacement::slotsJson(const QStringList &featured)
{
    QJsonArray array;
    for (const QString &sku : featured)
        array.append(sku.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sku));
    return array;
}

Result<PagePlacement> PagePlacement::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"placement"_s);
    PagePlacement p;
    p.page = read.text(json, u"page"_s);
    p.slotCount = int(read.count(json, u"slots"_s));
    p.version = read.count(json, u"version"_s);
    p.state = read.text(json, u"state"_s);
    p.layout = readLayout(json, read);
    p.updatedAt = read.timeOrNull(json, u"updated_at"_s);
    p.updatedBy = read.optionalText(json, u"updated_by"_s);
    p.publishedVersion = read.count(json, u"published_version"_s);
    p.publishedRevision = read.count(json, u"published_revision"_s);
    if (!json.value(u"published"_s).isNull())
        p.published = readLayout(read.object(json, u"published"_s), read);
    p.publishedAt = read.timeOrNull(json, u"published_at"_s);
    p.publishedBy = read.optionalText(json, u"published_by"_s);
    if (json.contains(u"products"_s)) {
        for (const QJsonValue &value : read.array(json, u"products"_s)) {
            const QJsonObject product = read.element(value, u"products"_s);
            p.products.append({read.text(product, u"sku"_s), read.optionalText(product, u"title"_s),
                               read.optionalText(product, u"category"_s),
                               read.flag(product, u"published"_s)});
        }
    }
    if (!read.ok())
        return read.error();
    return p;
}

Result<PagePlacement> PagePlacement::theirsOf(const Error &conflict)
{
    JsonFieldReader read(u"edit conflict"_s);
    const QJsonObject theirs = read.object(conflict.details, u"theirs"_s);
    if (!read.ok())
        return read.error();
    return fromJson(theirs);
}

QJsonObject PagePlacement::toJson() const
{
    QJsonObject json{{u"page"_s, page},
                     {u"slots"_s, slotCount},
                     {u"version"_s, version},
                     {u"state"_s, state},
                     {u"featured"_s, slotsJson(layout.featured)},
                     {u"order"_s, QJsonArray::fromStringList(layout.order)},
                     {u"updated_at"_s, isoTimeOrNull(updatedAt)},
                     {u"updated_by"_s, textOrNull(updatedBy)},
                     {u"published_version"_s, publishedVersion},
                     {u"published_revision"_s, publishedRevision},
                     {u"published"_s, published ? QJsonValue(layoutJson(*published))
                                                : QJsonValue(QJsonValue::Null)},
                     {u"published_at"_s, isoTimeOrNull(publishedAt)},
                     {u"published_by"_s, textOrNull(publishedBy)}};
    if (!products.isEmpty()) {
        QJsonArray array;
        for (const Product &product : products) {
            array.append(QJsonObject{{u"sku"_s, product.sku},
                                     {u"title"_s, product.title},
                                     {u"category"_s, product.category},
                                     {u"published"_s, product.published}});
        }
        json.insert(u"products"_s, array);
    }
    return json;
}

} // namespace shopdesk
