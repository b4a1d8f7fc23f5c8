#pragma once

#include "server/serveroptions.h"

#include <QString>

class QTextStream;

namespace shopdesk::server {

// shopdesk-server's store commands: backup (an online copy of a running SQLite store),
// restore (checked, keeping the store it replaces) and check. Each answers an exit code and
// writes what it did to out, what went wrong to err.
class ServerCommandStore
{
public:
    enum ExitCode {
        Done = 0,
        Failed = 1,           // the copy or the file could not be read or written
        BadCommandLine = 2,   // as for every shopdesk-server command
        CheckFailed = 3,      // the store or backup has findings (restore refuses it)
        ServerRunning = 4,    // restore: a server holds the data folder
        UsePostgresTools = 5, // the store is PostgreSQL: pg_dump and pg_restore do this
    };

    ServerCommandStore(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int backup(const ServerOptions &options, const QString &file);
    int restore(const ServerOptions &options, const QString &file);
    // The store of --data DIR, or file when one is named.
    int check(const ServerOptions &options, const QString &file);

    // The name a store gets when restore replaces it, for the time given.
    static QString beforeRestoreName(const QDateTime &at);

private:
    bool refusePostgres(const ServerOptions &options, const QString &tools);
    // Prints the check's outcome; the exit code it means.
    int report(const QString &path);
    // Moves the store file and its -wal aside under keptName, drops its -shm.
    bool setAside(const QString &storePath, const QString &keptPath);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace shopdesk::server
