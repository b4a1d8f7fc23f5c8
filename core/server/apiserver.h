#pragma once

#include "domain/result.h"
#include "server/auditroutes.h"
#include "server/authenticator.h"
#include "server/backuproutes.h"
#include "server/care/followuproutes.h"
#include "server/care/servicelevelroutes.h"
#include "server/care/ticketroutes.h"
#include "server/changeroutes.h"
#include "server/connectionlimit.h"
#include "server/contentroutes.h"
#include "server/customerroutes.h"
#include "server/inbox/inboxroutes.h"
#include "server/inbox/replytemplateroutes.h"
#include "server/orderroutes.h"
#include "server/pricechangeroutes.h"
#include "server/productroutes.h"
#include "server/reportroutes.h"
#include "server/returns/paymentroutes.h"
#include "server/returns/refundroutes.h"
#include "server/returns/returnroutes.h"
#include "server/router.h"
#include "server/serveroptions.h"
#include "server/sessionroutes.h"
#include "server/snapshotroutes.h"
#include "server/userroutes.h"
#include "server/warehouseroutes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QTcpServer;
class QWebSocketServer;

namespace shopdesk::server {

class ChangeFeed;
class GroupCommitWriter;
class HttpConnection;
class InboxMailer;
class OrderMailer;
class PaymentMailer;
class TicketClockScheduler;
class TicketMailer;

// The HTTP API of API.md on one port: accepts connections (TCP, or TLS with a certificate)
// and hands each request to the router, which answers it from the modules' route tables.
// /live upgrades to a WebSocket.
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
        m_orders.setServices(links, mailer);
    }
    // The mail queued for tickets; set before listen().
    void setTicketMailer(TicketMailer *mailer) { m_tickets.setMailer(mailer); }
    // The mail queued for payments and refunds; set before listen().
    void setPaymentMailer(PaymentMailer *mailer)
    {
        m_payments.setMailer(mailer);
        m_refunds.setMailer(mailer);
        m_orders.setPaymentMailer(mailer);
    }
    // The mail queued for returns; set before listen().
    void setReturnMailer(ReturnMailer *mailer) { m_returns.setMailer(mailer); }
    // A module's routes whose objects the server instance owns; add before listen().
    void addRoutes(const QList<Route> &routes) { m_router.add(routes); }
    // The settings new orders follow; set before listen().
    void followSettings(const ServerSettings *settings) { m_orders.followSettings(settings); }
    // The answers e-mailed from the inbox; set before listen().
    void setInboxMailer(InboxMailer *mailer) { m_inbox.setMailer(mailer); }

    // Listens (TLS when the options name a certificate); the port bound, or an error.
    Result<quint16> listen();
    bool isTls() const { return m_tls; }
    // Stops accepting connections; requests already read are still answered.
    void stopListening();
    // Closes every connection (after their answers were written, or after timeoutMs).
    void closeConnections(int timeoutMs);
    // Requests read but not answered yet.
    int inFlight() const { return m_router.inFlight(); }
    // Waits for password hashing still running (they then hand their writes to the writer).
    void waitForHashing(int timeoutMs) { m_hashing.waitForDone(timeoutMs); }
    // Every route the server answers.
    const QList<Route> &routes() const { return m_router.routes(); }

private:
    void acceptConnections(QTcpServer *server);
    Result<QTcpServer *> makeTlsServer();

    ServerOptions m_options;
    QThreadPool m_hashing; // Argon2 work, off the event loop
    QWebSocketServer *m_webSockets = nullptr;
    Authenticator m_authenticator;
    Router m_router;
    SessionRoutes m_session;
    UserRoutes m_users;
    ProductRoutes m_products;
    PriceChangeRoutes m_priceChanges;
    CustomerRoutes m_customers;
    OrderRoutes m_orders;
    WarehouseRoutes m_warehouse;
    ContentRoutes m_content;
    ReportRoutes m_reports;
    ChangeRoutes m_changes;
    SnapshotRoutes m_snapshot;
    TicketRoutes m_tickets;
    FollowUpRoutes m_followUps;
    ServiceLevelRoutes m_serviceLevels;
    PaymentRoutes m_payments;
    RefundRoutes m_refunds;
    ReturnRoutes m_returns;
    ReplyTemplateRoutes m_replyTemplates;
    InboxRoutes m_inbox;
    BackupRoutes m_backups;
    AuditRoutes m_audit;
    QList<QTcpServer *> m_servers;
    QList<QPointer<HttpConnection>> m_connections;
    ConnectionLimit m_connectionLimit;
    bool m_tls = false;
};

} // namespace shopdesk::server
