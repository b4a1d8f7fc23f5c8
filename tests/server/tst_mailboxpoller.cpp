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

using namespace Qt::StringLiterals;
using namespace shopdesk;
using server::MailboxPoller;
using storage::InboxArrival;
using test::ImapServerProcess;

namespace {

QByteArray question(int number, const QByteArray &headers = {})
{
    return u"From: Ana Lima <Ana.Lima@Example.com>\r\nTo: shop@example.com\r\n"
           "Subject: Question %1\r\nMessage-ID: <q%1@example.com>\r\n"_s.arg(number)
               .toUtf8() +
           headers + "\r\nWhere is parcel " + QByteArray::number(number) + "?\r\n";
}

const QByteArray bounce = "From: MAILER-DAEMON@mx.example.com\r\n"
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

} // namespace

// The mailbox poller against a real Dovecot on loopback and the test's database: every mail
// is handed to the inbox once, across restarts, a new UIDVALIDITY and two servers.
class TestMailboxPoller : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ImapServerProcess> m_imap;
    std::unique_ptr<test::ScratchStore> m_store;
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

private slots:
    void init()
    {
        m_store = std::make_unique<test::ScratchStore>();
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
    void cleanup()
    {
        m_imap.reset();
        m_db.reset();
        m_store.reset();
    }

    void takesEachMailOnce()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_imap->deliver(question(i)));
        auto server = startServer(m_recorder);
        QVERIFY(server);
        QVERIFY(server->poll());
        QCOMPARE(m_recorder.messageIds(),
                 QStringList({u"q1@example.com"_s, u"q2@example.com"_s, u"q3@example.com"_s}));
        const InboxArrival first = m_recorder.arrivals.constFirst();
        QCOMPARE(first.channel, u"email"_s);
        QCOMPARE(first.fromEmail, u"ana.lima@example.com"_s);
        QCOMPARE(first.fromName, u"Ana Lima"_s);
        QCOMPARE(first.subject, u"Question 1"_s);
        QCOMPARE(first.text.trimmed(), u"Where is parcel 1?"_s);
        QVERIFY(!first.unreadable && !first.autoSubmitted);
        QCOMPARE(server->poller->report().taken, 3);

        QVERIFY(server->poll());
        QCOMPARE(m_recorder.messageIds().size(), 3);
        QVERIFY(m_imap->deliver(question(4)));
        QVERIFY(server->poll());
        QCOMPARE(m_recorder.messageIds().size(), 4);
        QCOMPARE(m_recorder.messageIds().constLast(), u"q4@example.com"_s);
        QCOMPARE(position().lastUid, 4u);
        QCOMPARE(taken(), 4);
    }

    // A new server process starts from the stored position, not from the mailbox's start.
    void restartTakesOnlyNewMail()
    {
        QVERIFY(m_imap->deliver(question(1)));
        QVERIFY(m_imap->deliver(question(2)));
        {
            auto first = startServer(m_recorder);
            QVERIFY(first->poll());
        }
        QCOMPARE(m_recorder.messageIds().size(), 2);
        QVERIFY(m_imap->deliver(question(3)));
        Recorder afterRestart;
        auto second = startServer(afterRestart);
        QVERIFY(second->poll());
        QCOMPARE(afterRestart.messageIds(), QStringList({u"q3@example.com"_s}));
        QCOMPARE(taken(), 3);
    }

    // A rebuilt mailbox numbers its mail anew: the old mail is not taken again, the new once.
    void newUidValidityTakesNothingTwice()
    {
        QVERIFY(m_imap->deliver(question(1)));
        QVERIFY(m_imap->deliver(question(2)));
        auto server = startServer(m_recorder);
        QVERIFY(server->poll());
        const quint32 before = position().uidValidity;
        QVERIFY2(m_imap->changeUidValidity(before + 7), qPrintable(m_imap->why()));
        QVERIFY(m_imap->deliver(question(3)));
        QVERIFY(server->poll());
        QCOMPARE(m_recorder.messageIds(),
                 QStringList({u"q1@example.com"_s, u"q2@example.com"_s, u"q3@example.com"_s}));
        QCOMPARE(position().uidValidity, before + 7);
        QCOMPARE(position().lastUid, 3u);
        QVERIFY(server->poll());
        QCOMPARE(m_recorder.messageIds().size(), 3);
    }

    // Two servers on one database poll at the same moment, twice: each mail is taken once.
    void twoServersTakeEachMailOnce()
    {
        if (!m_store->isPostgres())
            QSKIP("servers share a database on PostgreSQL");
        for (int i = 1; i <= 12; ++i)
            QVERIFY(m_imap->deliver(question(i)));
        Recorder other;
        auto a = startServer(m_recorder);
        auto b = startServer(other);
        for (int round = 0; round < 2; ++round) {
            QSignalSpy doneA(a->poller.get(), &MailboxPoller::polled);
            QSignalSpy doneB(b->poller.get(), &MailboxPoller::polled);
            a->poller->pollNow();
            b->poller->pollNow();
            QTRY_COMPARE_WITH_TIMEOUT(doneA.size() + doneB.size(), 2, 60000);
            QVERIFY(doneA.constFirst().constFirst().toBool());
            QVERIFY(doneB.constFirst().constFirst().toBool());
            if (round == 0)
                QVERIFY(m_imap->deliver(question(13)));
        }
        QStringList all = m_recorder.messageIds() + other.messageIds();
        QCOMPARE(all.size(), 13);
        all.removeDuplicates();
        QCOMPARE(all.size(), 13);
        QCOMPARE(taken(), 13);
        QCOMPARE(position().lastUid, 13u);
    }

    // A delivery failure report marks the customer's address, and starts no conversation.
    void bounceMarksTheCustomer()
    {
        auto server = startServer(m_recorder);
        {
            storage::ShopStore store(*m_db, u"EUR"_s);
            QVERIFY(store.batch().begin().ok());
            const storage::Actor agent{1, u"agent"_s, u"agent"_s};
            QVERIFY(
                store.customers()
                    .create(agent,
                            QJsonObject{{u"name"_s, u"Bob"_s}, {u"email"_s, u"bob@example.com"_s}},
                            false)
                    .ok());
            QVERIFY(store.batch().end().ok());
        }
        QVERIFY(m_imap->deliver(bounce));
        QVERIFY(m_imap->deliver(question(1)));
        QVERIFY(server->poll());
        QCOMPARE(m_recorder.messageIds(), QStringList({u"q1@example.com"_s}));

        storage::ShopStore store(*m_db, u"EUR"_s);
        const auto customer = store.customers().customer(1);
        QVERIFY(customer.ok());
        QVERIFY(customer->value(u"email_failed_at"_s).isString());
        QCOMPARE(customer->value(u"email_failure"_s).toString(),
                 u"Undelivered Mail Returned to Sender"_s);
        const auto changes = store.changes().read(0, 100);
        QVERIFY(changes.ok());
        const QJsonObject last = changes->last().toObject();
        QCOMPARE(last.value(u"entity"_s).toString(), u"customer"_s);
        QCOMPARE(last.value(u"op"_s).toString(), u"update"_s);
        QCOMPARE(last.value(u"user"_s).toString(), u"mailbox"_s);
        QCOMPARE(last[u"data"_s][u"email_failure"_s].toString(),
                 u"Undelivered Mail Returned to Sender"_s);

        // A new address has not failed.
        QVERIFY(store.batch().begin().ok());
        QVERIFY(store.customers()
                    .update(storage::Actor{1, u"agent"_s, u"agent"_s}, 1,
                            QJsonObject{{u"email"_s, u"bob@example.org"_s}})
                    .ok());
        QVERIFY(store.batch().end().ok());
        const auto changed = store.customers().customer(1);
        QVERIFY(changed->value(u"email_failed_at"_s).isNull());
        QVERIFY(changed->value(u"email_failure"_s).isNull());
    }

    void autoReplyIsFlagged()
    {
        QVERIFY(m_imap->deliver(question(1, "Auto-Submitted: auto-replied\r\n")));
        auto server = startServer(m_recorder);
        QVERIFY(server->poll());
        QCOMPARE(m_recorder.arrivals.size(), 1);
        QVERIFY(m_recorder.arrivals.constFirst().autoSubmitted);
        QVERIFY(!m_recorder.arrivals.constFirst().unreadable);
    }

    // Neither a mail with no header nor one over the size limit stops the mail behind it.
    void unreadableMailIsTakenAndTheMailboxMovesOn()
    {
        QVERIFY(m_imap->deliver("\r\n\r\n"));
        const QByteArray huge = question(2) + QByteArray(200 * 1024, 'x') + "\r\n";
        QVERIFY(m_imap->deliver(huge));
        QVERIFY(m_imap->deliver(question(3)));
        MailboxPoller::Options options;
        options.imap = imap();
        options.interval = std::chrono::hours(1);
        options.sizeLimit = 100 * 1024;
        auto server = startServer(m_recorder, options);
        QVERIFY(server->poll());
        QCOMPARE(m_recorder.arrivals.size(), 3);
        const InboxArrival headerless = m_recorder.arrivals.at(0);
        QVERIFY(headerless.unreadable);
        QCOMPARE(headerless.rawSize, 4);
        const InboxArrival big = m_recorder.arrivals.at(1);
        QVERIFY(big.unreadable);
        QCOMPARE(big.rawSize, huge.size());
        // Its header was still read: who wrote, and about what.
        QCOMPARE(big.fromEmail, u"ana.lima@example.com"_s);
        QCOMPARE(big.subject, u"Question 2"_s);
        QCOMPARE(big.messageId, u"q2@example.com"_s);
        QVERIFY(!m_recorder.arrivals.at(2).unreadable);
        QCOMPARE(position().lastUid, 3u);
    }

    // A refused log-in and a server that is down are logged and tried again at the next
    // poll; nothing is taken and nothing moves.
    void failuresAreRetriedAtTheNextPoll()
    {
        QVERIFY(m_imap->deliver(question(1)));
        MailboxPoller::Options options;
        options.imap = imap(u"wrong"_s);
        options.interval = std::chrono::seconds(1);
        auto refused = startServer(m_recorder, options);
        for (int i = 0; i < 2; ++i) {
            QTest::ignoreMessage(
                QtWarningMsg,
                QRegularExpression(u"reading the mailbox failed.*imap_login_failed"_s));
        }
        refused->poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(refused->poller->report().polls >= 2, 30000);
        refused->poller->stop();
        QCOMPARE(refused->poller->report().errorCode, u"imap_login_failed"_s);
        QVERIFY(m_recorder.arrivals.isEmpty());
        refused.reset();

        auto server = startServer(m_recorder);
        m_imap->stop();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"reading the mailbox failed.*imap_unreachable"_s));
        QVERIFY(!server->poll());
        QCOMPARE(server->poller->report().errorCode, u"imap_unreachable"_s);
        QVERIFY(!position().known);
        QVERIFY(m_recorder.arrivals.isEmpty());
    }

    // A poll asked for while one is under way is not a second one at the same time.
    void neverTwoPollsAtOnce()
    {
        for (int i = 1; i <= 5; ++i)
            QVERIFY(m_imap->deliver(question(i)));
        auto server = startServer(m_recorder);
        QSignalSpy spy(server->poller.get(), &MailboxPoller::polled);
        server->poller->pollNow();
        server->poller->pollNow();
        QVERIFY(spy.wait(30000));
        // The second call found the first under way and started nothing.
        QCOMPARE(server->poller->report().polls, 1);
        QVERIFY(!server->poller->report().polling);
        QCOMPARE(m_recorder.messageIds().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestMailboxPoller)
#include "tst_mailboxpoller.moc"
