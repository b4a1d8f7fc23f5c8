#include "domain/contentconflict.h"

#include "domain/jsonfieldreader.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<ContentConflict> ContentConflict::fromJson(const QJsonObject &details)
{
    JsonFieldReader read(u"edit conflict"_s);
    const QJsonObject theirs = read.object(details, u"theirs"_s);
    const QJsonObject base =
        details.contains(u"base"_s) ? read.object(details, u"base"_s) : QJsonObject();
    const QJsonObject mine = read.object(details, u"mine"_s);
    ContentConflict conflict;
    conflict.base.version = base.isEmpty() ? 0 : read.count(base, u"version"_s);
    conflict.base.savedAt =
        base.contains(u"saved_at"_s) ? read.timeOrNull(base, u"saved_at"_s) : QDateTime();
    conflict.base.savedBy = read.optionalText(base, u"saved_by"_s);
    if (!read.ok())
        return read.error();
    auto theirContent = ProductContent::fromJson(theirs);
    if (!theirContent)
        return theirContent.error();
    auto baseFields = ContentFields::fromJson(base.value(u"fields"_s).toObject());
    if (!baseFields)
        return baseFields.error();
    auto myFields = ContentFields::fromJson(mine);
    if (!myFields)
        return myFields.error();
    conflict.theirs = theirContent.value();
    conflict.base.fields = baseFields.value();
    conflict.mine = myFields.value();
    return conflict;
}

QJsonObject ContentConflict::toJson() const
{
    return QJsonObject{
        {u"theirs"_s, theirs.toJson()},
        {u"base"_s,
         QJsonObject{{u"version"_s, base.version},
                     {u"fields"_s, base.fields.toJson()},
                     {u"saved_at"_s, base.savedAt.isValid()
                                         ? QJsonValue(base.savedAt.toUTC().toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
                     {u"saved_by"_s, base.savedBy}}},
        {u"mine"_s, mine.toJson()}};
}

} // namespace shopdesk
