#pragma once

#include "sync/reportsource.h"

#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace shopdesk::reports {

// Reports from the server: GET /api/v1/reports/<name>?<query> with the bearer token.
class ReportsClient : public ReportSource
{
    Q_OBJECT
public:
    explicit ReportsClient(QUrl server, QString token = {}, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    // Asked for the token at every request, instead of the one set: a client that logs in
    // again (a new session, or the server forgot the old token) hands the new one on.
    void setTokenSource(std::function<QString()> source) { m_tokenSource = std::move(source); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    quint64 request(const QString &report, const QUrlQuery &query) override;

private:
    QUrl m_server;
    QString m_token;
    std::function<QString()> m_tokenSource;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace shopdesk::reports
