#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace shopdesk::client {

// Where the client's server is: a remote one, or the embedded one (standalone), which it may
// share with other computers on the network.
struct ConnectionSettings
{
    bool standalone = true;
    QUrl server;               // when not standalone: http://host:port
    QString standaloneDataDir; // empty: <AppDataLocation>/standalone
    bool shareOnNetwork = false;
    QHostAddress shareAddress = QHostAddress::AnyIPv4;
    quint16 sharePort = 8765;
};

} // namespace shopdesk::client
