#pragma once

#include "imapserverprocess.h"
#include "scratchstore.h"

#include "mail/imapsettings.h"
#include "server/groupcommitwriter.h"
#include "server/inbox/mailboxpoller.h"
#include "storage/database.h"
#include "storage/inbox/mailboxstate.h"
#include "storage/migrations.h"
#include "storage/shopstore.h"
#include "storage/storageconfig.h"

#include <QMutex>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace shopdesk::test::mailboxpoller {

using namespace Qt::StringLiterals;
using server::MailboxPoller;
using storage::InboxArrival;

inline QByteArray question(int number, const QByteArray &headers = {})
{
    return u"From: Ana Lima <Ana.Lima@Example.com>\r\nTo: shop@example.com\r\n"
           "Subject: Question %1\r\nMessage-ID: <q%1@example.com>\r\n"_s.arg(number)
               .toUtf8() +
           headers + "\r\nWhere is parcel " + QByteArray::number(number) + "?\r\n";
}

inline const QByteArray bounce = "From: MAILER-DAEMON@mx.example.com\r\n"
                                 "To: shop@example.com\r\n"
                                 "Subject: Undelivered Mail Returned to Sender\r\n"
                                 "Message-ID: <bounce1@mx.example.com>\r\n"
                                 "Auto-Submitted: auto-replied\r\n"
                                 "MIME-Version: 1.0\r\n"
                                 "Content-Type: multipart/report; report-type=delivery-status; "
                                 "boundary=\"r\"\r\n\r\n"
                                 "--r\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
                                 "--r\r\nContent-Type: message/delivery-status\r\n\r\n"
                                 "Reporting-MTA: dns; mx.example.com\r\n\r\n"
                                 "Final-Recipient: rfc822; Bob@Example.com\r\n"
                                 "Action: failed\r\nStatus: 5.1.1\r\n"
                                 "--r--\r\n";

// What the inbox was handed, in order; called on the writer thread.
struct Recorder
{
    QMutex mutex;
    QList<InboxArrival> arrivals;

    server::MailboxIntake::Sink sink()
    {
        return [this](storage::ShopStore &, const InboxArrival &arrival) -> Result<void> {
            QMutexLocker lock(&mutex);
            arrivals.append(arrival);
            return {};
        };
    }
    QStringList messageIds()
    {
        QMutexLocker lock(&mutex);
        QStringList ids;
        for (const InboxArrival &arrival : arrivals)
            ids.append(arrival.messageId);
        return ids;
    }
};

// One server's writer and poller over the test's database.
struct Server
{
    std::unique_ptr<server::GroupCommitWriter> writer;
    std::unique_ptr<MailboxPoller> poller;

    // Polls once and waits for the end.
    bool poll()
    {
        QSignalSpy spy(poller.get(), &MailboxPoller::polled);
        poller->pollNow();
        if (!spy.wait(30000))
            return false;
        return spy.constFirst().constFirst().toBool();
    }
};

// What the mailbox poller suites share: a real Dovecot on loopback and a scratch database
// made afresh for each test function (openMailbox() in init(), closeMailbox() in cleanup()),
// and the writer and poller of a server over them.
class MailboxPollerSuite : public QObject
{
protected:
    std::unique_ptr<ImapServerProcess> m_imap;
    std::unique_ptr<ScratchStore> m_store;
    storage::StorageConfig m_config;
    std::unique_ptr<storage::Database> m_db;
    Recorder m_recorder;

    mail::ImapSettings imap(const QString &password = {}) const
    {
        const auto parsed = mail::ImapSettings::fromUrl(QUrl(m_imap->url()));
        mail::ImapSettings settings = *parsed;
        settings.timeout = std::chrono::seconds(10);
        if (!password.isEmpty())
            settings.password = password;
        return settings;
    }

    std::unique_ptr<Server> startServer(Recorder &recorder, MailboxPoller::Options options)
    {
        auto server = std::make_unique<Server>();
        server->writer = std::make_unique<server::GroupCommitWriter>(m_config, u"EUR"_s);
        if (!server->writer->startWriter())
            return nullptr;
        server->poller = std::make_unique<MailboxPoller>(options, *server->writer, recorder.sink());
        return server;
    }
    std::unique_ptr<Server> startServer(Recorder &recorder)
    {
        MailboxPoller::Options options;
        options.imap = imap();
        options.interval = std::chrono::hours(1); // polled by the test
        return startServer(recorder, options);
    }

    storage::MailboxState::Position position()
    {
        storage::StoreClock clock;
        storage::MailboxState state(*m_db, clock);
        return *state.position(MailboxPoller::mailboxName(imap()));
    }
    qint64 taken()
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM mailbox_messages"_s, {}, 0)->toLongLong();
    }

    void openMailbox()
    {
        m_store = std::make_unique<ScratchStore>();
        if (!m_store->unavailableReason().isEmpty()) {
            if (qEnvironmentVariableIsSet("SHOPDESK_REQUIRE_POSTGRES"))
                QFAIL(qPrintable(m_store->unavailableReason()));
            QSKIP(qPrintable(m_store->unavailableReason()));
        }
        auto config =
            storage::StorageConfig::fromOptions(m_store->dataDir(), m_store->databaseUrl());
        QVERIFY(config.ok());
        m_config = *config;
        auto db = storage::Database::open(m_config, u"test-reader"_s);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db.value());
        QVERIFY(storage::Migrations::apply(*m_db).ok());
        m_imap = std::make_unique<ImapServerProcess>();
        QVERIFY2(m_imap->start(), qPrintable(m_imap->why()));
        QMutexLocker lock(&m_recorder.mutex);
        m_recorder.arrivals.clear();
    }

    void closeMailbox()
    {
        m_imap.reset();
        m_db.reset();
        m_store.reset();
    }
};

} // namespace shopdesk::test::mailboxpoller
