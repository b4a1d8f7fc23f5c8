#include "client/apiclient.h"

#include "client/logging.h"
#include "domain/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

ApiClient::ApiClient(QUrl server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_network(new QNetworkAccessManager(this))
{
    // A back-office talks to one server; keep its connections open between requests.
    m_network->setAutoDeleteReplies(true);
}

ApiClient::~ApiClient() = default;

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

void ApiClient::track(QNetworkReply *reply, Callback done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        ApiReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (result.status == 0)
            result.networkError = reply->errorString();
        done(result);
    });
}

void ApiClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    track(m_network->get(request(path, query)), std::move(done));
}

void ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                     const QString &idempotencyKey, Callback done)
{
    sendBytes(method, path, {}, body, u"application/json"_s, idempotencyKey, std::move(done));
}

void ApiClient::sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &body, const QString &contentType,
                          const QString &idempotencyKey, Callback done)
{
    QNetworkRequest r = request(path, query);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    track(m_network->sendCustomRequest(r, method, body), std::move(done));
}

void ApiClient::login(const QString &username, const QString &password,
                      std::function<void(const Result<SessionInfo> &)> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}})
            .toJson(QJsonDocument::Compact);
    send("POST", u"/api/v1/session"_s, body, {}, [this, done](const ApiReply &reply) {
        if (reply.status != 200) {
            Error error = reply.error();
            if (reply.status == 401) {
                error.message = Tr::tr("The user name or password is not right.");
            }
            qCInfo(lcSync) << "log-in refused:" << error.code << error.message;
            done(error);
            return;
        }
        const QJsonObject json = reply.json();
        const QJsonObject user = json.value(u"user"_s).toObject();
        SessionInfo info;
        info.server = m_server;
        info.token = json.value(u"token"_s).toString();
        info.userId = qint64(user.value(u"id"_s).toDouble());
        info.username = user.value(u"username"_s).toString();
        info.role = user.value(u"role"_s).toString();
        info.mustChangePassword = user.value(u"must_change_password"_s).toBool();
        if (info.token.isEmpty()) {
            done(Error{u"bad_session_reply"_s,
                       Tr::tr("The server accepted the log-in but sent no token."),
                       {}});
            return;
        }
        m_token = info.token;
        done(info);
    });
}

void ApiClient::abortAll()
{
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

QNetworkRequest ApiClient::liveRequest() const
{
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/v1/live"_s);
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

} // namespace shopdesk::client
