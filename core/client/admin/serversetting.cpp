#include "client/admin/serversetting.h"

#include "domain/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

Result<ServerSetting> ServerSetting::fromJson(const QJsonObject &json)
{
    ServerSetting setting;
    setting.key = json.value(u"key"_s).toString();
    if (setting.key.isEmpty())
        return Error{u"invalid_answer"_s, Tr::tr("The server sent a setting without a name."), {}};
    const QString source = json.value(u"source"_s).toString();
    setting.source = source == u"operator"_s ? Source::Operator
                     : source == u"stored"_s ? Source::Stored
                                             : Source::Default;
    setting.live = json.value(u"live"_s).toBool();
    setting.secret = json.value(u"secret"_s).toBool();
    setting.isSet = json.value(u"set"_s).toBool();
    const QJsonValue value = json.value(u"value"_s);
    if (value.isArray()) {
        QStringList texts;
        for (const QJsonValue &entry : value.toArray())
            texts.append(entry.toString());
        setting.value = texts;
    } else if (value.isDouble()) {
        setting.value = value.toInteger();
    } else if (value.isString()) {
        setting.value = value.toString();
    }
    return setting;
}

} // namespace shopdesk::client
