#include "mailboxpollersuite.h"

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::test::mailboxpoller;

// The mailbox poller of two servers on one PostgreSQL database (only PostgreSQL can be
// shared) against a real Dovecot on loopback: each mail is taken once.
class TestMailboxPollerTwoServers : public MailboxPollerSuite
{
    Q_OBJECT
private slots:
    void init() { openMailbox(); }
    void cleanup() { closeMailbox(); }

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
};

QTEST_GUILESS_MAIN(TestMailboxPollerTwoServers)
#include "tst_mailboxpoller_twoservers.moc"
