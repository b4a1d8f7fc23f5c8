#include "storage/reportindexes.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QList<MigrationStep> ReportIndexes::migrations()
{
    return {{u"reports"_s,
             14,
             {
                 u"CREATE INDEX order_returns_requested ON order_returns(requested_at)"_s,
                 u"CREATE INDEX refunds_decided ON refunds(status, decided_at)"_s,
                 u"CREATE INDEX tickets_created ON tickets(created_at)"_s,
             }}};
}

} // namespace shopdesk::storage
