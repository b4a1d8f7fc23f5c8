#include "mail/maildispatcher.h"
#include "mail/mailoutbox.h"

#include "smtpsinkprocess.h"
#include "testdatabase.h"
#include "testpython.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace shopdesk::mail;
using shopdesk::test::SmtpSinkProcess;
using shopdesk::test::TestDatabase;
using shopdesk::test::TestPython;
using Status = MailOutboxEntry::Status;

namespace {

const QString mainConnection = u"main"_s;

MailMessage sample(int n)
{
    MailMessage message;
    message.setFrom(MailAddress(u"orders@shop.example"_s, u"Shop"_s));
    message.addTo(MailAddress(u"customer%1@example.com"_s.arg(n), u"Kundin Nr. %1"_s.arg(n)));
    message.setSubject(u"Bestellung %1 bestätigt"_s.arg(n));
    message.setTextBody(u"Danke für Ihre Bestellung %1.\n"_s.arg(n));
    message.setHtmlBody(u"<p>Danke für Ihre Bestellung %1.</p>"_s.arg(n));
    return message;
}

SmtpSettings relay(quint16 port, std::chrono::milliseconds timeout = std::chrono::seconds(5))
{
    SmtpSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.security = SmtpSettings::Security::None;
    settings.timeout = timeout;
    return settings;
}

MailDispatcher::Options quickRetries()
{
    MailDispatcher::Options options;
    options.pollInterval = std::chrono::milliseconds(200);
    options.firstRetryDelay = std::chrono::milliseconds(150);
    options.maxRetryDelay = std::chrono::milliseconds(400);
    options.maxAttempts = 0;
    return options;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_database;

    MailOutbox outbox() const { return MailOutbox(mainConnection); }

    // Queues a mail the way the server does: in its own transaction, with the order.
    qint64 enqueueCommitted(const MailMessage &message)
    {
        QSqlDatabase db = QSqlDatabase::database(mainConnection);
        if (!db.transaction())
            return 0;
        const auto id = outbox().enqueue(message, u"order_confirmation"_s, u"42"_s);
        if (!id || !db.commit())
            return 0;
        return *id;
    }

    MailOutboxEntry entry(qint64 id) const
    {
        const auto e = outbox().entry(id);
        return e ? *e : MailOutboxEntry{};
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        SHOPDESK_REQUIRE_TEST_DATABASE(*m_database);
        const QString migrated = m_database->migrate();
        QVERIFY2(migrated.isEmpty(), qPrintable(migrated));
        QVERIFY(m_database->addConnection(mainConnection));
    }

    void cleanup()
    {
        TestDatabase::removeConnection(mainConnection);
        m_database.reset();
    }

    void schemaIsIdempotent()
    {
        QCOMPARE(m_database->migrate(), QString());
        QCOMPARE(m_database->migrate(), QString());
        QCOMPARE(outbox().entries()->size(), 0);
    }

    void enqueueFollowsCallersTransaction()
    {
        QSqlDatabase db = QSqlDatabase::database(mainConnection);
        QVERIFY(db.transaction());
        QVERIFY(outbox().enqueue(sample(1)).ok());
        QVERIFY(db.rollback());
        QCOMPARE(outbox().entries()->size(), 0);

        const qint64 id = enqueueCommitted(sample(2));
        QVERIFY(id > 0);
        const MailOutboxEntry queued = entry(id);
        QCOMPARE(queued.status, Status::Pending);
        QCOMPARE(queued.attempts, 0);
        QCOMPARE(queued.kind, u"order_confirmation"_s);
        QCOMPARE(queued.reference, u"42"_s);
        QCOMPARE(queued.envelopeFrom, QByteArray("orders@shop.example"));
        QCOMPARE(queued.recipients, QList<QByteArray>{"customer2@example.com"});
        QCOMPARE(queued.subject, sample(2).subject());
        QVERIFY(queued.createdAt.isValid());
        // Stored rendered, with the Message-ID every retry will carry.
        const QJsonObject parsed = TestPython::parseMail(queued.message);
        QCOMPARE(parsed[u"headers"_s][u"subject"_s].toString(), sample(2).subject());
        QCOMPARE(parsed[u"headers"_s][u"message-id"_s].toString(), queued.messageId);
    }

    void invalidMailIsRefused()
    {
        MailMessage message = sample(1);
        message.setTo({});
        const auto id = outbox().enqueue(message);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, u"invalid_mail"_s);
        QCOMPARE(outbox().entries()->size(), 0);
    }

    void relayDownKeepsMailQueuedThenDeliversOnce()
    {
        const quint16 port = SmtpSinkProcess::freePort();
        MailDispatcher dispatcher(mainConnection, relay(port), quickRetries());
        QSignalSpy failures(&dispatcher, &MailDispatcher::mailAttemptFailed);
        QSignalSpy sent(&dispatcher, &MailDispatcher::mailSent);
        QVERIFY(dispatcher.start().ok());

        QElapsedTimer caller;
        caller.start();
        const qint64 id = enqueueCommitted(sample(1));
        dispatcher.wake();
        QVERIFY(id > 0);
        QVERIFY2(caller.elapsed() < 1000, "queuing a mail waited for the relay");

        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 2, 10000);
        MailOutboxEntry queued = entry(id);
        QCOMPARE(queued.status, Status::Pending);
        QVERIFY(queued.attempts >= 2);
        QVERIFY2(queued.lastError.contains(QString::number(port)), qPrintable(queued.lastError));
        QCOMPARE(failures.constFirst().at(0).toLongLong(), id);

