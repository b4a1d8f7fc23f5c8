#include "shell/mainwindow.h"

#include "admin/adminview.h"
#include "admin/settingsview.h"
#include "care/customersview.h"
#include "care/noticesbutton.h"
#include "care/ticketsview.h"
#include "care/ticketthreadview.h"
#include "client/apiclient.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/lowstockwatch.h"
#include "client/outboxmodel.h"
#include "client/producttablemodel.h"
#include "client/standaloneserver.h"
#include "client/syncengine.h"
#include "common/logging.h"
#include "common/messagebar.h"
#include "domain/permissions.h"
#include "inbox/inboxview.h"
#include "orders/orderswidget.h"
#include "products/productsview.h"
#include "returns/returnsview.h"
#include "shell/outboxpanel.h"
#include "shell/preferences.h"
#include "shell/preferencesdialog.h"
#include "shell/quicksearchdialog.h"
#include "shell/shellmodule.h"
#include "shell/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shopdesk::client::SyncEngine;

namespace shopdesk::ui {

MainWindow::MainWindow(client::ClientSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_products(new client::ProductTableModel(session->cache(), this,
                                               client::ProductTableModel::Load::Later))
    , m_outbox(new client::OutboxModel(session->cache(), this))
    , m_messages(new MessageBar(this))
    , m_moduleList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new SyncStatusWidget(session->engine(), this))
    , m_outboxPanel(new OutboxPanel(m_outbox, session->engine(), this))
    , m_outboxDock(new QDockWidget(tr("Pending changes"), this))
    , m_quickSearch(new QuickSearchDialog(m_products, this))
{
    setObjectName(u"mainWindow"_s);
    const client::SessionInfo &info = session->info();
    QString where = session->standaloneServer() ? tr("this computer") : info.server.host();
    if (session->standaloneServer() && session->standaloneServer()->sharedUrl().isValid())
        where = tr("this computer, shared at %1")
                    .arg(session->standaloneServer()->sharedUrl().toString());
    setWindowTitle(tr("Shopdesk — %1 (%2) on %3").arg(info.username, info.role, where));

    m_moduleList->setObjectName(u"moduleList"_s);
    m_moduleList->setIconSize(QSize(24, 24));
    m_moduleList->setFrameShape(QFrame::NoFrame);
    m_moduleList->setFixedWidth(150);
    m_moduleList->setSpacing(2);
    m_moduleList->setAccessibleName(tr("Modules"));

    auto *central = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->addWidget(m_messages);
    right->addWidget(m_pages, 1);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_moduleList);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_outboxDock->setObjectName(u"outboxDock"_s);
    m_outboxDock->setWidget(m_outboxPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();

    statusBar()->addWidget(m_status, 1);
    connect(m_status, &SyncStatusWidget::pendingClicked, this, &MainWindow::showPendingChanges);

    buildModules();
    buildMenus();
    buildNotices();

    SyncEngine *engine = session->engine();
    connect(engine, &SyncEngine::mutationRefused, this,
            [this](const client::OutboxItem &item, const QString &reason) {
                m_messages->showMessage(tr("The server refused: %1 — %2").arg(item.summary, reason),
                                        MessageBar::Kind::Error);
                showPendingChanges();
            });
    connect(engine, &SyncEngine::authenticationRequired, this, [this](const QString &reason) {
        m_messages->showMessage(tr("%1 Changes stay queued until you log in again (File → Log "
                                   "out).")
                                    .arg(reason),
                                MessageBar::Kind::Warning);
    });
    // Everyone who sells or stocks hears when a product falls below its minimum.
    auto *lowStock =
        new client::LowStockWatch(session->api(), session->cache(), session->info().role, this);
    connect(lowStock, &client::LowStockWatch::fellBelow, this, [this](const QStringList &entries) {
        m_messages->showMessage(tr("Low stock: %1").arg(entries.join(u", "_s)),
                                MessageBar::Kind::Warning);
    });
    connect(m_quickSearch, &QuickSearchDialog::productChosen, this, [this](const QString &sku) {
        if (showModule(u"products"_s))
            productsView()->showProduct(sku);
    });
    if (session->openedOffline()) {
        m_messages->showMessage(tr("The server cannot be reached: you are working offline from "
                                   "this computer's copy. Changes wait until it is back."),
                                MessageBar::Kind::Warning);
    }
    // Said once: the next start opens the rebuilt file, which is sound.
    if (session->cache()->wasRebuilt()) {
        m_messages->showMessage(tr("This computer's copy was damaged and has been rebuilt from "
                                   "the server; %n queued change(s) were kept.",
                                   nullptr, session->cache()->keptChanges()),
                                MessageBar::Kind::Warning);
    }

    // The window comes up at once; the product list fills in when the cache has been read.
    m_products->loadInBackground();

    resize(1100, 700);
    restoreGeometry(prefs::windowGeometry);
    restoreState(prefs::windowState);
    if (ProductsView *products = productsView())
        products->restoreHeaderState(prefs::productsHeader);
    if (!showModule(prefs::currentModule) && !m_moduleIds.isEmpty())
        showModule(m_moduleIds.first());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildModules()
{
    ShellContext context{m_session, m_products};
    const QString role = m_session->info().role;
    const QList<ShellModule> modules = ShellModule::all();
    for (const ShellModule &module : modules) {
        if (!module.isAllowedFor(role))
            continue;
        QWidget *page = module.create(context, m_pages);
        page->setProperty("moduleId", module.id);
        m_pages->addWidget(page);
        auto *item = new QListWidgetItem(module.icon, module.title, m_moduleList);
        item->setData(Qt::UserRole, module.id);
        m_moduleIds.append(module.id);
    }
    if (m_moduleIds.isEmpty()) {
        auto *none = new QLabel(
            tr("Your role (%1) has no module in this desktop client.").arg(role), m_pages);
        none->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(none);
    }
    connect(m_moduleList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages->count())
            m_pages->setCurrentIndex(row);
    });
    // An order on a customer's timeline opens in Orders.
    auto *customers =
        qobject_cast<CustomersView *>(m_pages->widget(int(m_moduleIds.indexOf(u"customers"_s))));
    auto *orders =
        qobject_cast<OrdersWidget *>(m_pages->widget(int(m_moduleIds.indexOf(u"orders"_s))));
    if (customers && orders) {
        connect(customers, &CustomersView::orderActivated, this, [this, orders](qint64 orderId) {
            const auto local = m_session->cache()->queries()->orderByServerId(orderId);
            if (local && showModule(u"orders"_s))
                orders->showOrder(local->localId);
        });
    }
    // A return listed in a ticket's thread opens in Returns.
    auto *tickets =
        qobject_cast<TicketsView *>(m_pages->widget(int(m_moduleIds.indexOf(u"tickets"_s))));
    auto *returnsView =
        qobject_cast<ReturnsView *>(m_pages->widget(int(m_moduleIds.indexOf(u"returns"_s))));
    if (tickets && returnsView) {
        connect(tickets->thread(), &TicketThreadView::returnActivated, this,
                [this, returnsView](qint64 returnId) {
                    if (showModule(u"returns"_s))
                        returnsView->showReturn(returnId);
                });
    }
    // The Settings tab's link to customer care's business calendar and service levels.
    auto *admin = qobject_cast<AdminView *>(m_pages->widget(int(m_moduleIds.indexOf(u"admin"_s))));
    if (admin && admin->settings() && tickets) {
        connect(admin->settings(), &SettingsView::serviceLevelsRequested, this,
                [this] { showModule(u"tickets"_s); });
    }
    connectInbox();
}

