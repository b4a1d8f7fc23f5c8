#include "client/clientsession.h"

#include "client/apiclient.h"
#include "client/localcache.h"
#include "client/logging.h"
#include "client/standaloneserver.h"
#include "client/syncengine.h"
#include "domain/tr.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

ClientSession::ClientSession(QObject *parent)
    : QObject(parent)
{}

ClientSession::~ClientSession()
{
    close();
}

void ClientSession::storePasswordCheck()
{
    if (!m_hashing || !m_cache)
        return;
    m_hashing->waitForFinished();
    const Result<QString> encoded = m_hashing->result();
    if (encoded)
        (void)m_cache->setPasswordCheck(encoded.value());
    m_hashing->deleteLater();
    m_hashing = nullptr;
}

void ClientSession::close()
{
    ++m_attempt;
    m_waiting.reset();
    m_setPassword.clear();
    // A quick log-out still leaves the check for working offline next time.
    storePasswordCheck();
    if (m_engine)
        m_engine->stop();
    delete m_engine;
    m_engine = nullptr;
    delete m_cache;
    m_cache = nullptr;
    delete m_api;
    m_api = nullptr;
    if (m_standalone)
        m_standalone->stop();
    delete m_standalone;
    m_standalone = nullptr;
    m_offline = false;
    m_info = {};
}

void ClientSession::fail(const Error &error)
{
    close();
    emit failed(error);
}

void ClientSession::open(const ConnectionSettings &settings, const QString &username,
                         const QString &password, const QString &adminPassword)
{
    close();
    m_settings = settings;
    const quint64 attempt = m_attempt;
    if (username.trimmed().isEmpty()) {
        fail(Error{u"missing_username"_s, Tr::tr("Enter your user name."), {}});
        return;
    }

    QUrl server = settings.server;
    if (settings.standalone) {
        m_standalone = new StandaloneServer(this);
        const QString dataDir = settings.standaloneDataDir.isEmpty()
                                    ? StandaloneServer::defaultDataDir()
                                    : settings.standaloneDataDir;
        const QHostAddress address =
            settings.shareOnNetwork ? settings.shareAddress : QHostAddress(QHostAddress::LocalHost);
        const quint16 port = settings.shareOnNetwork ? settings.sharePort : 0;
        const auto started = m_standalone->start(dataDir, address, port, adminPassword);
        if (!started) {
            fail(started.error());
            return;
        }
        server = started.value();
        m_profile = LocalCache::profileName(QUrl(), username);
    } else {
        if (!server.isValid() || server.host().isEmpty() ||
            (server.scheme() != u"http"_s && server.scheme() != u"https"_s)) {
            fail(Error{u"invalid_server"_s,
                       Tr::tr("Enter the server's address, for example http://shop-server:8080."),
                       {}});
            return;
        }
        m_profile = LocalCache::profileName(server, username);
    }

    m_api = new ApiClient(server, this);
    m_api->setTimeout(15000);
    m_api->login(username, password,
                 [this, attempt, username, password](const Result<SessionInfo> &result) {
                     if (attempt != m_attempt)
                         return;
                     if (result && result.value().mustChangePassword) {
                         m_waiting = result.value();
                         m_setPassword = password;
                         emit passwordChangeRequired();
                     } else if (result) {
                         loggedIn(result.value(), password);
                     } else if (result.error().code == u"network_error"_s) {
                         openOffline(result.error(), username, password);
                     } else {
                         fail(result.error());
                     }
                 });
}

void ClientSession::changePassword(const QString &newPassword)
{
    if (!m_waiting || !m_api)
        return;
    const quint64 attempt = m_attempt;
    const QByteArray body = QJsonDocument(QJsonObject{{u"old_password"_s, m_setPassword},
                                                      {u"new_password"_s, newPassword}})
                                .toJson(QJsonDocument::Compact);
    // A fresh key: each try is a new request (a refused one changed nothing).
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_api->send("POST", u"/api/v1/session/password"_s, body, key,
                [this, attempt, newPassword](const ApiReply &reply) {
                    if (attempt != m_attempt || !m_waiting)
                        return;
                    if (!reply.isSuccess()) {
                        emit passwordChangeRefused(reply.error());
                        return;
                    }
                    SessionInfo info = *m_waiting;
                    info.mustChangePassword = false;
                    m_waiting.reset();
                    m_setPassword.clear();
                    loggedIn(info, newPassword);
                });
}

Result<void> ClientSession::openCache(const QString &role)
{
    m_cache = new LocalCache(this);
    const QString path = LocalCache::pathForProfile(m_profile);
    if (auto r = m_cache->open(path); !r)
        return r;
    const QString cachedRole = m_cache->role();
    if (!cachedRole.isEmpty() && cachedRole != role) {
        // The role changed: the cache may hold what the new role may not read. Start over.
        qCInfo(lcSync) << "role changed from" << cachedRole << "to" << role << "- new cache";
        m_cache->close();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        if (auto r = m_cache->open(path); !r)
            return r;
    }
    return {};
}

void ClientSession::loggedIn(const SessionInfo &info, const QString &password)
{
    m_info = info;
    // The ApiClient keeps the token, and the one a later log-in brings: no copy here.
    m_info.token.clear();
    if (auto r = openCache(info.role); !r) {
        fail(r.error());
        return;
    }
    (void)m_cache->setIdentity(info.server.toString(), info.username, info.role);
    // Hashing takes a moment: on another thread, so that the window comes up meanwhile.
    m_hashing = new QFutureWatcher<Result<QString>>(m_cache);
    connect(m_hashing, &QFutureWatcher<Result<QString>>::finished, m_cache,
            [this] { storePasswordCheck(); });
    m_hashing->setFuture(
        QtConcurrent::run([password] { return LocalCache::makePasswordCheck(password); }));
    m_engine = new SyncEngine(m_cache, m_api, this);
    m_engine->setCredentials(info.username, password);
    emit opened();
}

void ClientSession::openOffline(const Error &why, const QString &username, const QString &password)
{
    const QString path = LocalCache::pathForProfile(m_profile);
    if (!QFile::exists(path)) {
        fail(Error{why.code,
                   Tr::tr("The server cannot be reached, and this computer has no copy of your "
                          "data to work offline with yet. (%1)")
                       .arg(why.message),
                   {}});
        return;
    }
    m_cache = new LocalCache(this);
    if (auto r = m_cache->open(path); !r) {
        fail(r.error());
        return;
    }
    if (!m_cache->checkPassword(password)) {
        fail(Error{u"invalid_credentials"_s,
                   Tr::tr("The server cannot be reached, and this is not the password that last "
                          "worked on this computer."),
                   {}});
        return;
    }
    m_info.server = m_api->server();
    m_info.username = username;
    m_info.role = m_cache->role();
    m_offline = true;
    qCInfo(lcSync) << "server unreachable; working offline from" << path;
    // The password is checked by the server as soon as it answers again.
    m_engine = new SyncEngine(m_cache, m_api, this);
    m_engine->setCredentials(username, password);
    emit opened();
}

} // namespace shopdesk::client
