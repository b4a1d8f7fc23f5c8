#pragma once

#include "server/route.h"

#include <QList>

#include <functional>

class QThreadPool;

namespace shopdesk::server {

class ServerSettings;

// The server settings (admins only): read them, and change several at once, all or nothing.
// A changed mail relay is tried (connection, greeting, TLS and log-in) before anything is
// stored, so a relay that cannot be used never replaces one that can.
class SettingsRoutes
{
public:
    // stored() runs once a change is durable, before its answer goes out: the server
    // reloads its settings there.
    SettingsRoutes(ServerSettings &settings, QThreadPool &probes, QObject *context,
                   std::function<void()> stored)
        : m_settings(settings)
        , m_probes(probes)
        , m_context(context)
        , m_stored(std::move(stored))
    {}

    QList<Route> routes();

private:
    void listSettings(const CallPtr &call);
    void changeSettings(const CallPtr &call);

    ServerSettings &m_settings;
    QThreadPool &m_probes;
    QObject *m_context;
    std::function<void()> m_stored;
};

} // namespace shopdesk::server
