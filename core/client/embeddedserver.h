#pragma once

#include "domain/result.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>

namespace shopdesk::client {

// The one seam between the client and the server code: a server hosted in the client's own
// process (standalone mode). The client library does not link the server; a program that
// does (the desktop app, tests) installs the factory once at start.
class EmbeddedServer
{
public:
    struct Options
    {
        QString dataDir;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        QString adminPassword; // used only while the store has no user
    };

    virtual ~EmbeddedServer() = default;

    // Serves dataDir; the port bound, or an error.
    virtual Result<quint16> start(const Options &options) = 0;
    // Finishes what is in flight and closes the store.
    virtual void stop() = 0;

    using Factory = std::function<std::unique_ptr<EmbeddedServer>()>;
    static void installFactory(Factory factory);
    // A new server, or null where the program installed none.
    static std::unique_ptr<EmbeddedServer> create();
};

} // namespace shopdesk::client
