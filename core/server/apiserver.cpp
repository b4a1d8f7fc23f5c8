#include "server/apiserver.h"

#include "domain/tr.h"
#include "server/care/ticketclockscheduler.h"
#include "server/changefeed.h"
#include "server/httpconnection.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// Our connections hand an upgrade request over unread; this object only does the WebSocket
// handshake and framing (TLS, if any, is already underneath).
QWebSocketServer *makeWebSocketServer(ChangeFeed &feed, QObject *parent)
{
    auto *webSockets = new QWebSocketServer(u"shopdesk"_s, QWebSocketServer::NonSecureMode, parent);
    webSockets->setMaxPendingConnections(10000);
    webSockets->setHandshakeTimeout(10000);
    QObject::connect(webSockets, &QWebSocketServer::newConnection, parent, [webSockets, &feed] {
        while (webSockets->hasPendingConnections())
            feed.addLiveClient(webSockets->nextPendingConnection());
    });
    return webSockets;
}

} // namespace

ApiServer::ApiServer(const ServerOptions &options, storage::ShopStore &reader,
                     GroupCommitWriter &writer, ChangeFeed &feed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_webSockets(makeWebSocketServer(feed, this))
    , m_authenticator(reader)
    , m_router(m_authenticator, writer, this)
    , m_session(m_options, reader, m_authenticator, feed, m_hashing, this)
    , m_users(reader, m_authenticator, feed, m_hashing, this)
    , m_products(reader)
    , m_priceChanges(reader)
    , m_customers(reader)
    , m_orders(reader, m_options.reservationSeconds)
    , m_warehouse(reader)
    , m_content(reader)
    , m_reports(reader)
    , m_changes(reader, feed, *m_webSockets)
    , m_snapshot(reader)
    , m_tickets(reader)
    , m_followUps(reader)
    , m_serviceLevels(reader)
    , m_payments(reader, m_options.paymentProviders)
    , m_refunds(reader, m_options.refundApprovalLimit)
    , m_returns(reader, m_options.returnWindowDays, m_options.reservationSeconds)
    , m_replyTemplates(reader, m_options.shopName)
    , m_inbox(reader)
    , m_backups(m_options, reader, writer, this)
    , m_audit(reader)
    , m_connectionLimit(m_options.maxConnectionsPerAddress, m_options.trustedProxies)
{
    // Each Argon2 run takes 19 MiB; two at a time keep memory and the cores in check.
    m_hashing.setMaxThreadCount(2);
    m_router.setTrustedProxies(m_options.trustedProxies);
    m_router.add(m_session.routes());
    m_router.add(m_users.routes());
    m_router.add(m_products.routes());
    m_router.add(m_priceChanges.routes());
    m_router.add(m_customers.routes());
    m_router.add(m_orders.routes());
    m_router.add(m_warehouse.routes());
    m_router.add(m_content.routes());
    m_router.add(m_reports.routes());
    m_router.add(m_changes.routes());
    m_router.add(m_snapshot.routes());
    m_router.add(m_tickets.routes());
    m_router.add(m_followUps.routes());
    m_router.add(m_serviceLevels.routes());
    m_router.add(m_payments.routes());
    m_router.add(m_refunds.routes());
    m_router.add(m_returns.routes());
    m_router.add(m_replyTemplates.routes());
    m_router.add(m_inbox.routes());
    m_router.add(m_backups.routes());
    m_router.add(m_audit.routes());
    m_content.startScheduler(writer, this);
    new TicketClockScheduler(reader, writer, this); // owned by this
}

ApiServer::~ApiServer()
{
    stopListening();
    closeConnections(0);
}

Result<QTcpServer *> ApiServer::makeTlsServer()
{
    QFile certFile(m_options.tlsCertificate);
    QFile keyFile(m_options.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return Result<QTcpServer *>::failure(u"tls_files_unreadable"_s,
                                             Tr::tr("Cannot read the TLS certificate %1 or key %2.")
                                                 .arg(m_options.tlsCertificate, m_options.tlsKey));
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        return Result<QTcpServer *>::failure(
            u"tls_files_invalid"_s, Tr::tr("The TLS certificate or key is not valid PEM."));
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    // Whatever the system's OpenSSL allows: nothing older than TLS 1.2.
    config.setProtocol(QSsl::TlsV1_2OrLater);
    auto *ssl = new QSslServer(this);
    ssl->setSslConfiguration(config);
    ssl->setHandshakeTimeout(10000);
    return static_cast<QTcpServer *>(ssl);
}

Result<quint16> ApiServer::listen()
{
    QTcpServer *server = nullptr;
    if (!m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty()) {
        auto tls = makeTlsServer();
        if (!tls)
            return tls.error();
        server = tls.value();
        m_tls = true;
    } else {
        server = new QTcpServer(this);
    }
    server->setMaxPendingConnections(1000);
    // A burst of a thousand connects waits in the kernel instead of being dropped and
    // retried by the clients seconds later (Qt's default backlog is 50).
    server->setListenBacklogSize(2048);
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this, server] { acceptConnections(server); });
    if (!server->listen(m_options.listenAddress, m_options.listenPort)) {
        const QString why = server->errorString();
        delete server;
        return Result<quint16>::failure(u"listen_failed"_s,
                                        Tr::tr("Cannot listen on %1:%2: %3")
                                            .arg(m_options.listenAddress.toString())
                                            .arg(m_options.listenPort)
                                            .arg(why));
    }
    m_servers.append(server);
    return server->serverPort();
}

void ApiServer::stopListening()
{
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
}

void ApiServer::closeConnections(int timeoutMs)
{
    // Give answers already written a moment to leave, then close.
    QDeadlineTimer deadline(timeoutMs);
    const auto connections = m_connections;
    m_connections.clear();
    for (const QPointer<HttpConnection> &connection : connections) {
        if (connection)
            connection->shutdown(deadline);
    }
}

void ApiServer::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        const QHostAddress peer = socket->peerAddress();
        if (!m_connectionLimit.admit(peer)) {
            connection->refuse(429, u"too_many_connections"_s,
                               Tr::tr("Too many connections from your address at once."));
            continue;
        }
        connect(connection, &QObject::destroyed, this,
                [this, peer] { m_connectionLimit.release(peer); });
        m_connections.removeAll(nullptr);
        m_connections.append(connection);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) {
                    m_router.dispatch(connection, request);
                });
    }
}

} // namespace shopdesk::server
