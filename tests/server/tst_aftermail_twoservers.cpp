#include "aftermailsuite.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;
using namespace shopdesk::test::aftermail;

// The payment reminder with two servers on one PostgreSQL database (only PostgreSQL can be
// shared): each order's reminder is sent once, whichever server's clock sees it first.
class TestAfterSaleMailTwoServers : public AfterMailSuite
{
    Q_OBJECT
private slots:
    void initTestCase() { makeSecret(); }

    void reminderOnceWithTwoServers()
    {
        if (ServerProcess::backend() != u"postgres"_s)
            QSKIP("several servers share a PostgreSQL database only");
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess first;
        SHOPDESK_REQUIRE_BACKEND(first);
        const QStringList options =
            arguments(sink.port(), {u"--reservation-seconds"_s, u"66"_s,
                                    u"--payment-reminder-minutes"_s, u"1"_s});
        QVERIFY2(first.start(options), qPrintable(first.output()));
        ShopFixture shop(first.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 50));
        QVERIFY(shop.addProduct(u"MUG-2"_s, 450, 50));
        // The second server on the same database, its own reminder clock running too.
        QProcess second;
        second.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                     options + first.storageArguments() +
                         QStringList{u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(second.waitForReadyRead(20000));
        QVERIFY(QString::fromUtf8(second.readLine()).startsWith(u"listening on "_s));

        QList<qint64> customers;
        QList<qint64> orders;
        for (int i = 0; i < 6; ++i) {
            customers.append(addCustomer(shop, {{u"name"_s, u"Kunde %1"_s.arg(i)},
                                                {u"email"_s, u"kunde%1@example.de"_s.arg(i)},
                                                {u"language"_s, u"de"_s}}));
            orders.append(placeOrder(shop, customers.last(), u"card"_s).value(u"id"_s).toInteger());
            QVERIFY(orders.last() > 0);
        }
        // Six confirmations and six reminders; both servers have looked at every order since.
        QVERIFY2(sink.waitForMessages(12, 40000), qPrintable(first.standardError()));
        QTest::qWait(1500);
        const QList<ReadMail> mails = readAll(sink);
        QCOMPARE(mails.size(), 12);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(countMails(mails, orders[i], u"Erinnerung"_s), 1);
            QCOMPARE(timelineMailKinds(shop, customers[i]).count(u"payment_reminder"_s), 1);
        }
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(first.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAfterSaleMailTwoServers)
#include "tst_aftermail_twoservers.moc"
