#pragma once

#include "serverprocess.h"
#include "testhttp.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace shopdesk::client {
class ClientSession;
}

namespace shopdesk::test {

// Points QStandardPaths and QSettings at a temporary home, so caches and settings made by a
// test never touch the real one.
class IsolatedHome
{
public:
    IsolatedHome();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A real server with a small shop: users alice (agent) and wanda (warehouse), one customer,
// and MUG-01 with 10 units received.
class ClientShop
{
public:
    static constexpr const char *password = "client-test-password";

    bool start();
    // Stops (SIGTERM) and starts again on the same port and store.
    bool restart();
    bool startAgain();

    QUrl url() const { return m_server.baseUrl(); }
    ServerProcess &server() { return m_server; }
    TestHttp &admin() { return *m_admin; }
    qint64 customerId() const { return m_customerId; }
    // Posts a stock movement as admin; the HTTP status.
    int postMovement(const QString &sku, const QString &kind, qint64 quantity,
                     const QString &reason = QStringLiteral("test"));
    int createProduct(const QString &sku, const QString &name, qint64 priceMinor);

private:
    ServerProcess m_server;
    std::unique_ptr<TestHttp> m_admin;
    qint64 m_customerId = 0;
    quint16 m_port = 0;
};

// Opens a client session on url as user and waits for it; nullptr (and why) if it fails.
std::unique_ptr<client::ClientSession> openSession(const QUrl &url, const QString &user,
                                                   QString *why = nullptr);
// Starts the session's sync and waits until it is live; false after `ms`.
bool startLive(client::ClientSession &session, int ms = 20000);
// openSession, then startLive; nullptr if either fails.
std::unique_ptr<client::ClientSession> openLiveSession(const QUrl &url, const QString &user);

} // namespace shopdesk::test
