#include "../client/clientfixture.h"

#include "client/batchlinemodel.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/lowstockwatch.h"
#include "client/orderlistmodel.h"
#include "client/producttablemodel.h"
#include "client/syncengine.h"
#include "client/warehouseservice.h"
#include "common/messagebar.h"
#include "products/productsview.h"
#include "shell/mainwindow.h"
#include "warehouse/batchentrywidget.h"
#include "warehouse/movementhistorywidget.h"
#include "warehouse/picklistwidget.h"
#include "warehouse/warehouseview.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::client::BatchLineModel;
using shopdesk::client::ProductTableModel;
using shopdesk::test::ClientShop;

namespace {

QString cellText(ui::ProductsView *view, const QString &sku, int column)
{
    QAbstractItemModel *model = view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ProductTableModel::SkuColumn).data().toString() == sku)
            return model->index(row, column).data().toString();
    }
    return {};
}

// The barcode scanner: the code typed key by key, then Enter.
void scan(ui::BatchEntryWidget *batch, const QString &code)
{
    QTest::keyClicks(batch->scanField(), code);
    QTest::keyClick(batch->scanField(), Qt::Key_Return);
}

// Types a new quantity into a line's cell, as the officer would.
void typeQuantity(ui::BatchEntryWidget *batch, int row, qint64 quantity)
{
    QTableView *table = batch->table();
    const QModelIndex index = table->model()->index(row, BatchLineModel::QuantityColumn);
    table->setCurrentIndex(index);
    table->edit(index);
    auto *editor = table->viewport()->findChild<QAbstractSpinBox *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QString::number(quantity));
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits the editor's value from the event loop.
    QTRY_VERIFY(!table->viewport()->findChild<QAbstractSpinBox *>());
}

} // namespace

// The Warehouse screen against a real server: scanning, batches posted whole or not at all,
// reserved units protected, the pick list as PDF, shipping, and agents seeing it at once.
class TestWarehouseUi : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;

