#include "orders/orderlistview.h"

#include "client/orderlistmodel.h"
#include "client/ordertext.h"
#include "orders/orderfilterproxymodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shopdesk::client::OrderListModel;

namespace shopdesk::ui {

OrderListView::OrderListView(client::OrderListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new OrderFilterProxyModel(this))
    , m_status(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_customer(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    for (OrderStatus status : allOrderStatuses())
        m_status->addItem(client::OrderText::status(status), orderStatusName(status));
    m_channel->setObjectName(u"channelFilter"_s);
    m_channel->setAccessibleName(tr("Channel filter"));
    m_channel->addItem(tr("Any channel"), QString());
    for (const QString &channel : client::OrderText::channels())
        m_channel->addItem(client::OrderText::channel(channel), channel);
    m_agent->setObjectName(u"agentFilter"_s);
    m_agent->setAccessibleName(tr("Agent filter"));
    refreshAgents();
    // The minimum date reads "any": an open end of the range.
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("any"));
        edit->setDate(edit->minimumDate());
    }
    m_from->setObjectName(u"fromDate"_s);
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(u"toDate"_s);
    m_to->setAccessibleName(tr("To date"));
    m_customer->setObjectName(u"customerFilter"_s);
    m_customer->setPlaceholderText(tr("Customer"));
    m_customer->setAccessibleName(tr("Customer filter"));
    m_customer->setClearButtonEnabled(true);
    m_search->setObjectName(u"orderSearch"_s);
    m_search->setPlaceholderText(tr("Search: order number, SKU, product, notes, tracking"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search orders"));

    m_table->setObjectName(u"orderTable"_s);
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrderListModel::NumberColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setSectionResizeMode(OrderListModel::CustomerColumn,
                                                      QHeaderView::Stretch);
    // Fixed widths: measuring thousands of rows would cost more than it shows.
    const QFontMetrics metrics(m_table->font());
    const auto widthOf = [&](const QString &text) { return metrics.horizontalAdvance(text) + 16; };
    m_table->setColumnWidth(OrderListModel::NumberColumn, widthOf(u"#000000"_s));
    m_table->setColumnWidth(
        OrderListModel::CreatedColumn,
        widthOf(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                   QLocale::ShortFormat)));
    m_table->setColumnWidth(OrderListModel::ChannelColumn, widthOf(u"E-mail__"_s));
    m_table->setColumnWidth(OrderListModel::PaymentColumn, widthOf(u"Cash on delivery"_s));
    m_table->setColumnWidth(OrderListModel::StatusColumn, widthOf(u"Queued — not confirmed"_s));
    m_table->setColumnWidth(OrderListModel::TotalColumn, widthOf(u"€10,000.00"_s));
    m_table->setColumnWidth(OrderListModel::AgentColumn, widthOf(u"warehouse"_s));
    m_count->setObjectName(u"orderCount"_s);

    auto *filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 4);
    filters->addWidget(m_customer, 0, 4, 1, 2);
    filters->addWidget(m_status, 1, 0);
    filters->addWidget(m_channel, 1, 1);
    filters->addWidget(m_agent, 1, 2);
    filters->addWidget(new QLabel(tr("From"), this), 1, 3, Qt::AlignRight);
    filters->addWidget(m_from, 1, 4);
    filters->addWidget(m_to, 1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_status->currentData().toString()); });
    connect(m_channel, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setChannel(m_channel->currentData().toString()); });
    connect(m_agent, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAgent(m_agent->currentData().toString()); });
    connect(m_from, &QDateEdit::dateChanged, this, &OrderListView::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &OrderListView::applyDates);
    connect(m_customer, &QLineEdit::textChanged, m_proxy, &OrderFilterProxyModel::setCustomerText);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &OrderFilterProxyModel::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit orderSelected(current.data(OrderListModel::LocalIdRole).toLongLong());
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &OrderListView::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrderListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OrderListView::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OrderListView::refreshAgents);
    connect(model, &QAbstractItemModel::modelReset, this, &OrderListView::refreshAgents);
    updateCount();
}

void OrderListView::applyDates()
{
    const QDate from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    const QDate to = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    m_proxy->setDateRange(from, to);
}

void OrderListView::refreshAgents()
{
    const QString current = m_agent->currentData().toString();
    const QStringList agents = m_model->agents();
    if (m_agent->count() == agents.size() + 1)
        return;
    const QSignalBlocker block(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("Any agent"), QString());
    for (const QString &agent : agents)
        m_agent->addItem(agent, agent);
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(current)));
}

void OrderListView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    const QString total = tr("%Ln order(s)", nullptr, all);
    m_count->setText(shown == all ? total : tr("%1 of %2").arg(QLocale().toString(shown), total));
}

void OrderListView::showEvent(QShowEvent *event)
{
    m_model->ensureLoaded();
    QWidget::showEvent(event);
}

bool OrderListView::showOrder(qint64 localId)
{
    m_model->ensureLoaded();
    const int row = m_model->rowOfLocalId(localId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_status->setCurrentIndex(0);
        m_channel->setCurrentIndex(0);
        m_agent->setCurrentIndex(0);
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
        m_customer->clear();
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

} // namespace shopdesk::ui
