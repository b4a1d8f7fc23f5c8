#include "benchconnection.h"

#include <QUuid>

namespace shopdesk::bench {

BenchConnection::BenchConnection(const QUrl &base, const QByteArray &token)
    : m_host(base.host())
    , m_port(quint16(base.port()))
    , m_token(token)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { broken(); });
    m_socket.connectToHost(m_host, m_port);
}

BenchConnection::~BenchConnection()
{
    // The socket closing as it goes must not call back into members already gone.
    m_socket.disconnect();
}

void BenchConnection::send(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_buffer.clear();
        m_socket.connectToHost(m_host, m_port);
    }
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() +
                      "\r\nAuthorization: Bearer " + m_token;
    if (method != "GET") {
        head += "\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(body.size()) +
                "\r\nIdempotency-Key: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    m_busy = true;
    m_socket.write(head + "\r\n\r\n" + body);
}

void BenchConnection::read()
{
    m_buffer += m_socket.readAll();
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_buffer.left(end).toLower();
        const qsizetype at = head.indexOf("\r\ncontent-length:");
        const qint64 length =
            at < 0 ? 0
                   : head.mid(at + 17, head.indexOf('\r', at + 2) - at - 17).trimmed().toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        m_busy = false;
        // A copy: the callback may replace itself.
        if (const auto callback = done)
            callback(status, body);
    }
}

void BenchConnection::broken()
{
    m_buffer.clear();
    if (!m_busy)
        return; // closed while idle: the next send opens it again
    m_busy = false;
    if (const auto callback = done)
        callback(0, {});
}

} // namespace shopdesk::bench
