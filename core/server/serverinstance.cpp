#include "server/serverinstance.h"

#include "domain/money.h"
#include "domain/tr.h"
#include "mail/maildispatcher.h"
#include "mail/mailtranslator.h"
#include "reports/reportschema.h"
#include "server/apiserver.h"
#include "server/care/ticketmailer.h"
#include "server/changefeed.h"
#include "server/datafolderlock.h"
#include "server/groupcommitwriter.h"
#include "server/inbox/inboxmailer.h"
#include "server/inbox/intakelogging.h"
#include "server/inbox/mailboxpoller.h"
#include "server/inbox/mailboxroutes.h"
#include "server/logging.h"
#include "server/ordermailer.h"
#include "server/passwordhasher.h"
#include "server/returns/paymentmailer.h"
#include "server/returns/paymentreminderscheduler.h"
#include "server/returns/returnmailer.h"
#include "server/serversettings.h"
#include "server/settingsroutes.h"
#include "storage/database.h"
#include "storage/inbox/inboxstore.h"
#include "storage/migrations.h"
#include "storage/settingsstore.h"
#include "storage/shopstore.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {
constexpr qint64 idempotencyKeepMs = 48LL * 60 * 60 * 1000; // API.md asks for at least 24 h
} // namespace

ServerInstance::ServerInstance(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

ServerInstance::~ServerInstance()
{
    stop();
}

Result<void> ServerInstance::checkOptions() const
{
    if (!Currency::parse(m_options.currency)) {
        return Result<void>::failure(
            u"invalid_currency"_s,
            Tr::tr("--currency takes an ISO 4217 code such as EUR: \"%1\" is not.")
                .arg(m_options.currency));
    }
    if (m_options.reservationSeconds < 1) {
        return Result<void>::failure(u"invalid_reservation"_s,
                                     Tr::tr("Reservations must last at least one second."));
    }
    if (m_options.paymentReminderSeconds < 0) {
        return Result<void>::failure(
            u"invalid_payment_reminder"_s,
            Tr::tr("The payment reminder's lead time cannot be negative."));
    }
    return {};
}

Result<void> ServerInstance::openStore(const storage::StorageConfig &config)
{
    auto db = storage::Database::open(config, u"shopdesk-reader-"_s +
                                                  QUuid::createUuid().toString(QUuid::Id128));
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    auto migrated = storage::Migrations::apply(*m_db);
    if (!migrated)
        return migrated.error();
    qCInfo(lcServer) << "schema at version" << migrated.value();
    // The report tables exist before the first order, so refused orders can be recorded.
    if (auto reports = reports::ReportSchema::ensure(*m_db); !reports)
        return reports.error();
    m_reader = std::make_unique<storage::ShopStore>(*m_db, m_options.currency);
    return {};
}

Result<void> ServerInstance::loadSettings()
{
    auto rows = storage::SettingsStore(*m_db).all();
    if (!rows)
        return rows.error();
    m_settings = std::make_unique<ServerSettings>(m_options);
    m_settings->setStored(rows.value());
    // What is not read at use time takes the stored value from this start on.
    m_options = m_settings->effective();
    return {};
}

void ServerInstance::reloadSettings()
{
    if (!m_settings || !m_db)
        return;
    auto rows = storage::SettingsStore(*m_db).all();
    if (!rows) {
        qCWarning(lcServer).noquote() << "cannot read the settings:" << rows.error().message;
        return;
    }
    m_settings->setStored(rows.value());
    qCInfo(lcServer) << "settings reloaded";
    const ServerOptions now = m_settings->effective();
    if (now.smtpUrl == m_options.smtpUrl && now.smtpPassword == m_options.smtpPassword)
        return;
    // A new relay: the dispatcher is made anew for it (a mail being sent finishes first).
    auto smtp = now.smtpSettings();
    if (!smtp) {
        qCWarning(lcServer).noquote()
            << "the stored mail relay is unusable:" << smtp.error().message;
        return;
    }
    if (m_dispatcher)
        m_dispatcher->stop();
    m_mailWake.setDispatcher(nullptr);
    m_dispatcher.reset();
    m_options.smtpUrl = now.smtpUrl;
    m_options.smtpPassword = now.smtpPassword;
    if (auto ok = startMailDispatcher(smtp.value()); !ok)
        qCWarning(lcServer).noquote() << "cannot start sending mail:" << ok.error().message;
    m_mailWake.wakeIfQueued();
}

void ServerInstance::followSettings(qint64 seq)
{
    if (!m_db || seq <= m_settingsSeq)
        return;
    auto found = m_db->scalar(u"SELECT COUNT(*) FROM changes WHERE seq > ? AND seq <= ? AND "
                              "entity = 'setting'"_s,
                              {m_settingsSeq, seq}, 0);
    if (!found)
        return; // looked at again with the next change
    m_settingsSeq = seq;
    if (found.value().toLongLong() > 0)
        reloadSettings();
}

Result<void> ServerInstance::createFirstAdmin()
{
    const QString adminPassword = m_options.adminPassword.isEmpty()
                                      ? qEnvironmentVariable("SHOPDESK_ADMIN_PASSWORD")
                                      : m_options.adminPassword;
    auto users = m_reader->users().count();
    if (!users)
        return users.error();
    if (users.value() > 0 || adminPassword.isEmpty())
        return {};
    auto hash = PasswordHasher::hash(adminPassword);
    if (!hash)
        return hash.error();
    if (auto ok = m_reader->batch().begin(); !ok)
        return ok.error();
    auto created = m_reader->users().create(storage::Actor{0, u"system"_s, u"system"_s}, u"admin"_s,
                                            hash.value(), u"admin"_s);
    if (!created) {
        m_reader->batch().rollback(); // another server sharing the database was quicker
        return {};
    }
    if (auto ok = m_reader->batch().end(); !ok)
        return ok.error();
    qCInfo(lcServer) << "created the user admin";
    return {};
}

void ServerInstance::followOtherServers()
{
    if (!m_db->dialect().hasNotifications())
        return;
    // A slow poll covers a notification lost with a dropped connection.
    QSqlDriver *driver = m_db->connection().driver();
    if (driver->subscribeToNotification(storage::ChangeLog::channel())) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (m_feed)
                        m_feed->nudge(payload.toLongLong());
                    followSettings(payload.toLongLong());
                });
    } else {
        qCWarning(lcServer) << "cannot LISTEN for changes; polling only";
    }
    connect(&m_pollTimer, &QTimer::timeout, this, &ServerInstance::pollChanges);
    m_pollTimer.start(1000);
}

