#include "client/care/ticketlistmodel.h"

#include "client/care/ticketcountdown.h"
#include "client/care/ticketservice.h"
#include "client/logging.h"
#include "domain/tr.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

TicketListModel::TicketListModel(TicketService *service, const QString &user, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_user(user)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TicketListModel::tick);
    m_timer->start();
}

bool TicketListModel::belongsTo(const care::TicketRecord &ticket, const QString &queue,
                                const QString &user)
{
    if (queue == u"qa"_s)
        return ticket.inQaQueue;
    if (care::ticketStatusIsDone(ticket.status))
        return false;
    if (queue == u"mine"_s)
        return ticket.assignee == user;
    if (queue == u"unassigned"_s)
        return ticket.assignee.isEmpty();
    return queue == u"open"_s;
}

void TicketListModel::setQueue(const QString &queue)
{
    if (queue == m_queue && m_loaded)
        return;
    m_queue = queue;
    reload();
}

void TicketListModel::reload()
{
    const quint64 generation = ++m_generation;
    QPointer<TicketListModel> self(this);
    m_service->list(m_queue, [self, generation](const Result<QList<care::TicketRecord>> &found) {
        if (!self || generation != self->m_generation)
            return;
        if (!found) {
            emit self->loadFailed(found.error().message);
            return;
        }
        self->beginResetModel();
        self->m_tickets = found.value();
        self->m_loaded = true;
        self->endResetModel();
        emit self->loaded();
    });
}

int TicketListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets.at(row).id == id)
            return row;
    }
    return -1;
}

void TicketListModel::applyChanges(const QList<ChangeRecord> &records)
{
    for (const ChangeRecord &record : records) {
        if (record.entity != u"ticket"_s)
            continue;
        auto ticket = care::TicketRecord::fromJson(record.data);
        if (!ticket) {
            qCWarning(lcSync) << "ticket change" << record.id << ticket.error().message;
            continue;
        }
        applyTicket(ticket.value());
    }
}

void TicketListModel::applyTicket(const care::TicketRecord &ticket)
{
    const int row = rowOfId(ticket.id);
    const bool belongs = belongsTo(ticket, m_queue, m_user);
    if (row >= 0 && belongs) {
        // Lists carry no thread: keep a row's shape whatever the record brought.
        m_tickets[row] = ticket;
        m_tickets[row].messages.clear();
        m_tickets[row].history.clear();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_tickets.removeAt(row);
        endRemoveRows();
    } else if (belongs && m_loaded) {
        // Newest (highest id) first.
        int at = 0;
        while (at < m_tickets.size() && m_tickets.at(at).id > ticket.id)
            ++at;
        beginInsertRows({}, at, at);
        m_tickets.insert(at, ticket);
        m_tickets[at].messages.clear();
        m_tickets[at].history.clear();
        endInsertRows();
    }
    emit ticketChanged(ticket);
}

void TicketListModel::tick()
{
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0, DueColumn), index(int(m_tickets.size()) - 1, DueColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, ToneRole, SortRole});
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::display(const care::TicketRecord &ticket, int column) const
{
    switch (column) {
    case NumberColumn:
        return ticket.number;
    case SubjectColumn:
        return ticket.subject;
    case CustomerColumn:
        return ticket.customerName;
    case KindColumn:
        return care::ticketKindText(ticket.kind);
    case PriorityColumn:
        return care::ticketPriorityText(ticket.priority);
    case StatusColumn:
        return care::ticketStatusText(ticket.status);
    case AssigneeColumn:
        return ticket.assignee.isEmpty() ? Tr::tr("nobody") : ticket.assignee;
    case DueColumn:
        return TicketCountdown::of(ticket, QDateTime::currentDateTimeUtc()).text;
    }
    return {};
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const care::TicketRecord &ticket = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(ticket, index.column());
    case TicketIdRole:
        return ticket.id;
    case ToneRole:
        if (index.column() != DueColumn)
            return {};
        return int(TicketCountdown::of(ticket, QDateTime::currentDateTimeUtc()).tone);
    case Qt::ToolTipRole:
        if (index.column() == DueColumn)
            return TicketCountdown::of(ticket, QDateTime::currentDateTimeUtc()).clock;
        return {};
    case SortRole:
        if (index.column() == NumberColumn)
            return ticket.id;
        if (index.column() == PriorityColumn)
            return int(ticket.priority);
        if (index.column() == DueColumn)
            return TicketCountdown::of(ticket, QDateTime::currentDateTimeUtc()).secondsLeft;
        return display(ticket, index.column());
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return Tr::tr("Number");
    case SubjectColumn:
        return Tr::tr("Subject");
    case CustomerColumn:
        return Tr::tr("Customer");
    case KindColumn:
        return Tr::tr("Kind");
    case PriorityColumn:
        return Tr::tr("Priority");
    case StatusColumn:
        return Tr::tr("Status");
    case AssigneeColumn:
        return Tr::tr("Assignee");
    case DueColumn:
        return Tr::tr("Due in");
    }
    return {};
}

} // namespace shopdesk::client
