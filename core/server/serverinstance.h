#pragma once

#include "domain/result.h"
#include "server/inbox/mailboxintake.h"
#include "server/mailwake.h"
#include "server/route.h"
#include "server/serveroptions.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace shopdesk::mail {
class MailDispatcher;
struct ImapSettings;
struct SmtpSettings;
} // namespace shopdesk::mail

namespace shopdesk::storage {
class Database;
class ShopStore;
class OrderLinks;
struct StorageConfig;
} // namespace shopdesk::storage

namespace shopdesk::server {

class ApiServer;
class DataFolderLock;
class ChangeFeed;
class GroupCommitWriter;
class OrderMailer;
class PaymentReminderScheduler;
class PaymentMailer;
class TicketMailer;
class ReturnMailer;
class MailboxPoller;
class MailboxRoutes;
class InboxMailer;

// A whole Shopdesk server in one object: storage (migrated at start), the group-commit
// writer thread, the change feed, reservation expiry and the HTTP/WebSocket API on one port.
// shopdesk-server runs one; the desktop client hosts one in-process for standalone use.
class ServerInstance : public QObject
{
    Q_OBJECT
public:
    explicit ServerInstance(ServerOptions options, QObject *parent = nullptr);
    ~ServerInstance() override;

    // Opens storage, migrates, creates the bootstrap admin if asked, binds; the bound port.
    Result<quint16> start();
    // Stops accepting, finishes in-flight requests, answers long polls, closes everything.
    void stop();
    bool isRunning() const { return m_running; }

    // http(s)://HOST:PORT of the running server.
    QUrl url() const;
    const ServerOptions &options() const { return m_options; }
    // Every route the running server answers (none before start()).
    QList<Route> routes() const;

private:
    // The options start() needs beyond what ServerCommandLine checked.
    Result<void> checkOptions() const;
    // Opens and migrates the store, and makes the reader over it.
    Result<void> openStore(const storage::StorageConfig &config, const storage::OrderLinks &links);
    // User admin, when the store has no user yet and a password was given.
    Result<void> createFirstAdmin();
    // Other servers on a PostgreSQL database announce their commits.
    void followOtherServers();
    Result<void> startMailDispatcher(const mail::SmtpSettings &smtp);
    // The poller of the shop's mailbox, when one is set, and the route that shows it.
    void addMailbox(const mail::ImapSettings &imap);
    // Where the mailbox's arrivals are filed.
    static MailboxIntake::Sink inboxSink();
    void expireReservations();
    void purgeOldRecords();
    void pollChanges();

    ServerOptions m_options;
    // Held while serving a SQLite folder, so restore refuses to swap the store under us.
    std::unique_ptr<DataFolderLock> m_folderLock;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ShopStore> m_reader;
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<ApiServer> m_api;
    MailWake m_mailWake;
    std::unique_ptr<OrderMailer> m_mailer;
    std::unique_ptr<TicketMailer> m_ticketMailer;
    std::unique_ptr<PaymentMailer> m_paymentMailer;
    std::unique_ptr<ReturnMailer> m_returnMailer;
    std::unique_ptr<InboxMailer> m_inboxMailer;
    std::unique_ptr<mail::MailDispatcher> m_dispatcher;
    std::unique_ptr<PaymentReminderScheduler> m_reminders;
    std::unique_ptr<MailboxPoller> m_poller;
    std::unique_ptr<MailboxRoutes> m_mailboxRoutes;
    QTimer m_expiryTimer;
    QTimer m_purgeTimer;
    QTimer m_pollTimer;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_expiryPending = false;
};

} // namespace shopdesk::server
