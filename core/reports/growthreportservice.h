#pragma once

#include "domain/result.h"
#include "reports/reportparams.h"
#include "reports/salesfigures.h"
#include "storage/database.h"

#include <QJsonObject>

namespace shopdesk::reports {

// GET /api/v1/reports/growth: each key's figures against the previous range of the same
// length and the same range a year before, with the changes in percent (docs/reports.md).
class GrowthReportService
{
public:
    GrowthReportService(storage::Database &db, ReportParams params, QString currency);

    // header: the fields every report answer starts with.
    Result<QJsonObject> run(QJsonObject header);

private:
    using Figures = SalesFigures::Figures;

    ReportParams m_params;
    SalesFigures m_figures;
};

} // namespace shopdesk::reports