        SmtpSinkProcess sink;
        QVERIFY(sink.start({port, {}, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QVERIFY(sink.waitForMessages(1));
        // Several more polls: nothing is sent a second time (time must pass for the polls).
        QTest::qWait(800);
        QCOMPARE(sink.messages().size(), 1);
        QCOMPARE(sent.size(), 1);

        queued = entry(id);
        QCOMPARE(queued.status, Status::Sent);
        QVERIFY(queued.sentAt.isValid());
        QVERIFY(queued.lastError.isEmpty());
        const QJsonObject parsed = TestPython::parseMail(sink.messages().constFirst());
        QCOMPARE(parsed[u"headers"_s][u"message-id"_s].toString(), queued.messageId);
        QCOMPARE(parsed[u"headers"_s][u"subject"_s].toString(), sample(1).subject());
    }

    void silentRelayNeverBlocksTheCaller()
    {
        QTcpServer silent; // accepts connections, never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        MailDispatcher dispatcher(mainConnection,
                                  relay(silent.serverPort(), std::chrono::milliseconds(2500)),
                                  quickRetries());
        QVERIFY(dispatcher.start().ok());
        const qint64 first = enqueueCommitted(sample(1));
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(entry(first).attempts, 1, 5000); // the send has begun

        QElapsedTimer caller;
        caller.start();
        const qint64 second = enqueueCommitted(sample(2));
        dispatcher.wake();
        QVERIFY(second > 0);
        // The send hangs for 2.5 s; queuing meanwhile takes milliseconds.
        QVERIFY2(caller.elapsed() < 1000, qPrintable(QString::number(caller.elapsed())));

        QElapsedTimer stopping;
        stopping.start();
        dispatcher.stop(); // the hanging send gives up at once, well before its timeout
        QVERIFY2(stopping.elapsed() < 2000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(entry(first).status, Status::Pending);
        QVERIFY2(entry(first).lastError.contains(u"stopped"_s), qPrintable(entry(first).lastError));
        QCOMPARE(entry(second).status, Status::Pending);
    }

    void twoDispatchersDeliverEachMailOnce()
    {
        SmtpSinkProcess sink;
        QVERIFY(sink.start());
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i)
            ids.append(enqueueCommitted(sample(i)));
        QVERIFY(!ids.contains(0));

        MailDispatcher a(mainConnection, relay(sink.port()), quickRetries());
        MailDispatcher b(mainConnection, relay(sink.port()), quickRetries());
        QVERIFY(a.start().ok());
        QVERIFY(b.start().ok());
        QVERIFY(sink.waitForMessages(12, 15000));
        // Time for a duplicate to arrive if either dispatcher sent one: absence has no event.
        QTest::qWait(800);
        a.stop();
        b.stop();

        const auto messages = sink.messages();
        QCOMPARE(messages.size(), 12);
        QSet<QString> messageIds;
        for (const QByteArray &message : messages)
            messageIds.insert(
                TestPython::parseMail(message)[u"headers"_s][u"message-id"_s].toString());
        QCOMPARE(messageIds.size(), 12);
        for (qint64 id : std::as_const(ids)) {
            QCOMPARE(entry(id).status, Status::Sent);
            QCOMPARE(entry(id).attempts, 1);
        }
    }

    void restartResumesPendingMail()
    {
        const quint16 port = SmtpSinkProcess::freePort();
        const qint64 first = enqueueCommitted(sample(1));
        {
            MailDispatcher before(mainConnection, relay(port), quickRetries());
            QSignalSpy failures(&before, &MailDispatcher::mailAttemptFailed);
            QVERIFY(before.start().ok());
            QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 1, 10000);
        } // the server stops with the relay still down
        const qint64 second = enqueueCommitted(sample(2));
        QCOMPARE(entry(first).status, Status::Pending);
        QCOMPARE(entry(second).status, Status::Pending);

        // A new process: a new connection to the same database, the relay back up.
        TestDatabase::removeConnection(mainConnection);
        QVERIFY(m_database->addConnection(mainConnection));
        SmtpSinkProcess sink;
        QVERIFY(sink.start({port, {}, {}}));
        MailDispatcher after(mainConnection, relay(port), quickRetries());
        QVERIFY(after.start().ok());
        QVERIFY(sink.waitForMessages(2, 10000));
        // Time for a duplicate to arrive if one were sent: absence has no event.
        QTest::qWait(600);
        QCOMPARE(sink.messages().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(entry(first).status, Status::Sent, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(entry(second).status, Status::Sent, 5000);
    }

    void unopenableDatabaseIsReported()
    {
        MailDispatcher dispatcher(u"no-such-connection"_s, relay(SmtpSinkProcess::freePort()));
        const auto started = dispatcher.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, u"database_error"_s);
        QVERIFY(!dispatcher.isRunning());
        dispatcher.wake(); // harmless when stopped
    }

    void givesUpAfterTheLastAttempt()
    {
        MailDispatcher::Options options = quickRetries();
        options.maxAttempts = 2;
        MailDispatcher dispatcher(mainConnection, relay(SmtpSinkProcess::freePort()), options);
        QSignalSpy failures(&dispatcher, &MailDispatcher::mailAttemptFailed);
        const qint64 id = enqueueCommitted(sample(1));
        QVERIFY(dispatcher.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 2, 10000);
        QVERIFY(!failures.at(0).at(3).toBool());
        QVERIFY(failures.at(1).at(3).toBool());
        // Time for a third attempt to happen if the limit were ignored: absence has no event.
        QTest::qWait(600);
        QCOMPARE(failures.size(), 2);
        const MailOutboxEntry failed = entry(id);
        QCOMPARE(failed.status, Status::Failed);
        QCOMPARE(failed.attempts, 2);
        QVERIFY(!failed.lastError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
