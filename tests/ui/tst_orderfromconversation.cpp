#include "../client/clientfixture.h"

#include "client/clientsession.h"
#include "client/inbox/conversationorder.h"
#include "client/inbox/conversationorderlinks.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/producttablemodel.h"
#include "client/syncengine.h"
#include "common/language.h"
#include "orders/conversationmessagepanel.h"
#include "orders/customerpanel.h"
#include "orders/orderintakewidget.h"
#include "orders/orderlinesmodel.h"
#include "orders/orderswidget.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;
using shopdesk::test::TestHttp;
using State = client::SyncEngine::State;

namespace {

const QString message = u"Hallo, bitte 2x MUG-01 und TSHIRT-M x 3, Gruß. Gibt es auch CUP-77?"_s;

// One agent's client with the Orders screen, live.
struct AgentDesk
{
    std::unique_ptr<client::ClientSession> session;
    std::unique_ptr<client::ProductTableModel> products;
    std::unique_ptr<ui::OrdersWidget> orders;

    bool open(const QUrl &url)
    {
        session = test::openSession(url, u"alice"_s);
        if (!session)
            return false;
        session->engine()->setReconnectDelays(100, 400);
        products = std::make_unique<client::ProductTableModel>(session->cache());
        makeScreen();
        return test::startLive(*session);
    }
    // The screen made again (the client restarted), on the same session and cache.
    void makeScreen()
    {
        orders = std::make_unique<ui::OrdersWidget>(session.get(), products.get());
        orders->resize(1300, 700);
        orders->show();
    }
    // startFromConversation, then waits until the message's panel is laid out to be clicked.
    bool start(const client::ConversationOrder &from)
    {
        orders->startFromConversation(from);
        return QTest::qWaitFor([this] {
            return !panel()->addButton()->rect().isEmpty() &&
                   !panel()->closeButton()->rect().isEmpty();
        });
    }
    ui::OrderIntakeWidget *intake() const { return orders->intake(); }
    ui::ConversationMessagePanel *panel() const { return orders->conversationPanel(); }
    ui::OrderLinesModel *lines() const { return intake()->linesModel(); }
    QString status() const { return intake()->statusLabel()->text(); }
};

// A shop with the fixture's mugs and T-shirts, and its website posting chats.
struct Shop
{
    ClientShop shop;
    std::unique_ptr<TestHttp> website;

    bool start()
    {
        if (!shop.start() || shop.createProduct(u"TSHIRT-M"_s, u"T-shirt M"_s, 1900) != 201 ||
            shop.postMovement(u"TSHIRT-M"_s, u"receipt"_s, 6) != 201)
            return false;
        const HttpReply created = shop.admin().post(
            u"/api/v1/users"_s, {{u"username"_s, u"website"_s},
                                 {u"password"_s, QString::fromLatin1(ClientShop::password)},
                                 {u"role"_s, u"shop"_s}});
        website = std::make_unique<TestHttp>(shop.url());
        return created.status == 201 &&
               website->login(u"website"_s, QString::fromLatin1(ClientShop::password));
    }
    // The conversation a chat starts, as the inbox hands it to the order screen.
    client::ConversationOrder chat(const QString &key, const QString &name, const QString &email,
                                   const QString &text)
    {
        const HttpReply posted =
            website->post(u"/api/v1/inbox/messages"_s, {{u"conversation_id"_s, key},
                                                        {u"name"_s, name},
                                                        {u"email"_s, email},
                                                        {u"text"_s, text}});
        const QJsonObject conversation = posted.json()[u"conversation"_s].toObject();
        client::ConversationOrder order;
        order.conversationId = conversation[u"id"_s].toInteger();
        order.customerId = conversation[u"customer_id"_s].toInteger();
        order.customerName = conversation[u"customer_name"_s].toString();
        order.subject = conversation[u"subject"_s].toString();
        order.from = name;
        order.at = QDateTime::fromString(posted.json()[u"message"_s][u"at"_s].toString(),
                                         Qt::ISODateWithMs);
        order.text = text;
        return order;
    }
    QJsonArray orderIds(qint64 conversationId)
    {
        return shop.admin()
            .get(u"/api/v1/inbox/conversations/%1"_s.arg(conversationId))
            .json()[u"order_ids"_s]
            .toArray();
    }
};

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column)->text();
}

} // namespace

