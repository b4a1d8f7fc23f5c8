#pragma once

#include "server/httprequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shopdesk::server {

// Turns the bytes of one connection into HTTP/1.x requests, byte-exact: request line, headers,
// a Content-Length or chunked body. It knows nothing of sockets, so every input can be tried
// on it alone (tests/fuzz). Malformed, oversized or ambiguous input (two ways to find the body's
// end) fails with the status and error code to answer; after a failure it reads nothing more.
class HttpRequestParser
{
public:
    static constexpr qsizetype maxHeaderBytes = 16 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    enum class Step {
        NeedMore,      // the buffer ends inside a request
        HeadersParsed, // the head of a request is read; its body follows (call parse() again)
        Request,       // a whole request is ready: takeRequest()
        Failed         // see failure(); nothing more is parsed
    };
    struct Failure
    {
        int status = 0;
        QString code;
        QString message;
    };

    void append(const QByteArray &bytes) { m_buffer += bytes; }
    qsizetype buffered() const { return m_buffer.size(); }
    // Drops what is buffered, e.g. when the connection closes.
    void clear() { m_buffer.clear(); }

    Step parse();
    // The request parse() reported, with its head already after HeadersParsed. Taking it
    // starts the next request.
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();
    const Failure &failure() const { return m_failure; }
    // Whether the request's head asked to be told to go on before it sends its body.
    bool expectsContinue() const;

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Ready, Failed };

    Step parseHead();
    // Empty when the chunk's line or data was read and parsing goes on.
    std::optional<Step> parseChunkLine();
    std::optional<Step> parseChunkData();
    bool readHead(qsizetype end);
    bool readTarget();
    bool readHeaderLines(const QList<QByteArray> &lines);
    bool readBodyFraming();
    Step fail(int status, const QString &code, const QString &message);
    bool refuse(int status, const QString &code, const QString &message);

    QByteArray m_buffer;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    Failure m_failure;
};

} // namespace shopdesk::server
