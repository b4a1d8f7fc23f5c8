#include "standalone/hostedserver.h"

#include "server/serverinstance.h"
#include "server/serveroptions.h"

namespace shopdesk::standalone {

HostedServer::HostedServer() = default;

HostedServer::~HostedServer()
{
    stop();
}

Result<quint16> HostedServer::start(const Options &options)
{
    stop();
    server::ServerOptions serverOptions;
    serverOptions.dataDir = options.dataDir;
    serverOptions.listenAddress = options.address;
    serverOptions.listenPort = options.port;
    serverOptions.adminPassword = options.adminPassword;
    auto instance = std::make_unique<server::ServerInstance>(serverOptions);
    const auto bound = instance->start();
    if (bound)
        m_instance = std::move(instance);
    return bound;
}

void HostedServer::stop()
{
    if (m_instance) {
        m_instance->stop();
        m_instance.reset();
    }
}

void HostedServer::install()
{
    client::EmbeddedServer::installFactory([] { return std::make_unique<HostedServer>(); });
}

} // namespace shopdesk::standalone
