#pragma once

#include "trends/groupedreportpanel.h"

namespace shopdesk::ui {

// The care desk's part of the trends screen's Service tab: response and resolution times,
// targets kept, breaches, escalations and QA causes by agent, kind or channel, and a chart
// of the QA causes per month, from the report "care".
class CareServicePanel : public GroupedReportPanel
{
    Q_OBJECT
public:
    explicit CareServicePanel(reports::ReportSource *source, QWidget *parent = nullptr);

protected:
    QString totalsFor(const reports::ReportResult &result, const QLocale &here) const override;
    QChart *chartFor(const reports::ReportResult &result, const QLocale &here) const override;
};

} // namespace shopdesk::ui
