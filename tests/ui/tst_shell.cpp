#include "../client/clientfixture.h"

#include "client/apiclient.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/outboxmodel.h"
#include "client/producttablemodel.h"
#include "client/reportsclient.h"
#include "client/syncengine.h"
#include "common/language.h"
#include "common/messagebar.h"
#include "products/productfilterproxymodel.h"
#include "products/productsview.h"
#include "shell/mainwindow.h"
#include "shell/outboxpanel.h"
#include "shell/preferences.h"
#include "shell/quicksearchdialog.h"
#include "shell/shellmodule.h"
#include "shell/syncstatuswidget.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::client::ProductTableModel;
using shopdesk::test::ClientShop;
using State = client::SyncEngine::State;

namespace {

// What the products table shows in a cell of the row for sku ("" if the row is not shown).
QString cellText(ui::ProductsView *view, const QString &sku, int column)
{
    QAbstractItemModel *model = view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ProductTableModel::SkuColumn).data().toString() == sku)
            return model->index(row, column).data().toString();
    }
    return {};
}

QString outboxStatus(ui::MainWindow &window, int row)
{
    QAbstractItemModel *model = window.outboxPanel()->table()->model();
    return model->index(row, client::OutboxModel::StatusColumn).data().toString();
}

client::OrderDraft mugs(qint64 customer, qint64 quantity)
{
    client::OrderDraft d;
    d.customerId = customer;
    d.channel = u"chat"_s;
    d.paymentMethod = u"paypal"_s;
    d.lines = {{u"MUG-01"_s, quantity}};
    return d;
}

} // namespace

