#include "clientfixture.h"

#include "client/clientsession.h"
#include "client/inbox/conversationorderlinks.h"
#include "client/localcache.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::client;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;
using shopdesk::test::TestHttp;
using State = SyncEngine::State;

namespace {

// The shop's website, posting chats as the `shop` user does.
std::unique_ptr<TestHttp> website(ClientShop &shop)
{
    const HttpReply created = shop.admin().post(
        u"/api/v1/users"_s, {{u"username"_s, u"website"_s},
                             {u"password"_s, QString::fromLatin1(ClientShop::password)},
                             {u"role"_s, u"shop"_s}});
    if (created.status != 201)
        return nullptr;
    auto http = std::make_unique<TestHttp>(shop.url());
    if (!http->login(u"website"_s, QString::fromLatin1(ClientShop::password)))
        return nullptr;
    return http;
}

// A chat from the contact; the conversation's id (0 if refused).
qint64 chat(TestHttp &site, const QString &key, const QString &name, const QString &email,
            const QString &text)
{
    const HttpReply posted = site.post(
        u"/api/v1/inbox/messages"_s,
        {{u"conversation_id"_s, key}, {u"name"_s, name}, {u"email"_s, email}, {u"text"_s, text}});
    if (posted.status != 201) {
        qWarning("cannot post a chat: %s", posted.body.constData());
        return 0;
    }
    return posted.json()[u"conversation"_s][u"id"_s].toInteger();
}

QJsonArray orderIdsOf(ClientShop &shop, qint64 conversationId)
{
    return shop.admin()
        .get(u"/api/v1/inbox/conversations/%1"_s.arg(conversationId))
        .json()[u"order_ids"_s]
        .toArray();
}

OrderDraft mugs(qint64 customerId, qint64 quantity)
{
    OrderDraft draft;
    draft.customerId = customerId;
    draft.channel = u"chat"_s;
    draft.paymentMethod = u"card"_s;
    draft.lines = {{u"MUG-01"_s, quantity}};
    return draft;
}

// Queues the order; its local id (0 if refused here).
qint64 queue(ClientSession &session, const OrderDraft &draft)
{
    const auto queued = session.engine()->queueOrder(draft);
    if (!queued)
        return 0;
    return session.cache()->outbox()->item(queued.value())->orderLocalId;
}

qint64 serverIdOf(ClientSession &session, qint64 localId)
{
    const auto order = session.cache()->queries()->order(localId);
    return order ? order->serverId() : 0;
}

} // namespace

// ConversationOrderLinks against a real server: the link of an order made from a
// conversation reaches the server once the order has its id — at once, after the server was
// away, after the client was made again — and a link the server refuses is dropped.
class TestConversationOrderLinks : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;

