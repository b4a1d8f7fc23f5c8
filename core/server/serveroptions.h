#pragma once

#include "domain/result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace shopdesk::server {

// How a server instance is started: from the command line or by the desktop client.
struct ServerOptions
{
    QString dataDir;     // SQLite folder, used when databaseUrl is empty
    QString databaseUrl; // postgresql://user[:password]@host[:port]/db
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    int reservationSeconds = 30 * 60;

    // "127.0.0.1:8080", "[::1]:0", "0.0.0.0:8080"
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
};

} // namespace shopdesk::server
