#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QString>

namespace shopdesk::reports {

// What the server tells the reports that the change log cannot: demand it had to refuse.
class ReportStore
{
public:
    explicit ReportStore(storage::Database &db);

    struct LostDemand
    {
        QString sku;
        qint64 requested = 0; // units of this SKU the refused order asked for
        qint64 available = 0; // units that were available at that moment
        QString channel;
        qint64 customerId = 0;
        QString userName;
        qint64 at = 0; // milliseconds since the epoch
    };

    // Records one order refused with 409 insufficient_stock. Prices it at the product's
    // current price, so lost revenue can be estimated. Call it on the writer's connection
    // after the failed order's savepoint is rolled back, in the same batch: it commits with
    // the batch and appends no change record.
    Result<void> recordLostDemand(const LostDemand &lost);

private:
    storage::Database &m_db;
};

} // namespace shopdesk::reports
