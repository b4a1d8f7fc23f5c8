#pragma once

#include "storage/migrationstep.h"

namespace shopdesk::storage {

// Indexes for the trend reports that read the shop's own tables by a time range rather than
// the report summaries: returns by request time, refunds by issue time, tickets by creation.
class ReportIndexes
{
public:
    static QList<MigrationStep> migrations();
};

} // namespace shopdesk::storage
