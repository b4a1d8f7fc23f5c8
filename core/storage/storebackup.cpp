#include "storage/storebackup.h"

#include "domain/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

Error backupError(const QString &message)
{
    return Error{u"backup_failed"_s, message, {}};
}

// Closes both connections however the copy ends.
struct Connections
{
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    ~Connections()
    {
        sqlite3_close(target);
        sqlite3_close(source);
    }
};

QString sqliteText(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// A name beside target that no other copy uses, so a crash leaves only a stray *.part file.
QString partName(const QString &target)
{
    return target + u".part-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

bool syncDescriptor(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Result<void> copyPages(Connections &connections)
{
    // One read transaction across every step: the copy is one snapshot even while the
    // server commits, and in WAL mode that reader does not hold the writer up.
    if (sqlite3_exec(connections.source, "BEGIN; SELECT COUNT(*) FROM sqlite_master;", nullptr,
                     nullptr, nullptr) != SQLITE_OK) {
        return backupError(Tr::tr("Cannot read the store: %1").arg(sqliteText(connections.source)));
    }
    sqlite3_backup *backup =
        sqlite3_backup_init(connections.target, "main", connections.source, "main");
    if (!backup) {
        return backupError(Tr::tr("Cannot start the copy: %1").arg(sqliteText(connections.target)));
    }
    int status = SQLITE_OK;
    do {
        status = sqlite3_backup_step(backup, StoreBackup::pagesPerStep);
        if (status == SQLITE_BUSY || status == SQLITE_LOCKED || status == SQLITE_OK)
            sqlite3_sleep(status == SQLITE_OK ? 1 : 20);
    } while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    sqlite3_exec(connections.source, "COMMIT", nullptr, nullptr, nullptr);
    if (status != SQLITE_DONE || finished != SQLITE_OK) {
        return backupError(
            Tr::tr("The copy stopped: %1").arg(QString::fromUtf8(sqlite3_errstr(status))));
    }
    return {};
}

} // namespace

bool StoreBackup::syncFile(const QString &path)
{
    return syncDescriptor(QFile::encodeName(path), O_RDONLY);
}

bool StoreBackup::syncFolder(const QString &folder)
{
    return syncDescriptor(QFile::encodeName(folder), O_RDONLY | O_DIRECTORY);
}

Result<StoreBackup::Outcome> StoreBackup::copy(const QString &sourcePath, const QString &targetPath)
{
    if (!QFileInfo(sourcePath).isFile())
        return backupError(Tr::tr("There is no store file %1.").arg(sourcePath));
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return backupError(Tr::tr("Cannot create the folder of %1.").arg(target));
    const QString part = partName(target);
    Connections connections;
    if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &connections.source,
                        SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        return backupError(Tr::tr("Cannot open the store: %1").arg(sqliteText(connections.source)));
    }
    sqlite3_busy_timeout(connections.source, 5000);
    if (sqlite3_open_v2(QFile::encodeName(part).constData(), &connections.target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        QFile::remove(part);
        return backupError(Tr::tr("Cannot write %1: %2").arg(part, sqliteText(connections.target)));
    }
    qCInfo(lcStorage) << "backing up" << sourcePath << "to" << target;
    auto copied = copyPages(connections);
    // The copy stands on its own: one file, no -wal beside it.
    if (copied)
        sqlite3_exec(connections.target, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(connections.target);
    connections.target = nullptr;
    if (!copied) {
        QFile::remove(part);
        return copied.error();
    }
    if (!syncFile(part)) {
        QFile::remove(part);
        return backupError(Tr::tr("Cannot flush %1 to disk.").arg(part));
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return backupError(Tr::tr("Cannot rename %1 to %2.").arg(part, target));
    }
    syncFolder(QFileInfo(target).absolutePath());
    return Outcome{target, QFileInfo(target).size()};
}

Result<void> StoreBackup::placeFile(const QString &sourcePath, const QString &targetPath)
{
    const QString part = partName(targetPath);
    if (!QFile::copy(sourcePath, part))
        return backupError(Tr::tr("Cannot copy %1 to %2.").arg(sourcePath, part));
    if (!syncFile(part)) {
        QFile::remove(part);
        return backupError(Tr::tr("Cannot flush %1 to disk.").arg(part));
    }
    QFile::remove(targetPath);
    if (!QFile::rename(part, targetPath)) {
        QFile::remove(part);
        return backupError(Tr::tr("Cannot rename %1 to %2.").arg(part, targetPath));
    }
    syncFolder(QFileInfo(targetPath).absolutePath());
    return {};
}

} // namespace shopdesk::storage
