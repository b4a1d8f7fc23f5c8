#include "sync/reportsclient.h"

#include "domain/tr.h"
#include "sync/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

ReportsClient::ReportsClient(QUrl server, QString token, QObject *parent)
    : ReportSource(parent)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_network(new QNetworkAccessManager(this))
{}

quint64 ReportsClient::request(const QString &report, const QUrlQuery &query)
{
    const quint64 id = nextId();
    QUrl url = m_server;
    url.setPath(u"/api/v1/reports/"_s + report);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    const QString token = m_tokenSource ? m_tokenSource() : m_token;
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, report] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status >= 200 && status < 300) {
            emit reportReady(id, report, body);
            return;
        }
        Error error;
        const QJsonObject server = body.value(u"error"_s).toObject();
        if (status != 0 && !server.isEmpty()) {
            error = Error{server.value(u"code"_s).toString(), server.value(u"message"_s).toString(),
                          server.value(u"details"_s).toObject()};
        } else if (status != 0) {
            error = Error{u"http_error"_s,
                          Tr::tr("The server answered with HTTP status %1.").arg(status),
                          QJsonObject{{u"status"_s, status}}};
        } else {
            error = Error{u"network_error"_s,
                          Tr::tr("The server cannot be reached: %1").arg(reply->errorString()),
                          {}};
        }
        qCWarning(lcSync) << "report" << report << "failed:" << error.code;
        emit reportFailed(id, report, error);
    });
    return id;
}

} // namespace shopdesk::reports
