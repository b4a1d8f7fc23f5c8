#include "../client/clientfixture.h"

#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/orderlistmodel.h"
#include "client/producttablemodel.h"
#include "client/syncengine.h"
#include "common/language.h"
#include "orders/customerpanel.h"
#include "orders/orderdetailwidget.h"
#include "orders/orderintakewidget.h"
#include "orders/orderlinesmodel.h"
#include "orders/orderlistview.h"
#include "orders/orderswidget.h"
#include "orders/paymentlinkbox.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;
using State = client::SyncEngine::State;

namespace {

// One agent's client: a session, its product model and the Orders screen, live.
struct AgentDesk
{
    std::unique_ptr<client::ClientSession> session;
    std::unique_ptr<client::ProductTableModel> products;
    std::unique_ptr<ui::OrdersWidget> orders;

    bool open(const QUrl &url, const QString &user)
    {
        session = test::openSession(url, user);
        if (!session)
            return false;
        session->engine()->setReconnectDelays(100, 400);
        products = std::make_unique<client::ProductTableModel>(session->cache());
        orders = std::make_unique<ui::OrdersWidget>(session.get(), products.get());
        orders->resize(1100, 700);
        orders->show();
        return test::startLive(*session);
    }
    ui::OrderIntakeWidget *intake() const { return orders->intake(); }
    ui::CustomerPanel *customer() const { return orders->intake()->customerPanel(); }
    QString status() const { return intake()->statusLabel()->text(); }
};

// Finds a customer by typing into the search field and pressing Enter.
bool pickCustomer(AgentDesk &desk, const QString &text, const QString &expectedName)
{
    ui::CustomerPanel *panel = desk.customer();
    panel->searchField()->setFocus();
    panel->searchField()->clear();
    QTest::keyClicks(panel->searchField(), text);
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    return QTest::qWaitFor(
        [&] { return panel->customer() && panel->customer()->name == expectedName; }, 10000);
}

// Types a SKU or barcode into the product field and presses Enter, as a scanner does.
void scan(AgentDesk &desk, const QString &code)
{
    QLineEdit *field = desk.intake()->productField();
    field->setFocus();
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

QString lineCell(AgentDesk &desk, int row, int column)
{
    return desk.intake()->linesModel()->index(row, column).data().toString();
}

qint64 orderIdFromStatus(const QString &status)
{
    static const QRegularExpression number(u"#(\\d+)"_s);
    const auto match = number.match(status);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace

// The Orders screen against a real server: an agent takes an order from customer to
// shipment, races another agent for the last unit, works offline, and is kept from
// overselling or duplicating a customer.
class TestOrders : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    // The English the user reads, plural forms included.
    ui::Translations m_english;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
        // Every server of this suite makes payment links and tracking links.
        qputenv("SHOPDESK_PAYMENT_LINK_SECRET", "orders-screen-test-secret-0123456789");
        qputenv("SHOPDESK_PAYMENT_URLS",
                "card=https://pay.example/checkout?order={order_id}&amount={amount_minor}&"
                "currency={currency} "
                "paypal=https://paypal.example/pay?invoice={order_id}&amount={amount}&"
                "currency_code={currency}");
        qputenv("SHOPDESK_CARRIER_URLS", "dhl=https://track.example/dhl?piececode={tracking}");
    }

    void wholeFlowFromCustomerToShipment()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const HttpReply teapot = shop.admin().post(
            u"/api/v1/products"_s,
            {{u"sku"_s, u"TEA-POT"_s},
             {u"name"_s, u"Cast iron teapot"_s},
             {u"barcode"_s, u"4006381333931"_s},
             {u"price"_s, QJsonObject{{u"amount_minor"_s, 3490}, {u"currency"_s, u"EUR"_s}}}});
        QCOMPARE(teapot.status, 201);
        QCOMPARE(shop.postMovement(u"TEA-POT"_s, u"receipt"_s, 4), 201);

        AgentDesk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        ui::OrderIntakeWidget *intake = desk.intake();
        QVERIFY(intake);
        QTRY_VERIFY(desk.session->cache()->queries()->product(u"TEA-POT"_s).has_value());
        QAbstractItemModelTester tester(desk.orders->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The list is read once, when first shown; then it only changes row by row.
        QVERIFY(!desk.orders->listModel()->isLoaded());
        desk.orders->tabs()->setCurrentIndex(1);
        QVERIFY(desk.orders->listModel()->isLoaded());
        desk.orders->showIntake();
        QSignalSpy resets(desk.orders->listModel(), &QAbstractItemModel::modelReset);

        // Nothing to confirm yet.
        QVERIFY(!intake->confirmButton()->isEnabled());
        QVERIFY(pickCustomer(desk, u"lovelace"_s, u"Ada Lovelace"_s));
        QVERIFY(desk.customer()->chosenLabel()->text().contains(u"ada@example.org"_s));

        // Keyboard only: a SKU + Enter, a barcode + Enter, the same SKU again adds one more.
        scan(desk, u"MUG-01"_s);
        QCOMPARE(intake->linesModel()->rowCount(), 1);
        QCOMPARE(lineCell(desk, 0, ui::OrderLinesModel::NameColumn), u"Blue mug"_s);
        QCOMPARE(lineCell(desk, 0, ui::OrderLinesModel::AvailableColumn), u"10"_s);
        QVERIFY(intake->productField()->text().isEmpty());
        scan(desk, u"4006381333931"_s);
        QCOMPARE(intake->linesModel()->rowCount(), 2);
        QCOMPARE(lineCell(desk, 1, ui::OrderLinesModel::SkuColumn), u"TEA-POT"_s);
        scan(desk, u"MUG-01"_s);
        QCOMPARE(lineCell(desk, 0, ui::OrderLinesModel::QuantityColumn), u"2"_s);
        // A name search: Enter takes the match.
        scan(desk, u"teapot"_s);
        QCOMPARE(lineCell(desk, 1, ui::OrderLinesModel::QuantityColumn), u"2"_s);
        // An unknown code says so and adds nothing.
        scan(desk, u"NOPE-99"_s);
        QCOMPARE(intake->linesModel()->rowCount(), 2);
        QVERIFY(intake->findChild<QLabel *>(u"productMessage"_s)->isVisible());
        intake->productField()->clear();
        // 2 × 12.50 + 2 × 34.90, in the shop's currency for the user's locale.
        QCOMPARE(intake->totalLabel()->text(), u"Total: €94.80"_s);

        intake->channelBox()->setCurrentIndex(intake->channelBox()->findData(u"chat"_s));
        intake->paymentBox()->setCurrentIndex(intake->paymentBox()->findData(u"paypal"_s));
        QCOMPARE(intake->paymentBox()->currentText(), u"PayPal"_s);
        QTest::keyClicks(intake->notesField(), u"Gift wrap, please"_s);
        QVERIFY(intake->confirmButton()->isEnabled());
        QTest::mouseClick(intake->confirmButton(), Qt::LeftButton);
        QVERIFY(!intake->confirmButton()->isEnabled());
        QTRY_VERIFY2(desk.status().startsWith(u"Reserved — order #"_s), qPrintable(desk.status()));
        QVERIFY2(desk.status().contains(u"expires in "_s), qPrintable(desk.status()));
        const qint64 orderId = orderIdFromStatus(desk.status());
        QVERIFY(orderId > 0);

        // The server holds it as the screen says, notes included.
        HttpReply order = shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId));
        QCOMPARE(order.status, 200);
        QCOMPARE(order.json().value(u"status"_s).toString(), u"reserved"_s);
        QCOMPARE(order.json().value(u"notes"_s).toString(), u"Gift wrap, please"_s);
        QCOMPARE(order.json().value(u"channel"_s).toString(), u"chat"_s);
        QCOMPARE(order.json().value(u"lines"_s).toArray().size(), 2);

