#pragma once

#include "domain/result.h"
#include "reports/reportparams.h"
#include "reports/salesfigures.h"
#include "storage/database.h"

#include <QJsonObject>

namespace shopdesk::reports {

// GET /api/v1/reports/sales: revenue, units and orders per product, category or channel over
// a range, with a series per bucket (day, week or month) and the totals (docs/reports.md).
class SalesReportService
{
public:
    SalesReportService(storage::Database &db, ReportParams params, QString currency);

    // header: the fields every report answer starts with.
    Result<QJsonObject> run(QJsonObject header);

private:
    using Figures = SalesFigures::Figures;

    ReportParams m_params;
    SalesFigures m_figures;
};

} // namespace shopdesk::reports
