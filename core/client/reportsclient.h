#pragma once

#include "client/reportsource.h"

#include <QPointer>

namespace shopdesk::client {
class ApiClient;
}

namespace shopdesk::reports {

// Reports from the server: GET /api/v1/reports/<name>?<query> through the client's one
// ApiClient, which holds the session (a new log-in's token included).
class ReportsClient : public ReportSource
{
    Q_OBJECT
public:
    explicit ReportsClient(client::ApiClient *api, QObject *parent = nullptr);

    quint64 request(const QString &report, const QUrlQuery &query) override;

private:
    QPointer<client::ApiClient> m_api;
};

} // namespace shopdesk::reports