Result<quint16> ServerInstance::start()
{
    if (m_running)
        return m_port;
    if (auto ok = checkOptions(); !ok)
        return ok.error();
    auto config = storage::StorageConfig::fromOptions(m_options.dataDir, m_options.databaseUrl);
    if (!config)
        return config.error();
    if (config->backend == storage::StorageConfig::Backend::Sqlite) {
        m_folderLock = std::make_unique<DataFolderLock>(m_options.dataDir);
        if (!m_folderLock->tryLock()) {
            qCWarning(lcServer) << "process" << m_folderLock->holder()
                                << "also uses the data folder" << m_options.dataDir;
        }
    }
    if (auto ok = openStore(config.value()); !ok)
        return ok.error();
    if (auto ok = loadSettings(); !ok)
        return ok.error();
    auto links = m_options.orderLinks();
    if (!links)
        return links.error();
    auto shop = m_options.shopDetails();
    if (!shop)
        return shop.error();
    auto smtp = m_options.smtpSettings();
    if (!smtp)
        return smtp.error();
    auto imap = m_options.imapSettings();
    if (!imap)
        return imap.error();
    m_reader->orders().setLinks(links.value());
    if (auto ok = createFirstAdmin(); !ok)
        return ok.error();

    auto seq = m_reader->changes().lastSeq();
    if (!seq)
        return seq.error();
    m_feed = std::make_unique<ChangeFeed>(*m_reader);
    m_feed->setStartSeq(seq.value());
    m_settingsSeq = seq.value();

    const QString mailTranslations = m_options.mailTranslationsDir.isEmpty()
                                         ? mail::MailTranslator::defaultDirectory()
                                         : m_options.mailTranslationsDir;
    m_mailer = std::make_unique<OrderMailer>(shop.value(), mailTranslations, m_mailWake);
    m_ticketMailer = std::make_unique<TicketMailer>(shop.value(), mailTranslations, m_mailWake);
    m_paymentMailer = std::make_unique<PaymentMailer>(shop.value(), mailTranslations, m_mailWake);
    m_returnMailer = std::make_unique<ReturnMailer>(shop.value(), mailTranslations, m_mailWake);
    m_inboxMailer = std::make_unique<InboxMailer>(shop.value(), m_mailWake);
    m_mailer->followSettings(m_settings.get());
    m_ticketMailer->followSettings(m_settings.get());
    m_paymentMailer->followSettings(m_settings.get());
    m_returnMailer->followSettings(m_settings.get());
    m_inboxMailer->followSettings(m_settings.get());
    if (auto ok = startMailDispatcher(smtp.value()); !ok)
        return ok.error();

    m_writer = std::make_unique<GroupCommitWriter>(config.value(), m_options.currency);
    m_writer->setOrderLinks(links.value());
    if (auto ok = m_writer->startWriter(); !ok)
        return ok.error();
    connect(m_writer.get(), &GroupCommitWriter::committed, m_feed.get(), &ChangeFeed::nudge);
    connect(m_writer.get(), &GroupCommitWriter::committed, this,
            [this] { m_mailWake.wakeIfQueued(); });
    connect(m_writer.get(), &GroupCommitWriter::committed, this, &ServerInstance::followSettings);
    followOtherServers();

    m_api = std::make_unique<ApiServer>(m_options, *m_reader, *m_writer, *m_feed);
    m_api->setOrderServices(links.value(), m_mailer.get());
    m_api->setTicketMailer(m_ticketMailer.get());
    m_api->setPaymentMailer(m_paymentMailer.get());
    m_api->setReturnMailer(m_returnMailer.get());
    addMailbox(imap.value());
    m_api->setInboxMailer(m_inboxMailer.get());
    m_api->followSettings(m_settings.get());
    m_settingsRoutes = std::make_unique<SettingsRoutes>(*m_settings, m_relayChecks, this,
                                                        [this] { reloadSettings(); });
    m_api->addRoutes(m_settingsRoutes->routes());
    auto port = m_api->listen();
    if (!port) {
        stop();
        return port.error();
    }
    m_port = port.value();
    m_running = true;
    if (m_poller)
        m_poller->start();

    // The server releases an expired reservation within 2 s of its expiry time.
    connect(&m_expiryTimer, &QTimer::timeout, this, &ServerInstance::expireReservations);
    m_expiryTimer.start(500);
    connect(&m_purgeTimer, &QTimer::timeout, this, &ServerInstance::purgeOldRecords);
    m_purgeTimer.start(60 * 60 * 1000);
    QTimer::singleShot(0, this, &ServerInstance::purgeOldRecords);
    if (m_options.paymentReminderSeconds > 0) {
        m_reminders = std::make_unique<PaymentReminderScheduler>(*m_reader, *m_writer, *m_mailer,
                                                                 m_options.paymentReminderSeconds);
    }
    return m_port;
}

