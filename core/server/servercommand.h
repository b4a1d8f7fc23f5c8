#pragma once

#include "server/serveroptions.h"

#include <QString>

namespace shopdesk::server {

// What one start of shopdesk-server is asked to do, as ServerCommandLine read it.
struct ServerCommand
{
    enum class Action { Serve, Demo, ShowHelp, ShowVersion, Backup, Restore, Check };

    Action action = Action::Serve;
    ServerOptions options;
    // The least severe log messages still written: error, warning, info or debug.
    QString logLevel = QStringLiteral("info");
    // For Action::Demo: the demo shop's random seed and whether it is the small one.
    uint demoSeed = 1;
    bool smallDemo = false;
    // For Backup and Restore: the backup file; for Check: the file to check (empty: the store).
    QString file;

    // QLoggingCategory filter rules for logLevel.
    QString logFilterRules() const;
};

} // namespace shopdesk::server
