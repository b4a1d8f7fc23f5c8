#pragma once

#include "client/admin/serversetting.h"
#include "client/jsoncalls.h"
#include "domain/result.h"

#include <QList>
#include <QObject>
#include <QVariantMap>

#include <functional>

namespace shopdesk::client {

class ApiClient;

// The server settings' calls (docs/api.md, "Settings"): read them all, and change several
// at once. A change names each setting by key with its new value (QString, qint64 or
// QStringList; a null QVariant puts the default back) and is stored all or nothing; a
// refusal comes as the server's Error, whose details name the setting ("key").
class SettingsService : public QObject
{
    Q_OBJECT
public:
    using SettingsDone = std::function<void(const Result<QList<ServerSetting>> &)>;

    explicit SettingsService(ApiClient *api, QObject *parent = nullptr);

    void list(SettingsDone done);
    void change(const QVariantMap &values, SettingsDone done);

    // The setting a refusal is about, empty when it names none.
    static QString refusedKey(const Error &error);

private:
    JsonCalls m_calls;
};

} // namespace shopdesk::client
