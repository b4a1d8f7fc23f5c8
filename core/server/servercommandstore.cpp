#include "server/servercommandstore.h"

#include "domain/tr.h"
#include "server/datafolderlock.h"
#include "storage/storebackup.h"
#include "storage/storecheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

QString storeFile(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(u"shopdesk.sqlite"_s);
}

} // namespace

QString ServerCommandStore::beforeRestoreName(const QDateTime &at)
{
    return u"shopdesk.sqlite.before-restore-"_s + at.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

bool ServerCommandStore::refusePostgres(const ServerOptions &options, const QString &tools)
{
    if (options.databaseUrl.isEmpty())
        return false;
    m_err << Tr::tr("This store is a PostgreSQL database; back it up and restore it with %1 "
                    "(see \"Backups\" in the operator guide).")
                 .arg(tools)
          << Qt::endl;
    return true;
}

int ServerCommandStore::report(const QString &path)
{
    const auto checked = storage::StoreCheck::run(path);
    if (!checked) {
        m_err << checked.error().message << Qt::endl;
        return Failed;
    }
    const storage::StoreCheck::Report &result = checked.value();
    if (!result.passed()) {
        m_err << Tr::tr("The check of %1 found problems:").arg(path) << Qt::endl;
        for (const QString &finding : result.findings)
            m_err << u"  - "_s << finding << Qt::endl;
        return CheckFailed;
    }
    m_out << Tr::tr("Check passed: %1 (schema version %2, %3 orders, change log up to %4).")
                 .arg(path)
                 .arg(result.schemaVersion)
                 .arg(result.orders)
                 .arg(result.lastSeq)
          << Qt::endl;
    return Done;
}

int ServerCommandStore::backup(const ServerOptions &options, const QString &file)
{
    if (refusePostgres(options, u"pg_dump -Fc"_s))
        return UsePostgresTools;
    const QString source = storeFile(options.dataDir);
    const auto copied = storage::StoreBackup::copy(source, file);
    if (!copied) {
        m_err << copied.error().message << Qt::endl;
        return Failed;
    }
    m_out << Tr::tr("Backed up %1 to %2 (%3 bytes).").arg(source, copied->file).arg(copied->bytes)
          << Qt::endl;
    return report(copied->file);
}

int ServerCommandStore::check(const ServerOptions &options, const QString &file)
{
    if (file.isEmpty() && refusePostgres(options, u"pg_dump and pg_restore"_s))
        return UsePostgresTools;
    return report(file.isEmpty() ? storeFile(options.dataDir) : file);
}

bool ServerCommandStore::setAside(const QString &storePath, const QString &keptPath)
{
    if (!QFile::rename(storePath, keptPath))
        return false;
    // A -wal left by a server that was killed belongs to the old store: it goes with it.
    // The -shm is only an index of the -wal, rebuilt when a file is opened.
    if (QFile::exists(storePath + u"-wal"_s))
        QFile::rename(storePath + u"-wal"_s, keptPath + u"-wal"_s);
    QFile::remove(storePath + u"-shm"_s);
    return true;
}

int ServerCommandStore::restore(const ServerOptions &options, const QString &file)
{
    if (refusePostgres(options, u"pg_restore"_s))
        return UsePostgresTools;
    if (!QFileInfo(file).isFile()) {
        m_err << Tr::tr("There is no backup file %1.").arg(file) << Qt::endl;
        return Failed;
    }
    // The backup first: a damaged one is refused before anything is touched.
    if (const int checked = report(file); checked != Done) {
        m_err << Tr::tr("Not restored: the store in %1 is unchanged.").arg(options.dataDir)
              << Qt::endl;
        return checked;
    }
    if (!QDir().mkpath(options.dataDir)) {
        m_err << Tr::tr("Cannot create the data folder %1.").arg(options.dataDir) << Qt::endl;
        return Failed;
    }
    DataFolderLock lock(options.dataDir);
    if (!lock.tryLock()) {
        m_err << Tr::tr("A Shopdesk server (process %1) is using %2. Stop it first, then restore.")
                     .arg(lock.holder())
                     .arg(options.dataDir)
              << Qt::endl;
        return ServerRunning;
    }
    const QString target = storeFile(options.dataDir);
    if (QFile::exists(target)) {
        const QString kept =
            QDir(options.dataDir)
                .absoluteFilePath(beforeRestoreName(QDateTime::currentDateTimeUtc()));
        if (!setAside(target, kept)) {
            m_err << Tr::tr("Cannot move the current store aside to %1.").arg(kept) << Qt::endl;
            return Failed;
        }
        m_out << Tr::tr("The previous store is kept as %1.").arg(kept) << Qt::endl;
    } else {
        QFile::remove(target + u"-wal"_s);
        QFile::remove(target + u"-shm"_s);
    }
    if (auto placed = storage::StoreBackup::placeFile(file, target); !placed) {
        m_err << placed.error().message << Qt::endl;
        return Failed;
    }
    m_out << Tr::tr("Restored %1 into %2.").arg(file, target) << Qt::endl;
    return report(target);
}

} // namespace shopdesk::server
