#pragma once

#include "domain/result.h"
#include "server/inbox/mailboxintake.h"
#include "server/mailwake.h"
#include "server/route.h"
#include "server/serveroptions.h"

#include <QObject>
#include <QThreadPool>
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
class ServerSettings;
class SettingsRoutes;

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
    Result<void> openStore(const storage::StorageConfig &config);
    // The stored settings over the options the server was started with.
    Result<void> loadSettings();
    // Reads the stored settings again and puts what changed to use (a new mail relay).
    void reloadSettings();
    // Reloads the settings when a setting change record up to seq was committed (here or
    // by another server sharing the database).
    void followSettings(qint64 seq);
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
    std::unique_ptr<ServerSettings> m_settings;
    std::unique_ptr<SettingsRoutes> m_settingsRoutes;
    QThreadPool m_relayChecks; // a changed mail relay is tried here, off the event loop
    qint64 m_settingsSeq = 0;  // change records up to here were looked at for settings
    QTimer m_expiryTimer;
    QTimer m_purgeTimer;
    QTimer m_pollTimer;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_expiryPending = false;
};

} // namespace shopdesk::server
