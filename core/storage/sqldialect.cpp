#include "storage/sqldialect.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QString SqlDialect::autoIdColumn() const
{
    return isPostgres() ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
}

QString SqlDialect::beginWrite() const
{
    // SQLite: IMMEDIATE takes the write lock now, so a batch never fails half-way on a busy lock.
    return isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

QString SqlDialect::forUpdate() const
{
    return isPostgres() ? u" FOR UPDATE"_s : QString();
}

QString SqlDialect::forNoKeyUpdate() const
{
    return isPostgres() ? u" FOR NO KEY UPDATE"_s : QString();
}

QString SqlDialect::notify() const
{
    return isPostgres() ? u"SELECT pg_notify(?, ?)"_s : QString();
}

QString SqlDialect::clusteredTable() const
{
    return isPostgres() ? QString() : u" WITHOUT ROWID"_s;
}

QString SqlDialect::refreshStatistics() const
{
    return isPostgres() ? u"VACUUM ANALYZE"_s : u"ANALYZE"_s;
}

QString SqlDialect::advanceIdSequence(const QString &table) const
{
    if (!isPostgres())
        return QString();
    return u"SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))"_s.arg(
        table);
}

QStringList SqlDialect::connectionSetup() const
{
    if (isPostgres())
        return {u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages TO WARNING"_s};
    // WAL lets readers run beside the writer; FULL syncs the WAL at every commit, so an
    // acknowledged write survives a crash or power loss.
    return {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
            u"PRAGMA busy_timeout=10000"_s};
}

QString SqlDialect::migrationLock() const
{
    return isPostgres() ? u"SELECT pg_advisory_xact_lock(7720411)"_s : QString();
}

QString SqlDialect::schema(QString text) const
{
    return text.replace(u"%ID%"_s, autoIdColumn()).replace(u"%CLUSTER%"_s, clusteredTable());
}

} // namespace shopdesk::storage
