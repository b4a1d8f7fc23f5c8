#pragma once

#include "reports/reportsource.h"

#include <QUrl>

class QNetworkAccessManager;

namespace shopdesk::reports {

// Reports from the server: GET /api/v1/reports/<name>?<query> with the bearer token.
class ReportsClient : public ReportSource
{
    Q_OBJECT
public:
    explicit ReportsClient(QUrl server, QString token = {}, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    quint64 request(const QString &report, const QUrlQuery &query) override;

private:
    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace shopdesk::reports
