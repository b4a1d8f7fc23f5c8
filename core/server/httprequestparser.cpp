#include "server/httprequestparser.h"

#include "domain/tr.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

bool isToken(QByteArrayView text)
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

QString headersTooLarge()
{
    return Tr::tr("The request headers are larger than 16 KiB.");
}

QString bodyTooLarge()
{
    return Tr::tr("The request body is larger than 1 MiB.");
}

} // namespace

HttpRequestParser::Step HttpRequestParser::parse()
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Step::Failed;
        case State::Ready:
            return Step::Request;
        case State::Head:
            return parseHead();
        case State::Body:
            if (m_buffer.size() < m_remaining)
                return Step::NeedMore;
            m_request.body = m_buffer.left(m_remaining);
            m_buffer.remove(0, m_remaining);
            m_state = State::Ready;
            return Step::Request;
        case State::ChunkSize:
        case State::ChunkTrailer:
            if (const auto step = parseChunkLine())
                return *step;
            break;
        case State::ChunkData:
            if (const auto step = parseChunkData())
                return *step;
            break;
        }
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    if (m_state == State::Ready)
        m_state = State::Head;
    return request;
}

bool HttpRequestParser::expectsContinue() const
{
    const bool bodyFollows = m_state != State::Body || m_remaining > 0;
    return bodyFollows && m_request.header("expect").toLower() == "100-continue";
}

HttpRequestParser::Step HttpRequestParser::parseHead()
{
    // Empty lines before a request line are allowed (RFC 9112 2.2).
    while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
        m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = m_buffer.indexOf("\n\n");
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        skip = 2;
    }
    if (end < 0) {
        if (m_buffer.size() > maxHeaderBytes)
            return fail(431, u"headers_too_large"_s, headersTooLarge());
        return Step::NeedMore;
    }
    if (end > maxHeaderBytes)
        return fail(431, u"headers_too_large"_s, headersTooLarge());
    if (!readHead(end))
        return Step::Failed;
    m_buffer.remove(0, end + skip);
    return Step::HeadersParsed;
}

std::optional<HttpRequestParser::Step> HttpRequestParser::parseChunkLine()
{
    const qsizetype eol = m_buffer.indexOf('\n');
    if (eol < 0) {
        if (m_buffer.size() > 1024)
            return fail(400, u"malformed_http"_s, Tr::tr("A chunk header is malformed."));
        return Step::NeedMore;
    }
    QByteArray line = m_buffer.left(eol).trimmed();
    m_buffer.remove(0, eol + 1);
    if (m_state == State::ChunkTrailer) {
        if (!line.isEmpty())
            return std::nullopt; // trailer fields are read and ignored
        m_state = State::Ready;
        return Step::Request;
    }
    const qsizetype semicolon = line.indexOf(';');
    if (semicolon >= 0)
        line.truncate(semicolon);
    line = line.trimmed();
    bool ok = false;
    const qint64 size = line.toLongLong(&ok, 16);
    if (!ok || size < 0 || line.isEmpty())
        return fail(400, u"malformed_http"_s, Tr::tr("A chunk size is malformed."));
    if (size > maxBodyBytes - m_request.body.size())
        return fail(413, u"body_too_large"_s, bodyTooLarge());
    if (size == 0) {
        m_state = State::ChunkTrailer;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return std::nullopt;
}

std::optional<HttpRequestParser::Step> HttpRequestParser::parseChunkData()
{
    if (m_buffer.size() < m_remaining + 2)
        return Step::NeedMore;
    if (m_buffer.mid(m_remaining, 2) != "\r\n")
        return fail(400, u"malformed_http"_s, Tr::tr("A chunk is not followed by CRLF."));
    m_request.body += m_buffer.left(m_remaining);
    m_buffer.remove(0, m_remaining + 2);
    m_state = State::ChunkSize;
    return std::nullopt;
}

bool HttpRequestParser::readHead(qsizetype end)
{
    m_request = HttpRequest();
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]))
        return refuse(400, u"malformed_http"_s, Tr::tr("The request line is malformed."));
    const QByteArray &version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() == 8) {
            return refuse(505, u"http_version_not_supported"_s,
                          Tr::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
        }
        return refuse(400, u"malformed_http"_s, Tr::tr("The request line is malformed."));
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    if (!readTarget() || !readHeaderLines(lines))
        return false;
    const QByteArray connection = m_request.header("connection").toLower();
    m_request.keepAlive =
        version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    if (version == "HTTP/1.1" && !m_request.hasHeader("host"))
        return refuse(400, u"malformed_http"_s, Tr::tr("HTTP/1.1 requests must name a Host."));
    return readBodyFraming();
}

