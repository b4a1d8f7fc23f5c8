#include "storage/care/ticketclocks.h"

#include "domain/care/slaclock.h"
#include "domain/care/ticket.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

constexpr qint64 serviceLevelsRow = 1;

// The steps a ticket's clocks fire. Level 1 of an escalation is the breach itself, which
// notifies the assignee; the two later levels are steps of their own.
QString stepName(care::SlaClock::Moment moment)
{
    switch (moment) {
    case care::SlaClock::Moment::Warning:
        return u"warning"_s;
    case care::SlaClock::Moment::Breach:
        return u"breach"_s;
    case care::SlaClock::Moment::Escalate1:
        return {};
    case care::SlaClock::Moment::Escalate2:
        return u"escalate_qa"_s;
    case care::SlaClock::Moment::Escalate3:
        return u"escalate_managers"_s;
    }
    return {};
}

} // namespace

TicketClocks::TicketClocks(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
{}

QList<MigrationStep> TicketClocks::migrations()
{
    return {{u"ticket_clocks"_s,
             7,
             {
                 // One row: the shop's service levels as PUT /service-levels wrote them.
                 u"CREATE TABLE service_levels (id BIGINT PRIMARY KEY, data TEXT NOT NULL, "
                 "updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)"_s,
                 // A step is one (clock, cycle, step) of a ticket: planned again on every
                 // change, while a fired one stays and is never taken again.
                 u"CREATE TABLE ticket_timers (id %ID%, "
                 "ticket_id BIGINT NOT NULL REFERENCES tickets(id), clock TEXT NOT NULL, "
                 "cycle INTEGER NOT NULL, step TEXT NOT NULL, due_at BIGINT NOT NULL, "
                 "fired_at BIGINT)"_s,
                 u"CREATE UNIQUE INDEX ticket_timers_step ON ticket_timers(ticket_id, clock, "
                 "cycle, step)"_s,
                 u"CREATE INDEX ticket_timers_due ON ticket_timers(fired_at, due_at)"_s,
             }}};
}

Result<care::ServiceLevels> TicketClocks::serviceLevels()
{
    auto data = m_db.scalar(u"SELECT data FROM service_levels WHERE id = ?"_s, {serviceLevelsRow});
    if (!data)
        return data.error();
    if (data.value().isNull())
        return care::ServiceLevels::standard();
    return care::ServiceLevels::fromJson(
        QJsonDocument::fromJson(data.value().toString().toUtf8()).object());
}

Result<QList<qint64>> TicketClocks::setServiceLevels(const Actor &actor,
                                                     const care::ServiceLevels &levels)
{
    const QJsonObject json = levels.toJson();
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const qint64 now = m_clock.now();
    if (auto ok = m_db.exec(u"DELETE FROM service_levels WHERE id = ?"_s, {serviceLevelsRow}); !ok)
        return ok.error();
    if (auto ok = m_db.exec(u"INSERT INTO service_levels (id, data, updated_at, updated_by) "
                            "VALUES (?, ?, ?, ?)"_s,
                            {serviceLevelsRow, text, now, actor.username});
        !ok) {
        return ok.error();
    }
    if (auto ok = m_log.append(actor, u"service_levels"_s, u"1"_s, u"update"_s, json); !ok)
        return ok.error();
    auto open = m_db.fetch(
        u"SELECT id FROM tickets WHERE status NOT IN ('resolved', 'closed') ORDER BY id"_s);
    if (!open)
        return open.error();
    QList<qint64> ids;
    while (open.value().next())
        ids.append(open.value().value(0).toLongLong());
    return ids;
}

Result<void> TicketClocks::recompute(qint64 ticketId)
{
    auto ticket = m_db.fetch(u"SELECT priority, kind FROM tickets WHERE id = ?"_s, {ticketId});
    if (!ticket)
        return ticket.error();
    if (!ticket.value().next())
        return Error{u"not_found"_s, Tr::tr("There is no ticket %1.").arg(ticketId), {}};
    const auto priority = care::parseTicketPriority(ticket.value().value(0).toString());
    const auto kind = care::parseTicketKind(ticket.value().value(1).toString());
    if (!priority || !kind)
        return priority ? kind.error() : priority.error();
    auto levels = serviceLevels();
    if (!levels)
        return levels.error();
    auto history = this->history(ticketId);
    if (!history)
        return history.error();
    auto clocks = care::SlaClock::compute(levels.value().termsFor(priority.value(), kind.value()),
                                          history.value());
    if (!clocks)
        return clocks.error();
    // As the ticket reads now: a clock past its due time shows as breached.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(
        qMax(m_clock.now(), clocks.value().lastEventAt().toMSecsSinceEpoch()), Qt::UTC);
    const QString sla =
        QString::fromUtf8(QJsonDocument(clocks.value().toJson(now)).toJson(QJsonDocument::Compact));
    if (auto ok = m_db.exec(u"UPDATE tickets SET sla = ? WHERE id = ?"_s, {sla, ticketId}); !ok)
        return ok;
    if (auto ok = m_db.exec(u"DELETE FROM ticket_timers WHERE ticket_id = ? AND fired_at IS NULL"_s,
                            {ticketId});
        !ok) {
        return ok;
    }
    for (const care::SlaClock::Due &due : clocks.value().nextEvents()) {
        const QString step = stepName(due.what);
        if (step.isEmpty())
            continue;
        if (auto ok = m_db.exec(u"INSERT INTO ticket_timers (ticket_id, clock, cycle, step, "
                                "due_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                                {ticketId, care::SlaClock::clockName(due.clock), due.cycle, step,
                                 due.at.toMSecsSinceEpoch()});
            !ok) {
            return ok;
        }
    }
    return {};
}