// The shell on screen, against a real server: what an agent sees change by itself when the
// warehouse acts, when the server goes away and comes back, and when it refuses an order.
class TestShell : public QObject
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
    }

    void listsOnlyTheModulesTheRoleMayUse()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        QCOMPARE(window.moduleIds(), (QStringList{u"products"_s, u"orders"_s, u"customers"_s,
                                                  u"tickets"_s, u"returns"_s, u"inbox"_s}));
        auto *list = window.findChild<QListWidget *>(u"moduleList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 6);
        QCOMPARE(list->item(0)->text(), u"Products"_s);
        QCOMPARE(list->item(1)->text(), u"Orders"_s);
        QCOMPARE(list->item(2)->text(), u"Customers"_s);
        QCOMPARE(list->item(3)->text(), u"Tickets"_s);
        QCOMPARE(list->item(4)->text(), u"Returns"_s);
        QCOMPARE(list->item(5)->text(), u"Inbox"_s);
        QCOMPARE(window.currentModule(), u"products"_s);
        // Standard menus and shortcuts.
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Sync"_s, u"&Help"_s}));
        QCOMPARE(window.findChild<QAction *>(u"quitAction"_s)->shortcut(),
                 QKeySequence(QKeySequence::Quit));
        QCOMPARE(window.quickSearchAction()->shortcut(), QKeySequence(u"Ctrl+K"_s));

        // A manager also reads the trends, and keeps the catalogue in Admin.
        auto manager = test::openSession(shop.url(), u"mia"_s);
        QVERIFY(manager);
        ui::MainWindow managerWindow(manager.get());
        QCOMPARE(managerWindow.moduleIds(),
                 (QStringList{u"products"_s, u"orders"_s, u"customers"_s, u"tickets"_s,
                              u"returns"_s, u"trends"_s, u"content"_s, u"inbox"_s, u"admin"_s}));
        // The warehouse has no Orders, Customers or Tickets screen.
        auto warehouse = test::openSession(shop.url(), u"wanda"_s);
        QVERIFY(warehouse);
        ui::MainWindow warehouseWindow(warehouse.get());
        QVERIFY(!warehouseWindow.moduleIds().contains(u"orders"_s));
        QVERIFY(!warehouseWindow.moduleIds().contains(u"customers"_s));
        QVERIFY(!warehouseWindow.moduleIds().contains(u"tickets"_s));
        QVERIFY(!warehouseWindow.moduleIds().contains(u"returns"_s));
        // An admin has the Admin module, last; a manager too (catalogue and audit), nobody else.
        QCOMPARE(shop.admin()
                     .post(u"/api/v1/users"_s,
                           {{u"username"_s, u"adam"_s},
                            {u"password"_s, QString::fromLatin1(ClientShop::password)},
                            {u"role"_s, u"admin"_s}})
                     .status,
                 201);
        auto admin = test::openSession(shop.url(), u"adam"_s);
        QVERIFY(admin);
        ui::MainWindow adminWindow(admin.get());
        QCOMPARE(adminWindow.moduleIds().last(), u"admin"_s);
        QCOMPARE(managerWindow.moduleIds().last(), u"admin"_s);
        QVERIFY(!warehouseWindow.moduleIds().contains(u"admin"_s));
        QVERIFY(!warehouseWindow.moduleIds().contains(u"inbox"_s));
    }

    void trendsUseTheTokenOfTheCurrentLogIn()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto manager = test::openSession(shop.url(), u"mia"_s);
        QVERIFY(manager);
        ui::ShellModule trendsModule;
        for (const ui::ShellModule &module : ui::ShellModule::all()) {
            if (module.id == u"trends"_s)
                trendsModule = module;
        }
        QVERIFY(trendsModule.create);
        std::unique_ptr<QWidget> trends(
            trendsModule.create(ui::ShellContext{manager.get(), nullptr}, nullptr));
        auto *reports = trends->findChild<reports::ReportsClient *>();
        QVERIFY(reports);
        QSignalSpy ready(reports, &reports::ReportSource::reportReady);
        QSignalSpy failed(reports, &reports::ReportSource::reportFailed);

        // The first token is revoked and the client logs in again (as the engine does when
        // the server forgets a token): the trends must follow.
        const QString first = manager->api()->token();
        test::TestHttp old(shop.url());
        old.setToken(first);
        QCOMPARE(old.del(u"/api/v1/session"_s).status, 200);
        bool again = false;
        manager->api()->login(u"mia"_s, QString::fromLatin1(ClientShop::password),
                              [&](const Result<client::SessionInfo> &r) { again = r.ok(); });
        QTRY_VERIFY(again);
        QVERIFY(manager->api()->token() != first);
        // The screen asks for its own reports too: look for the answer to this request.
        const quint64 id = reports->request(u"sales"_s, QUrlQuery());
        const auto answered = [id](const QSignalSpy &spy) {
            for (const QList<QVariant> &signal : spy) {
                if (signal.at(0).value<quint64>() == id)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(ready) || answered(failed), 15000);
        QVERIFY(answered(ready));
        QVERIFY(!answered(failed));
    }

    void warehouseMovementAppearsOnTheAgentsScreen()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        agent->engine()->start();
        ui::ProductsView *products = window.productsView();
        QVERIFY(products);
        QTRY_COMPARE(window.syncStatus()->connectionText(), u"Live"_s);
        QTRY_COMPARE(cellText(products, u"MUG-01"_s, ProductTableModel::OnHandColumn), u"10"_s);
        QVERIFY(window.syncStatus()->lastSyncText().startsWith(u"Last sync "_s));
        QCOMPARE(window.syncStatus()->pendingText(), u"Nothing waiting"_s);

        QSignalSpy reset(window.productModel(), &QAbstractItemModel::modelReset);
        auto warehouse = test::openSession(shop.url(), u"wanda"_s);
        QVERIFY(warehouse);
        warehouse->engine()->start();
        QTRY_COMPARE(warehouse->engine()->state(), State::Live);
        client::MovementDraft removal{u"MUG-01"_s, u"removal"_s, -4, u"sold at the counter"_s,
                                      {},          {},           {}};
        QVERIFY(warehouse->engine()->queueMovement(removal).ok());
        // No click, no refresh: the agent's table changes by itself.
        QTRY_COMPARE(cellText(products, u"MUG-01"_s, ProductTableModel::OnHandColumn), u"6"_s);
        QCOMPARE(cellText(products, u"MUG-01"_s, ProductTableModel::AvailableColumn), u"6"_s);
        QCOMPARE(reset.size(), 0);
    }

    void offlineOrderShowsQueuedThenTheServersStatus()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        agent->engine()->setReconnectDelays(100, 400);
        ui::MainWindow window(agent.get());
        window.show();
        agent->engine()->start();
        QTRY_COMPARE(window.syncStatus()->connectionText(), u"Live"_s);

        QCOMPARE(shop.server().stop(), 0);
        QTRY_VERIFY(window.syncStatus()->connectionText().startsWith(u"Offline"_s));
        QVERIFY(agent->engine()->queueOrder(mugs(shop.customerId(), 3)).ok());
        QTRY_COMPARE(window.syncStatus()->pendingText(), u"1 change waiting"_s);
        QCOMPARE(outboxStatus(window, 0), u"Queued — not confirmed"_s);
        // The user can open the list from the status bar.
        window.syncStatus()->findChild<QToolButton *>(u"pendingCount"_s)->click();
        QVERIFY(window.outboxDock()->isVisible());

        QVERIFY(shop.startAgain());
        QTRY_COMPARE_WITH_TIMEOUT(window.syncStatus()->connectionText(), u"Live"_s, 10000);
        QTRY_VERIFY(outboxStatus(window, 0).endsWith(u": reserved"_s));
        QVERIFY(outboxStatus(window, 0).startsWith(u"Order "_s));
        QTRY_COMPARE(window.syncStatus()->pendingText(), u"Nothing waiting"_s);
        QTRY_COMPARE(
            cellText(window.productsView(), u"MUG-01"_s, ProductTableModel::ReservedColumn),
            u"3"_s);
        QCOMPARE(cellText(window.productsView(), u"MUG-01"_s, ProductTableModel::AvailableColumn),
                 u"7"_s);
    }

    void refusedOrderShowsTheReason()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        window.show();
        agent->engine()->start();
        QTRY_COMPARE(window.syncStatus()->connectionText(), u"Live"_s);
        QVERIFY(!window.messageBar()->isVisible());
        QVERIFY(agent->engine()->queueOrder(mugs(shop.customerId(), 11)).ok());
        QTRY_VERIFY(window.messageBar()->isVisible());
        QVERIFY2(
            window.messageBar()->text().contains(u"Only 10 of MUG-01 available (11 asked for)."_s),
            qPrintable(window.messageBar()->text()));
        QCOMPARE(outboxStatus(window, 0),
                 u"Refused: Only 10 of MUG-01 available (11 asked for)."_s);
        QVERIFY(window.outboxDock()->isVisible());
    }

    void damagedCacheIsSaidOnce()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        agent->engine()->stop();
        QVERIFY(agent->engine()->queueOrder(mugs(shop.customerId(), 1)).ok());
        QVERIFY(agent->engine()->queueOrder(mugs(shop.customerId(), 2)).ok());
        const QString path = agent->cache()->path();
        agent.reset();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QCOMPARE(file.write(QByteArray(100, '\x5a')), 100);
        }

        agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        {
            ui::MainWindow window(agent.get());
            window.show();
            QVERIFY(window.messageBar()->isVisible());
            QCOMPARE(window.messageBar()->text(),
                     u"This computer's copy was damaged and has been rebuilt from the server; 2 "
                     "queued changes were kept."_s);
        }
        agent.reset();
        agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        QVERIFY(!window.messageBar()->text().contains(u"damaged"_s));
    }

    void ctrlKFindsAProductWithItsAvailableStock()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.createProduct(u"TEA-01"_s, u"Green tea"_s, 450), 201);
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        agent->engine()->start();
        QTRY_COMPARE(window.productModel()->rowCount(), 2);

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window.quickSearch()->isVisible());
        QTest::keyClicks(window.quickSearch()->queryField(), u"blue mu"_s);
        QTreeView *results = window.quickSearch()->results();
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(results->model()->index(0, 0).data().toString(), u"MUG-01"_s);
        QCOMPARE(results->model()->index(0, 2).data().toString(), u"10 available"_s);
        // The figure is live while the dialog is open.
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"receipt"_s, 2), 201);
        QTRY_COMPARE(results->model()->index(0, 2).data().toString(), u"12 available"_s);

        QTest::keyClick(window.quickSearch()->queryField(), Qt::Key_Return);
        QTRY_VERIFY(!window.quickSearch()->isVisible());
        QCOMPARE(window.productsView()->currentSku(), u"MUG-01"_s);
    }

    void windowLayoutIsRemembered()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        {
            ui::MainWindow window(agent.get());
            window.show();
            window.resize(900, 640);
            window.outboxDock()->show();
            window.productsView()->table()->sortByColumn(ProductTableModel::AvailableColumn,
                                                         Qt::DescendingOrder);
            QTRY_COMPARE(window.size(), QSize(900, 640));
            QTRY_VERIFY(window.outboxDock()->isVisible());
            window.saveLayout();
        }
        QVERIFY(!ui::prefs::windowGeometry.get().isEmpty());
        ui::MainWindow again(agent.get());
        again.show();
        QTRY_COMPARE(again.size(), QSize(900, 640));
        QVERIFY(again.outboxDock()->isVisible());
        QHeaderView *header = again.productsView()->table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(ProductTableModel::AvailableColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
