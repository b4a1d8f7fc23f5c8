#pragma once

#include "trends/groupedreportpanel.h"

namespace shopdesk::ui {

// The trends screen's Returns tab: returns and refunds by product, reason or month with the
// share of units sold that came back, and a chart of refunds, net revenue after refunds and
// units returned per month, from the report "returns".
class ReturnsPanel : public GroupedReportPanel
{
    Q_OBJECT
public:
    explicit ReturnsPanel(reports::ReportSource *source, QWidget *parent = nullptr);

protected:
    QString totalsFor(const reports::ReportResult &result, const QLocale &here) const override;
    QChart *chartFor(const reports::ReportResult &result, const QLocale &here) const override;
};

} // namespace shopdesk::ui
