#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

int RawHttp::Answer::status() const
{
    if (!raw.startsWith("HTTP/1."))
        return 0;
    return raw.mid(9, 3).toInt();
}

QJsonObject RawHttp::Answer::json() const
{
    const qsizetype start = raw.indexOf("\r\n\r\n");
    if (start < 0)
        return {};
    const qsizetype lengthAt = raw.toLower().indexOf("content-length:");
    qsizetype length = raw.size() - start - 4;
    if (lengthAt >= 0 && lengthAt < start)
        length = raw.mid(lengthAt + 15, raw.indexOf('\r', lengthAt) - lengthAt - 15)
                     .trimmed()
                     .toLongLong();
    return QJsonDocument::fromJson(raw.mid(start + 4, length)).object();
}

QString RawHttp::Answer::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

int RawHttp::Answer::responseCount() const
{
    return int(raw.count("HTTP/1.1 "));
}

RawHttp::Answer RawHttp::exchange(const QUrl &baseUrl, const QByteArray &bytes, int timeoutMs,
                                  int quietMs)
{
    Answer answer;
    QTcpSocket socket;
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write(bytes);
    socket.waitForBytesWritten(timeoutMs);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const int wait = answer.raw.isEmpty() ? int(deadline.remainingTime()) : quietMs;
        if (socket.waitForReadyRead(std::max(1, wait))) {
            answer.raw += socket.readAll();
            continue;
        }
        answer.raw += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            answer.closedByServer = true;
            break;
        }
        if (!answer.raw.isEmpty())
            break; // answered and quiet: a kept-alive connection
    }
    return answer;
}

void RawHttp::sendAndAbort(const QUrl &baseUrl, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    if (!socket.waitForConnected(5000))
        return;
    socket.write(bytes);
    socket.waitForBytesWritten(1000);
    socket.abort();
}

} // namespace shopdesk::test
