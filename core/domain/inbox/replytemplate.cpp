#include "domain/inbox/replytemplate.h"

#include "domain/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

const QStringList &ReplyTemplate::languages()
{
    static const QStringList list = {u"ar"_s, u"de"_s, u"en"_s, u"es"_s, u"hi"_s};
    return list;
}

QString ReplyTemplate::defaultLanguage()
{
    return u"en"_s;
}

const ReplyTemplateText *ReplyTemplate::text(const QString &language) const
{
    for (const ReplyTemplateText &candidate : texts) {
        if (candidate.language == language)
            return &candidate;
    }
    return nullptr;
}

QStringList ReplyTemplate::textLanguages() const
{
    QStringList list;
    for (const ReplyTemplateText &candidate : texts)
        list.append(candidate.language);
    return list;
}

Result<ReplyTemplate> ReplyTemplate::fromJson(const QJsonObject &object)
{
    ReplyTemplate result;
    result.id = object.value(u"id"_s).toInteger();
    result.name = object.value(u"name"_s).toString();
    if (result.id <= 0 || result.name.isEmpty()) {
        return Result<ReplyTemplate>::failure(u"invalid_template"_s,
                                              Tr::tr("A reply template needs an id and a name."));
    }
    result.archived = object.value(u"archived"_s).toBool();
    const QJsonArray texts = object.value(u"texts"_s).toArray();
    for (const QJsonValue &value : texts) {
        const QJsonObject text = value.toObject();
        result.texts.append(
            {text.value(u"language"_s).toString(), text.value(u"body"_s).toString(),
             text.value(u"version"_s).toInt(1),
             QDateTime::fromString(text.value(u"updated_at"_s).toString(), Qt::ISODate),
             text.value(u"updated_by"_s).toString()});
    }
    return result;
}

} // namespace shopdesk::inbox
