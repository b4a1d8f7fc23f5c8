#pragma once

#include "domain/result.h"
#include "storage/database.h"

namespace shopdesk::storage {

// What the care stores check of a customer before they touch it: that it exists, and
// whether it was merged into another or erased.
class CustomerRecord
{
public:
    struct State
    {
        qint64 mergedInto = 0;
        bool erased = false;
    };

    // not_found for an unknown id; lock holds the row to the end of the write (PostgreSQL).
    static Result<State> state(Database &db, qint64 id, bool lock);
    static Error erasedError(qint64 id);
};

} // namespace shopdesk::storage
