#pragma once

#include "server/httprequest.h"
#include "server/httprequestparser.h"
#include "server/httpresponse.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace shopdesk::server {

// One client connection speaking HTTP/1.1: reads requests byte-exact (request line, headers,
// Content-Length or chunked body, Expect: 100-continue), answers malformed or oversized input
// itself with a JSON error, and hands each good request out one at a time, so pipelined
// requests are answered in order. Keep-alive, idle and slow-request time-outs included.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype maxHeaderBytes = HttpRequestParser::maxHeaderBytes;
    static constexpr qsizetype maxBodyBytes = HttpRequestParser::maxBodyBytes;

    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers with the error at once, before reading anything, and closes.
    void refuse(int status, const QString &code, const QString &message)
    {
        fail(status, code, message);
    }
    // Answers the request last handed out; later requests then follow.
    void respond(const HttpResponse &response);
    // Gives the socket up for a WebSocket upgrade of the request last handed out, with the
    // request's bytes unread again. Null if the request cannot be replayed.
    QTcpSocket *takeSocketForUpgrade();
    bool isClosing() const { return m_closing; }
    // Server stop: waits (up to deadline) for written answers to leave, then closes.
    void shutdown(QDeadlineTimer deadline);

signals:
    void requestReceived(const HttpRequest &request);
    void closed();

private:
    enum class State { Reading, Waiting, Done };

    void readMore();
    void process();
    void fail(int status, const QString &code, const QString &message);
    void finishRequest();
    void writeResponse(const HttpResponse &response);
    void closeGracefully();

    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    State m_state = State::Reading;
    HttpRequest m_request;
    bool m_closing = false;
    bool m_upgraded = false;
    QTimer m_timer;
};

} // namespace shopdesk::server
