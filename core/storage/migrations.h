#pragma once

#include "domain/result.h"
#include "storage/database.h"

namespace shopdesk::storage {

// The versioned schema: each step runs once, in order, in its own transaction, on SQLite
// and PostgreSQL alike. A database newer than this build is refused rather than misread.
class Migrations
{
public:
    static int latestVersion();
    // Brings the database to latestVersion(); safe when several servers start at once.
    static Result<int> apply(Database &db);
};

} // namespace shopdesk::storage
