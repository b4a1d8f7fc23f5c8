#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Two servers on one PostgreSQL database: orders on both never oversell, the change log stays
// contiguous and in commit order, and each server's live feed carries the other's changes
// (LISTEN/NOTIFY).
class TestScaleOut : public QObject
{
    Q_OBJECT
private slots:
    void twoServersOneDatabase()
    {
        // Registered for PostgreSQL only: several servers can share no other database.
        QCOMPARE(ServerProcess::backend(), u"postgres"_s);
        ServerProcess first;
        SHOPDESK_REQUIRE_BACKEND(first);
        QVERIFY2(first.start(), qPrintable(first.output()));
        ShopFixture shop(first.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"SHARED-1"_s, 100, 30));
        const qint64 customer = shop.addCustomer(u"Nora Braun"_s);

        // The second server on the same database.
        QProcess second;
        second.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                     first.storageArguments() + QStringList{u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(second.waitForReadyRead(20000));
        const QString line = QString::fromUtf8(second.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        const QUrl secondUrl(line.mid(13));

        // A live client on the second server.
        QWebSocket socket;
        QList<QJsonObject> frames;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QUrl live = secondUrl;
        live.setScheme(u"ws"_s);
        live.setPath(u"/api/v1/live"_s);
        live.setQuery(u"token="_s + shop.token(u"manager"_s));
        socket.open(live);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        const qint64 since = shop.lastSeq();

        // 40 agents, half on each server, want 30 units.
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 40; ++i) {
            requests.append(
                {"POST",
                 u"/api/v1/orders"_s,
                 QJsonDocument(ShopFixture::orderBody(customer, {{u"SHARED-1"_s, 1}})).toJson(),
                 shop.token(u"agent"_s),
                 {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}}});
        }
        QList<HttpReply> all;
        {
            // Really at once on both: fire the second half while the first half runs.
            QList<TestHttp::Request> both = requests;
            QList<HttpReply> a;
            QList<HttpReply> b;
            bool doneA = false;
            QTimer::singleShot(0, this, [&] {
                a = TestHttp::sendConcurrently(first.baseUrl(), both.mid(0, 20));
                doneA = true;
            });
            b = TestHttp::sendConcurrently(secondUrl, both.mid(20));
            QTRY_VERIFY_WITH_TIMEOUT(doneA, 30000);
            all = a + b;
        }
        int confirmed = 0;
        for (const HttpReply &reply : std::as_const(all)) {
            QVERIFY(reply.status == 201 || reply.status == 409);
            confirmed += reply.status == 201;
        }
        QCOMPARE(confirmed, 30);
        QCOMPARE(shop.reserved(u"SHARED-1"_s), 30);
        QCOMPARE(shop.available(u"SHARED-1"_s), 0);

        // The log is contiguous, and the second server's feed pushed all of it, in order.
        const qint64 last = shop.lastSeq();
        QCOMPARE(last, since + 60); // each order: stock + order
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 60, 10000);
        for (int i = 0; i < frames.size(); ++i)
            QCOMPARE(frames[i][u"seq"_s].toInteger(), since + 1 + i);

        // A long poll on one server wakes for a write on the other.
        TestHttp onSecond(secondUrl);
        onSecond.setToken(shop.token(u"agent"_s));
        QTimer::singleShot(300, this, [&] { shop.addCustomer(u"Pia Lange"_s); });
        QElapsedTimer timer;
        timer.start();
        const HttpReply woke =
            onSecond.get(u"/api/v1/changes?wait=10&since="_s + QString::number(last));
        QCOMPARE(woke.status, 200);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(woke.json()[u"changes"_s].toArray().first()[u"entity"_s].toString(),
                 u"customer"_s);

        socket.close();
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
