#include "orderload.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

OrderLoad::OrderLoad(const QUrl &baseUrl, const QString &token, const QJsonObject &orderBody,
                     int clients)
    : m_baseUrl(baseUrl)
    , m_token(token.toUtf8())
    , m_body(QJsonDocument(orderBody).toJson(QJsonDocument::Compact))
    , m_clients(clients)
{}

void OrderLoad::start()
{
    m_stopped = false;
    for (int c = 0; c < m_clients; ++c) {
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
        orderNext(c);
    }
}

void OrderLoad::orderNext(int client)
{
    if (m_stopped)
        return;
    QNetworkRequest request(m_baseUrl.resolved(QUrl(u"/api/v1/orders"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QNetworkReply *reply = m_managers[size_t(client)]->post(request, m_body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, client] {
        reply->deleteLater();
        --m_inFlight;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201) {
            m_acknowledged.insert(
                QJsonDocument::fromJson(reply->readAll()).object()[u"id"_s].toInteger());
        } else {
            ++m_notAcknowledged;
        }
        orderNext(client);
    });
}

} // namespace shopdesk::test
