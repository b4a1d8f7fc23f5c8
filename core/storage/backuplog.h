#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace shopdesk::storage {

// The record of the backups the server took: which file, how big, who asked, when it
// started and finished, and what the check of the copy found. Kept in the store so the list
// survives restarts; every change is a `backup` change record. Writes expect the writer's
// transaction.
class BackupLog
{
public:
    // How many finished backups are kept; older files are removed with their records.
    static constexpr int keep = 10;

    BackupLog(Database &db, const StoreClock &clock, ChangeLog &log)
        : m_db(db)
        , m_clock(clock)
        , m_log(log)
    {}

    static QList<MigrationStep> migrations();

    // A backup about to start, status "running".
    Result<QJsonObject> start(const Actor &actor, const QString &file);
    // Its end: "done" with the copy's size and the check's findings, or "failed" with why.
    // removedFiles receives the files of backups beyond the kept ones, whose records it
    // deletes; the caller removes them once this is durable.
    Result<QJsonObject> finish(const Actor &actor, qint64 id, bool ok, qint64 bytes,
                               const QStringList &findings, const QString &message,
                               QStringList *removedFiles);
    Result<QJsonObject> backup(qint64 id);
    // Newest first.
    Result<QJsonArray> list();

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
