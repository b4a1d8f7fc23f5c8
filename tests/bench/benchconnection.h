#pragma once

#include <QByteArray>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace shopdesk::bench {

// One keep-alive HTTP/1.1 connection of a load generator, one request at a time, each sent
// when the last is answered. Plain sockets instead of QNetworkAccessManager, so the load
// generator, which shares the machine's cores with the server, costs as little as possible.
class BenchConnection
{
public:
    BenchConnection(const QUrl &base, const QByteArray &token);
    ~BenchConnection();
    BenchConnection(const BenchConnection &) = delete;
    BenchConnection &operator=(const BenchConnection &) = delete;

    // Called for every answer with its status and body; status 0 when the connection broke
    // while a request was waiting for its answer.
    std::function<void(int status, const QByteArray &body)> done;

    // Sends a request (mutations with a fresh Idempotency-Key). A connection the server
    // closed while idle is opened again first.
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {});
    bool busy() const { return m_busy; }

private:
    void read();
    void broken();

    QTcpSocket m_socket;
    QString m_host;
    quint16 m_port;
    QByteArray m_token;
    QByteArray m_buffer;
    bool m_busy = false;
};

} // namespace shopdesk::bench
