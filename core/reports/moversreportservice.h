#pragma once

#include "domain/result.h"
#include "reports/reportparams.h"
#include "reports/salesfigures.h"
#include "storage/database.h"

#include <QJsonObject>

namespace shopdesk::reports {

// GET /api/v1/reports/movers: the keys whose revenue rose and fell most against the previous
// range (docs/reports.md).
class MoversReportService
{
public:
    MoversReportService(storage::Database &db, ReportParams params, QString currency);

    // header: the fields every report answer starts with.
    Result<QJsonObject> run(QJsonObject header);

private:
    using Figures = SalesFigures::Figures;

    ReportParams m_params;
    SalesFigures m_figures;
};

} // namespace shopdesk::reports
