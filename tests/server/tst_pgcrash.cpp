#include "orderload.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

// Runs the throwaway cluster's control script (scripts/postgres-test-cluster.sh); its output
// when it fails.
QString controlCluster(const QString &command)
{
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(qEnvironmentVariable("SHOPDESK_TEST_PG_CTL"), {command});
    if (!ctl.waitForFinished(60000) || ctl.exitStatus() != QProcess::NormalExit ||
        ctl.exitCode() != 0) {
        return u"ctl.sh %1 failed: %2"_s.arg(command, QString::fromUtf8(ctl.readAll()));
    }
    return {};
}

} // namespace

// PostgreSQL itself dies (pg_ctl -m immediate: its processes killed, no checkpoint) while
// clients order: after it recovers, every order the server acknowledged is there and the
// stock adds up.
class TestPostgresCrash : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedOrdersSurviveAPostgresCrash()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        // Registered for PostgreSQL only: the crash is of the database server.
        QCOMPARE(ServerProcess::backend(), u"postgres"_s);
        if (qEnvironmentVariable("SHOPDESK_TEST_PG_CTL").isEmpty()) {
            const char *why = "SHOPDESK_TEST_PG_CTL is not set (scripts/postgres-test-cluster.sh "
                              "sets it)";
            if (qEnvironmentVariableIsSet("SHOPDESK_REQUIRE_POSTGRES"))
                QFAIL(why);
            QSKIP(why);
        }
        QVERIFY2(server.start(), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"CRASH-1"_s, 990, 100000));
        const qint64 customer = shop.addCustomer(u"Lena Vogt"_s);

        OrderLoad load(server.baseUrl(), shop.token(u"agent"_s),
                       ShopFixture::orderBody(customer, {{u"CRASH-1"_s, 1}}), 8);
        load.start();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() > 50, 30000);
        const QString stopped = controlCluster(u"stop"_s);
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
        const QString started = controlCluster(u"start"_s);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // The server meets the crash with orders in flight; whatever it then answers, what it
        // acknowledged before must have been committed.
        load.stop();
        server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 30000);
        const QSet<qint64> acknowledged = load.acknowledged();

        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp agent(server.baseUrl());
        agent.setToken(shop.token(u"agent"_s));
        for (qint64 id : acknowledged) {
            const HttpReply order = agent.get(u"/api/v1/orders/%1"_s.arg(id));
            QVERIFY2(order.status == 200, qPrintable(u"order %1 lost"_s.arg(id)));
            QCOMPARE(order.json()[u"status"_s].toString(), u"reserved"_s);
        }
        // No order without its reservation, none reserved twice.
        const qint64 reserved = shop.reserved(u"CRASH-1"_s);
        QVERIFY2(reserved >= acknowledged.size(), qPrintable(QString::number(reserved)));
        QCOMPARE(shop.available(u"CRASH-1"_s), 100000 - reserved);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostgresCrash)
#include "tst_pgcrash.moc"
