#pragma once

#include "domain/result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace shopdesk::client {

class EmbeddedServer;

// The server code hosted inside the client on a local data folder: Shopdesk with no server
// machine. Listens on loopback only, or on the given address when shared on the network.
// The server itself comes through EmbeddedServer, which the program installs.
class StandaloneServer : public QObject
{
    Q_OBJECT
public:
    explicit StandaloneServer(QObject *parent = nullptr);
    ~StandaloneServer() override;

    static QString defaultDataDir();
    // True when the folder holds no store yet: the first start creates the administrator.
    static bool isFirstStart(const QString &dataDir);

    // Starts serving dataDir. With adminPassword set and no user yet, user "admin" is made.
    Result<QUrl> start(const QString &dataDir, const QHostAddress &address, quint16 port,
                       const QString &adminPassword = {});
    void stop();
    bool isRunning() const;
    // Where this client talks to it (always loopback) and where others reach it.
    QUrl localUrl() const { return m_localUrl; }
    QUrl sharedUrl() const { return m_sharedUrl; }

private:
    std::unique_ptr<EmbeddedServer> m_server;
    QUrl m_localUrl;
    QUrl m_sharedUrl;
};

} // namespace shopdesk::client