void MainWindow::connectInbox()
{
    const int row = int(m_moduleIds.indexOf(u"inbox"_s));
    auto *inbox = row < 0 ? nullptr : qobject_cast<InboxView *>(m_pages->widget(row));
    if (!inbox)
        return;
    QListWidgetItem *item = m_moduleList->item(row);
    item->setText(inbox->title());
    connect(inbox, &InboxView::titleChanged, this,
            [item](const QString &title) { item->setText(title); });
    connect(inbox, &InboxView::ticketActivated, this, [this](qint64 ticketId) {
        auto *tickets =
            qobject_cast<TicketsView *>(m_pages->widget(int(m_moduleIds.indexOf(u"tickets"_s))));
        if (tickets && showModule(u"tickets"_s))
            tickets->showTicket(ticketId);
    });
    connect(inbox, &InboxView::orderActivated, this, [this](qint64 orderId) {
        auto *orders =
            qobject_cast<OrdersWidget *>(m_pages->widget(int(m_moduleIds.indexOf(u"orders"_s))));
        const auto local = m_session->cache()->queries()->orderByServerId(orderId);
        if (orders && local && showModule(u"orders"_s))
            orders->showOrder(local->localId);
    });
    connect(inbox, &InboxView::orderStartRequested, this,
            [this](const client::ConversationOrder &order) {
                auto *orders = qobject_cast<OrdersWidget *>(
                    m_pages->widget(int(m_moduleIds.indexOf(u"orders"_s))));
                if (orders && showModule(u"orders"_s))
                    orders->startFromConversation(order);
            });
    connect(inbox, &InboxView::customerActivated, this, [this](qint64 customerId) {
        auto *customers = qobject_cast<CustomersView *>(
            m_pages->widget(int(m_moduleIds.indexOf(u"customers"_s))));
        if (customers && customerId != 0 && showModule(u"customers"_s))
            customers->showCustomer(customerId);
    });
}

