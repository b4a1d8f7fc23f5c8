#include "orders/orderswidget.h"

#include "client/clientsession.h"
#include "client/customerdirectory.h"
#include "client/inbox/conversationorder.h"
#include "client/inbox/conversationorderlinks.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/orderlistmodel.h"
#include "client/ordersservice.h"
#include "client/rolepolicy.h"
#include "client/syncengine.h"
#include "common/logging.h"
#include "orders/conversationmessagepanel.h"
#include "orders/customerpanel.h"
#include "orders/orderdetailwidget.h"
#include "orders/orderintakewidget.h"
#include "orders/orderlinesmodel.h"
#include "orders/orderlistview.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

OrdersWidget::OrdersWidget(client::ClientSession *session, client::ProductTableModel *products,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(new client::CustomerDirectory(session->cache(), session->api(), this))
    , m_service(new client::OrdersService(session->api(), this))
    , m_model(new client::OrderListModel(session->cache(), this))
    , m_tabs(new QTabWidget(this))
    , m_list(new OrderListView(m_model, this))
    , m_detail(new OrderDetailWidget(session, m_service, this))
    , m_links(new client::ConversationOrderLinks(session->api(), session->cache(), this))
{
    setObjectName(u"ordersModule"_s);
    m_tabs->setObjectName(u"ordersTabs"_s);
    if (client::RolePolicy::mayPlaceOrders(session->info().role))
        setUpIntake(products);
    // A link whose answer was lost goes again once the server is back.
    connect(session->engine(), &client::SyncEngine::stateChanged, m_links,
            [this](client::SyncEngine::State state) {
                if (state == client::SyncEngine::State::Live)
                    m_links->retry();
            });
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({900, 520});
    m_tabs->addTab(split, tr("&Orders"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_list, &OrderListView::orderSelected, m_detail, &OrderDetailWidget::showOrder);
}

void OrdersWidget::setUpIntake(client::ProductTableModel *products)
{
    m_intake = new OrderIntakeWidget(m_session, products, m_directory, m_service, this);
    // The message an order is taken from sits beside the form, hidden otherwise.
    auto *intakeSplit = new QSplitter(Qt::Horizontal, this);
    intakeSplit->setObjectName(u"intakeSplit"_s);
    m_conversationPanel = new ConversationMessagePanel(products, intakeSplit);
    intakeSplit->addWidget(m_intake);
    intakeSplit->addWidget(m_conversationPanel);
    intakeSplit->setStretchFactor(0, 3);
    intakeSplit->setStretchFactor(1, 2);
    intakeSplit->setChildrenCollapsible(false);
    m_conversationPanel->hide();
    m_tabs->addTab(intakeSplit, tr("&New order"));

    connect(m_conversationPanel, &ConversationMessagePanel::addRequested, this,
            &OrdersWidget::addProposedLines);
    connect(m_conversationPanel, &ConversationMessagePanel::closeRequested, m_conversationPanel,
            &QWidget::hide);
    connect(m_intake->newOrderButton(), &QPushButton::clicked, this,
            &OrdersWidget::hideConversation);
    connect(m_intake, &OrderIntakeWidget::orderQueued, this, [this](qint64 localId) {
        m_conversationPanel->setAddEnabled(false);
        if (m_conversationId <= 0 || localId <= 0)
            return;
        if (const auto kept = m_links->remember(m_conversationId, localId); !kept)
            qCWarning(lcUi) << "cannot keep the link of order" << localId << "to conversation"
                            << m_conversationId << ":" << kept.error().message;
    });
    // A refused order opens the form again, and with it the message's lines.
    connect(m_session->cache(), &client::LocalCache::orderChanged, this, [this](qint64 localId) {
        if (localId == m_intake->currentOrder())
            m_conversationPanel->setAddEnabled(m_intake->productField()->isEnabled());
    });
}

void OrdersWidget::showIntake()
{
    if (m_intake)
        m_tabs->setCurrentWidget(m_intake->parentWidget());
}

void OrdersWidget::showOrder(qint64 localId)
{
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
    if (m_list->showOrder(localId))
        m_detail->showOrder(localId);
}

void OrdersWidget::startFromConversation(const client::ConversationOrder &order)
{
    if (!m_intake) {
        qCWarning(lcUi) << "this role takes no orders; conversation" << order.conversationId;
        return;
    }
    m_intake->startNewOrder();
    m_conversationId = order.conversationId;
    CustomerPanel *customer = m_intake->customerPanel();
    if (order.customerId > 0) {
        std::optional<client::CustomerRecord> record =
            m_session->cache()->queries()->customer(order.customerId);
        if (!record) {
            // Not synced yet: the id is all the order needs.
            record = client::CustomerRecord{};
            record->id = order.customerId;
            record->name = order.customerName;
        }
        customer->setCustomer(record);
    } else if (!order.from.trimmed().isEmpty()) {
        customer->searchFor(order.from.trimmed());
    }
    m_conversationPanel->showConversation(order);
    if (!m_conversationPanel->isVisible()) {
        // The message takes two fifths: enough to read it and its lines beside the form.
        auto *split = static_cast<QSplitter *>(m_intake->parentWidget());
        const int width = split->width();
        m_conversationPanel->show();
        split->setSizes({width * 3 / 5, width * 2 / 5});
    }
    showIntake();
    if (order.customerId > 0)
        m_intake->productField()->setFocus();
}

void OrdersWidget::addProposedLines(const QList<inbox::ProposedLine> &lines)
{
    // A queued order's lines are what was sent; only a form still open takes more.
    if (!m_intake || !m_intake->productField()->isEnabled())
        return;
    for (const inbox::ProposedLine &line : lines) {
        if (const auto product = m_session->cache()->queries()->product(line.sku))
            m_intake->linesModel()->addProduct(*product, line.quantity);
    }
}

void OrdersWidget::hideConversation()
{
    m_conversationId = 0;
    if (m_conversationPanel)
        m_conversationPanel->hide();
}

} // namespace shopdesk::ui
