#include "care/qaqueueview.h"

#include "care/ticketcountdowndelegate.h"
#include "common/messagebar.h"

#include "client/care/ticketlistmodel.h"
#include "client/care/ticketrefusal.h"
#include "client/care/ticketservice.h"
#include "client/clientsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QaQueueView::QaQueueView(client::ClientSession *session, client::TicketService *service,
                         client::TicketListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_take(new QPushButton(tr("&Take"), this))
    , m_open(new QPushButton(tr("&Open thread"), this))
    , m_cause(new QComboBox(this))
    , m_action(new QPlainTextEdit(this))
    , m_resolve(new QPushButton(tr("&Resolve"), this))
    , m_handBack(new QPushButton(tr("&Hand back"), this))
    , m_bar(new MessageBar(this))
{
    setObjectName(u"qaQueue"_s);
    m_table->setObjectName(u"qaTable"_s);
    m_table->setAccessibleName(tr("Escalated tickets"));
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
    m_summary->setObjectName(u"qaSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_take->setObjectName(u"qaTake"_s);
    m_open->setObjectName(u"qaOpen"_s);
    m_cause->setObjectName(u"qaCause"_s);
    m_cause->setAccessibleName(tr("What went wrong"));
    for (care::QaCause cause : care::allQaCauses())
        m_cause->addItem(care::qaCauseText(cause), int(cause));
    m_action->setObjectName(u"qaAction"_s);
    m_action->setAccessibleName(tr("Corrective action"));
    m_action->setPlaceholderText(tr("What was done so that it does not happen again"));
    m_action->setTabChangesFocus(true);
    m_action->setMaximumHeight(100);
    m_resolve->setObjectName(u"qaResolve"_s);
    m_handBack->setObjectName(u"qaHandBack"_s);
    m_handBack->setToolTip(tr("Returns the ticket to its assignee, open"));

    auto *finding = new QGroupBox(tr("Finding"), this);
    auto *form = new QFormLayout(finding);
    form->addRow(tr("&Cause"), m_cause);
    form->addRow(tr("Corrective &action"), m_action);
    auto *outcome = new QHBoxLayout;
    outcome->addStretch();
    outcome->addWidget(m_handBack);
    outcome->addWidget(m_resolve);
    form->addRow(outcome);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_open);
    actions->addWidget(m_take);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(finding);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QaQueueView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QaQueueView::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QaQueueView::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &top) {
        if (top.column() != client::TicketListModel::DueColumn)
            selectionChanged();
    });
    connect(m_model, &client::TicketListModel::loadFailed, this,
            [this](const QString &why) { m_bar->showMessage(why, MessageBar::Kind::Error); });
    connect(m_take, &QPushButton::clicked, this, &QaQueueView::take);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (selectedId() > 0)
            emit ticketActivated(selectedId());
    });
    connect(m_table, &QTableView::activated, this, [this] { emit ticketActivated(selectedId()); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { record(true); });
    connect(m_handBack, &QPushButton::clicked, this, [this] { record(false); });
    m_model->setQueue(u"qa"_s);
    selectionChanged();
}

qint64 QaQueueView::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(client::TicketListModel::TicketIdRole).toLongLong() : 0;
}

void QaQueueView::selectionChanged()
{
    const int row = m_model->rowOfId(selectedId());
    const bool chosen = row >= 0;
    if (!chosen) {
        m_summary->setText(m_model->rowCount() == 0 ? tr("Nothing is escalated.")
                                                    : tr("Choose a ticket."));
    } else {
        const care::TicketRecord &ticket = m_model->ticket(row);
        m_summary->setText(
            tr("%1 · %2 · %3 · escalation level %4 · %5")
                .arg(ticket.number, ticket.customerName, care::ticketKindText(ticket.kind))
                .arg(ticket.escalationLevel)
                .arg(ticket.assignee.isEmpty() ? tr("nobody has it")
                                               : tr("with %1").arg(ticket.assignee)));
        m_take->setEnabled(ticket.assignee != m_session->info().username);
    }
    if (!chosen)
        m_take->setEnabled(false);
    m_open->setEnabled(chosen);
    m_resolve->setEnabled(chosen);
    m_handBack->setEnabled(chosen);
}

void QaQueueView::take()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    QPointer<QaQueueView> self(this);
    m_service->take(id, [self](const Result<care::TicketRecord> &result) {
        if (!self)
            return;
        if (!result)
            return self->m_bar->showMessage(client::TicketRefusal::describe(result.error()),
                                            MessageBar::Kind::Error);
        self->m_model->applyTicket(result.value());
        self->m_bar->showMessage(tr("%1 is yours.").arg(result->number));
    });
}

void QaQueueView::record(bool resolve)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QString action = m_action->toPlainText().trimmed();
    if (action.isEmpty()) {
        m_bar->showMessage(tr("Write the corrective action first."), MessageBar::Kind::Error);
        m_action->setFocus();
        return;
    }
    const auto cause = care::QaCause(m_cause->currentData().toInt());
    const auto outcome = resolve ? client::TicketService::QaOutcome::Resolve
                                 : client::TicketService::QaOutcome::HandBack;
    m_resolve->setEnabled(false);
    m_handBack->setEnabled(false);
    QPointer<QaQueueView> self(this);
    m_service->recordQa(
        id, cause, action, outcome, [self, resolve](const Result<care::TicketRecord> &result) {
            if (!self)
                return;
            self->selectionChanged();
            if (!result)
                return self->m_bar->showMessage(client::TicketRefusal::describe(result.error()),
                                                MessageBar::Kind::Error);
            self->m_action->clear();
            self->m_model->applyTicket(result.value());
            self->m_bar->showMessage(resolve
                                         ? tr("%1 is resolved.").arg(result->number)
                                         : tr("%1 is back with its assignee.").arg(result->number));
        });
}

} // namespace shopdesk::ui