void MainWindow::buildNotices()
{
    if (!Permissions::allows(m_session->info().role, Capability::ReadTickets))
        return;
    m_notices = new NoticesButton(m_session, this);
    statusBar()->addPermanentWidget(m_notices);
    connect(m_notices, &NoticesButton::ticketRequested, this, [this](qint64 ticketId) {
        const int row = int(m_moduleIds.indexOf(u"tickets"_s));
        auto *tickets = row < 0 ? nullptr : qobject_cast<TicketsView *>(m_pages->widget(row));
        if (tickets && showModule(u"tickets"_s))
            tickets->showTicket(ticketId);
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *logout = file->addAction(tr("&Log out"), this, [this] {
        saveLayout();
        emit logoutRequested();
    });
    logout->setObjectName(u"logoutAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"quitAction"_s);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_quickSearchAction = edit->addAction(tr("Find &product…"), this, &MainWindow::openQuickSearch);
    m_quickSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_quickSearchAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quickSearchAction->setObjectName(u"quickSearchAction"_s);
    QAction *find = edit->addAction(tr("&Search this list"), this, [this] {
        if (ProductsView *products = productsView(); products && currentModule() == u"products"_s)
            products->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(u"preferencesAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_moduleIds.size(); ++i) {
        const QString id = m_moduleIds.at(i);
        QAction *go =
            view->addAction(m_moduleList->item(i)->text(), this, [this, id] { showModule(id); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + i)));
    }
    view->addSeparator();
    QAction *pending = m_outboxDock->toggleViewAction();
    pending->setText(tr("&Pending changes"));
    pending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(pending);
    QAction *fullScreen = view->addAction(
        tr("&Full screen"), this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    QAction *retry = sync->addAction(tr("&Retry now"), m_session->engine(), &SyncEngine::retryNow);
    retry->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shopdesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::showModule(const QString &id)
{
    const int row = int(m_moduleIds.indexOf(id));
    if (row < 0)
        return false;
    m_moduleList->setCurrentRow(row);
    m_pages->setCurrentIndex(row);
    return true;
}

QString MainWindow::currentModule() const
{
    const int row = m_pages->currentIndex();
    return row >= 0 && row < m_moduleIds.size() ? m_moduleIds.at(row) : QString();
}

ProductsView *MainWindow::productsView() const
{
    const int row = int(m_moduleIds.indexOf(u"products"_s));
    return row < 0 ? nullptr : qobject_cast<ProductsView *>(m_pages->widget(row));
}

void MainWindow::showPendingChanges()
{
    if (!m_outboxDock->isVisible()) {
        m_outboxDock->show();
        // A strip under the work, not half the window.
        resizeDocks({m_outboxDock}, {height() / 4}, Qt::Vertical);
    }
    m_outboxDock->raise();
}

void MainWindow::showNotice(const QString &text)
{
    if (!text.isEmpty())
        m_messages->showMessage(text, MessageBar::Kind::Warning);
}

void MainWindow::openQuickSearch()
{
    m_quickSearch->popUp();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setLanguageSetting(prefs::language);
    if (dialog.exec() != QDialog::Accepted || dialog.languageSetting() == prefs::language.get())
        return;
    prefs::language.set(dialog.languageSetting());
    saveLayout();
    emit languageChanged();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Shopdesk"),
                       tr("<h3>Shopdesk %1</h3><p>The back-office for online shops: orders, "
                          "warehouse, content and trends on one live stock.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::saveLayout()
{
    prefs::windowGeometry.set(saveGeometry());
    prefs::windowState.set(saveState());
    prefs::currentModule.set(currentModule());
    if (ProductsView *products = productsView())
        prefs::productsHeader.set(products->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    const int pending = m_session->cache()->outbox()->pendingCount();
    if (pending > 0 && !property("quitWithoutAsking").toBool()) {
        const auto answer = QMessageBox::question(
            this, tr("Changes still waiting"),
            tr("Changes not yet on the server: %1. They are kept on this computer and sent "
               "the next time you start Shopdesk. Quit now?")
                .arg(pending));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
    emit closed();
}

} // namespace shopdesk::ui