bool HttpRequestParser::readTarget()
{
    const QByteArray &target = m_request.target;
    if (!target.startsWith('/'))
        return refuse(400, u"malformed_http"_s, Tr::tr("The request target must be a path."));
    for (char c : target) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f) {
            return refuse(400, u"malformed_http"_s,
                          Tr::tr("The request target holds characters that must be escaped."));
        }
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray decodedPath =
        QByteArray::fromPercentEncoding(target.left(question < 0 ? target.size() : question));
    if (!validUtf8(decodedPath))
        return refuse(400, u"malformed_http"_s, Tr::tr("The request path is not valid UTF-8."));
    m_request.path = QString::fromUtf8(decodedPath);
    if (question >= 0) {
        const QByteArray rawQuery = target.mid(question + 1);
        if (!validUtf8(QByteArray::fromPercentEncoding(rawQuery)))
            return refuse(400, u"malformed_http"_s, Tr::tr("The query string is not valid UTF-8."));
        m_request.query.setQuery(QString::fromLatin1(rawQuery));
    }
    return true;
}

bool HttpRequestParser::readHeaderLines(const QList<QByteArray> &lines)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return refuse(400, u"malformed_http"_s,
                          Tr::tr("Folded header lines are not accepted."));
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return refuse(400, u"malformed_http"_s, Tr::tr("A header line is malformed."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value) {
            if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f) {
                return refuse(400, u"malformed_http"_s,
                              Tr::tr("A header value holds control characters."));
            }
        }
        m_request.headers.append({line.left(colon).toLower(), value});
    }
    return true;
}

// Exactly one way to find the body's end, or the request is refused (no smuggling).
bool HttpRequestParser::readBodyFraming()
{
    QByteArray contentLength;
    int lengthHeaders = 0;
    for (const auto &[name, value] : m_request.headers) {
        if (name == "content-length") {
            if (lengthHeaders++ > 0 && value != contentLength) {
                return refuse(400, u"malformed_http"_s,
                              Tr::tr("Conflicting Content-Length headers."));
            }
            contentLength = value;
        }
    }
    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        if (lengthHeaders > 0) {
            return refuse(400, u"malformed_http"_s,
                          Tr::tr("Content-Length and Transfer-Encoding together."));
        }
        if (transferEncoding != "chunked") {
            return refuse(501, u"unsupported_transfer_encoding"_s,
                          Tr::tr("Only the chunked transfer encoding is understood."));
        }
        m_state = State::ChunkSize;
        return true;
    }
    m_remaining = 0;
    m_state = State::Body;
    if (lengthHeaders == 0)
        return true;
    bool digits = !contentLength.isEmpty();
    for (char c : contentLength)
        digits = digits && c >= '0' && c <= '9';
    if (!digits)
        return refuse(400, u"malformed_http"_s, Tr::tr("Content-Length is not a number."));
    const qint64 length = contentLength.size() <= 18 ? contentLength.toLongLong() : -1;
    if (length < 0 || length > maxBodyBytes)
        return refuse(413, u"body_too_large"_s, bodyTooLarge());
    m_remaining = length;
    return true;
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const QString &code,
                                                const QString &message)
{
    refuse(status, code, message);
    return Step::Failed;
}

bool HttpRequestParser::refuse(int status, const QString &code, const QString &message)
{
    m_state = State::Failed;
    m_failure = Failure{status, code, message};
    m_buffer.clear();
    return false;
}

} // namespace shopdesk::server