void ServerInstance::stop()
{
    m_expiryTimer.stop();
    m_purgeTimer.stop();
    m_pollTimer.stop();
    m_reminders.reset();
    // Its last message still goes through the writer.
    if (m_poller)
        m_poller->stop();
    if (m_api) {
        m_api->stopListening();
        // Logins and user creations still hashing hand their writes to the writer next.
        m_api->waitForHashing(5000);
        QCoreApplication::sendPostedEvents(m_api.get());
    }
    if (m_feed)
        m_feed->closeAll(); // long polls get their answer now
    if (m_writer)
        m_writer->stopWriter(); // every submitted mutation is committed
    // Deliver the writer's answers to their connections, then let them leave.
    if (m_api)
        QCoreApplication::sendPostedEvents(m_api.get());
    QCoreApplication::sendPostedEvents(this);
    if (m_api)
        m_api->closeConnections(3000);
    if (m_dispatcher)
        m_dispatcher->stop(); // waits for a mail being sent; the rest stays queued
    m_mailWake.setDispatcher(nullptr);
    m_dispatcher.reset();
    m_mailer.reset();
    m_ticketMailer.reset();
    m_paymentMailer.reset();
    m_returnMailer.reset();
    m_inboxMailer.reset();
    m_feed.reset();
    m_api.reset();
    m_mailboxRoutes.reset();
    m_relayChecks.waitForDone();
    m_settingsRoutes.reset();
    m_poller.reset();
    m_writer.reset();
    m_reader.reset();
    m_db.reset();
    if (m_folderLock)
        m_folderLock->unlock();
    m_folderLock.reset();
    m_settings.reset();
    m_running = false;
}

QList<Route> ServerInstance::routes() const
{
    return m_api ? m_api->routes() : QList<Route>();
}

