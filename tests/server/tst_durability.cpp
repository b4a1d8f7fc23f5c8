#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Durable before acknowledged: kill -9 the server while 16 clients order; after a restart
// every acknowledged order is there, tokens still work, and the ledger adds up.
class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void killedUnderLoadKeepsEveryAcknowledgedOrder()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"HOT-1"_s, 1999, 100000));
        const qint64 customer = shop.addCustomer(u"Anna Koch"_s);

        constexpr int clients = 16;
        QSet<qint64> acknowledged;
        int inFlight = 0;
        bool killed = false;
        QEventLoop loop;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        const QByteArray body =
            QJsonDocument(ShopFixture::orderBody(customer, {{u"HOT-1"_s, 1}})).toJson();
        std::function<void(int)> orderNext = [&](int client) {
            if (killed)
                return;
            QNetworkRequest request(server.baseUrl().resolved(QUrl(u"/api/v1/orders"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + shop.token(u"agent"_s).toUtf8());
            request.setRawHeader("Idempotency-Key",
                                 QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            QNetworkReply *reply = managers[client]->post(request, body);
            ++inFlight;
            connect(reply, &QNetworkReply::finished, &loop, [&, reply, client] {
                reply->deleteLater();
                --inFlight;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201) {
                    acknowledged.insert(
                        QJsonDocument::fromJson(reply->readAll()).object()[u"id"_s].toInteger());
                }
                if (killed && inFlight == 0)
                    loop.quit();
                orderNext(client);
            });
        };
        for (int c = 0; c < clients; ++c) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            orderNext(c);
        }
        // Long enough for a server under AddressSanitizer to acknowledge a fair number first.
        QTimer::singleShot(3000, &loop, [&] {
            killed = true;
            server.kill(); // SIGKILL with requests in flight
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(killed);
        QVERIFY2(acknowledged.size() > 20, qPrintable(QString::number(acknowledged.size())));

        QVERIFY2(server.start(), qPrintable(server.output()));
        // The agent's token was kept (hashed) and survives the restart.
        TestHttp agent(server.baseUrl());
        agent.setToken(shop.token(u"agent"_s));
        for (qint64 id : std::as_const(acknowledged)) {
            const HttpReply order = agent.get(u"/api/v1/orders/%1"_s.arg(id));
            QVERIFY2(order.status == 200, qPrintable(u"order %1 lost"_s.arg(id)));
            QCOMPARE(order.json()[u"status"_s].toString(), u"reserved"_s);
        }

        // Reserved equals the orders that exist, on-hand equals the sum of the ledger.
        TestHttp admin(server.baseUrl());
        admin.setToken(shop.token(u"admin"_s));
        qint64 orders = 0;
        QString after;
        for (;;) {
            const HttpReply page = admin.get(u"/api/v1/orders?limit=1000"_s +
                                             (after.isEmpty() ? QString() : u"&after="_s + after));
            QCOMPARE(page.status, 200);
            orders += page.json()[u"items"_s].toArray().size();
            if (page.json()[u"next"_s].isNull())
                break;
            after = page.json()[u"next"_s].toString();
        }
        QVERIFY(orders >= acknowledged.size());
        const QJsonObject stock = admin.get(u"/api/v1/stock/HOT-1"_s).json();
        QCOMPARE(stock[u"reserved"_s].toInteger(), orders);
        QCOMPARE(stock[u"available"_s].toInteger(), 100000 - orders);
        qint64 ledger = 0;
        const QJsonArray movements =
            admin.get(u"/api/v1/movements?sku=HOT-1&limit=1000"_s).json()[u"items"_s].toArray();
        for (const QJsonValue &m : movements)
            ledger += m[u"quantity"_s].toInteger();
        QCOMPARE(stock[u"on_hand"_s].toInteger(), ledger);

        // The change log has no hole either.
        qint64 since = 0;
        qint64 expected = 1;
        for (;;) {
            const HttpReply page =
                admin.get(u"/api/v1/changes?limit=5000&since="_s + QString::number(since));
            const QJsonArray changes = page.json()[u"changes"_s].toArray();
            if (changes.isEmpty())
                break;
            for (const QJsonValue &change : changes)
                QCOMPARE(change[u"seq"_s].toInteger(), expected++);
            since = page.json()[u"next"_s].toInteger();
        }
        QCOMPARE(server.stop(), 0);
    }

    void sigtermFinishesInFlightAndExitsZero()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"TERM-1"_s, 100, 1000));
        const qint64 customer = shop.addCustomer(u"Uwe Wolf"_s);

        // A long poll is open and orders are in flight when SIGTERM arrives.
        QNetworkAccessManager manager;
        QNetworkRequest poll(
            server.baseUrl().resolved(QUrl(u"/api/v1/changes?since=999999&wait=30"_s)));
        poll.setRawHeader("Authorization", "Bearer " + shop.token(u"agent"_s).toUtf8());
        QNetworkReply *pollReply = manager.get(poll);
        QList<QNetworkReply *> orders;
        for (int i = 0; i < 10; ++i) {
            QNetworkRequest request(server.baseUrl().resolved(QUrl(u"/api/v1/orders"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + shop.token(u"agent"_s).toUtf8());
            orders.append(manager.post(
                request,
                QJsonDocument(ShopFixture::orderBody(customer, {{u"TERM-1"_s, 1}})).toJson()));
        }
        // And a live client is connected.
        QWebSocket live;
        QUrl liveUrl = server.baseUrl();
        liveUrl.setScheme(u"ws"_s);
        liveUrl.setPath(u"/api/v1/live"_s);
        liveUrl.setQuery(u"token="_s + shop.token(u"agent"_s));
        live.open(liveUrl);
        QTRY_COMPARE_WITH_TIMEOUT(live.state(), QAbstractSocket::ConnectedState, 5000);
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(server.stop(), 0);
        QVERIFY(timer.elapsed() < 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pollReply->isFinished(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(live.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(live.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        int acknowledged = 0;
        for (QNetworkReply *reply : orders) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                ++acknowledged;
        }
        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp admin(server.baseUrl()); // a new port after the restart
        admin.setToken(shop.token(u"admin"_s));
        QCOMPARE(admin.get(u"/api/v1/stock/TERM-1"_s).json()[u"reserved"_s].toInteger(),
                 acknowledged);
        QCOMPARE(server.stop(), 0);
        delete pollReply;
        qDeleteAll(orders);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
