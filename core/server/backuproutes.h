#pragma once

#include "server/route.h"
#include "server/serveroptions.h"

#include <QDateTime>
#include <QList>
#include <QThreadPool>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

class GroupCommitWriter;

// Backups of a SQLite store, started from the client (admins): POST /backups records one as
// running and copies the store on a worker thread of its own (neither the writer nor the
// request's thread), checks the copy and records the outcome; GET /backups lists them. On
// PostgreSQL the answer is 409 backup_by_pg_dump: the database's own tools do this.
class BackupRoutes
{
public:
    BackupRoutes(const ServerOptions &options, storage::ShopStore &reader,
                 GroupCommitWriter &writer, QObject *context);
    ~BackupRoutes();

    QList<Route> routes();

    // Where the server's backups go: DIR/backups.
    static QString folder(const QString &dataDir);

private:
    void listBackups(const CallPtr &call);
    void startBackup(const CallPtr &call);
    // Copies and checks on the worker, then records the end through the writer.
    void runBackup(qint64 id, const QString &file, const storage::Actor &actor);
    QString nextFileName() const;

    const ServerOptions &m_options;
    storage::ShopStore &m_reader;
    GroupCommitWriter &m_writer;
    QObject *m_context;
    // One copy at a time: a second request waits for the first copy to finish.
    QThreadPool m_worker;
    QDateTime m_startedAt; // copies running before it were cut off by a stop
};

} // namespace shopdesk::server
