#include "client/admin/settingsservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString settingsPath = u"/api/v1/settings"_s;

QJsonValue toJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    return value.toString();
}

JsonCalls::Answer asSettings(SettingsService::SettingsDone done)
{
    return [done](const Result<QJsonObject> &page) {
        if (!page)
            return done(page.error());
        done(JsonCalls::itemsOf<ServerSetting>(page.value()));
    };
}

} // namespace

SettingsService::SettingsService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_calls(api)
{}

void SettingsService::list(SettingsDone done)
{
    m_calls.get(settingsPath, {}, asSettings(std::move(done)));
}

void SettingsService::change(const QVariantMap &values, SettingsDone done)
{
    QJsonObject body;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        body.insert(it.key(), toJson(it.value()));
    m_calls.patch(settingsPath, body, asSettings(std::move(done)));
}

QString SettingsService::refusedKey(const Error &error)
{
    return error.details.value(u"key"_s).toString();
}

} // namespace shopdesk::client
