#include "orders/orderswidget.h"

#include "client/clientsession.h"
#include "client/customerdirectory.h"
#include "client/orderlistmodel.h"
#include "client/ordersservice.h"
#include "client/rolepolicy.h"
#include "orders/orderdetailwidget.h"
#include "orders/orderintakewidget.h"
#include "orders/orderlistview.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

OrdersWidget::OrdersWidget(client::ClientSession *session, client::ProductTableModel *products,
                           QWidget *parent)
    : QWidget(parent)
    , m_directory(new client::CustomerDirectory(session->cache(), session->api(), this))
    , m_service(new client::OrdersService(session->api(), this))
    , m_model(new client::OrderListModel(session->cache(), this))
    , m_tabs(new QTabWidget(this))
    , m_list(new OrderListView(m_model, this))
    , m_detail(new OrderDetailWidget(session, m_service, this))
{
    setObjectName(u"ordersModule"_s);
    m_tabs->setObjectName(u"ordersTabs"_s);
    if (client::RolePolicy::mayPlaceOrders(session->info().role)) {
        m_intake = new OrderIntakeWidget(session, products, m_directory, m_service, this);
        m_tabs->addTab(m_intake, tr("&New order"));
    }
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

void OrdersWidget::showIntake()
{
    if (m_intake)
        m_tabs->setCurrentWidget(m_intake);
}

void OrdersWidget::showOrder(qint64 localId)
{
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
    if (m_list->showOrder(localId))
        m_detail->showOrder(localId);
}

} // namespace shopdesk::ui
