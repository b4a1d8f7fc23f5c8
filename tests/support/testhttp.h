#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace shopdesk::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const;
};

// A blocking HTTP client for tests: each call waits for the answer (or a 30 s timeout).
class TestHttp
{
public:
    explicit TestHttp(QUrl baseUrl);

    void setToken(const QString &token) { m_token = token; }
    // Logs in through POST /api/v1/session and keeps the token; false if refused.
    bool login(const QString &username, const QString &password);

    HttpReply get(const QString &path);
    HttpReply post(const QString &path, const QJsonObject &body,
                   const QString &idempotencyKey = {});
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply patch(const QString &path, const QJsonObject &body,
                    const QString &idempotencyKey = {});
    HttpReply del(const QString &path);

    // One request of a batch sent all at once (see sendConcurrently).
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString token;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // Sends every request at the same moment, each on its own connection, and waits for all
    // answers (in the order of the requests).
    static QList<HttpReply> sendConcurrently(const QUrl &baseUrl, const QList<Request> &requests);

    const QString &token() const { return m_token; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace shopdesk::test