// An order started from a conversation, against a real server: the message beside the form
// with the lines it names to confirm, the customer set (or searched for), and the order linked
// to the conversation once the server has it — also when it was queued offline and the screen
// was made again meanwhile.
class TestOrderFromConversation : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ui::Translations m_english;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
    }

    void proposesTheLinesAndLinksTheOrder()
    {
        Shop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.shop.server().output()));
        const client::ConversationOrder from =
            shop.chat(u"web-1"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, message);
        QVERIFY(from.conversationId > 0);
        QCOMPARE(from.customerId, shop.shop.customerId());
        AgentDesk desk;
        QVERIFY(desk.open(shop.shop.url()));
        QTRY_VERIFY(desk.session->cache()->queries()->product(u"TSHIRT-M"_s).has_value());
        QTRY_VERIFY(desk.products->rowOfSku(u"TSHIRT-M"_s) >= 0);
        QVERIFY(!desk.panel()->isVisible());

        QVERIFY(desk.start(from));
        QVERIFY(desk.panel()->isVisible());
        QCOMPARE(desk.orders->tabs()->currentIndex(), 0);
        // The customer is set; the message is there to read, not to edit.
        QVERIFY(desk.intake()->customerPanel()->customer());
        QCOMPARE(desk.intake()->customerPanel()->customer()->id, shop.shop.customerId());
        QCOMPARE(desk.panel()->messageView()->toPlainText(), message);
        QVERIFY(desk.panel()->messageView()->isReadOnly());
        QVERIFY(desk.panel()->headerLabel()->text().contains(u"Ada Lovelace"_s));
        // Two lines proposed, with name, stock and the words they were read from.
        QTableWidget *proposed = desk.panel()->linesView();
        QCOMPARE(proposed->rowCount(), 2);
        QCOMPARE(cell(proposed, 0, ui::ConversationMessagePanel::SkuColumn), u"MUG-01"_s);
        QCOMPARE(cell(proposed, 0, ui::ConversationMessagePanel::NameColumn), u"Blue mug"_s);
        QCOMPARE(cell(proposed, 0, ui::ConversationMessagePanel::QuantityColumn), u"2"_s);
        QCOMPARE(cell(proposed, 0, ui::ConversationMessagePanel::StockColumn), u"10"_s);
        QVERIFY(cell(proposed, 0, ui::ConversationMessagePanel::MentionsColumn)
                    .contains(u"2x MUG-01"_s));
        QCOMPARE(cell(proposed, 1, ui::ConversationMessagePanel::SkuColumn), u"TSHIRT-M"_s);
        QCOMPARE(cell(proposed, 1, ui::ConversationMessagePanel::QuantityColumn), u"3"_s);
        QCOMPARE(cell(proposed, 1, ui::ConversationMessagePanel::StockColumn), u"6"_s);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(proposed->item(row, 0)->checkState(), Qt::Checked);
        QVERIFY(desk.panel()->unknownLabel()->isVisible());
        QCOMPARE(desk.panel()->unknownLabel()->text(), u"Not in the catalogue: CUP-77"_s);
        // Nothing is in the order before the agent adds it.
        QCOMPARE(desk.lines()->rowCount(), 0);
        QVERIFY(!desk.intake()->confirmButton()->isEnabled());

        // Only the ticked line goes in, with its quantity, adjustable as usual.
        proposed->item(1, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(desk.panel()->checkedLines().size(), 1);
        QTest::mouseClick(desk.panel()->addButton(), Qt::LeftButton);
        QCOMPARE(desk.lines()->rowCount(), 1);
        QCOMPARE(desk.lines()->index(0, ui::OrderLinesModel::SkuColumn).data().toString(),
                 u"MUG-01"_s);
        QCOMPARE(desk.lines()->index(0, ui::OrderLinesModel::QuantityColumn).data().toString(),
                 u"2"_s);
        QVERIFY(desk.lines()->setQuantity(0, 3));

        QVERIFY(desk.intake()->confirmButton()->isEnabled());
        QTest::mouseClick(desk.intake()->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY2(desk.status().startsWith(u"Reserved — order #"_s), qPrintable(desk.status()));
        const qint64 localId = desk.intake()->currentOrder();
        const qint64 orderId = desk.session->cache()->queries()->order(localId)->serverId();
        const HttpReply order = shop.shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId));
        QCOMPARE(order.json()[u"customer_id"_s].toInteger(), shop.shop.customerId());
        QCOMPARE(order.json()[u"lines"_s].toArray().size(), 1);
        QCOMPARE(order.json()[u"lines"_s][0][u"quantity"_s].toInteger(), 3);
        // The conversation has the order.
        QTRY_COMPARE_WITH_TIMEOUT(shop.orderIds(from.conversationId), QJsonArray{orderId}, 20000);
        QTRY_VERIFY(desk.orders->conversationLinks()->pending().isEmpty());

        // A normal next order puts the message away.
        QTest::mouseClick(desk.intake()->newOrderButton(), Qt::LeftButton);
        QVERIFY(!desk.panel()->isVisible());
    }

    void addsNothingWithoutTheClick()
    {
        Shop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.shop.server().output()));
        const client::ConversationOrder from =
            shop.chat(u"web-2"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, message);
        AgentDesk desk;
        QVERIFY(desk.open(shop.shop.url()));
        QTRY_VERIFY(desk.products->rowOfSku(u"TSHIRT-M"_s) >= 0);
        QVERIFY(desk.start(from));
        // Unticking all leaves nothing to add.
        for (int row = 0; row < desk.panel()->linesView()->rowCount(); ++row)
            desk.panel()->linesView()->item(row, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!desk.panel()->addButton()->isEnabled());
        QCOMPARE(desk.lines()->rowCount(), 0);
        // Closing the message leaves the order form as it is.
        desk.panel()->linesView()->item(0, 0)->setCheckState(Qt::Checked);
        QTest::mouseClick(desk.panel()->addButton(), Qt::LeftButton);
        QTest::mouseClick(desk.panel()->closeButton(), Qt::LeftButton);
        QVERIFY(!desk.panel()->isVisible());
        QCOMPARE(desk.lines()->rowCount(), 1);
        QVERIFY(desk.intake()->customerPanel()->customer());
    }

    void withoutCustomerSearchesForTheAuthor()
    {
        Shop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.shop.server().output()));
        const client::ConversationOrder from =
            shop.chat(u"web-3"_s, u"Dana Ost"_s, u"dana@example.org"_s, u"Eine MUG-01 bitte"_s);
        QVERIFY(from.conversationId > 0);
        QCOMPARE(from.customerId, 0);
        AgentDesk desk;
        QVERIFY(desk.open(shop.shop.url()));
        QTRY_VERIFY(desk.products->rowOfSku(u"MUG-01"_s) >= 0);
        // An order for someone else first: starting from the conversation clears it.
        desk.orders->startFromConversation(
            shop.chat(u"web-4"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, u"MUG-01"_s));
        QVERIFY(desk.intake()->customerPanel()->customer());

        QVERIFY(desk.start(from));
        QVERIFY(!desk.intake()->customerPanel()->customer());
        QCOMPARE(desk.intake()->customerPanel()->searchField()->text(), u"Dana Ost"_s);
        QCOMPARE(desk.panel()->messageView()->toPlainText(), u"Eine MUG-01 bitte"_s);
        QCOMPARE(desk.panel()->linesView()->rowCount(), 1);
        QVERIFY(!desk.panel()->unknownLabel()->isVisible());
    }

    void linksAnOrderQueuedOfflineAfterTheScreenIsMadeAgain()
    {
        Shop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.shop.server().output()));
        const client::ConversationOrder from =
            shop.chat(u"web-5"_s, u"Ada Lovelace"_s, u"ada@example.org"_s, message);
        AgentDesk desk;
        QVERIFY(desk.open(shop.shop.url()));
        QTRY_VERIFY(desk.products->rowOfSku(u"TSHIRT-M"_s) >= 0);

        QCOMPARE(shop.shop.server().stop(), 0);
        QTRY_VERIFY(desk.session->engine()->state() != State::Live);
        QVERIFY(desk.start(from));
        QTest::mouseClick(desk.panel()->addButton(), Qt::LeftButton);
        QCOMPARE(desk.lines()->rowCount(), 2);
        QTest::mouseClick(desk.intake()->confirmButton(), Qt::LeftButton);
        const qint64 localId = desk.intake()->currentOrder();
        QVERIFY(localId > 0);
        QVERIFY(desk.status().startsWith(u"Queued — not confirmed"_s));
        QCOMPARE(desk.orders->conversationLinks()->pending().value(localId), from.conversationId);
        // Once queued, the message adds no more lines.
        QVERIFY(!desk.panel()->addButton()->isEnabled());

        // The client is closed and opened again before the server is back.
        desk.makeScreen();
        QCOMPARE(desk.orders->conversationLinks()->pending().value(localId), from.conversationId);
        QVERIFY2(shop.shop.startAgain(), qPrintable(shop.shop.server().output()));
        QTRY_COMPARE_WITH_TIMEOUT(desk.session->engine()->state(), State::Live, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->cache()->queries()->order(localId)->serverId() > 0,
                                 20000);
        const qint64 orderId = desk.session->cache()->queries()->order(localId)->serverId();
        QTRY_COMPARE_WITH_TIMEOUT(shop.orderIds(from.conversationId), QJsonArray{orderId}, 20000);
        QTRY_VERIFY(desk.orders->conversationLinks()->pending().isEmpty());
    }

    void aRefusedLinkIsForgottenAndTheOrderStays()
    {
        Shop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.shop.server().output()));
        QCOMPARE(shop.shop.admin()
                     .post(u"/api/v1/customers"_s,
                           {{u"name"_s, u"Bob Roe"_s}, {u"email"_s, u"bob@example.org"_s}})
                     .status,
                 201);
        // Bob's conversation, but the agent takes the order for Ada.
        client::ConversationOrder from =
            shop.chat(u"web-6"_s, u"Bob Roe"_s, u"bob@example.org"_s, u"2x MUG-01"_s);
        QVERIFY(from.customerId > 0);
        from.customerId = shop.shop.customerId();
        AgentDesk desk;
        QVERIFY(desk.open(shop.shop.url()));
        QTRY_VERIFY(desk.products->rowOfSku(u"MUG-01"_s) >= 0);
        QVERIFY(desk.start(from));
        QTest::mouseClick(desk.panel()->addButton(), Qt::LeftButton);
        QCOMPARE(desk.lines()->rowCount(), 1);
        QTest::mouseClick(desk.intake()->confirmButton(), Qt::LeftButton);
        const qint64 localId = desk.intake()->currentOrder();
        QTRY_VERIFY2(desk.status().startsWith(u"Reserved — order #"_s), qPrintable(desk.status()));
        QTRY_VERIFY(desk.orders->conversationLinks()->pending().isEmpty());
        QVERIFY(desk.session->cache()
                    ->value(client::ConversationOrderLinks::keyFor(localId))
                    .isEmpty());
        QCOMPARE(shop.orderIds(from.conversationId), QJsonArray{});
        const qint64 orderId = desk.session->cache()->queries()->order(localId)->serverId();
        const HttpReply order = shop.shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId));
        QCOMPARE(order.json()[u"status"_s].toString(), u"reserved"_s);
        QVERIFY(desk.status().startsWith(u"Reserved — order #"_s));
    }
};

QTEST_MAIN(TestOrderFromConversation)
#include "tst_orderfromconversation.moc"
