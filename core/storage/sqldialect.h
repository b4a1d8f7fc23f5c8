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
    // Statements run once on each new connection.
    QStringList connectionSetup() const;
    // Serialises schema migrations between server instances sharing one database.
    QString migrationLock() const;
    // Replaces the %ID% placeholder of schema text with this dialect's types.
    QString schema(QString text) const;

private:
    StorageConfig::Backend m_backend;
};

} // namespace shopdesk::storage
