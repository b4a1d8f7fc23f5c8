#pragma once

#include "client/reportsource.h"
#include "reports/reportservice.h"

namespace shopdesk::reports {

// Reports from a ReportService in this process (the standalone client hosts its server in
// process; tests and tools use it too). Answers arrive from the event loop, as over HTTP.
class LocalReportSource : public ReportSource
{
    Q_OBJECT
public:
    LocalReportSource(ReportService &service, QString role, QObject *parent = nullptr);

    quint64 request(const QString &report, const QUrlQuery &query) override;

private:
    ReportService &m_service;
    QString m_role;
};

} // namespace shopdesk::reports
