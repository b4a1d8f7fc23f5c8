#pragma once

#include "domain/result.h"
#include "storage/database.h"

namespace shopdesk::reports {

// The report tables beside the shop's own: the indexer's cursor, per-order facts, daily
// summaries per SKU, category and channel, stock-out intervals and refused demand. Versioned
// on their own (report_state.schema_version), so the server's migrations never need to know
// them; ensure() is idempotent and safe when several servers start at once.
class ReportSchema
{
public:
    static int latestVersion();
    static Result<int> ensure(storage::Database &db);
};

} // namespace shopdesk::reports
