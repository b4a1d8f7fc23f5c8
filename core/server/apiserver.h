#pragma once

#include "domain/result.h"
#include "server/httpconnection.h"
#include "server/jsonbody.h"
#include "server/loginlimiter.h"
#include "server/serveroptions.h"
#include "storage/actor.h"
#include "storage/shopstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QTcpServer;
class QWebSocketServer;

namespace shopdesk::reports {
class ReportService;
}

namespace shopdesk::server {

class ChangeFeed;
class ContentRoutes;
class GroupCommitWriter;
class OrderMailer;

// The HTTP API of API.md on one port: accepts connections (TCP, or TLS with a certificate),
// routes requests, checks tokens and roles, validates input, answers reads from its own
// connection and hands mutations to the group-commit writer. /live upgrades to a WebSocket.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(const ServerOptions &options, storage::ShopStore &reader, GroupCommitWriter &writer,
              ChangeFeed &feed, QObject *parent = nullptr);
    ~ApiServer() override;

    // The payment links to verify against and the mail queued for orders; set before listen().
    void setOrderServices(const storage::OrderLinks &links, OrderMailer *mailer)
    {
        m_links = links;
        m_mailer = mailer;
    }

    // Listens (TLS when the options name a certificate); the port bound, or an error.
    Result<quint16> listen();
    bool isTls() const { return m_tls; }
    // Stops accepting connections; requests already read are still answered.
    void stopListening();
    // Closes every connection (after their answers were written, or after timeoutMs).
    void closeConnections(int timeoutMs);
    // Requests read but not answered yet.
    int inFlight() const { return m_inFlight; }
    // Waits for password hashing still running (they then hand their writes to the writer).
    void waitForHashing(int timeoutMs) { m_hashing.waitForDone(timeoutMs); }

private:
    struct Call // one request being answered
    {
        QPointer<HttpConnection> connection;
        HttpRequest request;
        storage::Actor actor;
        QString tokenHash; // of the bearer token, once authenticated
        QString idempotencyKey;
        bool answered = false;
    };
    friend class ContentRoutes; // the product content routes, in contentroutes.cpp

    void acceptConnections(QTcpServer *server);
    void handle(HttpConnection *connection, const HttpRequest &request);
    void answer(const std::shared_ptr<Call> &call, const HttpResponse &response);
    void fail(const std::shared_ptr<Call> &call, const Error &error);
    void fail(const std::shared_ptr<Call> &call, const QString &code, const QString &message,
              const QJsonObject &details = {});
    bool authenticate(const std::shared_ptr<Call> &call, const QString &token);
    // The client's address: the peer, or behind a trusted proxy the nearest address of
    // X-Forwarded-For that is not itself a trusted proxy.
    QHostAddress clientAddress(const HttpRequest &request) const;
    bool isTrustedProxy(const QHostAddress &address) const;
    bool allow(const std::shared_ptr<Call> &call, const QStringList &roles);
    bool readBody(const std::shared_ptr<Call> &call, QJsonObject &object, bool optional = false);
    bool checkQuery(const std::shared_ptr<Call> &call, const QStringList &allowed);
    void write(const std::shared_ptr<Call> &call, int successStatus,
               std::function<Result<QJsonObject>(storage::ShopStore &)> mutation,
               std::function<bool(storage::ShopStore &, const HttpResponse &)> refused = {});
    void reply(const std::shared_ptr<Call> &call, int successStatus,
               const Result<QJsonObject> &result);

    // routes
    void health(const std::shared_ptr<Call> &call);
    void login(const std::shared_ptr<Call> &call);
    void logout(const std::shared_ptr<Call> &call);
    void whoAmI(const std::shared_ptr<Call> &call);
    void createUser(const std::shared_ptr<Call> &call);
    void listUsers(const std::shared_ptr<Call> &call);
    void createProduct(const std::shared_ptr<Call> &call);
    void updateProduct(const std::shared_ptr<Call> &call, const QString &sku);
    void listProducts(const std::shared_ptr<Call> &call);
    void listMovements(const std::shared_ptr<Call> &call);
    void createCustomer(const std::shared_ptr<Call> &call);
    void updateCustomer(const std::shared_ptr<Call> &call, qint64 id);
    void listCustomers(const std::shared_ptr<Call> &call);
    void createOrder(const std::shared_ptr<Call> &call);
    void getOrder(const std::shared_ptr<Call> &call, qint64 id);
    void listOrders(const std::shared_ptr<Call> &call);
    void orderAction(const std::shared_ptr<Call> &call, qint64 id, const QString &action);
    void changes(const std::shared_ptr<Call> &call);
    void live(const std::shared_ptr<Call> &call);
    void report(const std::shared_ptr<Call> &call, const QString &name);
    // orderroutes.cpp
    void emailPaymentLink(const std::shared_ptr<Call> &call, qint64 id);
    void verifyPaymentLink(const std::shared_ptr<Call> &call);
    // "language": a BCP 47 code such as "de" or "pt-BR", else `invalid_language`.
    static void checkLanguage(JsonBody &body);

    // warehouse routes (warehouseroutes.cpp)
    static bool isWarehouseRoute(const QStringList &segments);
    bool warehouseMethodAllowed(const std::shared_ptr<Call> &call, const QStringList &segments);
    void warehouse(const std::shared_ptr<Call> &call, const QStringList &segments);
    void postMovement(const std::shared_ptr<Call> &call);

    bool validProductFields(const std::shared_ptr<Call> &call, const QJsonObject &body,
                            bool creating);
    bool validCustomerFields(const std::shared_ptr<Call> &call, const QJsonObject &body,
                             bool creating);

    ServerOptions m_options;
    storage::ShopStore &m_reader;
    GroupCommitWriter &m_writer;
    ChangeFeed &m_feed;
    storage::OrderLinks m_links;
    OrderMailer *m_mailer = nullptr;
    LoginLimiter m_limiter;
    std::unique_ptr<reports::ReportService> m_reports; // made on the first report asked for
    QList<QTcpServer *> m_servers;
    QWebSocketServer *m_webSockets = nullptr;
    QList<QPointer<HttpConnection>> m_connections;
    QThreadPool m_hashing; // Argon2 work, off the event loop
    // Recently checked tokens (by hash), so most requests need no session look-up. An entry
    // lives at most tokenCacheMs: a logout on another server sharing the database takes
    // effect here within that time; on this server at once.
    struct CachedSession
    {
        storage::Actor actor;
        qint64 expiresAt = 0;
        qint64 checkedAt = 0;
    };
    QHash<QString, CachedSession> m_sessions;
    bool m_tls = false;
    int m_inFlight = 0;
};

} // namespace shopdesk::server
