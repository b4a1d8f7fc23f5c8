#include "care/ticketqueueview.h"

#include "care/followupdialog.h"
#include "care/newticketdialog.h"
#include "care/ticketcountdowndelegate.h"
#include "common/messagebar.h"

#include "client/care/ticketlistmodel.h"
#include "client/care/ticketrefusal.h"
#include "client/care/ticketservice.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcachequeries.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

const QStringList queues{u"open"_s, u"mine"_s, u"unassigned"_s};

} // namespace

TicketQueueView::TicketQueueView(client::ClientSession *session, client::TicketService *service,
                                 client::TicketListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_model(model)
    , m_queues(new QTabBar(this))
    , m_table(new QTableView(this))
    , m_newTicket(new QPushButton(tr("New tic&ket…"), this))
    , m_followUps(new QTableWidget(0, 4, this))
    , m_done(new QPushButton(tr("&Done…"), this))
    , m_bar(new MessageBar(this))
    , m_followUpTimer(new QTimer(this))
{
    setObjectName(u"ticketQueue"_s);
    m_queues->setObjectName(u"ticketQueues"_s);
    m_queues->addTab(tr("Open"));
    m_queues->addTab(tr("Mine"));
    m_queues->addTab(tr("Unassigned"));
    m_queues->setAccessibleName(tr("Ticket queue"));
    m_table->setObjectName(u"ticketTable"_s);
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(client::TicketListModel::DueColumn,
                                      new TicketCountdownDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(client::TicketListModel::SubjectColumn,
                                                      QHeaderView::Stretch);
    m_newTicket->setObjectName(u"newTicket"_s);
    m_newTicket->setToolTip(tr("Open a ticket for a customer (Ctrl+N)"));
    auto *shortcut = new QShortcut(QKeySequence::New, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &TicketQueueView::newTicket);

    m_followUps->setObjectName(u"followUps"_s);
    m_followUps->setAccessibleName(tr("Follow-ups due"));
    m_followUps->setHorizontalHeaderLabels({tr("Due"), tr("Customer"), tr("About"), tr("Note")});
    m_followUps->verticalHeader()->hide();
    m_followUps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_followUps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_followUps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setStretchLastSection(true);
    m_followUps->setMaximumHeight(160);
    m_done->setObjectName(u"followUpDone"_s);
    m_done->setToolTip(tr("Record the outcome of the selected follow-up"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_queues);
    top->addStretch();
    top->addWidget(m_newTicket);
    auto *followUpHeader = new QHBoxLayout;
    auto *followUpLabel = new QLabel(tr("Follow-ups due for you"), this);
    QFont bold = followUpLabel->font();
    bold.setBold(true);
    followUpLabel->setFont(bold);
    followUpHeader->addWidget(followUpLabel);
    followUpHeader->addStretch();
    followUpHeader->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(followUpHeader);
    layout->addWidget(m_followUps);

    connect(m_queues, &QTabBar::currentChanged, this,
            [this](int index) { m_model->setQueue(queues.value(index, u"open"_s)); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit ticketActivated(index.data(client::TicketListModel::TicketIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit ticketActivated(
                        current.data(client::TicketListModel::TicketIdRole).toLongLong());
            });
    connect(m_model, &client::TicketListModel::loadFailed, this,
            [this](const QString &why) { m_bar->showMessage(why, MessageBar::Kind::Error); });
    connect(m_newTicket, &QPushButton::clicked, this, &TicketQueueView::newTicket);
    connect(m_done, &QPushButton::clicked, this, &TicketQueueView::completeFollowUp);
    connect(m_session->cache()->changes(), &client::LocalCacheChanges::recordsApplied, this,
            [this](const QList<client::ChangeRecord> &records) {
                for (const client::ChangeRecord &record : records) {
                    if (record.entity == u"follow_up"_s)
                        return refreshFollowUps();
                }
            });
    // A follow-up falls due as time passes, without a change to announce it.
    m_followUpTimer->setInterval(30000);
    connect(m_followUpTimer, &QTimer::timeout, this, &TicketQueueView::refreshFollowUps);
    m_followUpTimer->start();
    m_model->setQueue(queues.first());
    refreshFollowUps();
}

void TicketQueueView::newTicket()
{
    auto *dialog = new NewTicketDialog(m_session, m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::opened, this, [this](const care::TicketRecord &ticket) {
        m_model->applyTicket(ticket);
        m_bar->showMessage(
            tr("Ticket %1 is open; the customer was sent an acknowledgement.").arg(ticket.number));
        emit ticketActivated(ticket.id);
    });
    dialog->open();
}

void TicketQueueView::refreshFollowUps()
{
    QPointer<TicketQueueView> self(this);
    m_service->followUps(u"due"_s, m_session->info().username,
                         [self](const Result<QList<care::FollowUpRecord>> &due) {
                             if (!self)
                                 return;
                             if (!due)
                                 return self->m_bar->showMessage(
                                     client::TicketRefusal::describe(due.error()),
                                     MessageBar::Kind::Error);
                             self->showFollowUps(due.value());
                         });
}

void TicketQueueView::showFollowUps(const QList<care::FollowUpRecord> &due)
{
    const int selected = m_followUps->currentRow();
    const qint64 selectedId = selected >= 0 && selected < m_due.size() ? m_due.at(selected).id : 0;
    m_due = due;
    m_followUps->setRowCount(0);
    for (const care::FollowUpRecord &followUp : due) {
        const int row = m_followUps->rowCount();
        m_followUps->insertRow(row);
        const auto customer = m_session->cache()->queries()->customer(followUp.customerId);
        QString about;
        if (followUp.ticketId > 0)
            about = tr("Ticket T-%1").arg(followUp.ticketId);
        else if (followUp.orderId > 0)
            about = tr("Order #%1").arg(followUp.orderId);
        const QStringList cells{
            QLocale().toString(followUp.dueAt.toLocalTime(), QLocale::ShortFormat),
            customer ? customer->name : tr("Customer %1").arg(followUp.customerId), about,
            followUp.note};
        for (int column = 0; column < cells.size(); ++column)
            m_followUps->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (followUp.id == selectedId)
            m_followUps->selectRow(row);
    }
    if (m_followUps->currentRow() < 0 && m_followUps->rowCount() > 0)
        m_followUps->selectRow(0);
    m_done->setEnabled(!due.isEmpty());
}

void TicketQueueView::completeFollowUp()
{
    const int row = m_followUps->currentRow();
    if (row < 0 || row >= m_due.size())
        return;
    auto *dialog = FollowUpDialog::forOutcome(m_service, m_due.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FollowUpDialog::saved, this, [this] {
        m_bar->showMessage(tr("The follow-up is done."));
        refreshFollowUps();
    });
    dialog->open();
}

} // namespace shopdesk::ui
