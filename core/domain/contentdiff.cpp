#include "domain/contentdiff.h"

#include "domain/contentfields.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<ContentDiff> ContentDiff::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"diff"_s);
    ContentDiff diff;
    diff.sku = read.text(json, u"sku"_s);
    diff.from = read.count(json, u"from"_s);
    // "draft", or a revision number.
    const QJsonValue to = json.value(u"to"_s);
    if (to.isDouble())
        diff.to = to.toInteger();
    else if (to.toString() != u"draft"_s)
        read.invalid(u"to"_s);
    for (const QJsonValue &value : read.array(json, u"changes"_s)) {
        const QJsonObject change = read.element(value, u"changes"_s);
        const QString field = read.text(change, u"field"_s);
        diff.changes.append({field, ContentFields::valueFromJson(field, change.value(u"from"_s)),
                             ContentFields::valueFromJson(field, change.value(u"to"_s))});
    }
    for (const QJsonValue &value : read.array(json, u"unchanged"_s))
        diff.unchanged.append(value.toString());
    if (!read.ok())
        return read.error();
    return diff;
}

QJsonObject ContentDiff::toJson() const
{
    QJsonArray changeArray;
    for (const Change &change : changes) {
        ContentFields before;
        ContentFields after;
        before.setValue(change.field, change.from);
        after.setValue(change.field, change.to);
        changeArray.append(QJsonObject{{u"field"_s, change.field},
                                       {u"from"_s, before.toJson().value(change.field)},
                                       {u"to"_s, after.toJson().value(change.field)}});
    }
    return QJsonObject{{u"sku"_s, sku},
                       {u"from"_s, from},
                       {u"to"_s, to ? QJsonValue(*to) : QJsonValue(u"draft"_s)},
                       {u"changes"_s, changeArray},
                       {u"unchanged"_s, QJsonArray::fromStringList(unchanged)}};
}

} // namespace shopdesk
