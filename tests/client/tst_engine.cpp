#include "clientfixture.h"

#include "client/apiclient.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/localcachesnapshot.h"
#include "client/outboxmodel.h"
#include "client/producttablemodel.h"
#include "client/standaloneserver.h"
#include "client/syncengine.h"
#include "standalone/hostedserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::client;
using shopdesk::test::ClientShop;
using State = SyncEngine::State;

namespace {

OrderDraft mugs(qint64 customerId, qint64 quantity)
{
    OrderDraft d;
    d.customerId = customerId;
    d.channel = u"phone"_s;
    d.paymentMethod = u"card"_s;
    d.lines = {{u"MUG-01"_s, quantity}};
    return d;
}

qint64 onHand(ClientSession &session, const QString &sku)
{
    const auto p = session.cache()->queries()->product(sku);
    return p ? p->onHand : -1;
}

void fast(ClientSession &session)
{
    session.engine()->setReconnectDelays(100, 400);
}

} // namespace

// The sync engine against a real shopdesk-server: first sync, live updates between two
// clients, offline queueing, delivery exactly once, refusals, and standalone mode.
class TestEngine : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;

private slots:
    // Standalone mode hosts the server in process, as the desktop program does.
    void initTestCase() { shopdesk::standalone::HostedServer::install(); }

    void movementFromOneClientReachesTheOther()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));

        QString why;
        auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s, &why);
        QVERIFY2(agent, qPrintable(why));
        QCOMPARE(agent->info().role, u"agent"_s);
        ProductTableModel model(agent->cache());
        agent->engine()->start();
        QTRY_COMPARE(agent->engine()->state(), State::Live);
        QCOMPARE(onHand(*agent, u"MUG-01"_s), 10);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(agent->engine()->lastSyncAt().isValid());
        QCOMPARE(agent->cache()->queries()->movementCount(), 0); // an agent's cache holds no ledger

        auto warehouse = shopdesk::test::openSession(shop.url(), u"wanda"_s, &why);
        QVERIFY2(warehouse, qPrintable(why));
        warehouse->engine()->start();
        QTRY_COMPARE(warehouse->engine()->state(), State::Live);
        QCOMPARE(warehouse->cache()->queries()->movementCount(), 1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy accepted(warehouse->engine(), &SyncEngine::mutationAccepted);
        MovementDraft removal{u"MUG-01"_s, u"removal"_s, -3, u"damaged in transit"_s, {}, {}, {}};
        QVERIFY(warehouse->engine()->queueMovement(removal).ok());
        QTRY_COMPARE(accepted.size(), 1);
        // The agent sees it with no action of its own, row by row.
        QTRY_COMPARE(onHand(*agent, u"MUG-01"_s), 7);
        const int row = model.rowOfSku(u"MUG-01"_s);
        QTRY_COMPARE(model.index(row, ProductTableModel::AvailableColumn).data().toString(),
                     u"7"_s);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(reset.size(), 0);
        QTRY_COMPARE(warehouse->cache()->queries()->movementCount(), 2);

        // A movement by someone else entirely (the shop's admin over HTTP) arrives too.
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"receipt"_s, 5), 201);
        QTRY_COMPARE(onHand(*agent, u"MUG-01"_s), 12);
        QTRY_COMPARE(onHand(*warehouse, u"MUG-01"_s), 12);
        QCOMPARE(reset.size(), 0);
    }

    void firstSyncReadsASnapshotThenTheChangesAfterIt()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        for (int i = 0; i < 24; ++i) {
            const QString sku = u"SNAP-%1"_s.arg(i, 2, 10, QChar(u'0'));
            QCOMPARE(shop.createProduct(sku, u"Snapshot item %1"_s.arg(i), 100 + i), 201);
            QCOMPARE(shop.postMovement(sku, u"receipt"_s, 1 + i), 201);
        }

        auto warehouse = shopdesk::test::openSession(shop.url(), u"wanda"_s);
        QVERIFY(warehouse);
        LocalCache *cache = warehouse->cache();
        QVERIFY(cache->snapshot()->isNeeded());
        warehouse->engine()->setSnapshotPageSize(5);
        QSignalSpy pages(cache, &LocalCache::productsChanged);
        // While the pages are read, the shop changes: a new product and a movement on one
        // read already. Neither may be lost.
        QNetworkAccessManager network;
        bool wrote = false;
        auto post = [&](const QString &path, const QJsonObject &body) {
            QNetworkRequest request(shop.url().resolved(QUrl(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + shop.admin().token().toUtf8());
            network.post(request, QJsonDocument(body).toJson());
        };
        connect(cache, &LocalCache::productsChanged, this, [&] {
            if (wrote)
                return;
            wrote = true;
            post(u"/api/v1/products"_s,
                 {{u"sku"_s, u"AA-LATE"_s},
                  {u"name"_s, u"Late arrival"_s},
                  {u"price"_s, QJsonObject{{u"amount_minor"_s, 5}, {u"currency"_s, u"EUR"_s}}}});
            post(u"/api/v1/movements"_s, {{u"sku"_s, u"MUG-01"_s},
                                          {u"kind"_s, u"receipt"_s},
                                          {u"quantity"_s, 7},
                                          {u"reason"_s, u"between pages"_s}});
        });
        warehouse->engine()->start();
        QTRY_COMPARE_WITH_TIMEOUT(warehouse->engine()->state(), State::Live, 30000);
        QVERIFY(pages.size() >= 5); // 25 products, five to a page
        QVERIFY(!cache->snapshot()->isNeeded());
        QVERIFY(cache->value(u"snapshot_seq"_s).toLongLong() > 0);
        QVERIFY(cache->changes()->cursor() >= cache->value(u"snapshot_seq"_s).toLongLong());

        QTRY_VERIFY(cache->queries()->product(u"AA-LATE"_s).has_value());
        QTRY_COMPARE(onHand(*warehouse, u"MUG-01"_s), 17);
        QCOMPARE(cache->queries()->productCount(), 26);
        QCOMPARE(onHand(*warehouse, u"SNAP-23"_s), 24);
        QCOMPARE(cache->queries()->product(u"SNAP-07"_s)->priceMinor, 107);
        QTRY_COMPARE(cache->queries()->movementCount(), 1 + 24 + 1);
        QCOMPARE(cache->queries()->customerCount(), 0); // the warehouse reads no customers

        // An agent's first sync brings customers but no ledger.
        auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        agent->engine()->start();
        QTRY_COMPARE_WITH_TIMEOUT(agent->engine()->state(), State::Live, 30000);
        QCOMPARE(agent->cache()->queries()->customerCount(), 1);
        QCOMPARE(agent->cache()->queries()->movementCount(), 0);
        QCOMPARE(agent->cache()->queries()->productCount(), 26);
        QCOMPARE(onHand(*agent, u"MUG-01"_s), 17);
        // Its cursor passed the ledger records it never receives.
        QTRY_COMPARE(agent->cache()->changes()->cursor(), warehouse->cache()->changes()->cursor());
    }

    void offlineOrderIsQueuedThenGoesThroughOnce()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        fast(*agent);
        agent->engine()->start();
        QTRY_COMPARE(agent->engine()->state(), State::Live);
        OutboxModel outbox(agent->cache());

        QCOMPARE(shop.server().stop(), 0);
        QTRY_COMPARE(agent->engine()->state(), State::Offline);

        const auto queued = agent->engine()->queueOrder(mugs(shop.customerId(), 2));
        QVERIFY2(queued.ok(), qPrintable(queued.error().message));
        const qint64 orderId = agent->cache()->outbox()->item(queued.value())->orderLocalId;
        QCOMPARE(agent->cache()->queries()->order(orderId)->order.status,
                 shopdesk::OrderStatus::Queued);
        QCOMPARE(agent->cache()->outbox()->pendingCount(), 1);
        QCOMPARE(outbox.statusText(0), u"Queued — not confirmed"_s);
        // Still nothing while the server is away, however long it takes: shown only by time
        // passing.
        QTest::qWait(500);
        QCOMPARE(agent->cache()->queries()->order(orderId)->order.status,
                 shopdesk::OrderStatus::Queued);

        QVERIFY2(shop.startAgain(), qPrintable(shop.server().output()));
        QTRY_COMPARE_WITH_TIMEOUT(agent->engine()->state(), State::Live, 10000);
        QTRY_COMPARE(agent->cache()->queries()->order(orderId)->order.status,
                     shopdesk::OrderStatus::Reserved);
        const qint64 serverId = agent->cache()->queries()->order(orderId)->serverId();
        QVERIFY(serverId > 0);
        QCOMPARE(agent->cache()->outbox()->pendingCount(), 0);
        QCOMPARE(outbox.statusText(0), u"Order %1: reserved"_s.arg(serverId));
        // Exactly once: one order, two units reserved.
        QTRY_COMPARE(agent->cache()->queries()->product(u"MUG-01"_s)->reserved, 2);
        TestHttpCheck check(shop);
        QCOMPARE(check.orderCount(), 1);
        QCOMPARE(check.reserved(u"MUG-01"_s), 2);
    }

    void changesMadeWhileAwayArriveAfterTheReconnect()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        // Slow enough to come back only after the server has moved on without us.
        agent->engine()->setReconnectDelays(3000, 4000);
        agent->engine()->start();
        QTRY_COMPARE(agent->engine()->state(), State::Live);
        QCOMPARE(shop.server().stop(), 0);
        QTRY_COMPARE(agent->engine()->state(), State::Offline);
        QVERIFY(shop.startAgain());
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"removal"_s, -6, u"broken"_s), 201);
        QCOMPARE(shop.createProduct(u"TEA-01"_s, u"Green tea"_s, 450), 201);
        QCOMPARE(agent->engine()->state(), State::Offline); // nothing live could have told it
        QTRY_COMPARE_WITH_TIMEOUT(agent->engine()->state(), State::Live, 15000);
        // The pull from the last seq brought what the live feed could not.
        QCOMPARE(onHand(*agent, u"MUG-01"_s), 4);
        QVERIFY(agent->cache()->queries()->product(u"TEA-01"_s).has_value());
        // And live frames are trusted again afterwards.
        QCOMPARE(shop.postMovement(u"TEA-01"_s, u"receipt"_s, 9), 201);
        QTRY_COMPARE(onHand(*agent, u"TEA-01"_s), 9);
    }

    void aRetriedMutationIsNotAppliedTwice()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        // Queued while not running; then the same request reaches the server once already,
        // as when an answer is lost on the way back.
        const qint64 item = agent->engine()->queueOrder(mugs(shop.customerId(), 3)).value();
        const OutboxItem pending = *agent->cache()->outbox()->item(item);
        shopdesk::test::TestHttp alice(shop.url());
        QVERIFY(alice.login(u"alice"_s, QString::fromLatin1(ClientShop::password)));
        const auto first = alice.send(pending.method, pending.path, pending.body,
                                      {{"Idempotency-Key", pending.idempotencyKey.toUtf8()},
                                       {"Content-Type", "application/json"}});
        QCOMPARE(first.status, 201);
        agent->engine()->start();
        QTRY_COMPARE(agent->cache()->outbox()->pendingCount(), 0);
        const qint64 orderId = agent->cache()->outbox()->item(item)->orderLocalId;
        QCOMPARE(agent->cache()->queries()->order(orderId)->serverId(),
                 qint64(first.json().value(u"id"_s).toDouble()));
        TestHttpCheck check(shop);
        QCOMPARE(check.orderCount(), 1);
        QCOMPARE(check.reserved(u"MUG-01"_s), 3);
    }

    void refusedOrderCarriesTheServersReason()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        agent->engine()->start();
        QTRY_COMPARE(agent->engine()->state(), State::Live);
        QSignalSpy refused(agent->engine(), &SyncEngine::mutationRefused);
        const qint64 item = agent->engine()->queueOrder(mugs(shop.customerId(), 12)).value();
        QTRY_COMPARE(refused.size(), 1);
        const QString reason = refused.first().at(1).toString();
        QCOMPARE(reason, u"Only 10 of MUG-01 available (12 asked for)."_s);
        const OutboxItem answered = *agent->cache()->outbox()->item(item);
        QCOMPARE(answered.state, OutboxItem::State::Refused);
        QCOMPARE(answered.httpStatus, 409);
        QCOMPARE(agent->cache()->queries()->order(answered.orderLocalId)->order.status,
                 shopdesk::OrderStatus::Refused);
        QCOMPARE(agent->cache()->queries()->product(u"MUG-01"_s)->reserved, 0);
    }

    void restartedClientResumesItsOutbox()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        qint64 item = 0;
        {
            auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s);
            QVERIFY(agent);
            agent->engine()->start();
            QTRY_COMPARE(agent->engine()->state(), State::Live);
            QCOMPARE(shop.server().stop(), 0);
            QTRY_COMPARE(agent->engine()->state(), State::Offline);
            item = agent->engine()->queueOrder(mugs(shop.customerId(), 4)).value();
            QCOMPARE(agent->cache()->outbox()->pendingCount(), 1);
        } // the client quits with the order still queued

        QVERIFY(shop.startAgain());
        auto again = shopdesk::test::openSession(shop.url(), u"alice"_s);
        QVERIFY(again);
        QCOMPARE(again->cache()->outbox()->pendingCount(), 1);
        again->engine()->start();
        QTRY_COMPARE(again->cache()->outbox()->pendingCount(), 0);
        QCOMPARE(again->cache()->outbox()->item(item)->state, OutboxItem::State::Accepted);
        TestHttpCheck check(shop);
        QCOMPARE(check.orderCount(), 1);
        QCOMPARE(check.reserved(u"MUG-01"_s), 4);
    }

    void opensOfflineFromTheCacheWithTheRightPassword()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        {
            auto agent = shopdesk::test::openSession(shop.url(), u"alice"_s);
            QVERIFY(agent);
            agent->engine()->start();
            QTRY_COMPARE(agent->engine()->state(), State::Live);
        }
        QCOMPARE(shop.server().stop(), 0);

        auto offline = shopdesk::test::openSession(shop.url(), u"alice"_s);
        QVERIFY(offline);
        QVERIFY(offline->openedOffline());
        QCOMPARE(offline->info().role, u"agent"_s);
        QCOMPARE(onHand(*offline, u"MUG-01"_s), 10);

        ClientSession wrong;
        ConnectionSettings settings;
        settings.standalone = false;
        settings.server = shop.url();
        QSignalSpy failed(&wrong, &ClientSession::failed);
        wrong.open(settings, u"alice"_s, u"not the password"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<shopdesk::Error>().code, u"invalid_credentials"_s);

        // When the server is back the engine logs in with what the user typed.
        fast(*offline);
        offline->engine()->start();
        QVERIFY(shop.startAgain());
        QTRY_COMPARE_WITH_TIMEOUT(offline->engine()->state(), State::Live, 10000);
    }

    void standaloneWorksWithNoServerProcess()
    {
        QTemporaryDir data;
        QVERIFY(StandaloneServer::isFirstStart(data.path()));
        ClientSession session;
        ConnectionSettings settings;
        settings.standalone = true;
        settings.standaloneDataDir = data.path();
        QSignalSpy opened(&session, &ClientSession::opened);
        QSignalSpy failed(&session, &ClientSession::failed);
        session.open(settings, u"admin"_s, u"first-admin-password"_s, u"first-admin-password"_s);
        QTRY_VERIFY(!opened.isEmpty() || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<shopdesk::Error>().message));
        QVERIFY(session.standaloneServer());
        QCOMPARE(session.info().role, u"admin"_s);
        QCOMPARE(session.api()->server().host(), u"127.0.0.1"_s);
        session.engine()->start();
        QTRY_COMPARE(session.engine()->state(), State::Live);
        QVERIFY(!StandaloneServer::isFirstStart(data.path()));

        // The embedded server is a whole server: products, movements, the live feed.
        shopdesk::test::TestHttp http(session.api()->server());
        QVERIFY(http.login(u"admin"_s, u"first-admin-password"_s));
        QCOMPARE(http.post(u"/api/v1/products"_s,
                           {{u"sku"_s, u"TEA-9"_s},
                            {u"name"_s, u"Green tea"_s},
                            {u"price"_s,
                             QJsonObject{{u"amount_minor"_s, 450}, {u"currency"_s, u"EUR"_s}}}})
                     .status,
                 201);
        QTRY_VERIFY(session.cache()->queries()->product(u"TEA-9"_s).has_value());
        MovementDraft receipt{u"TEA-9"_s, u"receipt"_s, 24, u"delivery"_s, {}, {}, {}};
        QVERIFY(session.engine()->queueMovement(receipt).ok());
        QTRY_COMPARE(session.cache()->queries()->product(u"TEA-9"_s)->onHand, 24);
    }

    void standaloneSharedOnTheNetworkServesOtherClients()
    {
        QTemporaryDir data;
        ClientSession host;
        ConnectionSettings settings;
        settings.standalone = true;
        settings.standaloneDataDir = data.path();
        settings.shareOnNetwork = true;
        settings.shareAddress = QHostAddress::AnyIPv4;
        settings.sharePort = 0; // any free port, for the test
        QSignalSpy opened(&host, &ClientSession::opened);
        host.open(settings, u"admin"_s, u"first-admin-password"_s, u"first-admin-password"_s);
        QTRY_COMPARE(opened.size(), 1);
        host.engine()->start();
        QTRY_COMPARE(host.engine()->state(), State::Live);
        const QUrl shared = host.standaloneServer()->sharedUrl();
        QVERIFY(shared.isValid());
        QVERIFY(shared.port() > 0);

        ClientSession other;
        ConnectionSettings remote;
        remote.standalone = false;
        remote.server = QUrl(u"http://127.0.0.1:%1"_s.arg(shared.port()));
        QSignalSpy otherOpened(&other, &ClientSession::opened);
        other.open(remote, u"admin"_s, u"first-admin-password"_s);
        QTRY_COMPARE(otherOpened.size(), 1);
        other.engine()->start();
        QTRY_COMPARE(other.engine()->state(), State::Live);
    }

private:
    // Reads the server's own account of orders and stock.
    class TestHttpCheck
    {
    public:
        explicit TestHttpCheck(ClientShop &shop)
            : m_shop(shop)
        {}
        int orderCount()
        {
            return int(
                m_shop.admin().get(u"/api/v1/orders"_s).json().value(u"items"_s).toArray().size());
        }
        qint64 reserved(const QString &sku)
        {
            return qint64(m_shop.admin()
                              .get(u"/api/v1/stock/"_s + sku)
                              .json()
                              .value(u"reserved"_s)
                              .toDouble());
        }

    private:
        ClientShop &m_shop;
    };
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
