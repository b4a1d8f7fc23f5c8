#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace shopdesk::test {

// Sends exact bytes to a server and reads what comes back, for tests of malformed HTTP,
// pipelining and abrupt disconnects that a real HTTP client would never produce.
class RawHttp
{
public:
    struct Answer
    {
        QByteArray raw; // everything received until the server closed or time ran out
        bool closedByServer = false;
        int status() const;       // status code of the first response, 0 if none
        QJsonObject json() const; // body of the first response as JSON
        QString errorCode() const;
        int responseCount() const; // "HTTP/1.1 " status lines seen
    };

    // Sends bytes, waits up to timeoutMs for the server to answer and close (or to go quiet
    // for quietMs after answering).
    static Answer exchange(const QUrl &baseUrl, const QByteArray &bytes, int timeoutMs = 5000,
                           int quietMs = 300);
    // Connects, sends bytes and drops the connection at once (a client that goes away).
    static void sendAndAbort(const QUrl &baseUrl, const QByteArray &bytes);
};

} // namespace shopdesk::test
