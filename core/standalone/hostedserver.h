#pragma once

#include "client/embeddedserver.h"

#include <memory>

namespace shopdesk::server {
class ServerInstance;
}

namespace shopdesk::standalone {

// The whole server (store, writer, routes, live feed) in this process, for standalone mode.
class HostedServer : public client::EmbeddedServer
{
public:
    HostedServer();
    ~HostedServer() override;

    Result<quint16> start(const Options &options) override;
    void stop() override;

    // Makes the client's standalone mode host this server; call once at program start.
    static void install();

private:
    std::unique_ptr<server::ServerInstance> m_instance;
};

} // namespace shopdesk::standalone
