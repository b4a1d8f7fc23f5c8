#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/migrationstep.h"

namespace shopdesk::storage {

// The versioned schema, made of the steps every module registers: each version runs once,
// in order, in its own transaction, on SQLite and PostgreSQL alike. A database newer than
// this build is refused rather than misread.
class Migrations
{
public:
    // Every module's steps, modules in the order their tables reference each other.
    static const QList<MigrationStep> &steps();
    static int latestVersion();
    // Brings the database to latestVersion(); safe when several servers start at once.
    static Result<int> apply(Database &db);

private:
    static Result<void> applyVersion(Database &db, int version);
};

} // namespace shopdesk::storage