        // PayPal is paid online: the link to send, signed by the server.
        ui::PaymentLinkBox *link = intake->paymentLinkBox();
        QVERIFY(link->isVisible());
        QVERIFY2(link->link().startsWith(u"https://paypal.example/pay?invoice=%1&amount=94.80&"
                                         "currency_code=EUR&expires="_s.arg(orderId)),
                 qPrintable(link->link()));
        QVERIFY(link->link().contains(u"&sig="_s));
        QCOMPARE(order.json().value(u"payment_link"_s).toString(), link->link());
        link->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), link->link());
        link->emailButton()->click();
        QTRY_COMPARE(link->message()->text(), u"The payment link is on its way to the customer."_s);

        // The list has it, and its detail.
        const qint64 localId = intake->currentOrder();
        desk.orders->showOrder(localId);
        ui::OrderDetailWidget *detail = desk.orders->detail();
        QTRY_COMPARE(detail->titleLabel()->text(), u"Order #%1 — Reserved"_s.arg(orderId));
        QCOMPARE(detail->linesTable()->rowCount(), 2);
        QCOMPARE(detail->totalLabel()->text(), u"Total: €94.80"_s);
        QVERIFY(detail->termsLabel()->text().contains(u"Notes: Gift wrap, please"_s));
        QCOMPARE(detail->historyTable()->rowCount(), 1);
        QCOMPARE(detail->historyTable()->item(0, 2)->text(), u"alice"_s);

        // An order number finds its customer.
        intake->newOrderButton()->click();
        QVERIFY(pickCustomer(desk, u"#"_s + QString::number(orderId), u"Ada Lovelace"_s));

        // Paid, by the agent.
        QVERIFY(detail->markPaidButton()->isVisible());
        QTest::keyClicks(detail->referenceField(), u"PP-7781"_s);
        detail->markPaidButton()->click();
        QTRY_COMPARE(detail->titleLabel()->text(), u"Order #%1 — Paid"_s.arg(orderId));
        QTRY_COMPARE(detail->historyTable()->rowCount(), 2);
        QVERIFY(!detail->markPaidButton()->isVisible());

        // Shipped by the warehouse through the API: the screen follows by itself.
        test::TestHttp warehouse(shop.url());
        QVERIFY(warehouse.login(u"wanda"_s, QString::fromLatin1(ClientShop::password)));
        const HttpReply shipped =
            warehouse.post(u"/api/v1/orders/%1/shipment"_s.arg(orderId),
                           {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"JJD000390007"_s}});
        QCOMPARE(shipped.status, 200);
        QTRY_COMPARE(detail->titleLabel()->text(), u"Order #%1 — Shipped"_s.arg(orderId));
        QVERIFY(detail->shippingLabel()->isVisible());
        QVERIFY(detail->shippingLabel()->text().contains(u"JJD000390007"_s));
        QVERIFY(detail->shippingLabel()->text().contains(u"DHL"_s));
        // The carrier's tracking page, clickable.
        QVERIFY2(detail->shippingLabel()->text().contains(
                     u"<a href=\"https://track.example/dhl?piececode=JJD000390007\">"_s),
                 qPrintable(detail->shippingLabel()->text()));
        QVERIFY(detail->shippingLabel()->openExternalLinks());
        QVERIFY(!detail->paymentLinkBox()->isVisible());
        QCOMPARE(detail->historyTable()->rowCount(), 3);
        QCOMPARE(detail->historyTable()->item(2, 0)->text(), u"Shipped"_s);
        QCOMPARE(detail->historyTable()->item(2, 2)->text(), u"wanda"_s);
        QVERIFY(!detail->cancelButton()->isEnabled());
        const auto *list = desk.orders->listModel();
        const int row = list->rowOfLocalId(localId);
        QCOMPARE(list->index(row, client::OrderListModel::StatusColumn).data().toString(),
                 u"Shipped"_s);
        QCOMPARE(intake->statusLabel()->isVisible(), false); // the intake moved on
        QCOMPARE(resets.size(), 0);
        // Stock went out with the shipment.
        QTRY_COMPARE(desk.session->cache()->queries()->product(u"MUG-01"_s)->onHand, 8);

        // The order summary as a PDF.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"order.pdf"_s);
        QVERIFY(detail->savePdf(pdf).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 1000);
        QVERIFY(!detail->savePdf(dir.filePath(u"no/such/folder/order.pdf"_s)).ok());
    }

    void cancelReleasesTheUnits()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        AgentDesk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QTRY_VERIFY(desk.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        QVERIFY(pickCustomer(desk, u"ada@"_s, u"Ada Lovelace"_s));
        scan(desk, u"MUG-01"_s);
        desk.intake()->paymentBox()->setCurrentIndex(
            desk.intake()->paymentBox()->findData(u"bank_transfer"_s));
        desk.intake()->confirmButton()->click();
        QTRY_VERIFY2(desk.status().startsWith(u"Reserved — order #"_s), qPrintable(desk.status()));
        const qint64 orderId = orderIdFromStatus(desk.status());
        desk.orders->showOrder(desk.intake()->currentOrder());
        ui::OrderDetailWidget *detail = desk.orders->detail();
        QTRY_VERIFY(detail->cancelButton()->isEnabled());
        // The first press only asks to press again.
        detail->cancelButton()->click();
        QVERIFY(detail->cancelButton()->text().startsWith(u"Press again"_s));
        QCOMPARE(shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId)).json().value(u"status"_s),
                 u"reserved"_s);
        // Without the server: said plainly, nothing changed.
        QCOMPARE(shop.server().stop(), 0);
        detail->cancelButton()->click();
        QTRY_VERIFY(detail->message()->isVisible());
        QVERIFY2(detail->message()->text().startsWith(u"The server cannot be reached; nothing was "
                                                      "changed."_s),
                 qPrintable(detail->message()->text()));
        QCOMPARE(detail->titleLabel()->text(), u"Order #%1 — Reserved"_s.arg(orderId));
        QVERIFY(shop.startAgain());
        QTRY_COMPARE_WITH_TIMEOUT(desk.session->engine()->state(), State::Live, 15000);
        // A payment needs its reference.
        detail->markPaidButton()->click();
        QTRY_COMPARE(detail->message()->text(),
                     u"Enter the payment reference (up to 200 characters)."_s);
        QCOMPARE(shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId)).json().value(u"status"_s),
                 u"reserved"_s);
        // Now for real: press, press again.
        QTRY_VERIFY(detail->cancelButton()->isEnabled());
        detail->cancelButton()->click();
        detail->cancelButton()->click();
        QTRY_COMPARE(detail->titleLabel()->text(), u"Order #%1 — Cancelled"_s.arg(orderId));
        QTRY_COMPARE(desk.session->cache()->queries()->product(u"MUG-01"_s)->available, 10);
        QVERIFY(desk.status().contains(u"Cancelled"_s));
    }

    void lineOverAvailableDisablesConfirm()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        AgentDesk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QTRY_VERIFY(desk.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        ui::OrderIntakeWidget *intake = desk.intake();
        QVERIFY(pickCustomer(desk, u"Ada"_s, u"Ada Lovelace"_s));
        scan(desk, u"MUG-01"_s);
        QVERIFY(intake->confirmButton()->isEnabled());
        QVERIFY(!intake->stockWarning()->isVisible());

        // 11 of 10: marked at once, Confirm off.
        const QModelIndex quantity =
            intake->linesModel()->index(0, ui::OrderLinesModel::QuantityColumn);
        QVERIFY(intake->linesModel()->setData(quantity, 11));
        QVERIFY(intake->stockWarning()->isVisible());
        QCOMPARE(intake->stockWarning()->text(), u"Only 10 of MUG-01 available (11 asked for)."_s);
        QVERIFY(!intake->confirmButton()->isEnabled());
        QVERIFY(quantity.data(ui::OrderLinesModel::ShortRole).toBool());
        QVERIFY(quantity.data(Qt::BackgroundRole).isValid());
        // Ctrl+Enter does nothing either.
        QTest::keyClick(intake, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(desk.session->cache()->outbox()->pendingCount(), 0);
        // Bad quantities are refused and change nothing.
        QVERIFY(!intake->linesModel()->setData(quantity, 0));
        QVERIFY(!intake->linesModel()->setData(quantity, u"many"_s));
        QCOMPARE(quantity.data().toString(), u"11"_s);

        QVERIFY(intake->linesModel()->setData(quantity, 10));
        QVERIFY(!intake->stockWarning()->isVisible());
        QVERIFY(intake->confirmButton()->isEnabled());

        // The warehouse takes 4 out: the line turns short by itself.
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"removal"_s, -4, u"damaged"_s), 201);
        QTRY_VERIFY(!intake->confirmButton()->isEnabled());
        QCOMPARE(lineCell(desk, 0, ui::OrderLinesModel::AvailableColumn), u"6"_s);
        QCOMPARE(intake->stockWarning()->text(), u"Only 6 of MUG-01 available (10 asked for)."_s);
        // Nothing was sent.
        QCOMPARE(shop.admin().get(u"/api/v1/orders"_s).json().value(u"items"_s).toArray().size(),
                 0);
        // Delete on the line removes it; with no line there is nothing to confirm.
        intake->linesView()->setFocus();
        intake->linesView()->selectRow(0);
        QTest::keyClick(intake->linesView(), Qt::Key_Delete);
        QCOMPARE(intake->linesModel()->rowCount(), 0);
        QVERIFY(!intake->stockWarning()->isVisible());
        QVERIFY(!intake->confirmButton()->isEnabled());
        QCOMPARE(intake->confirmButton()->toolTip(), u"Add at least one line."_s);
    }

    void twoAgentsRaceForTheLastUnit()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.admin()
                     .post(u"/api/v1/users"_s,
                           {{u"username"_s, u"bruno"_s},
                            {u"password"_s, QString::fromLatin1(ClientShop::password)},
                            {u"role"_s, u"agent"_s}})
                     .status,
                 201);
        QCOMPARE(shop.createProduct(u"LAST-1"_s, u"Last lamp"_s, 8900), 201);
        QCOMPARE(shop.postMovement(u"LAST-1"_s, u"receipt"_s, 1), 201);

        AgentDesk alice;
        AgentDesk bruno;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        QVERIFY(bruno.open(shop.url(), u"bruno"_s));
        for (AgentDesk *desk : {&alice, &bruno}) {
            QTRY_VERIFY(desk->session->cache()->queries()->product(u"LAST-1"_s).has_value());
            QVERIFY(pickCustomer(*desk, u"Ada"_s, u"Ada Lovelace"_s));
            scan(*desk, u"LAST-1"_s);
            QCOMPARE(lineCell(*desk, 0, ui::OrderLinesModel::AvailableColumn), u"1"_s);
            QVERIFY(desk->intake()->confirmButton()->isEnabled());
        }
        // Both press Confirm at the same moment.
        alice.intake()->confirmButton()->click();
        bruno.intake()->confirmButton()->click();
        const auto settled = [](AgentDesk &d) {
            return d.status().startsWith(u"Reserved"_s) ||
                   d.status().startsWith(u"Not confirmed"_s);
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(alice) && settled(bruno), 15000);
        const bool aliceWon = alice.status().startsWith(u"Reserved"_s);
        AgentDesk &winner = aliceWon ? alice : bruno;
        AgentDesk &loser = aliceWon ? bruno : alice;
        QVERIFY2(winner.status().startsWith(u"Reserved — order #"_s), qPrintable(winner.status()));
        QCOMPARE(loser.status(),
                 u"Not confirmed — the server refused the order: Only 0 of LAST-1 available (1 "
                 "asked for)."_s);
        // The loser may change the order and try again; the stock shown is now 0.
        QTRY_COMPARE(lineCell(loser, 0, ui::OrderLinesModel::AvailableColumn), u"0"_s);
        QVERIFY(!loser.intake()->confirmButton()->isEnabled());
        QVERIFY(loser.intake()->stockWarning()->isVisible());
        // Exactly one order on the server holds the unit.
        const QJsonArray orders =
            shop.admin().get(u"/api/v1/orders"_s).json().value(u"items"_s).toArray();
        QCOMPARE(orders.size(), 1);
        const HttpReply stock = shop.admin().get(u"/api/v1/stock/LAST-1"_s);
        QCOMPARE(stock.json().value(u"reserved"_s).toInt(), 1);
        QCOMPARE(stock.json().value(u"available"_s).toInt(), 0);
    }

    void offlineOrderStaysQueuedNotConfirmed()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        AgentDesk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QTRY_VERIFY(desk.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        QVERIFY(pickCustomer(desk, u"Ada"_s, u"Ada Lovelace"_s));
        scan(desk, u"MUG-01"_s);
        scan(desk, u"MUG-01"_s);

        QCOMPARE(shop.server().stop(), 0);
        QTRY_COMPARE(desk.session->engine()->state(), State::Offline);
        // Customer and lines came from the cache; Confirm queues.
        QVERIFY(desk.intake()->confirmButton()->isEnabled());
        desk.intake()->confirmButton()->click();
        QVERIFY2(desk.status().startsWith(u"Queued — not confirmed."_s), qPrintable(desk.status()));
        QVERIFY(desk.status().contains(u"cannot be reached"_s));
        QVERIFY(!desk.intake()->paymentLinkBox()->isVisible());
        // Still queued a while later: staying so is shown only by time passing.
        QTest::qWait(1500);
        QVERIFY(desk.status().startsWith(u"Queued — not confirmed."_s));
        QVERIFY(!desk.intake()->confirmButton()->isEnabled());
        // The list says the same.
        const qint64 localId = desk.intake()->currentOrder();
        desk.orders->showOrder(localId);
        const auto *list = desk.orders->listModel();
        const int row = list->rowOfLocalId(localId);
        QVERIFY(row >= 0);
        QCOMPARE(list->index(row, client::OrderListModel::StatusColumn).data().toString(),
                 u"Queued — not confirmed"_s);
        QCOMPARE(list->index(row, client::OrderListModel::NumberColumn).data().toString(),
                 u"not yet numbered"_s);
        QCOMPARE(desk.orders->detail()->titleLabel()->text(), u"Queued — not confirmed"_s);

        // Back online: it goes through once and shows the server's status.
        QVERIFY(shop.startAgain());
        QTRY_VERIFY_WITH_TIMEOUT(desk.status().startsWith(u"Reserved — order #"_s), 15000);
        QCOMPARE(shop.admin().get(u"/api/v1/orders"_s).json().value(u"items"_s).toArray().size(),
                 1);
        QTRY_VERIFY(desk.orders->detail()->titleLabel()->text().endsWith(u"— Reserved"_s));
    }

    void duplicateCustomerIsOffered()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.admin()
                     .post(u"/api/v1/customers"_s,
                           {{u"name"_s, u"Grace Hopper"_s}, {u"phone"_s, u"+49 30 1234567"_s}})
                     .status,
                 201);
        AgentDesk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QTRY_COMPARE(desk.session->cache()->queries()->customerCount(), 2);
        ui::CustomerPanel *panel = desk.customer();
        const auto customerCount = [&] {
            return shop.admin()
                .get(u"/api/v1/customers"_s)
                .json()
                .value(u"items"_s)
                .toArray()
                .size();
        };

        // Bad input: a clear message, nothing created.
        panel->newCustomerButton()->click();
        QVERIFY(panel->nameField()->isVisible());
        panel->createButton()->click();
        QVERIFY(panel->message()->isVisible());
        QCOMPARE(panel->message()->text(), u"Enter the customer's name."_s);
        QTest::keyClicks(panel->nameField(), u"Ada King"_s);
        QTest::keyClicks(panel->emailField(), u"not-an-address"_s);
        panel->createButton()->click();
        QCOMPARE(panel->message()->text(), u"\"not-an-address\" is not an e-mail address."_s);
        QCOMPARE(customerCount(), 2);

        // Same e-mail in another case: the existing customer is offered.
        panel->emailField()->clear();
        QTest::keyClicks(panel->emailField(), u"ADA@example.org"_s);
        panel->createButton()->click();
        QTRY_VERIFY(panel->duplicateOffer()->isVisible());
        QVERIFY(panel->duplicateText()->text().contains(u"Ada Lovelace"_s));
        panel->useDuplicateButton()->click();
        QVERIFY(panel->customer());
        QCOMPARE(panel->customer()->name, u"Ada Lovelace"_s);
        QCOMPARE(customerCount(), 2);

        // Same phone written differently.
        panel->newCustomerButton()->click();
        panel->nameField()->clear();
        QTest::keyClicks(panel->nameField(), u"G. Hopper"_s);
        QTest::keyClicks(panel->phoneField(), u"+49 (30) 123-4567"_s);
        panel->createButton()->click();
        QTRY_VERIFY(panel->duplicateOffer()->isVisible());
        QVERIFY(panel->duplicateText()->text().contains(u"Grace Hopper"_s));
        QCOMPARE(customerCount(), 2);
        // The agent knows better: a new record after all.
        panel->createAnywayButton()->click();
        QTRY_COMPARE(panel->customer() ? panel->customer()->name : QString(), u"G. Hopper"_s);
        QCOMPARE(customerCount(), 3);

        // A customer this client has not synced yet: the server finds the duplicate.
        desk.session->engine()->stop();
        QCOMPARE(shop.admin()
                     .post(u"/api/v1/customers"_s,
                           {{u"name"_s, u"Hedy Lamarr"_s}, {u"email"_s, u"hedy@example.org"_s}})
                     .status,
                 201);
        QVERIFY(desk.session->cache()->queries()->findCustomers(u"hedy"_s).isEmpty());
        panel->newCustomerButton()->click();
        QTest::keyClicks(panel->nameField(), u"H. Lamarr"_s);
        QTest::keyClicks(panel->emailField(), u"Hedy@Example.org"_s);
        panel->createButton()->click();
        QTRY_VERIFY(panel->duplicateOffer()->isVisible());
        QVERIFY(panel->duplicateText()->text().contains(u"Hedy Lamarr"_s));
        panel->useDuplicateButton()->click();
        QCOMPARE(panel->customer()->name, u"Hedy Lamarr"_s);
        QCOMPARE(customerCount(), 4);
        desk.session->engine()->start();

        // A new customer with nothing in common is created straight away, in their language.
        panel->newCustomerButton()->click();
        panel->languageBox()->setCurrentIndex(panel->languageBox()->findData(u"de"_s));
        QTest::keyClicks(panel->nameField(), u"Katherine Johnson"_s);
        QTest::keyClicks(panel->emailField(), u"kj@example.net"_s);
        panel->addressField()->setPlainText(u"1 Langley Way\nHampton"_s);
        panel->createButton()->click();
        QTRY_COMPARE(panel->customer() ? panel->customer()->name : QString(),
                     u"Katherine Johnson"_s);
        QVERIFY(!panel->duplicateOffer()->isVisible());
        QCOMPARE(customerCount(), 5);
        const HttpReply created =
            shop.admin().get(u"/api/v1/customers/%1"_s.arg(panel->customer()->id));
        QCOMPARE(created.json().value(u"language"_s).toString(), u"de"_s);
        QCOMPARE(created.json().value(u"address"_s).toString(), u"1 Langley Way\nHampton"_s);
        // ... and found by phone digits once synced.
        QTRY_COMPARE(desk.session->cache()->queries()->findCustomers(u"030 123"_s).size(), 0);
        QTRY_COMPARE(desk.session->cache()->queries()->findCustomers(u"30 1234"_s).size(), 2);
    }

    // A manager checks a link the provider reports as paid: a tampered link is refused with
    // the reason and nothing changes; the true link pays its order.
    void managerVerifiesAPaidLink()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const HttpReply placed = shop.admin().post(
            u"/api/v1/orders"_s,
            {{u"customer_id"_s, shop.customerId()},
             {u"channel"_s, u"web"_s},
             {u"payment_method"_s, u"card"_s},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 2}}}}});
        QCOMPARE(placed.status, 201);
        const qint64 orderId = placed.json().value(u"id"_s).toInteger();
        const QString link = placed.json().value(u"payment_link"_s).toString();
        QVERIFY(link.contains(u"&sig="_s));

        // Agents record payments but do not check links.
        AgentDesk agent;
        QVERIFY(agent.open(shop.url(), u"alice"_s));
        QTRY_VERIFY(agent.session->cache()->queries()->orderByServerId(orderId).has_value());
        agent.orders->showOrder(
            agent.session->cache()->queries()->orderByServerId(orderId)->localId);
        QVERIFY(agent.orders->detail()->markPaidButton()->isVisible());
        QVERIFY(!agent.orders->detail()->verifyLinkButton()->isVisible());

        AgentDesk manager;
        QVERIFY(manager.open(shop.url(), u"mia"_s));
        QTRY_VERIFY(manager.session->cache()->queries()->orderByServerId(orderId).has_value());
        manager.orders->showOrder(
            manager.session->cache()->queries()->orderByServerId(orderId)->localId);
        ui::OrderDetailWidget *detail = manager.orders->detail();
        QVERIFY(detail->verifyLinkButton()->isVisible());
        auto *message = detail->findChild<QLabel *>(u"detailMessage"_s);
        QVERIFY(message);

        // The amount lowered in the link: refused, said why, the order still reserved.
        QString tampered = link;
        tampered.replace(
            u"amount=%1"_s.arg(
                placed.json().value(u"total"_s).toObject().value(u"amount_minor"_s).toInteger()),
            u"amount=1"_s);
        QVERIFY(tampered != link);
        QTest::keyClicks(detail->referenceField(), u"PSP-8A41F2"_s);
        QTest::keyClicks(detail->paidLinkField(), tampered);
        detail->verifyLinkButton()->click();
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"altered"_s), qPrintable(message->text()));
        QCOMPARE(shop.admin()
                     .get(u"/api/v1/orders/%1"_s.arg(orderId))
                     .json()
                     .value(u"status"_s)
                     .toString(),
                 u"reserved"_s);

        // Nothing pasted: asked for the link, nothing sent.
        detail->paidLinkField()->clear();
        detail->verifyLinkButton()->click();
        QTRY_COMPARE(message->text(),
                     u"Paste the payment link that the provider reports as paid."_s);

        // The link as the shop sent it: the order is paid with the reference.
        QTest::keyClicks(detail->paidLinkField(), link);
        QTest::keyClick(detail->paidLinkField(), Qt::Key_Return);
        QTRY_COMPARE(message->text(),
                     u"The payment link checks out: order #%1 is paid."_s.arg(orderId));
        QTRY_COMPARE(detail->titleLabel()->text(), u"Order #%1 — Paid"_s.arg(orderId));
        const QJsonObject paid = shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId)).json();
        QCOMPARE(paid.value(u"payment_reference"_s).toString(), u"PSP-8A41F2"_s);
        QVERIFY(!detail->verifyLinkButton()->isVisible());
    }

    void orderListFilters()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        for (const auto &[channel, quantity] : {std::pair{u"phone"_s, 1}, std::pair{u"web"_s, 2}}) {
            const HttpReply r = shop.admin().post(
                u"/api/v1/orders"_s,
                {{u"customer_id"_s, shop.customerId()},
                 {u"channel"_s, channel},
                 {u"payment_method"_s, u"card"_s},
                 {u"notes"_s, u"ring twice"_s},
                 {u"lines"_s,
                  QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, quantity}}}}});
            QCOMPARE(r.status, 201);
        }
        AgentDesk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        ui::OrderListView *list = desk.orders->list();
        desk.orders->tabs()->setCurrentWidget(list->parentWidget());
        QAbstractItemModel *shown = list->table()->model();
        QTRY_COMPARE(shown->rowCount(), 2);
        QCOMPARE(list->countLabel()->text(), u"2 orders"_s);
        list->channelFilter()->setCurrentIndex(list->channelFilter()->findData(u"web"_s));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, client::OrderListModel::ChannelColumn).data().toString(),
                 u"Web"_s);
        QCOMPARE(list->countLabel()->text(), u"1 of 2 orders"_s);
        list->channelFilter()->setCurrentIndex(0);
        list->statusFilter()->setCurrentIndex(list->statusFilter()->findData(u"paid"_s));
        QCOMPARE(shown->rowCount(), 0);
        list->statusFilter()->setCurrentIndex(list->statusFilter()->findData(u"reserved"_s));
        QCOMPARE(shown->rowCount(), 2);
        QTRY_VERIFY(list->agentFilter()->findData(u"admin"_s) > 0);
        list->agentFilter()->setCurrentIndex(list->agentFilter()->findData(u"admin"_s));
        QCOMPARE(shown->rowCount(), 2);
        QTest::keyClicks(list->customerFilter(), u"grace"_s);
        QCOMPARE(shown->rowCount(), 0);
        list->customerFilter()->clear();
        QTest::keyClicks(list->customerFilter(), u"lovel"_s);
        QCOMPARE(shown->rowCount(), 2);
        QTest::keyClicks(list->searchField(), u"twice MUG-01"_s);
        QCOMPARE(shown->rowCount(), 2);
        list->fromDate()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(shown->rowCount(), 0);
        list->fromDate()->setDate(QDate::currentDate().addDays(-1));
        list->toDate()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(shown->rowCount(), 2);

        // A new order arrives live and lands in the filtered list as one inserted row.
        QSignalSpy resets(shown, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(shown, &QAbstractItemModel::rowsInserted);
        const HttpReply r = shop.admin().post(
            u"/api/v1/orders"_s,
            {{u"customer_id"_s, shop.customerId()},
             {u"channel"_s, u"email"_s},
             {u"payment_method"_s, u"skrill"_s},
             {u"notes"_s, u"ring twice"_s},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 1}}}}});
        QCOMPARE(r.status, 201);
        QTRY_COMPARE(shown->rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_MAIN(TestOrders)
#include "tst_orders.moc"
