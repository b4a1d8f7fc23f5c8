#include "serverprocess.h"
#include "testhttp.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using shopdesk::test::ServerProcess;
using shopdesk::test::TestHttp;

// The built shopdesk-server starts on 127.0.0.1:0, announces its port, and answers /health.
class TestHealth : public QObject
{
    Q_OBJECT
private slots:
    void serverAnswersHealth()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        QCOMPARE(server.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(server.port() > 0);

        TestHttp http(server.baseUrl());
        const auto reply = http.get(u"/api/v1/health"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(reply.json().value(u"version"_s).toString(), QStringLiteral(SHOPDESK_VERSION));

        QCOMPARE(server.stop(), 0);
    }

    void logLevel_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("infoShown");
        QTest::addRow("info") << u"info"_s << true;
        QTest::addRow("error") << u"error"_s << false;
    }

    void logLevel()
    {
        QFETCH(QString, level);
        QFETCH(bool, infoShown);
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start({u"--log-level"_s, level}), qPrintable(server.output()));
        QCOMPARE(server.stop(), 0);
        // Start-up logs the schema version at info level.
        const QByteArray log = server.process().readAllStandardError();
        QCOMPARE(log.contains("schema at version"), infoShown);
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no store") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s};
        QTest::addRow("bad listen")
            << QStringList{u"--data"_s, u"/tmp"_s, u"--listen"_s, u"nowhere"_s};
        QTest::addRow("bad log level")
            << QStringList{u"--data"_s, u"/tmp"_s, u"--log-level"_s, u"loud"_s};
        QTest::addRow("bad reservation")
            << QStringList{u"--data"_s, u"/tmp"_s, u"--reservation-minutes"_s, u"0"_s};
        QTest::addRow("cert without key")
            << QStringList{u"--data"_s, u"/tmp"_s, u"--tls-cert"_s, u"/tmp/c.pem"_s};
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(SHOPDESK_SERVER_BIN), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    void versionOption()
    {
        QProcess process;
        process.start(QStringLiteral(SHOPDESK_SERVER_BIN), {u"--version"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains(SHOPDESK_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