private slots:
    void linksTheOrderOnceItHasItsId()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const auto site = website(shop);
        QVERIFY(site);
        const qint64 conversation =
            chat(*site, u"web-1"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, u"Bitte 2x MUG-01"_s);
        QVERIFY(conversation > 0);
        auto session = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        ConversationOrderLinks links(session->api(), session->cache());
        QSignalSpy linked(&links, &ConversationOrderLinks::linked);

        const qint64 localId = queue(*session, mugs(shop.customerId(), 2));
        QVERIFY(localId > 0);
        QVERIFY(links.remember(conversation, localId));
        QCOMPARE(links.pending().value(localId), conversation);

        QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, 20000);
        const qint64 orderId = serverIdOf(*session, localId);
        QVERIFY(orderId > 0);
        QCOMPARE(linked.first().at(0).toLongLong(), conversation);
        QCOMPARE(linked.first().at(1).toLongLong(), orderId);
        QCOMPARE(orderIdsOf(shop, conversation), QJsonArray{orderId});
        // Done: nothing is kept, and nothing is sent again.
        QVERIFY(links.pending().isEmpty());
        QVERIFY(session->cache()->value(ConversationOrderLinks::keyFor(localId)).isEmpty());
        links.retry();
        QTest::qWait(300); // nothing to wait for: the link must not be sent twice
        QCOMPARE(linked.size(), 1);
    }

    void keepsTheLinkWhileOfflineAndAcrossARestart()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const auto site = website(shop);
        QVERIFY(site);
        const qint64 conversation =
            chat(*site, u"web-2"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, u"MUG-01, qty 3"_s);
        QVERIFY(conversation > 0);
        auto session = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        session->engine()->setReconnectDelays(100, 400);
        QVERIFY(test::startLive(*session));

        auto links = std::make_unique<ConversationOrderLinks>(session->api(), session->cache());
        QCOMPARE(shop.server().stop(), 0);
        QTRY_VERIFY(session->engine()->state() != State::Live);
        const qint64 localId = queue(*session, mugs(shop.customerId(), 3));
        QVERIFY(localId > 0);
        QVERIFY(links->remember(conversation, localId));
        // The client is made again while the order waits: the link is read from the cache.
        links.reset();
        QCOMPARE(session->cache()->value(ConversationOrderLinks::keyFor(localId)),
                 QString::number(conversation));
        links = std::make_unique<ConversationOrderLinks>(session->api(), session->cache());
        QCOMPARE(links->pending().value(localId), conversation);
        QSignalSpy linked(links.get(), &ConversationOrderLinks::linked);

        QVERIFY2(shop.startAgain(), qPrintable(shop.server().output()));
        QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, 20000);
        const qint64 orderId = serverIdOf(*session, localId);
        QVERIFY(orderId > 0);
        QCOMPARE(orderIdsOf(shop, conversation), QJsonArray{orderId});
        QVERIFY(links->pending().isEmpty());
    }

    void sendsTheLinkAfterTheClientIsMadeAgain()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const auto site = website(shop);
        QVERIFY(site);
        const qint64 conversation = chat(*site, u"web-3"_s, u"Ada Lovelace"_s, u"ada@example.org"_s,
                                         u"Eine MUG-01 bitte"_s);
        QVERIFY(conversation > 0);
        auto session = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        // The order got its id while no link object was there (the client was closed).
        const qint64 localId = queue(*session, mugs(shop.customerId(), 1));
        QVERIFY(localId > 0);
        QVERIFY(
            session->cache()
                ->setValue(ConversationOrderLinks::keyFor(localId), QString::number(conversation))
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(serverIdOf(*session, localId) > 0, 20000);
        QCOMPARE(orderIdsOf(shop, conversation), QJsonArray{});

        ConversationOrderLinks links(session->api(), session->cache());
        QTRY_COMPARE_WITH_TIMEOUT(orderIdsOf(shop, conversation),
                                  QJsonArray{serverIdOf(*session, localId)}, 20000);
        QTRY_VERIFY(links.pending().isEmpty());
    }

    void forgetsALinkTheServerRefuses()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const auto site = website(shop);
        QVERIFY(site);
        const HttpReply bob =
            shop.admin().post(u"/api/v1/customers"_s,
                              {{u"name"_s, u"Bob Roe"_s}, {u"email"_s, u"bob@example.org"_s}});
        QCOMPARE(bob.status, 201);
        // Bob's conversation, Ada's order.
        const qint64 conversation =
            chat(*site, u"web-4"_s, u"Bob Roe"_s, u"bob@example.org"_s, u"Zwei MUG-01"_s);
        QVERIFY(conversation > 0);
        auto session = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        ConversationOrderLinks links(session->api(), session->cache());
        QSignalSpy refused(&links, &ConversationOrderLinks::refused);
        QSignalSpy linked(&links, &ConversationOrderLinks::linked);

        const qint64 localId = queue(*session, mugs(shop.customerId(), 2));
        QVERIFY(links.remember(conversation, localId));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
        QCOMPARE(refused.first().at(0).toLongLong(), conversation);
        QCOMPARE(refused.first().at(1).toLongLong(), localId);
        QCOMPARE(refused.first().at(2).value<Error>().code, u"order_of_other_customer"_s);
        // Forgotten, and not tried again at the next chance.
        QVERIFY(session->cache()->value(ConversationOrderLinks::keyFor(localId)).isEmpty());
        QVERIFY(links.pending().isEmpty());
        links.retry();
        QTest::qWait(300); // nothing to wait for: a dropped link must stay dropped
        QCOMPARE(refused.size(), 1);
        QCOMPARE(linked.size(), 0);
        // The order is as it was; the conversation has no order.
        const qint64 orderId = serverIdOf(*session, localId);
        const HttpReply order = shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId));
        QCOMPARE(order.status, 200);
        QCOMPARE(order.json()[u"status"_s].toString(), u"reserved"_s);
        QCOMPARE(order.json()[u"customer_id"_s].toInteger(), shop.customerId());
        QCOMPARE(orderIdsOf(shop, conversation), QJsonArray{});
    }

    void dropsTheLinkOfAnOrderTheServerRefused()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const auto site = website(shop);
        QVERIFY(site);
        const qint64 conversation =
            chat(*site, u"web-5"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, u"50x MUG-01"_s);
        QVERIFY(conversation > 0);
        auto session = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        ConversationOrderLinks links(session->api(), session->cache());
        QSignalSpy linked(&links, &ConversationOrderLinks::linked);

        // Only 10 mugs: the server refuses the order, which never gets an id.
        const qint64 localId = queue(*session, mugs(shop.customerId(), 50));
        QVERIFY(links.remember(conversation, localId));
        QTRY_COMPARE_WITH_TIMEOUT(session->cache()->queries()->order(localId)->order.status,
                                  OrderStatus::Refused, 20000);
        QTRY_VERIFY(links.pending().isEmpty());
        QCOMPARE(linked.size(), 0);
        QCOMPARE(orderIdsOf(shop, conversation), QJsonArray{});
    }

    void refusesToKeepALinkWithoutConversationOrOrder_data()
    {
        QTest::addColumn<qint64>("conversation");
        QTest::addColumn<qint64>("localOrder");
        QTest::newRow("no conversation") << qint64(0) << qint64(4);
        QTest::newRow("no order") << qint64(7) << qint64(0);
        QTest::newRow("negative") << qint64(-1) << qint64(-1);
    }

    void refusesToKeepALinkWithoutConversationOrOrder()
    {
        QFETCH(qint64, conversation);
        QFETCH(qint64, localOrder);
        QTemporaryDir dir;
        LocalCache cache;
        QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)));
        ConversationOrderLinks links(nullptr, &cache);
        const auto kept = links.remember(conversation, localOrder);
        QVERIFY(!kept);
        QCOMPARE(kept.error().code, u"invalid_link"_s);
        QVERIFY(links.pending().isEmpty());
    }
};

QTEST_MAIN(TestConversationOrderLinks)
#include "tst_client_conversationorderlinks.moc"
