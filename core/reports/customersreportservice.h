#pragma once

#include "domain/result.h"
#include "reports/reportparams.h"
#include "storage/database.h"

#include <QJsonObject>

namespace shopdesk::reports {

// GET /api/v1/reports/customers: active, new and repeat customers over a range and per
// bucket, with the orders of the repeat ones (docs/reports.md).
class CustomersReportService
{
public:
    CustomersReportService(storage::Database &db, ReportParams params);

    // header: the fields every report answer starts with.
    Result<QJsonObject> run(QJsonObject header);

private:
    storage::Database &m_db;
    ReportParams m_params;
};

} // namespace shopdesk::reports
