#include "domain/contentfields.h"

#include "domain/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

const QString titleKey = u"title"_s;
const QString shortDescriptionKey = u"short_description"_s;
const QString longDescriptionKey = u"long_description"_s;
const QString categoryKey = u"category"_s;
const QString tagsKey = u"tags"_s;
const QString attributesKey = u"attributes"_s;
const QString slugKey = u"slug"_s;
const QString metaDescriptionKey = u"meta_description"_s;
const QString displayOrderKey = u"display_order"_s;
const QString featuredKey = u"featured"_s;

bool isList(const QString &name)
{
    return name == tagsKey || name == featuredKey;
}

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonValue toJsonValue(const QString &name, const QVariant &value)
{
    if (isList(name))
        return QJsonArray::fromStringList(value.toStringList());
    if (name == attributesKey)
        return QJsonObject::fromVariantMap(value.toMap());
    if (name == displayOrderKey)
        return value.toLongLong();
    return value.toString();
}

bool hasType(const QString &name, const QJsonValue &json)
{
    if (isList(name)) {
        if (!json.isArray())
            return false;
        const QJsonArray array = json.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isString(); });
    }
    if (name == attributesKey) {
        if (!json.isObject())
            return false;
        const QJsonObject object = json.toObject();
        return std::all_of(object.begin(), object.end(),
                           [](const QJsonValue &item) { return item.isString(); });
    }
    if (name == displayOrderKey)
        return json.isDouble();
    return json.isString();
}

} // namespace

const QStringList &ContentFields::names()
{
    static const QStringList list{
        titleKey, shortDescriptionKey, longDescriptionKey, categoryKey, tagsKey, attributesKey,
        slugKey,  metaDescriptionKey,  displayOrderKey,    featuredKey};
    return list;
}

QVariant ContentFields::emptyValue(const QString &name)
{
    if (isList(name))
        return QStringList();
    if (name == attributesKey)
        return QVariantMap();
    if (name == displayOrderKey)
        return qint64(0);
    if (names().contains(name))
        return QString();
    return {};
}

QVariant ContentFields::valueFromJson(const QString &name, const QJsonValue &json)
{
    if (!hasType(name, json))
        return emptyValue(name);
    if (isList(name)) {
        QStringList items;
        for (const QJsonValue &item : json.toArray())
            items.append(item.toString());
        return items;
    }
    if (name == attributesKey)
        return json.toObject().toVariantMap();
    if (name == displayOrderKey)
        return json.toInteger();
    return json.toString();
}

QString ContentFields::refusedField(const Error &refusal)
{
    return refusal.details.value(u"field"_s).toString();
}

QVariant ContentFields::value(const QString &name) const
{
    if (name == titleKey)
        return title;
    if (name == shortDescriptionKey)
        return shortDescription;
    if (name == longDescriptionKey)
        return longDescription;
    if (name == categoryKey)
        return category;
    if (name == tagsKey)
        return tags;
    if (name == attributesKey)
        return toVariantMap(attributes);
    if (name == slugKey)
        return slug;
    if (name == metaDescriptionKey)
        return metaDescription;
    if (name == displayOrderKey)
        return displayOrder;
    if (name == featuredKey)
        return featured;
    return {};
}

bool ContentFields::setValue(const QString &name, const QVariant &value)
{
    if (name == titleKey)
        title = value.toString();
    else if (name == shortDescriptionKey)
        shortDescription = value.toString();
    else if (name == longDescriptionKey)
        longDescription = value.toString();
    else if (name == categoryKey)
        category = value.toString();
    else if (name == tagsKey)
        tags = value.toStringList();
    else if (name == attributesKey) {
        attributes.clear();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            attributes.insert(it.key(), it.value().toString());
    } else if (name == slugKey)
        slug = value.toString();
    else if (name == metaDescriptionKey)
        metaDescription = value.toString();
    else if (name == displayOrderKey)
        displayOrder = value.toLongLong();
    else if (name == featuredKey)
        featured = value.toStringList();
    else
        return false;
    return true;
}

Result<ContentFields> ContentFields::fromJson(const QJsonObject &json)
{
    ContentFields fields;
    for (const QString &name : names()) {
        if (!json.contains(name))
            continue;
        const QJsonValue value = json.value(name);
        if (!hasType(name, value)) {
            return Result<ContentFields>::failure(
                u"invalid_answer"_s,
                Tr::tr("The server's answer (%1) cannot be read: its field \"%2\" is missing "
                       "or of the wrong type.")
                    .arg(u"content"_s, name),
                QJsonObject{{u"answer"_s, u"content"_s}, {u"field"_s, name}});
        }
        fields.setValue(name, valueFromJson(name, value));
    }
    return fields;
}

QJsonObject ContentFields::toJson() const
{
    QJsonObject json;
    for (const QString &name : names())
        json.insert(name, toJsonValue(name, value(name)));
    return json;
}

} // namespace shopdesk
