#pragma once

#include "storage/storageconfig.h"

#include <QString>
#include <QStringList>

namespace shopdesk::storage {

// Every difference between the SQLite and the PostgreSQL SQL lives here; all other queries
// are shared text.
class SqlDialect
{
public:
    explicit SqlDialect(StorageConfig::Backend backend)
        : m_backend(backend)
    {}

    StorageConfig::Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == StorageConfig::Backend::Postgres; }

    // Column type of an auto-numbered primary key.
    QString autoIdColumn() const;
    // Starts a write transaction that holds the write lock from its first statement.
    QString beginWrite() const;
    // Row lock suffix for SELECT: empty on SQLite, where the writer holds the database lock.
    QString forUpdate() const;
    // The same lock, but one that still lets other transactions insert rows referencing the
    // locked row (PostgreSQL's NO KEY lock).
    QString forNoKeyUpdate() const;
    // Whether servers sharing the database can tell each other of commits (LISTEN/NOTIFY).
    bool hasNotifications() const { return isPostgres(); }
    // A statement taking channel and payload as values that notifies the listeners at
    // commit; empty where there are none.
    QString notify() const;
    // Suffix of CREATE TABLE for a table stored in its primary key's order (SQLite's
    // WITHOUT ROWID); empty on PostgreSQL, whose tables are heaps.
    QString clusteredTable() const;
    // Refreshes the planner's statistics (and, on PostgreSQL, the visibility map that
    // index-only scans need) after a bulk load.
    QString refreshStatistics() const;
    // Moves table's id sequence past ids written explicitly; empty on SQLite, whose
    // AUTOINCREMENT follows the largest id by itself.
    QString advanceIdSequence(const QString &table) const;
    // Statements run once on each new connection.
    QStringList connectionSetup() const;
    // Serialises schema migrations between server instances sharing one database.
    QString migrationLock() const;
    // Replaces the %ID% and %CLUSTER% placeholders of schema text with this dialect's SQL.
    QString schema(QString text) const;

private:
    StorageConfig::Backend m_backend;
};

} // namespace shopdesk::storage
