#pragma once

#include "reports/reportrange.h"

#include <QString>

namespace shopdesk::reports {

// A report's query as checked once for every kind: the range and the filters.
struct ReportParams
{
    ReportRange range;
    QString dimension = QStringLiteral("product");
    QString category;
    QString channel;
    bool hasCategory = false;
    bool hasChannel = false;
    int limit = 50;
};

} // namespace shopdesk::reports
