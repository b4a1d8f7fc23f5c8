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
    int reservationSeconds = 30 * 60;         // how long an unpaid reservation lives
    QString currency = QStringLiteral("EUR"); // the shop's currency (ISO 4217)
    QString tlsCertificate;            // PEM file; with tlsKey the server speaks HTTPS and WSS only
    QString tlsKey;                    // PEM file, unencrypted
    int sessionSeconds = 12 * 60 * 60; // how long a login token is valid
    // Used once, when the store has no user at all: creates "admin" with this password.
    // Empty: taken from SHOPDESK_ADMIN_PASSWORD.
    QString adminPassword;

    // "127.0.0.1:8080", "[::1]:0", "0.0.0.0:8080"
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
};

} // namespace shopdesk::server
