#pragma once

#include "domain/result.h"

#include <QString>

namespace shopdesk::storage {

// Where the data lives: a SQLite file in a folder, or a PostgreSQL database.
struct StorageConfig
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath; // the database file inside --data DIR
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // --data DIR (SQLite) or --database postgresql://user[:password]@host[:port]/db.
    static Result<StorageConfig> fromOptions(const QString &dataDir, const QString &databaseUrl);
};

} // namespace shopdesk::storage
