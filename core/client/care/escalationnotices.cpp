#include "client/care/escalationnotices.h"

#include "client/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

// The history event of the step that takes a ticket to each level (1 to 3).
const QString &stepOf(int level)
{
    static const QString steps[] = {u"sla_breach"_s, u"sla_escalate_qa"_s,
                                    u"sla_escalate_managers"_s};
    return steps[std::clamp(level, 1, 3) - 1];
}

} // namespace

EscalationNotices::EscalationNotices(const QString &user, const QString &role,
                                     const QDateTime &sessionStart, QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_role(role)
    , m_sessionStart(sessionStart)
{}

bool EscalationNotices::concerns(int level, const care::TicketRecord &ticket, const QString &user,
                                 const QString &role)
{
    switch (level) {
    case 1:
        return !user.isEmpty() && ticket.assignee == user;
    case 2:
        return role == u"qa"_s;
    case 3:
        return role == u"manager"_s || role == u"admin"_s;
    default:
        return false;
    }
}

QDateTime EscalationNotices::reachedAt(const care::TicketRecord &ticket, int level)
{
    // A second clock's breach adds another sla_breach step; the first one raised the level.
    for (const care::TicketStatusChange &change : ticket.history) {
        if (change.event == stepOf(level))
            return change.at;
    }
    return {};
}

QString EscalationNotices::describe(TicketNotice::Kind kind)
{
    switch (kind) {
    case TicketNotice::Kind::Breached:
        return tr("Service level breached on your ticket");
    case TicketNotice::Kind::JoinedQaQueue:
        return tr("Joined the QA queue after a breach");
    case TicketNotice::Kind::ManagersNotified:
        return tr("Still breached: the managers are notified");
    }
    return {};
}

void EscalationNotices::applyChanges(const QList<ChangeRecord> &records)
{
    QList<TicketNotice> fresh;
    for (const ChangeRecord &record : records) {
        if (record.entity != u"ticket"_s)
            continue;
        auto ticket = care::TicketRecord::fromJson(record.data);
        if (!ticket) {
            qCWarning(lcSync) << "ticket change" << record.id << ticket.error().message;
            continue;
        }
        fresh.append(consider(ticket.value(), QDateTime::fromString(record.at, Qt::ISODateWithMs)));
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const TicketNotice &a, const TicketNotice &b) { return a.at > b.at; });
    emit raised(fresh);
}

QList<TicketNotice> EscalationNotices::consider(const care::TicketRecord &ticket,
                                                const QDateTime &recordAt)
{
    const int seen = m_levels.value(ticket.id, 0);
    if (ticket.escalationLevel <= seen)
        return {};
    m_levels.insert(ticket.id, ticket.escalationLevel);
    QList<TicketNotice> raised;
    for (int level = seen + 1; level <= std::min(ticket.escalationLevel, 3); ++level) {
        QDateTime at = reachedAt(ticket, level);
        if (!at.isValid())
            at = recordAt;
        // Reached before this session began: old news, not a notice.
        if (!at.isValid() || at < m_sessionStart || !concerns(level, ticket, m_user, m_role))
            continue;
        TicketNotice notice;
        notice.ticketId = ticket.id;
        notice.number = ticket.number;
        notice.subject = ticket.subject;
        notice.kind = TicketNotice::Kind(level);
        notice.at = at;
        raised.prepend(notice);
    }
    if (raised.isEmpty())
        return {};
    for (const TicketNotice &notice : std::as_const(raised)) {
        const auto at = std::find_if(m_notices.begin(), m_notices.end(),
                                     [&](const TicketNotice &n) { return n.at <= notice.at; });
        m_notices.insert(at, notice);
    }
    emit changed();
    return raised;
}

int EscalationNotices::unreadCount() const
{
    return int(std::count_if(m_notices.cbegin(), m_notices.cend(),
                             [](const TicketNotice &n) { return !n.read; }));
}

void EscalationNotices::markRead(int index)
{
    if (index < 0 || index >= m_notices.size() || m_notices.at(index).read)
        return;
    m_notices[index].read = true;
    emit changed();
}

void EscalationNotices::markAllRead()
{
    if (unreadCount() == 0)
        return;
    for (TicketNotice &notice : m_notices)
        notice.read = true;
    emit changed();
}

} // namespace shopdesk::client
