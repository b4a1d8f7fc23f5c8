#include "server/httpconnection.h"

#include "domain/tr.h"
#include "server/logging.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr int requestTimeoutMs = 30 * 1000; // to send a whole request once it began
constexpr int idleTimeoutMs = 120 * 1000;   // between requests on a kept-alive connection
constexpr int lingerMs = 2000;              // reading and dropping input after a final answer

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray httpDate()
{
    // Formatting a date per answer is measurable under load; it changes once a second.
    thread_local qint64 second = -1;
    thread_local QByteArray text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toSecsSinceEpoch() != second) {
        second = now.toSecsSinceEpoch();
        text = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return text;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    // The first request may be a WebSocket upgrade, which must be replayed to the WebSocket
    // handshake code unread: keep its bytes in a socket transaction until we know.
    m_socket->startTransaction();
    // Bounded socket buffer: a client that floods us is slowed by TCP, not by our memory.
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        emit closed();
        // An answer still being made finds the connection gone (QPointer) and is dropped.
        deleteLater();
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Waiting || m_closing)
            return closeGracefully();
        if (m_state == State::Reading && m_parser.buffered() == 0)
            return closeGracefully(); // idle keep-alive connection
        fail(408, u"request_timeout"_s, Tr::tr("The request did not arrive in time."));
    });
    m_timer.start(requestTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    if (m_socket && !m_upgraded)
        m_socket->deleteLater();
}

void HttpConnection::readMore()
{
    if (!m_socket || m_upgraded)
        return;
    if (m_closing) { // lingering after a final answer: drop what still comes
        m_socket->readAll();
        return;
    }
    // While a request is being answered, take in at most one more request's worth.
    if (m_state == State::Waiting && m_parser.buffered() > maxHeaderBytes + maxBodyBytes)
        return;
    m_parser.append(m_socket->readAll());
    process();
}

void HttpConnection::process()
{
    while (!m_closing && m_state != State::Waiting) {
        switch (m_parser.parse()) {
        case HttpRequestParser::Step::NeedMore:
            return;
        case HttpRequestParser::Step::Failed: {
            const HttpRequestParser::Failure &failure = m_parser.failure();
            return fail(failure.status, failure.code, failure.message);
        }
        case HttpRequestParser::Step::HeadersParsed:
            m_timer.start(requestTimeoutMs);
            // Only an upgrade needs its bytes replayed; anything else frees them now.
            if (m_socket->isTransactionStarted() && !m_parser.request().hasHeader("upgrade"))
                m_socket->commitTransaction();
            if (m_parser.expectsContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        case HttpRequestParser::Step::Request:
            m_request = m_parser.takeRequest();
            m_request.peer = m_socket->peerAddress();
            finishRequest();
            break;
        }
    }
}

void HttpConnection::finishRequest()
{
    m_state = State::Waiting;
    m_timer.stop();
    emit requestReceived(m_request);
}

QTcpSocket *HttpConnection::takeSocketForUpgrade()
{
    if (!m_socket || !m_socket->isTransactionStarted() || m_parser.buffered() > 0)
        return nullptr;
    m_upgraded = true;
    m_timer.stop();
    QTcpSocket *socket = m_socket;
    socket->disconnect(this);
    socket->rollbackTransaction();
    m_socket = nullptr;
    deleteLater();
    return socket;
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_socket || m_state != State::Waiting || m_closing)
        return;
    // The first request was not an upgrade: stop keeping its bytes.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    writeResponse(response);
    if (response.close || !m_request.keepAlive) {
        closeGracefully();
        return;
    }
    m_state = State::Reading;
    m_timer.start(m_parser.buffered() == 0 ? idleTimeoutMs : requestTimeoutMs);
    QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
}

void HttpConnection::writeResponse(const HttpResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: shopdesk/" SHOPDESK_VERSION "\r\n";
    bool hasType = false;
    for (const auto &[name, value] : response.headers) {
        hasType = hasType || name.toLower() == "content-type";
        head += name + ": " + value + "\r\n";
    }
    if (!hasType && !response.body.isEmpty())
        head += "Content-Type: application/json; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool close = response.close || !m_request.keepAlive;
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head + response.body);
}

void HttpConnection::fail(int status, const QString &code, const QString &message)
{
    if (!m_socket)
        return;
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    qCInfo(lcServer) << "refusing request from" << m_socket->peerAddress().toString() << status
                     << code;
    const HttpResponse response = HttpResponse::json(
        status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code},
                                                     {u"message"_s, message},
                                                     {u"details"_s, QJsonObject{}}}}});
    writeResponse(HttpResponse{response.status, response.body, {}, true});
    closeGracefully();
}

void HttpConnection::shutdown(QDeadlineTimer deadline)
{
    if (!m_socket || m_upgraded)
        return;
    while (m_socket->bytesToWrite() > 0 && !deadline.hasExpired() &&
           m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_socket->abort();
    deleteLater();
}

void HttpConnection::closeGracefully()
{
    if (!m_socket)
        return;
    m_closing = true;
    m_state = State::Done;
    m_parser.clear();
    // Close our sending side once the answer is out, keep reading (and dropping) what the
    // client still sends for a moment: closing with unread input would reset the connection
    // and could destroy the answer before the client reads it.
    QTcpSocket *socket = m_socket;
    const bool tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    auto shutdownWrite = [socket, tls] {
        if (tls || socket->state() != QAbstractSocket::ConnectedState) {
            socket->disconnectFromHost();
            return;
        }
        socket->flush();
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    if (socket->bytesToWrite() > 0) {
        connect(socket, &QTcpSocket::bytesWritten, this, [socket, shutdownWrite] {
            if (socket->bytesToWrite() == 0)
                shutdownWrite();
        });
    } else {
        shutdownWrite();
    }
    QTimer::singleShot(lingerMs, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    QTimer::singleShot(lingerMs + 100, this, &QObject::deleteLater);
}

} // namespace shopdesk::server
