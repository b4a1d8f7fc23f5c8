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