QUrl ServerInstance::url() const
{
    QUrl url;
    url.setScheme(m_api && m_api->isTls() ? u"https"_s : u"http"_s);
    QString host = m_options.listenAddress.toString();
    if (m_options.listenAddress == QHostAddress::Any ||
        m_options.listenAddress == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    url.setHost(host);
    url.setPort(m_port);
    return url;
}

Result<void> ServerInstance::startMailDispatcher(const mail::SmtpSettings &smtp)
{
    if (smtp.host.isEmpty()) {
        qCInfo(lcServer) << "no SMTP relay set (--smtp): mail is kept in the table "
                            "mail_outbox and sent once a relay is set";
        return {};
    }
    mail::MailDispatcher::Options options;
    options.firstRetryDelay = std::chrono::seconds(m_options.mailRetrySeconds);
    options.pollInterval = std::min<std::chrono::milliseconds>(
        options.pollInterval, std::chrono::seconds(m_options.mailRetrySeconds));
    m_dispatcher =
        std::make_unique<mail::MailDispatcher>(m_db->connection().connectionName(), smtp, options);
    if (auto ok = m_dispatcher->start(); !ok)
        return ok.error();
    m_mailWake.setDispatcher(m_dispatcher.get());
    qCInfo(lcServer).noquote() << "sending mail through"
                               << smtp.host + u':' + QString::number(smtp.port);
    return {};
}

void ServerInstance::addMailbox(const mail::ImapSettings &imap)
{
    if (imap.host.isEmpty()) {
        qCInfo(lcIntake) << "no mailbox set (--imap-url): no customer mail is read";
    } else {
        MailboxPoller::Options options;
        options.imap = imap;
        options.interval = std::chrono::seconds(m_options.imapPollSeconds);
        options.attachmentLimit = m_options.mailAttachmentLimit;
        options.sizeLimit = m_options.mailSizeLimit;
        m_poller = std::make_unique<MailboxPoller>(options, *m_writer, inboxSink());
        qCInfo(lcIntake).noquote() << "reading mail from" << m_poller->mailboxName() << "every"
                                   << m_options.imapPollSeconds << "s";
    }
    m_mailboxRoutes = std::make_unique<MailboxRoutes>(*m_reader, m_poller.get());
    m_api->addRoutes(m_mailboxRoutes->routes());
}

MailboxIntake::Sink ServerInstance::inboxSink()
{
    // Each arrival is filed into a conversation in the transaction that takes it from the
    // mailbox. An automatic answer to nothing known starts none: it is taken and dropped.
    return [](storage::ShopStore &store, const storage::InboxArrival &arrival) -> Result<void> {
        auto filed = storage::InboxStore(store).receive(MailboxIntake::actor(), arrival);
        if (!filed && filed.error().code != u"auto_reply_unmatched"_s)
            return filed.error();
        qCInfo(lcIntake).noquote()
            << "filed mail from" << arrival.fromEmail << (arrival.unreadable ? "(unreadable)" : "")
            << (arrival.autoSubmitted ? "(automatic)" : "");
        return {};
    };
}

void ServerInstance::expireReservations()
{
    if (m_expiryPending || !m_writer)
        return;
    const qint64 now = storage::StoreClock::nowMsecs();
    // A cheap look first, so an idle server does not open write transactions.
    auto due = m_db->scalar(u"SELECT COUNT(*) FROM orders WHERE status = 'reserved' AND "
                            "reservation_expires_at <= ?"_s,
                            {now}, 0);
    if (!due || due.value().toLongLong() == 0)
        return;
    m_expiryPending = true;
    WriteJob job;
    job.context = this;
    job.run = [now](storage::ShopStore &store) {
        auto expired = store.orders().expireReservations(now);
        if (!expired)
            return HttpResponse::json(500, QJsonObject{{u"error"_s, expired.error().message}});
        return HttpResponse::json(200, QJsonObject{{u"expired"_s, expired.value()}});
    };
    job.done = [this](const HttpResponse &) { m_expiryPending = false; };
    m_writer->submit(std::move(job));
}

void ServerInstance::purgeOldRecords()
{
    if (!m_writer)
        return;
    WriteJob job;
    job.context = this;
    job.run = [](storage::ShopStore &store) {
        const qint64 now = storage::StoreClock::nowMsecs();
        auto ok = store.idempotency().purge(now, idempotencyKeepMs);
        if (ok)
            ok = store.users().purgeExpiredSessions(now);
        return HttpResponse::json(ok ? 200 : 500, QJsonObject{});
    };
    m_writer->submit(std::move(job));
}

void ServerInstance::pollChanges()
{
    if (!m_reader || !m_feed)
        return;
    auto seq = m_reader->changes().lastSeq();
    if (seq && seq.value() > m_feed->knownSeq())
        m_feed->nudge(seq.value());
    if (seq)
        followSettings(seq.value());
}

} // namespace shopdesk::server
