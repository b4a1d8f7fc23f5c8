#pragma once

#include "client/connectionsettings.h"
#include "client/sessioninfo.h"
#include "domain/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <optional>

namespace shopdesk::client {

class ApiClient;
class LocalCache;
class StandaloneServer;
class SyncEngine;

// Everything one logged-in user works with: the embedded server when standalone, the API
// client, the profile's local cache and the sync engine. open() logs in; when the server
// cannot be reached and this profile has a cache, it opens offline and the engine logs in
// once the server is back.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    explicit ClientSession(QObject *parent = nullptr);
    ~ClientSession() override;

    // Asynchronous: emits opened() or failed(). adminPassword is used on the embedded
    // server's first start only.
    void open(const ConnectionSettings &settings, const QString &username, const QString &password,
              const QString &adminPassword = {});
    // After passwordChangeRequired(): sets the user's own new password, then opens as open()
    // would (opened()), or emits passwordChangeRefused() and waits for another try.
    void changePassword(const QString &newPassword);
    // Stops syncing and closes the cache; the embedded server stops too.
    void close();

    bool isOpen() const { return m_engine != nullptr; }
    bool openedOffline() const { return m_offline; }
    // Who is logged in; the token stays with api(), which alone sends it.
    const SessionInfo &info() const { return m_info; }
    const ConnectionSettings &settings() const { return m_settings; }
    // The key under which this user's remembered password is kept: "maria@shop.example_8080".
    QString profile() const { return m_profile; }

    ApiClient *api() const { return m_api; }
    LocalCache *cache() const { return m_cache; }
    SyncEngine *engine() const { return m_engine; }
    StandaloneServer *standaloneServer() const { return m_standalone; }

signals:
    void opened();
    void failed(const shopdesk::Error &error);
    // Signed in with a password an admin set: nothing opens before changePassword().
    void passwordChangeRequired();
    void passwordChangeRefused(const shopdesk::Error &error);

private:
    void loggedIn(const SessionInfo &info, const QString &password);
    void openOffline(const Error &why, const QString &username, const QString &password);
    Result<void> openCache(const QString &role);
    void fail(const Error &error);
    void storePasswordCheck();

    ConnectionSettings m_settings;
    SessionInfo m_info;
    // Signed in, waiting for the new password: who, and the password the admin set.
    std::optional<SessionInfo> m_waiting;
    QString m_setPassword;
    QString m_profile;
    bool m_offline = false;
    quint64 m_attempt = 0;
    StandaloneServer *m_standalone = nullptr;
    ApiClient *m_api = nullptr;
    LocalCache *m_cache = nullptr;
    SyncEngine *m_engine = nullptr;
    QFutureWatcher<Result<QString>> *m_hashing = nullptr;
};

} // namespace shopdesk::client