Result<QList<care::SlaClock::Event>> TicketClocks::history(qint64 ticketId)
{
    // The steps the server fired are its own doing, not the ticket's history.
    auto rows = m_db.fetch(u"SELECT event, status, at FROM ticket_history WHERE ticket_id = ? "
                           "AND event IN ('created', 'status', 'customer_message', "
                           "'public_reply') ORDER BY id"_s,
                           {ticketId});
    if (!rows)
        return rows.error();
    QList<care::SlaClock::Event> events;
    while (rows.value().next()) {
        const QString event = rows.value().value(0).toString();
        care::SlaClock::Event entry;
        entry.at = QDateTime::fromMSecsSinceEpoch(rows.value().value(2).toLongLong(), Qt::UTC);
        if (event == u"created"_s) {
            entry.kind = care::SlaClock::Event::Kind::Created;
        } else if (event == u"customer_message"_s) {
            entry.kind = care::SlaClock::Event::Kind::CustomerMessage;
        } else if (event == u"public_reply"_s) {
            entry.kind = care::SlaClock::Event::Kind::PublicReply;
        } else {
            const auto status = care::parseTicketStatus(rows.value().value(1).toString());
            if (!status)
                return status.error();
            entry.kind = care::SlaClock::Event::Kind::StatusChanged;
            entry.status = status.value();
        }
        events.append(entry);
    }
    return events;
}

Result<qint64> TicketClocks::dueCount(qint64 now)
{
    auto due = m_db.scalar(
        u"SELECT COUNT(*) FROM ticket_timers WHERE fired_at IS NULL AND due_at <= ?"_s, {now}, 0);
    if (!due)
        return due.error();
    return due.value().toLongLong();
}

Result<QList<qint64>> TicketClocks::fireDue(qint64 now)
{
    // The writer's batch holds the change counter's lock, which serialises writers of every
    // server on the database: a step read here unfired is fired by this batch alone.
    auto due = m_db.fetch(u"SELECT id, ticket_id, step FROM ticket_timers "
                          "WHERE fired_at IS NULL AND due_at <= ? ORDER BY due_at, id"_s,
                          {now});
    if (!due)
        return due.error();
    QList<std::tuple<qint64, qint64, QString>> steps;
    while (due.value().next()) {
        steps.append({due.value().value(0).toLongLong(), due.value().value(1).toLongLong(),
                      due.value().value(2).toString()});
    }
    QList<qint64> tickets;
    for (const auto &[id, ticketId, step] : steps) {
        if (auto ok = m_db.exec(u"UPDATE ticket_timers SET fired_at = ? WHERE id = ?"_s, {now, id});
            !ok) {
            return ok.error();
        }
        if (auto ok = applyStep(ticketId, step, now); !ok)
            return ok.error();
        if (!tickets.contains(ticketId))
            tickets.append(ticketId);
    }
    return tickets;
}

Result<void> TicketClocks::applyStep(qint64 ticketId, const QString &step, qint64 now)
{
    auto status = m_db.scalar(u"SELECT status FROM tickets WHERE id = ?"_s, {ticketId});
    if (!status)
        return status.error();
    QString current = status.value().toString();
    QString event = u"sla_"_s + step;
    if (step == u"breach"_s) {
        if (auto ok = m_db.exec(u"UPDATE tickets SET escalation_level = 1 WHERE id = ? AND "
                                "escalation_level < 1"_s,
                                {ticketId});
            !ok) {
            return ok;
        }
    } else if (step == u"escalate_qa"_s) {
        // Into the QA queue; a ticket someone already took there stays where it is.
        current = u"escalated"_s;
        if (auto ok = m_db.exec(u"UPDATE tickets SET escalation_level = 2, status = 'escalated', "
                                "in_qa_queue = 1, updated_at = ? WHERE id = ?"_s,
                                {now, ticketId});
            !ok) {
            return ok;
        }
    } else if (step == u"escalate_managers"_s) {
        if (auto ok =
                m_db.exec(u"UPDATE tickets SET escalation_level = 3 WHERE id = ?"_s, {ticketId});
            !ok) {
            return ok;
        }
    }
    return m_db.exec(u"INSERT INTO ticket_history (ticket_id, event, status, at, user_name) "
                     "VALUES (?, ?, ?, ?, 'system')"_s,
                     {ticketId, event, current, now});
}

} // namespace shopdesk::storage
