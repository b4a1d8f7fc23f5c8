#include "orderload.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "storage/database.h"
#include "storage/storageconfig.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

// The durability setting of a connection opened as the server opens its own (storage::Database
// with the server's --data or --database): each connection of the server gets the same setup
// (SqlDialect::connectionSetup), so this is the setting its commits run under.
QString durabilitySetting(const ServerProcess &server)
{
    const QStringList where = server.storageArguments();
    const bool postgres = where.value(0) == u"--database"_s;
    const auto config = shopdesk::storage::StorageConfig::fromOptions(
        postgres ? QString() : where.value(1), postgres ? where.value(1) : QString());
    if (!config)
        return config.error().message;
    auto db = shopdesk::storage::Database::open(config.value(), u"durability-check"_s);
    if (!db)
        return db.error().message;
    QString setting;
    if (postgres) {
        const auto commit = db.value()->scalar(u"SHOW synchronous_commit"_s);
        setting =
            commit ? u"synchronous_commit="_s + commit.value().toString() : commit.error().message;
    } else {
        // journal_mode is kept in the file (the server set it); synchronous is the setup's.
        const auto journal = db.value()->scalar(u"PRAGMA journal_mode"_s);
        const auto synchronous = db.value()->scalar(u"PRAGMA synchronous"_s);
        setting = journal && synchronous
                      ? u"journal_mode=%1 synchronous=%2"_s.arg(journal.value().toString(),
                                                                synchronous.value().toString())
                      : u"cannot read the pragmas"_s;
    }
    return setting;
}

} // namespace

// An order is acknowledged only after its transaction committed durably: kill -9 the server
// while 16 clients order; after a restart every acknowledged order is there, tokens still work,
// the ledger adds up and the change log runs without a hole up to its head.
class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void ordersAreAcknowledgedOnlyAfterCommit()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"HOT-1"_s, 1999, 100000));
        const qint64 customer = shop.addCustomer(u"Anna Koch"_s);

        OrderLoad load(server.baseUrl(), shop.token(u"agent"_s),
                       ShopFixture::orderBody(customer, {{u"HOT-1"_s, 1}}), 16);
        load.start();
        // A fair number acknowledged first (also by a server under AddressSanitizer).
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() > 50, 30000);
        server.kill(); // SIGKILL with requests in flight
        load.stop();
        QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 30000);
        const QSet<qint64> acknowledged = load.acknowledged();

        QVERIFY2(server.start(), qPrintable(server.output()));
        // The agent's token was kept (hashed) and survives the restart.
        TestHttp agent(server.baseUrl());
        agent.setToken(shop.token(u"agent"_s));
        for (qint64 id : acknowledged) {
            const HttpReply order = agent.get(u"/api/v1/orders/%1"_s.arg(id));
            QVERIFY2(order.status == 200, qPrintable(u"order %1 lost"_s.arg(id)));
            QCOMPARE(order.json()[u"status"_s].toString(), u"reserved"_s);
        }
        TestHttp admin(server.baseUrl());
        admin.setToken(shop.token(u"admin"_s));
        checkLedger(admin, qint64(acknowledged.size()));
        if (QTest::currentTestFailed())
            return;
        checkChangeLog(admin);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(server.stop(), 0);

        const QString setting = durabilitySetting(server);
        if (ServerProcess::backend() == u"postgres"_s)
            QCOMPARE(setting, u"synchronous_commit=on"_s);
        else
            QCOMPARE(setting, u"journal_mode=wal synchronous=2"_s); // 2: FULL
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
        // Time for the ten orders to reach the server, so that SIGTERM finds them in flight
        // (nothing outside the server tells when they arrived; arriving later is no failure).
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

private:
    // Reserved equals the orders that exist (at least those acknowledged), on-hand equals the
    // sum of the ledger.
    static void checkLedger(TestHttp &admin, qint64 acknowledged)
    {
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
        QVERIFY(orders >= acknowledged);
        const QJsonObject stock = admin.get(u"/api/v1/stock/HOT-1"_s).json();
        QCOMPARE(stock[u"reserved"_s].toInteger(), orders);
        QCOMPARE(stock[u"available"_s].toInteger(), 100000 - orders);
        qint64 ledger = 0;
        const QJsonArray movements =
            admin.get(u"/api/v1/movements?sku=HOT-1&limit=1000"_s).json()[u"items"_s].toArray();
        for (const QJsonValue &m : movements)
            ledger += m[u"quantity"_s].toInteger();
        QCOMPARE(stock[u"on_hand"_s].toInteger(), ledger);
    }

    // The change log has no hole, and its last record is the head the server reports.
    static void checkChangeLog(TestHttp &admin)
    {
        qint64 since = 0;
        qint64 expected = 1;
        for (;;) {
            const HttpReply page =
                admin.get(u"/api/v1/changes?limit=5000&since="_s + QString::number(since));
            QCOMPARE(page.status, 200);
            const QJsonArray changes = page.json()[u"changes"_s].toArray();
            if (changes.isEmpty())
                break;
            for (const QJsonValue &change : changes)
                QCOMPARE(change[u"seq"_s].toInteger(), expected++);
            since = page.json()[u"next"_s].toInteger();
        }
        const HttpReply head = admin.get(u"/api/v1/changes/head"_s);
        QCOMPARE(head.status, 200);
        QVERIFY(expected > 1);
        QCOMPARE(expected - 1, head.json()[u"seq"_s].toInteger());
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
