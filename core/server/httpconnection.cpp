#include "server/httpconnection.h"

#include "domain/tr.h"
#include "server/logging.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>
#include <QStringDecoder>

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

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
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
        if (m_state == State::Headers && m_buffer.isEmpty())
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
    if (m_state == State::Waiting && m_buffer.size() > maxHeaderBytes + maxBodyBytes)
        return;
    m_buffer += m_socket->readAll();
    process();
}

void HttpConnection::process()
{
    while (!m_closing && m_state != State::Waiting) {
        if (m_state == State::Headers) {
            qsizetype end = m_buffer.indexOf("\r\n\r\n");
            qsizetype skip = 4;
            const qsizetype lf = m_buffer.indexOf("\n\n");
            if (lf >= 0 && (end < 0 || lf < end)) {
                end = lf;
                skip = 2;
            }
            if (end < 0) {
                if (m_buffer.size() > maxHeaderBytes) {
                    return fail(431, u"headers_too_large"_s,
                                Tr::tr("The request headers are larger than 16 KiB."));
                }
                // Leading empty lines between requests are allowed (RFC 9112 2.2).
                while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
                    m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
                return;
            }
            if (end > maxHeaderBytes) {
                return fail(431, u"headers_too_large"_s,
                            Tr::tr("The request headers are larger than 16 KiB."));
            }
            m_timer.start(requestTimeoutMs);
            if (!parseHeaders(end))
                return;
            m_buffer.remove(0, end + skip);
            continue;
        }
        if (m_state == State::Body) {
            if (m_buffer.size() < m_remaining)
                return;
            m_request.body = m_buffer.left(m_remaining);
            m_buffer.remove(0, m_remaining);
            finishRequest();
            continue;
        }
        if (m_state == State::ChunkSize || m_state == State::ChunkTrailer) {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                if (m_buffer.size() > 1024)
                    return fail(400, u"malformed_http"_s, Tr::tr("A chunk header is malformed."));
                return;
            }
            QByteArray line = m_buffer.left(eol).trimmed();
            m_buffer.remove(0, eol + 1);
            if (m_state == State::ChunkTrailer) {
                if (line.isEmpty())
                    finishRequest();
                continue; // trailer fields are read and ignored
            }
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || line.trimmed().isEmpty())
                return fail(400, u"malformed_http"_s, Tr::tr("A chunk size is malformed."));
            if (m_request.body.size() + size > maxBodyBytes) {
                return fail(413, u"body_too_large"_s,
                            Tr::tr("The request body is larger than 1 MiB."));
            }
            if (size == 0) {
                m_state = State::ChunkTrailer;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            continue;
        }
        if (m_state == State::ChunkData) {
            if (m_buffer.size() < m_remaining + 2)
                return;
            m_request.body += m_buffer.left(m_remaining);
            const QByteArray crlf = m_buffer.mid(m_remaining, 2);
            if (crlf != "\r\n")
                return fail(400, u"malformed_http"_s, Tr::tr("A chunk is not followed by CRLF."));
            m_buffer.remove(0, m_remaining + 2);
            m_state = State::ChunkSize;
            continue;
        }
        return;
    }
}

bool HttpConnection::parseHeaders(qsizetype end)
{
    m_request = HttpRequest();
    m_request.peer = m_socket->peerAddress();
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    const auto malformed = [this](const QString &message) {
        fail(400, u"malformed_http"_s, message);
        return false;
    };
    if (parts.size() != 3 || !isToken(parts[0]))
        return malformed(Tr::tr("The request line is malformed."));
    const QByteArray &version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() == 8) {
            fail(505, u"http_version_not_supported"_s,
                 Tr::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
            return false;
        }
        return malformed(Tr::tr("The request line is malformed."));
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    if (!m_request.target.startsWith('/'))
        return malformed(Tr::tr("The request target must be a path."));
    for (char c : m_request.target) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return malformed(Tr::tr("The request target holds characters that must be escaped."));
    }
    const qsizetype question = m_request.target.indexOf('?');
    const QByteArray rawPath =
        m_request.target.left(question < 0 ? m_request.target.size() : question);
    const QByteArray decodedPath = QByteArray::fromPercentEncoding(rawPath);
    if (!validUtf8(decodedPath))
        return malformed(Tr::tr("The request path is not valid UTF-8."));
    m_request.path = QString::fromUtf8(decodedPath);
    if (question >= 0) {
        const QByteArray rawQuery = m_request.target.mid(question + 1);
        if (!validUtf8(QByteArray::fromPercentEncoding(rawQuery)))
            return malformed(Tr::tr("The query string is not valid UTF-8."));
        m_request.query.setQuery(QString::fromLatin1(rawQuery));
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return malformed(Tr::tr("Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return malformed(Tr::tr("A header line is malformed."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value) {
            if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f)
                return malformed(Tr::tr("A header value holds control characters."));
        }
        m_request.headers.append({line.left(colon).toLower(), value});
    }

    // Only an upgrade needs its bytes replayed; anything else frees them now.
    if (m_socket->isTransactionStarted() && !m_request.hasHeader("upgrade"))
        m_socket->commitTransaction();

    const QByteArray connection = m_request.header("connection").toLower();
    m_request.keepAlive =
        version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    if (version == "HTTP/1.1" && !m_request.hasHeader("host"))
        return malformed(Tr::tr("HTTP/1.1 requests must name a Host."));

    // Exactly one way to find the body's end, or the request is refused (no smuggling).
    QByteArray contentLength;
    int lengthHeaders = 0;
    for (const auto &[name, value] : m_request.headers) {
        if (name == "content-length") {
            if (lengthHeaders++ > 0 && value != contentLength)
                return malformed(Tr::tr("Conflicting Content-Length headers."));
            contentLength = value;
        }
    }
    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        if (lengthHeaders > 0)
            return malformed(Tr::tr("Content-Length and Transfer-Encoding together."));
        if (transferEncoding != "chunked") {
            fail(501, u"unsupported_transfer_encoding"_s,
                 Tr::tr("Only the chunked transfer encoding is understood."));
            return false;
        }
        m_state = State::ChunkSize;
    } else if (lengthHeaders > 0) {
        bool ok = !contentLength.isEmpty();
        for (char c : contentLength)
            ok = ok && c >= '0' && c <= '9';
        const qint64 length = ok && contentLength.size() <= 18 ? contentLength.toLongLong() : -1;
        if (!ok)
            return malformed(Tr::tr("Content-Length is not a number."));
        if (length < 0 || length > maxBodyBytes) {
            fail(413, u"body_too_large"_s, Tr::tr("The request body is larger than 1 MiB."));
            return false;
        }
        m_remaining = length;
        m_state = State::Body;
    } else {
        m_remaining = 0;
        m_state = State::Body;
    }
    if (m_state != State::Body || m_remaining > 0) {
        if (m_request.header("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    return true;
}

void HttpConnection::finishRequest()
{
    m_state = State::Waiting;
    m_timer.stop();
    emit requestReceived(m_request);
}

QTcpSocket *HttpConnection::takeSocketForUpgrade()
{
    if (!m_socket || !m_socket->isTransactionStarted() || !m_buffer.isEmpty())
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
    m_state = State::Headers;
    m_timer.start(m_buffer.isEmpty() ? idleTimeoutMs : requestTimeoutMs);
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
    m_buffer.clear();
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
