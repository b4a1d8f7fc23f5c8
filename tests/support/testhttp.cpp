#include "testhttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

QString HttpReply::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

TestHttp::TestHttp(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{}

bool TestHttp::login(const QString &username, const QString &password)
{
    const HttpReply reply =
        post(u"/api/v1/session"_s, {{u"username"_s, username}, {u"password"_s, password}});
    if (reply.status != 200)
        return false;
    m_token = reply.json().value(u"token"_s).toString();
    return !m_token.isEmpty();
}

HttpReply TestHttp::get(const QString &path)
{
    return send("GET", path, {});
}

HttpReply TestHttp::post(const QString &path, const QJsonObject &body,
                         const QString &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply TestHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl.resolved(QUrl(path));
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    if (!body.isEmpty() || method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply] { reply->ignoreSslErrors(); });
    loop.exec();

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply TestHttp::patch(const QString &path, const QJsonObject &body,
                          const QString &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply TestHttp::del(const QString &path)
{
    return send("DELETE", path, {});
}

QList<HttpReply> TestHttp::sendConcurrently(const QUrl &baseUrl, const QList<Request> &requests)
{
    // One manager per request: a manager keeps at most six connections to a host, which
    // would queue the rest and hide the concurrency under test.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    QList<HttpReply> results(requests.size());
    int pending = int(requests.size());
    QEventLoop loop;
    for (const Request &r : requests) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(baseUrl.resolved(QUrl(r.path)));
        request.setTransferTimeout(60000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!r.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + r.token.toUtf8());
        for (const auto &[name, value] : r.headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = managers.back()->sendCustomRequest(request, r.method, r.body);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply] { reply->ignoreSslErrors(); });
        const qsizetype index = replies.size();
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index] {
            HttpReply &result = results[index];
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.headers = reply->rawHeaderPairs();
            if (result.status == 0)
                result.networkError = reply->errorString();
            if (--pending == 0)
                loop.quit();
        });
        replies.append(reply);
    }
    if (pending > 0)
        loop.exec();
    qDeleteAll(replies);
    return results;
}

} // namespace shopdesk::test