public:
    struct Client
    {
        std::unique_ptr<client::ClientSession> session;
        std::unique_ptr<client::WarehouseService> service;
        std::unique_ptr<ui::WarehouseView> view;
    };

    // Wanda's warehouse screen, live, with the shop's products in her cache.
    static Client warehouseClient(ClientShop &shop)
    {
        Client client;
        client.session = test::openSession(shop.url(), u"wanda"_s);
        if (!client.session)
            return client;
        if (!test::startLive(*client.session, 10000))
            return client; // no view: the test fails there
        client.service = std::make_unique<client::WarehouseService>(client.session->api(),
                                                                    client.session->cache());
        client.view = std::make_unique<ui::WarehouseView>(client.service.get());
        client.view->resize(900, 600);
        client.view->show();
        return client;
    }

    static qint64 stockField(ClientShop &shop, const QString &sku, const QString &field)
    {
        return shop.admin().get(u"/api/v1/stock/"_s + sku).json().value(field).toInteger(-1);
    }

    static qint64 placeOrder(ClientShop &shop, const QString &sku, int quantity,
                             const QString &notes = {})
    {
        const test::HttpReply reply = shop.admin().post(
            u"/api/v1/orders"_s,
            {{u"customer_id"_s, shop.customerId()},
             {u"channel"_s, u"phone"_s},
             {u"payment_method"_s, u"card"_s},
             {u"notes"_s, notes},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, quantity}}}}});
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
    }

    void theShellListsTheModuleForWarehouseAndAdmin()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto warehouse = test::openSession(shop.url(), u"wanda"_s);
        QVERIFY(warehouse);
        ui::MainWindow window(warehouse.get());
        QVERIFY(window.moduleIds().contains(u"warehouse"_s));
        QVERIFY(window.showModule(u"warehouse"_s));
        QVERIFY(window.findChild<ui::WarehouseView *>());
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow agentWindow(agent.get());
        QVERIFY(!agentWindow.moduleIds().contains(u"warehouse"_s));
        auto manager = test::openSession(shop.url(), u"mia"_s);
        QVERIFY(manager);
        ui::MainWindow managerWindow(manager.get());
        QVERIFY(!managerWindow.moduleIds().contains(u"warehouse"_s));
    }

    void agentsHearWhenAProductFallsBelowItsMinimum()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.admin()
                     .send("PUT", u"/api/v1/stock/MUG-01/minimum"_s,
                           R"({"location": "main", "minimum": 8})")
                     .status,
                 200);
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        window.show();
        agent->engine()->start();
        QTRY_COMPARE(cellText(window.productsView(), u"MUG-01"_s, ProductTableModel::OnHandColumn),
                     u"10"_s);
        auto lowStockMessage = [&window] {
            for (ui::MessageBar *bar : window.findChildren<ui::MessageBar *>()) {
                if (bar->isVisible() && bar->text().startsWith(u"Low stock"_s))
                    return bar->text();
            }
            return QString();
        };
        auto *watch = window.findChild<client::LowStockWatch *>();
        QVERIFY(watch);
        QTRY_VERIFY(watch->isLoaded());
        QCOMPARE(lowStockMessage(), QString());
        // The warehouse takes three mugs out: seven left, the minimum is eight.
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"removal"_s, -3, u"damage"_s), 201);
        QTRY_COMPARE_WITH_TIMEOUT(lowStockMessage(), u"Low stock: MUG-01 at main"_s, 10000);
    }

    void transferBetweenNamedLocations()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.admin().post(u"/api/v1/locations"_s, {{u"name"_s, u"shelf-a"_s}}).status,
                 201);
        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        ui::BatchEntryWidget *batch = client.view->batchEntry();
        QTRY_VERIFY(batch->toLocationBox()->findText(u"shelf-a"_s) >= 0);
        batch->setKind(client::BatchKind::Transfer);
        QVERIFY(batch->toLocationBox()->isVisible());
        QVERIFY(!batch->supplierField()->isVisible());
        batch->locationBox()->setCurrentText(u"main"_s);
        batch->toLocationBox()->setCurrentText(u"main"_s);
        scan(batch, u"MUG-01"_s);
        // From a location to itself: refused here, nothing sent.
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QVERIFY(batch->messages()->text().contains(u"same location"_s));
        batch->undoStack()->undo();
        batch->toLocationBox()->setCurrentText(u"shelf-a"_s);
        scan(batch, u"MUG-01"_s);
        scan(batch, u"MUG-01"_s);
        QCOMPARE(
            batch->table()->model()->index(0, BatchLineModel::LocationColumn).data().toString(),
            u"main → shelf-a"_s);
        QSignalSpy posted(batch, &ui::BatchEntryWidget::posted);
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_COMPARE(posted.size(), 1);
        QMap<QString, qint64> where;
        for (const QJsonValue &place :
             shop.admin().get(u"/api/v1/stock/MUG-01"_s).json()[u"locations"_s].toArray())
            where.insert(place[u"location"_s].toString(), place[u"on_hand"_s].toInteger());
        QCOMPARE(where.value(u"main"_s), 8);
        QCOMPARE(where.value(u"shelf-a"_s), 2);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"on_hand"_s), 10);
    }

    void scannerBurstMakesOneLineOfThree()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const test::HttpReply tea = shop.admin().post(
            u"/api/v1/products"_s,
            {{u"sku"_s, u"TEA-01"_s},
             {u"name"_s, u"Green tea"_s},
             {u"barcode"_s, u"4006381333931"_s},
             {u"price"_s, QJsonObject{{u"amount_minor"_s, 450}, {u"currency"_s, u"EUR"_s}}}});
        QCOMPARE(tea.status, 201);
        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"TEA-01"_s).has_value());
        ui::BatchEntryWidget *batch = client.view->batchEntry();
        batch->scanField()->setFocus();

        for (int i = 0; i < 3; ++i)
            scan(batch, u"MUG-01"_s);
        QCOMPARE(batch->model()->rowCount(), 1);
        QCOMPARE(batch->table()->model()->index(0, BatchLineModel::QuantityColumn).data().toInt(),
                 3);
        QVERIFY(!batch->kindBox()->isEnabled()); // one kind per batch
        QCOMPARE(batch->scanField()->text(), QString());
        // An EAN finds its product too.
        scan(batch, u"4006381333931"_s);
        QCOMPARE(batch->model()->rowCount(), 2);
        QCOMPARE(batch->model()->line(1).sku, u"TEA-01"_s);
        // Unknown codes say so and add nothing.
        scan(batch, u"NOPE-99"_s);
        QCOMPARE(batch->model()->rowCount(), 2);
        QVERIFY(batch->messages()->text().contains(u"NOPE-99"_s));

        // Every step can be undone and redone before posting.
        batch->undoStack()->undo(); // the tea
        batch->undoStack()->undo(); // the third mug
        QCOMPARE(batch->model()->rowCount(), 1);
        QCOMPARE(batch->model()->line(0).quantity, 2);
        batch->undoStack()->redo();
        QCOMPARE(batch->model()->line(0).quantity, 3);
        typeQuantity(batch, 0, 7);
        QCOMPARE(batch->model()->line(0).quantity, 7);
        batch->undoStack()->undo();
        QCOMPARE(batch->model()->line(0).quantity, 3);
    }

    void receiptAppearsInTheAgentsClient()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        window.show();
        agent->engine()->start();
        ui::ProductsView *products = window.productsView();
        QTRY_COMPARE(cellText(products, u"MUG-01"_s, ProductTableModel::OnHandColumn), u"10"_s);

        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        ui::BatchEntryWidget *batch = client.view->batchEntry();
        batch->setKind(client::BatchKind::Receive);
        QTest::keyClicks(batch->supplierField(), u"Acme Ceramics"_s);
        QTest::keyClicks(batch->referenceField(), u"PO-4711"_s);
        scan(batch, u"MUG-01"_s);
        typeQuantity(batch, 0, 12);
        QSignalSpy posted(batch, &ui::BatchEntryWidget::posted);
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_COMPARE(posted.size(), 1);
        QCOMPARE(batch->model()->rowCount(), 0);

        // No click on the agent's side: the table changes by itself.
        QTRY_COMPARE(cellText(products, u"MUG-01"_s, ProductTableModel::OnHandColumn), u"22"_s);
        const QJsonArray ledger =
            shop.admin().get(u"/api/v1/movements?sku=MUG-01"_s).json()[u"items"_s].toArray();
        const QString reason = ledger.last()[u"reason"_s].toString();
        QVERIFY2(reason.contains(u"Acme Ceramics"_s) && reason.contains(u"PO-4711"_s),
                 qPrintable(reason));
        QCOMPARE(ledger.last()[u"user"_s].toString(), u"wanda"_s);
    }

    void removalOfReservedStockIsRefusedWithTheOrders()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const qint64 first = placeOrder(shop, u"MUG-01"_s, 5);
        const qint64 second = placeOrder(shop, u"MUG-01"_s, 3);
        QVERIFY(first > 0 && second > 0);
        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        ui::BatchEntryWidget *batch = client.view->batchEntry();
        batch->setKind(client::BatchKind::Remove);
        batch->reasonBox()->setCurrentIndex(2); // damage
        scan(batch, u"MUG-01"_s);
        typeQuantity(batch, 0, 4); // only 2 are free
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_VERIFY(batch->messages()->text().startsWith(u"Nothing was posted"_s));
        const QString text = batch->messages()->text();
        QVERIFY2(text.contains(QString::number(first)) && text.contains(QString::number(second)),
                 qPrintable(text));
        // Nothing changed, and the line is still there to correct.
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"on_hand"_s), 10);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"reserved"_s), 8);
        QCOMPARE(batch->model()->rowCount(), 1);
        typeQuantity(batch, 0, 2);
        QSignalSpy posted(batch, &ui::BatchEntryWidget::posted);
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_COMPARE(posted.size(), 1);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"on_hand"_s), 8);
        const QJsonArray ledger =
            shop.admin().get(u"/api/v1/movements?sku=MUG-01"_s).json()[u"items"_s].toArray();
        QCOMPARE(ledger.last()[u"reason"_s].toString(), u"damage"_s);
    }

    void aBatchWithOneBadLinePostsNothing()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.createProduct(u"MUG-02"_s, u"Red mug"_s, 1150), 201);
        QCOMPARE(shop.postMovement(u"MUG-02"_s, u"receipt"_s, 2), 201);
        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"MUG-02"_s).has_value());
        ui::BatchEntryWidget *batch = client.view->batchEntry();
        batch->setKind(client::BatchKind::Remove);
        batch->reasonBox()->setCurrentIndex(1); // replacement
        scan(batch, u"MUG-01"_s);
        scan(batch, u"MUG-02"_s);
        typeQuantity(batch, 1, 5); // the shelf holds 2
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_VERIFY(batch->messages()->text().startsWith(u"Nothing was posted; line 2"_s));
        QCOMPARE(batch->table()->selectionModel()->selectedRows().value(0).row(), 1);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"on_hand"_s), 10);
        QCOMPARE(stockField(shop, u"MUG-02"_s, u"on_hand"_s), 2);
        QCOMPARE(batch->model()->rowCount(), 2);
    }

    void countBelowReservedFlagsTheOrders()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.createProduct(u"MUG-02"_s, u"Red mug"_s, 1150), 201);
        QCOMPARE(shop.postMovement(u"MUG-02"_s, u"receipt"_s, 5), 201);
        const qint64 holding = placeOrder(shop, u"MUG-01"_s, 6);
        const qint64 other = placeOrder(shop, u"MUG-02"_s, 1);
        QVERIFY(holding > 0 && other > 0);
        // An agent's client, live: the flag reaches its copy of the orders by itself.
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        agent->engine()->start();
        auto agentSees = [&agent](qint64 id) {
            const auto order = agent->cache()->queries()->orderByServerId(id);
            return order ? order->order.stockAtRisk : false;
        };
        QTRY_VERIFY(agent->cache()->queries()->orderByServerId(holding).has_value());
        QVERIFY(!agentSees(holding));
        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        ui::BatchEntryWidget *batch = client.view->batchEntry();
        batch->setKind(client::BatchKind::Count);
        for (int i = 0; i < 4; ++i)
            scan(batch, u"MUG-01"_s); // four mugs found on the shelf
        QSignalSpy posted(batch, &ui::BatchEntryWidget::posted);
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_COMPARE(posted.size(), 1);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"on_hand"_s), 4);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"reserved"_s), 6);
        auto atRisk = [&shop](qint64 id) {
            return shop.admin()
                .get(u"/api/v1/orders/"_s + QString::number(id))
                .json()[u"stock_at_risk"_s]
                .toBool();
        };
        QVERIFY(atRisk(holding));
        QVERIFY(!atRisk(other));
        QTRY_VERIFY(agentSees(holding));
        QVERIFY(!agentSees(other));
        // The agent's order list says so.
        client::OrderListModel list(agent->cache());
        list.reload();
        auto statusText = [&](qint64 id) {
            const int row =
                list.rowOfLocalId(agent->cache()->queries()->orderByServerId(id)->localId);
            return list.index(row, client::OrderListModel::StatusColumn).data().toString();
        };
        QVERIFY2(statusText(holding).contains(u"stock at risk"_s), qPrintable(statusText(holding)));
        QVERIFY2(!statusText(other).contains(u"stock at risk"_s), qPrintable(statusText(other)));
    }

    void pickListPdfAndShipping()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const qint64 first =
            placeOrder(shop, u"MUG-01"_s, 2, u"Gift wrap, please\nDeliver after 5 pm"_s);
        const qint64 second = placeOrder(shop, u"MUG-01"_s, 3);
        const qint64 unpaid = placeOrder(shop, u"MUG-01"_s, 1, u"Call first"_s);
        QVERIFY(first > 0 && second > 0 && unpaid > 0);
        for (qint64 id : {first, second}) {
            QCOMPARE(shop.admin()
                         .post(u"/api/v1/orders/%1/payment"_s.arg(id),
                               {{u"reference"_s, u"PAY-%1"_s.arg(id)}})
                         .status,
                     200);
        }
        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        ui::PickListWidget *pick = client.view->pickList();
        client.view->tabs()->setCurrentWidget(pick);
        QTRY_COMPARE(pick->orders().size(), 2);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"picklist.pdf"_s);
        QVERIFY(pick->exportPdf(pdf).ok());
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(20000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(u"Order %1"_s.arg(first)), qPrintable(text));
        QVERIFY2(text.contains(u"Order %1"_s.arg(second)), qPrintable(text));
        QVERIFY(!text.contains(u"Order %1"_s.arg(unpaid)));
        QVERIFY(text.contains(u"Ada Lovelace"_s));
        // The notes, in their box under the first order, before its lines.
        const qsizetype notesAt = text.indexOf(u"Notes: Gift wrap, please"_s);
        QVERIFY2(notesAt > text.indexOf(u"Order %1"_s.arg(first)), qPrintable(text));
        QVERIFY2(notesAt < text.indexOf(u"Order %1"_s.arg(second)), qPrintable(text));
        QVERIFY2(text.indexOf(u"Deliver after 5 pm"_s) > notesAt, qPrintable(text));
        QCOMPARE(text.count(u"Notes:"_s), 1);
        QVERIFY(!text.contains(u"Call first"_s));

        // On the screen: a notes column on every line of the order, and the notes in full
        // under the list while the order is selected.
        QAbstractItemModel *model = pick->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 order =
                model->index(row, ui::PickListWidget::OrderColumn).data().toLongLong();
            QCOMPARE(model->index(row, ui::PickListWidget::NotesColumn).data().toString(),
                     order == first ? u"Gift wrap, please · Deliver after 5 pm"_s : QString());
        }
        QCOMPARE(model->headerData(ui::PickListWidget::NotesColumn, Qt::Horizontal).toString(),
                 u"Notes"_s);
        QVERIFY(pick->selectOrder(second));
        QVERIFY(pick->notesLabel()->isHidden());
        QVERIFY(pick->selectOrder(first));
        QVERIFY(!pick->notesLabel()->isHidden());
        QCOMPARE(pick->notesLabel()->text(),
                 u"Notes on order %1: Gift wrap, please\nDeliver after 5 pm"_s.arg(first));
        QVERIFY(pick->notesLabel()->font().bold());

        // Ship the first with carrier and tracking: the reservation becomes a sale.
        QVERIFY(pick->selectOrder(first));
        QVERIFY(!pick->shipButton()->isEnabled());
        QTest::keyClicks(pick->carrierField(), u"DHL"_s);
        QTest::keyClicks(pick->trackingField(), u"JJD000390007"_s);
        QVERIFY(pick->shipButton()->isEnabled());
        QSignalSpy shipped(pick, &ui::PickListWidget::shipped);
        QTest::mouseClick(pick->shipButton(), Qt::LeftButton);
        QTRY_COMPARE(shipped.size(), 1);
        QTRY_COMPARE(pick->orders().size(), 1);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"on_hand"_s), 8);
        QCOMPARE(stockField(shop, u"MUG-01"_s, u"reserved"_s), 4);
        const QJsonObject order = shop.admin().get(u"/api/v1/orders/%1"_s.arg(first)).json();
        QCOMPARE(order[u"status"_s].toString(), u"shipped"_s);
        QCOMPARE(order[u"tracking"_s].toString(), u"JJD000390007"_s);
    }

    void historyFiltersAndExportsCsv()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"removal"_s, -1, u"damage: chipped"_s), 201);
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"receipt"_s, 5, u"supplier Acme"_s), 201);
        Client client = warehouseClient(shop);
        QVERIFY(client.view);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"MUG-01"_s).has_value());
        // Wanda removes one too.
        ui::BatchEntryWidget *batch = client.view->batchEntry();
        batch->setKind(client::BatchKind::Remove);
        batch->reasonBox()->setCurrentIndex(0); // direct sale
        scan(batch, u"MUG-01"_s);
        QSignalSpy posted(batch, &ui::BatchEntryWidget::posted);
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_COMPARE(posted.size(), 1);

        ui::MovementHistoryWidget *history = client.view->history();
        QSignalSpy refreshed(history, &ui::MovementHistoryWidget::refreshed);
        client.view->tabs()->setCurrentWidget(history);
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(history->table()->model()->rowCount(), 4); // 10 received, -1, +5, -1

        history->kindBox()->setCurrentIndex(history->kindBox()->findData(u"removal"_s));
        QTest::mouseClick(history->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(history->table()->model()->rowCount(), 2);
        QTest::keyClicks(history->userField(), u"wanda"_s);
        QTest::keyClick(history->userField(), Qt::Key_Return);
        QTRY_COMPARE(refreshed.size(), 3);
        QCOMPARE(history->table()->model()->rowCount(), 1);
        QCOMPARE(history->table()->model()->index(0, 5).data().toString(), u"direct sale"_s);
        // A date range that ends before today shows nothing.
        history->toCheck()->setChecked(true);
        history->toDate()->setDate(QDate::currentDate().addDays(-2));
        QTest::mouseClick(history->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(refreshed.size(), 4);
        QCOMPARE(history->table()->model()->rowCount(), 0);
        history->toCheck()->setChecked(false);
        QTest::mouseClick(history->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(refreshed.size(), 5);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"movements.csv"_s);
        QVERIFY(history->exportCsv(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(u"When,SKU,Kind,Units"_s), qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(u",MUG-01,removal,-1,main,direct sale,,wanda"_s),
                 qPrintable(lines[1]));
    }
};

#ifdef SHOPDESK_SCREENSHOTS
// Not a test: shopdesk-warehouse-screenshots, run on purpose, writes
// docs/screenshots/warehouse-*.png (SHOPDESK_SCREENSHOT_DIR=docs/screenshots), from the same
// helpers as the tests above.
class WarehouseScreenshots : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        QVERIFY2(!dir.isEmpty(), "set SHOPDESK_SCREENSHOT_DIR (e.g. docs/screenshots)");
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const QList<std::tuple<QString, QString, QString, int>> products = {
            {u"MUG-02"_s, u"Red mug, 0.3 l"_s, u"4006381333931"_s, 1150},
            {u"TEA-01"_s, u"Green tea Sencha, 100 g"_s, u"4012345000016"_s, 690},
            {u"POT-01"_s, u"Teapot, cast iron, 0.8 l"_s, u"4012345000023"_s, 4900},
            {u"CUP-04"_s, u"Espresso cups, set of 4"_s, u"4012345000030"_s, 2400}};
        for (const auto &[sku, name, barcode, price] : products) {
            QCOMPARE(shop.admin()
                         .post(u"/api/v1/products"_s,
                               {{u"sku"_s, sku},
                                {u"name"_s, name},
                                {u"barcode"_s, barcode},
                                {u"price"_s, QJsonObject{{u"amount_minor"_s, price},
                                                         {u"currency"_s, u"EUR"_s}}}})
                         .status,
                     201);
            QCOMPARE(shop.postMovement(sku, u"receipt"_s, 24, u"supplier Tea & Co"_s), 201);
        }
        for (const QString &name : {u"shelf-a"_s, u"back-room"_s})
            QCOMPARE(shop.admin().post(u"/api/v1/locations"_s, {{u"name"_s, name}}).status, 201);
        QCOMPARE(shop.postMovement(u"MUG-02"_s, u"removal"_s, -2, u"damage: chipped"_s), 201);
        QCOMPARE(shop.postMovement(u"TEA-01"_s, u"removal"_s, -1, u"replacement: order 3"_s), 201);
        const QList<std::tuple<QString, int, QString>> orders = {
            {u"MUG-01"_s, 2, QString()},
            {u"POT-01"_s, 1, u"Gift wrap, card: \"Happy birthday, Ana!\"\nDeliver after 5 pm"_s},
            {u"TEA-01"_s, 3, u"Leave with the neighbour at no. 12"_s}};
        for (const auto &[sku, quantity, notes] : orders) {
            const qint64 id = TestWarehouseUi::placeOrder(shop, sku, quantity, notes);
            QVERIFY(id > 0);
            QCOMPARE(shop.admin()
                         .post(u"/api/v1/orders/%1/payment"_s.arg(id),
                               {{u"reference"_s, u"PAY-%1"_s.arg(id)}})
                         .status,
                     200);
        }
        TestWarehouseUi::Client client = TestWarehouseUi::warehouseClient(shop);
        QVERIFY(client.view);
        client.view->resize(1000, 620);
        QTRY_VERIFY(client.session->cache()->queries()->product(u"CUP-04"_s).has_value());
        QSignalSpy locations(client.view.get(), &ui::WarehouseView::locationsLoaded);
        client.view->reloadLocations();
        QTRY_VERIFY(!locations.isEmpty());
        ui::BatchEntryWidget *batch = client.view->batchEntry();

        batch->setKind(client::BatchKind::Receive);
        QTest::keyClicks(batch->supplierField(), u"Tea & Co GmbH"_s);
        QTest::keyClicks(batch->referenceField(), u"DN-2026-1182"_s);
        batch->locationBox()->setCurrentText(u"shelf-a"_s);
        for (const QString &code : {u"4006381333931"_s, u"4006381333931"_s, u"TEA-01"_s,
                                    u"POT-01"_s, u"TEA-01"_s, u"4006381333931"_s})
            scan(batch, code);
        typeQuantity(batch, 2, 6);
        QVERIFY(client.view->grab().save(dir + u"/warehouse-receiving.png"_s));
        batch->undoStack()->setIndex(0);

        batch->setKind(client::BatchKind::Count);
        batch->locationBox()->setCurrentText(u"main"_s);
        for (int i = 0; i < 3; ++i)
            scan(batch, u"MUG-01"_s);
        scan(batch, u"CUP-04"_s);
        typeQuantity(batch, 1, 23);
        batch->model()->setData(batch->model()->index(1, BatchLineModel::ReasonColumn),
                                u"one set missing"_s);
        QVERIFY(client.view->grab().save(dir + u"/warehouse-counting.png"_s));
        QSignalSpy posted(batch, &ui::BatchEntryWidget::posted);
        QTest::mouseClick(batch->postButton(), Qt::LeftButton);
        QTRY_COMPARE(posted.size(), 1);

        ui::PickListWidget *pick = client.view->pickList();
        QSignalSpy picked(pick, &ui::PickListWidget::refreshed);
        client.view->tabs()->setCurrentWidget(pick);
        QTRY_VERIFY(pick->orders().size() == 3);
        QTRY_VERIFY(!picked.isEmpty());
        pick->selectOrder(pick->orders().at(1).order.id.value()); // the one with gift wrap
        QTest::keyClicks(pick->carrierField(), u"DHL"_s);
        QVERIFY(client.view->grab().save(dir + u"/warehouse-picklist.png"_s));

        ui::MovementHistoryWidget *history = client.view->history();
        QSignalSpy refreshed(history, &ui::MovementHistoryWidget::refreshed);
        client.view->tabs()->setCurrentWidget(history);
        QTRY_VERIFY(!refreshed.isEmpty());
        QVERIFY(client.view->grab().save(dir + u"/warehouse-history.png"_s));
    }
};

QTEST_MAIN(WarehouseScreenshots)
#else
QTEST_MAIN(TestWarehouseUi)
#endif
#include "tst_warehouse.moc"
