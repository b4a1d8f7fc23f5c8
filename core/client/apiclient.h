#pragma once

#include "client/apireply.h"
#include "client/sessioninfo.h"
#include "domain/result.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace shopdesk::client {

// Speaks the server's HTTP JSON API (API.md): one asynchronous call per request, the bearer
// token on each. The only place of the client that talks HTTP.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiReply &)>;

    explicit ApiClient(QUrl server, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl server() const { return m_server; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    // How long one request may take before it counts as a network failure.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void get(const QString &path, const QUrlQuery &query, Callback done);
    // A mutation; idempotencyKey goes into the Idempotency-Key header when not empty.
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const QString &idempotencyKey, Callback done);
    // The same with a body that is not JSON (an image upload).
    void sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query,
                   const QByteArray &body, const QString &contentType,
                   const QString &idempotencyKey, Callback done);
    // POST /session; on success the token is kept for the following requests.
    void login(const QString &username, const QString &password,
               std::function<void(const Result<SessionInfo> &)> done);
    // Aborts every request still running (their callbacks see a network failure).
    void abortAll();

    // The /live WebSocket address and upgrade request, token included.
    QNetworkRequest liveRequest() const;

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    void track(QNetworkReply *reply, Callback done);

    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace shopdesk::client
