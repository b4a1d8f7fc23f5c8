#include "mailboxpollersuite.h"

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::test::mailboxpoller;

// The mailbox poller against a real Dovecot on loopback and the test's database: every mail
// is handed to the inbox once, across restarts and a new UIDVALIDITY; bounces, automatic
// answers and unreadable mail.
class TestMailboxPoller : public MailboxPollerSuite
{
    Q_OBJECT
private slots:
    void init() { openMailbox(); }
    void cleanup() { closeMailbox(); }

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
