#pragma once

#include "sync/reportsource.h"

#include <QPointer>

namespace shopdesk::sync {
class ApiClient;
}

namespace shopdesk::reports {

// Reports from the server: GET /api/v1/reports/<name>?<query> through the client's one
// ApiClient, which holds the session (a new log-in's token included).
class ReportsClient : public ReportSource
{
    Q_OBJECT
public:
    explicit ReportsClient(sync::ApiClient *api, QObject *parent = nullptr);

    quint64 request(const QString &report, const QUrlQuery &query) override;

private:
    QPointer<sync::ApiClient> m_api;
};

} // namespace shopdesk::reports
