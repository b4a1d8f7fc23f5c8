#include "client/care/customertimelinemodel.h"

#include "client/ordertext.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

using Kind = care::TimelineEntry::Kind;

CustomerTimelineModel::CustomerTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CustomerTimelineModel::reset(qint64 customerId)
{
    beginResetModel();
    m_customerId = customerId;
    m_entries.clear();
    m_next.clear();
    endResetModel();
}

void CustomerTimelineModel::addPage(qint64 customerId, const QString &before,
                                    const QList<care::TimelineEntry> &entries, const QString &next)
{
    if (customerId != m_customerId)
        return;
    if (before.isEmpty()) {
        beginResetModel();
        m_entries = entries;
        m_next = next;
        endResetModel();
        emit pageAdded();
        return;
    }
    // An older page asked for twice (a double click on "Show older") adds nothing twice.
    if (before != m_next)
        return;
    QSet<QString> known;
    for (const care::TimelineEntry &e : std::as_const(m_entries))
        known.insert(e.id);
    QList<care::TimelineEntry> fresh;
    for (const care::TimelineEntry &e : entries) {
        if (!known.contains(e.id))
            fresh.append(e);
    }
    m_next = next;
    if (!fresh.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_entries.append(fresh);
        endInsertRows();
    }
    emit pageAdded();
}

QString CustomerTimelineModel::kindLabel(const care::TimelineEntry &entry)
{
    switch (entry.kind()) {
    case Kind::OrderCreated:
        return tr("Order");
    case Kind::OrderStatus:
        return tr("Order status");
    case Kind::MailSent:
        return tr("E-mail");
    case Kind::Note:
        return tr("Note");
    case Kind::Merged:
        return tr("Merged");
    case Kind::TicketOpened:
    case Kind::TicketMessage:
    case Kind::TicketStatus:
        return tr("Ticket");
    case Kind::FollowUp:
        return tr("Follow-up");
    case Kind::Other:
        break;
    }
    return tr("Event");
}

QString CustomerTimelineModel::describe(const care::TimelineEntry &e)
{
    const QString order = e.orderId ? QString::number(*e.orderId) : QString();
    switch (e.kind()) {
    case Kind::OrderCreated: {
        const QString total = e.total ? e.total->format() : QString();
        if (!e.channel.isEmpty())
            return tr("Order #%1 created: %2 (%3)")
                .arg(order, total, OrderText::channel(e.channel));
        return tr("Order #%1 created: %2").arg(order, total);
    }
    case Kind::OrderStatus:
        return tr("Order #%1 is now %2").arg(order, OrderText::status(e.status));
    case Kind::MailSent:
        if (e.status == u"failed"_s)
            return tr("E-mail not delivered: %1").arg(e.subject);
        if (e.status == u"pending"_s)
            return tr("E-mail waiting to be sent: %1").arg(e.subject);
        return tr("E-mail sent: %1").arg(e.subject);
    case Kind::Note:
        return e.text;
    case Kind::Merged:
        return e.mergedCustomerId ? tr("Customer #%1, a duplicate, was merged into this one.")
                                        .arg(*e.mergedCustomerId)
                                  : tr("A duplicate record was merged into this customer.");
    case Kind::TicketOpened:
    case Kind::TicketMessage:
    case Kind::TicketStatus:
    case Kind::FollowUp:
    case Kind::Other:
        break;
    }
    // Kinds from newer sources: what the server says of them.
    QStringList parts;
    for (const QString &part : {e.subject, e.text, e.status}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.isEmpty() ? e.kindName : parts.join(u" · "_s);
}

int CustomerTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CustomerTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const care::TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        const QString who = e.user.isEmpty() ? QString() : u" · "_s + e.user;
        return tr("%1 · %2%3\n%4").arg(kindLabel(e), when, who, describe(e));
    }
    case Qt::ToolTipRole:
        return describe(e);
    case KindRole:
        return e.kindName;
    case KindLabelRole:
        return kindLabel(e);
    case OrderIdRole:
        return e.orderId ? QVariant(*e.orderId) : QVariant();
    case AtRole:
        return e.at;
    case EntryIdRole:
        return e.id;
    default:
        return {};
    }
}

} // namespace shopdesk::client
