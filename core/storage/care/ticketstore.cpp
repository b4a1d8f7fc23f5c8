#include "storage/care/ticketstore.h"

#include "domain/care/ticket.h"
#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString ticketColumns =
    u"t.id, t.kind, t.status, t.priority, t.channel, t.subject, t.customer_id, c.name, "
    "t.order_id, t.assignee, t.created_by, t.created_at, t.updated_at, t.first_response_at, "
    "t.resolved_at, t.escalation_level, t.in_qa_queue, t.qa_cause, t.qa_action, t.qa_by, "
    "t.qa_at, t.sla FROM tickets t JOIN customers c ON c.id = t.customer_id"_s;

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonObject ticketFromRow(const SqlRows &q)
{
    const qint64 id = q.value(0).toLongLong();
    QJsonObject ticket{
        {u"id"_s, id},
        {u"number"_s, u"T-%1"_s.arg(id)},
        {u"kind"_s, q.value(1).toString()},
        {u"status"_s, q.value(2).toString()},
        {u"priority"_s, q.value(3).toString()},
        {u"channel"_s, q.value(4).toString()},
        {u"subject"_s, q.value(5).toString()},
        {u"customer_id"_s, q.value(6).toLongLong()},
        {u"customer_name"_s, q.value(7).toString()},
        {u"order_id"_s, q.value(8).isNull() ? QJsonValue() : QJsonValue(q.value(8).toLongLong())},
        {u"assignee"_s, textOrNull(q.value(9))},
        {u"created_by"_s, q.value(10).toString()},
        {u"created_at"_s, StoreClock::isoTime(q.value(11).toLongLong())},
        {u"updated_at"_s, StoreClock::isoTime(q.value(12).toLongLong())},
        {u"first_response_at"_s, StoreClock::isoTimeOrNull(q.value(13))},
        {u"resolved_at"_s, StoreClock::isoTimeOrNull(q.value(14))},
        {u"escalation_level"_s, q.value(15).toInt()},
        {u"in_qa_queue"_s, q.value(16).toInt() != 0},
        {u"sla"_s, QJsonDocument::fromJson(q.value(21).toString().toUtf8()).object()},
    };
    ticket.insert(u"qa"_s,
                  q.value(17).isNull()
                      ? QJsonValue()
                      : QJsonObject{{u"cause"_s, q.value(17).toString()},
                                    {u"action"_s, q.value(18).toString()},
                                    {u"by"_s, q.value(19).toString()},
                                    {u"at"_s, StoreClock::isoTime(q.value(20).toLongLong())}});
    return ticket;
}

Error ticketError(const QString &code, const QString &message, const QJsonObject &details = {})
{
    return Error{code, message, details};
}

} // namespace

TicketStore::TicketStore(Database &db, const StoreClock &clock, ChangeLog &log,
                         TicketClocks &clocks)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_clocks(clocks)
{}

QList<MigrationStep> TicketStore::migrations()
{
    return {{u"tickets"_s,
             7,
             {
                 u"CREATE TABLE tickets (id %ID%, kind TEXT NOT NULL, status TEXT NOT NULL, "
                 "priority TEXT NOT NULL, channel TEXT NOT NULL, subject TEXT NOT NULL, "
                 "customer_id BIGINT NOT NULL REFERENCES customers(id), "
                 "order_id BIGINT REFERENCES orders(id), assignee TEXT, "
                 "created_by TEXT NOT NULL, created_by_id BIGINT NOT NULL, "
                 "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
                 "first_response_at BIGINT, resolved_at BIGINT, "
                 "escalation_level INTEGER NOT NULL, in_qa_queue INTEGER NOT NULL, "
                 "qa_cause TEXT, qa_action TEXT, qa_by TEXT, qa_at BIGINT, sla TEXT NOT NULL)"_s,
                 u"CREATE INDEX tickets_customer ON tickets(customer_id)"_s,
                 u"CREATE INDEX tickets_status ON tickets(status)"_s,
                 u"CREATE INDEX tickets_assignee ON tickets(assignee)"_s,
                 u"CREATE TABLE ticket_lines (ticket_id BIGINT NOT NULL REFERENCES tickets(id), "
                 "sku TEXT NOT NULL, quantity BIGINT NOT NULL, PRIMARY KEY (ticket_id, sku))"_s,
                 u"CREATE TABLE ticket_messages (id %ID%, "
                 "ticket_id BIGINT NOT NULL REFERENCES tickets(id), kind TEXT NOT NULL, "
                 "author TEXT NOT NULL, text TEXT NOT NULL, at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, id)"_s,
                 // What the clocks are computed from: created, customer_message,
                 // public_reply and status events; the steps they fired are kept here too.
                 u"CREATE TABLE ticket_history (id %ID%, "
                 "ticket_id BIGINT NOT NULL REFERENCES tickets(id), event TEXT NOT NULL, "
                 "status TEXT NOT NULL, at BIGINT NOT NULL, user_name TEXT NOT NULL)"_s,
                 u"CREATE INDEX ticket_history_ticket ON ticket_history(ticket_id, id)"_s,
             }}};
}

Result<QJsonObject> TicketStore::row(qint64 id, bool lock)
{
    auto q = m_db.fetch(u"SELECT "_s + ticketColumns + u" WHERE t.id = ?"_s +
                            (lock ? m_db.dialect().forUpdate() : QString()),
                        {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no ticket %1.").arg(id));
    return ticketFromRow(q.value());
}

Result<QJsonObject> TicketStore::ticket(qint64 id)
{
    auto found = row(id, false);
    if (!found)
        return found;
    QJsonObject ticket = found.value();
    auto lines = m_db.fetch(
        u"SELECT sku, quantity FROM ticket_lines WHERE ticket_id = ? ORDER BY sku"_s, {id});
    if (!lines)
        return lines.error();
    QJsonArray lineArray;
    while (lines.value().next()) {
        lineArray.append(QJsonObject{{u"sku"_s, lines.value().value(0).toString()},
                                     {u"quantity"_s, lines.value().value(1).toLongLong()}});
    }
    ticket.insert(u"lines"_s, lineArray);
    auto messages = m_db.fetch(u"SELECT id, kind, author, text, at FROM ticket_messages "
                               "WHERE ticket_id = ? ORDER BY id"_s,
                               {id});
    if (!messages)
        return messages.error();
    QJsonArray messageArray;
    while (messages.value().next()) {
        const SqlRows &m = messages.value();
        messageArray.append(QJsonObject{{u"id"_s, m.value(0).toLongLong()},
                                        {u"kind"_s, m.value(1).toString()},
                                        {u"author"_s, m.value(2).toString()},
                                        {u"text"_s, m.value(3).toString()},
                                        {u"at"_s, StoreClock::isoTime(m.value(4).toLongLong())}});
    }
    ticket.insert(u"messages"_s, messageArray);
    auto history = m_db.fetch(u"SELECT event, status, at, user_name FROM ticket_history "
                              "WHERE ticket_id = ? ORDER BY id"_s,
                              {id});
    if (!history)
        return history.error();
    QJsonArray historyArray;
    while (history.value().next()) {
        const SqlRows &h = history.value();
        historyArray.append(QJsonObject{{u"event"_s, h.value(0).toString()},
                                        {u"status"_s, h.value(1).toString()},
                                        {u"at"_s, StoreClock::isoTime(h.value(2).toLongLong())},
                                        {u"user"_s, h.value(3).toString()}});
    }
    ticket.insert(u"history"_s, historyArray);
    return ticket;
}

Result<QJsonObject> TicketStore::list(const Filter &filter, int limit, qint64 after)
{
    // Newest first: the cursor is the smallest id of the last page, and the key runs down the
    // primary key (a key of -t.id would sort every row first).
    KeysetQuery page(u"SELECT "_s + ticketColumns, u"t.id"_s,
                     after > 0 ? after : std::numeric_limits<qint64>::max(),
                     KeysetQuery::Order::Descending);
    if (filter.queue == u"open"_s || filter.queue == u"mine"_s || filter.queue == u"unassigned"_s)
        page.where(u"t.status NOT IN ('resolved', 'closed')"_s);
    if (filter.queue == u"mine"_s)
        page.where(u"t.assignee = ?"_s, {filter.caller});
    if (filter.queue == u"unassigned"_s)
        page.where(u"t.assignee IS NULL"_s);
    if (filter.queue == u"qa"_s)
        page.where(u"t.in_qa_queue = 1"_s);
    if (!filter.status.isEmpty())
        page.where(u"t.status = ?"_s, {filter.status});
    if (!filter.assignee.isEmpty())
        page.where(u"t.assignee = ?"_s, {filter.assignee});
    if (filter.customerId > 0)
        page.where(u"t.customer_id = ?"_s, {filter.customerId});
    if (filter.createdById > 0)
        page.where(u"t.created_by_id = ?"_s, {filter.createdById});
    return page.page(m_db, limit, ticketFromRow, KeysetQuery::idCursor);
}

Result<qint64> TicketStore::creator(qint64 id)
{
    auto q = m_db.scalar(u"SELECT created_by_id FROM tickets WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (q.value().isNull())
        return StoreErrors::notFound(Tr::tr("There is no ticket %1.").arg(id));
    return q.value().toLongLong();
}

Result<void> TicketStore::checkOrderAndLines(const TicketInput &input)
{
    auto customer = m_db.scalar(u"SELECT id FROM customers WHERE id = ?"_s, {input.customerId});
    if (!customer)
        return customer.error();
    if (customer.value().isNull()) {
        return ticketError(u"unknown_customer"_s,
                           Tr::tr("There is no customer %1.").arg(input.customerId),
                           {{u"customer_id"_s, input.customerId}});
    }
    if (input.orderId == 0) {
        if (!input.lines.isEmpty()) {
            return ticketError(u"lines_without_order"_s,
                               Tr::tr("Lines belong to an order: name the order too."));
        }
        return {};
    }
    auto owner = m_db.fetch(u"SELECT customer_id FROM orders WHERE id = ?"_s, {input.orderId});
    if (!owner)
        return owner.error();
    if (!owner.value().next()) {
        return ticketError(u"unknown_order"_s, Tr::tr("There is no order %1.").arg(input.orderId),
                           {{u"order_id"_s, input.orderId}});
    }
    if (owner.value().value(0).toLongLong() != input.customerId) {
        return ticketError(u"order_of_other_customer"_s,
                           Tr::tr("Order %1 belongs to another customer.").arg(input.orderId),
                           {{u"order_id"_s, input.orderId}});
    }
    for (const auto &[sku, quantity] : input.lines) {
        auto ordered = m_db.scalar(u"SELECT SUM(quantity) FROM order_lines "
                                   "WHERE order_id = ? AND sku = ?"_s,
                                   {input.orderId, sku});
        if (!ordered)
            return ordered.error();
        if (ordered.value().isNull()) {
            return ticketError(u"line_not_on_order"_s,
                               Tr::tr("%1 is not on order %2.").arg(sku).arg(input.orderId),
                               {{u"sku"_s, sku}});
        }
        if (quantity > ordered.value().toLongLong()) {
            return ticketError(u"quantity_over_ordered"_s,
                               Tr::tr("Order %1 has only %2 of %3.")
                                   .arg(input.orderId)
                                   .arg(ordered.value().toLongLong())
                                   .arg(sku),
                               {{u"sku"_s, sku}, {u"ordered"_s, ordered.value().toLongLong()}});
        }
    }
    return {};
}

Result<void> TicketStore::checkUser(const QString &username)
{
    auto id = m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username});
    if (!id)
        return id.error();
    if (id.value().isNull()) {
        return ticketError(u"unknown_user"_s, Tr::tr("There is no user %1.").arg(username),
                           {{u"assignee"_s, username}});
    }
    return {};
}

Result<void> TicketStore::addHistory(qint64 id, const QString &event, const QString &status,
                                     const QString &user, qint64 at)
{
    return m_db.exec(u"INSERT INTO ticket_history (ticket_id, event, status, at, user_name) "
                     "VALUES (?, ?, ?, ?, ?)"_s,
                     {id, event, status, at, user});
}

Result<void> TicketStore::insertMessage(qint64 id, const QString &kind, const QString &author,
                                        const QString &text, qint64 at)
{
    return m_db.exec(u"INSERT INTO ticket_messages (ticket_id, kind, author, text, at) "
                     "VALUES (?, ?, ?, ?, ?)"_s,
                     {id, kind, author, text, at});
}

Result<QJsonObject> TicketStore::finish(const Actor &actor, qint64 id, const QString &op)
{
    if (auto ok = m_clocks.recompute(id); !ok)
        return ok.error();
    return m_log.appendRead(actor, u"ticket"_s, QString::number(id), op, ticket(id));
}

Result<QJsonObject> TicketStore::refresh(const Actor &actor, qint64 id)
{
    return finish(actor, id, u"update"_s);
}

Result<QJsonObject> TicketStore::create(const Actor &actor, const TicketInput &input)
{
    if (auto ok = checkOrderAndLines(input); !ok)
        return ok.error();
    if (!input.assignee.isEmpty()) {
        if (auto ok = checkUser(input.assignee); !ok)
            return ok.error();
    }
    const qint64 now = m_clock.now();
    auto id = m_db.scalar(
        u"INSERT INTO tickets (kind, status, priority, channel, subject, customer_id, order_id, "
        "assignee, created_by, created_by_id, created_at, updated_at, escalation_level, "
        "in_qa_queue, sla) VALUES (?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '{}') "
        "RETURNING id"_s,
        {input.kind, input.priority, input.channel, input.subject, input.customerId,
         input.orderId > 0 ? QVariant(input.orderId) : QVariant(),
         input.assignee.isEmpty() ? QVariant() : QVariant(input.assignee), actor.username,
         actor.userId, now, now});
    if (!id)
        return id.error();
    const qint64 ticketId = id.value().toLongLong();
    for (const auto &[sku, quantity] : input.lines) {
        if (auto ok =
                m_db.exec(u"INSERT INTO ticket_lines (ticket_id, sku, quantity) VALUES (?, ?, ?)"_s,
                          {ticketId, sku, quantity});
            !ok) {
            return ok.error();
        }
    }
    if (auto ok = addHistory(ticketId, u"created"_s, u"new"_s, actor.username, now); !ok)
        return ok.error();
    if (!input.text.isEmpty()) {
        if (auto ok = insertMessage(ticketId, u"customer"_s, actor.username, input.text, now); !ok)
            return ok.error();
    }
    return finish(actor, ticketId, u"create"_s);
}

Result<void> TicketStore::changeStatus(const Actor &actor, qint64 id, const QString &from,
                                       const QString &to, qint64 at)
{
    const auto fromStatus = care::parseTicketStatus(from);
    const auto toStatus = care::parseTicketStatus(to);
    if (!toStatus)
        return toStatus.error();
    if (!fromStatus || !care::ticketAllowsStatus(fromStatus.value(), toStatus.value())) {
        return ticketError(u"invalid_status_change"_s,
                           Tr::tr("A ticket that is %1 cannot become %2.")
                               .arg(care::ticketStatusText(fromStatus.value()),
                                    care::ticketStatusText(toStatus.value())),
                           {{u"from"_s, from}, {u"to"_s, to}});
    }
    const bool done = care::ticketStatusIsDone(toStatus.value());
    // Leaving the escalated status takes the ticket out of the QA queue; resolving stamps it.
    QString sql = u"UPDATE tickets SET status = ?, updated_at = ?"_s;
    QVariantList values{to, at};
    if (done && to == u"resolved"_s) {
        sql += u", resolved_at = ?"_s;
        values << at;
    } else if (!done) {
        sql += u", resolved_at = NULL"_s;
    }
    if (to == u"escalated"_s)
        sql += u", in_qa_queue = 1"_s;
    else
        sql += u", in_qa_queue = 0"_s;
    if (auto ok = m_db.exec(sql + u" WHERE id = ?"_s, values << id); !ok)
        return ok;
    return addHistory(id, u"status"_s, to, actor.username, at);
}

Result<QJsonObject> TicketStore::addMessage(const Actor &actor, qint64 id, const QString &kind,
                                            const QString &text)
{
    auto current = row(id, true);
    if (!current)
        return current;
    const QString status = current.value().value(u"status"_s).toString();
    const auto parsed = care::parseTicketStatus(status);
    if (parsed && !care::ticketAcceptsMessages(parsed.value())) {
        return ticketError(u"ticket_closed"_s,
                           Tr::tr("Ticket %1 is closed: reopen it to add to it.").arg(id));
    }
    const qint64 now = m_clock.now();
    if (auto ok = insertMessage(id, kind, actor.username, text, now); !ok)
        return ok.error();
    if (kind == u"public"_s) {
        if (auto ok = addHistory(id, u"public_reply"_s, status, actor.username, now); !ok)
            return ok.error();
        if (auto ok = m_db.exec(u"UPDATE tickets SET first_response_at = COALESCE("
                                "first_response_at, ?) WHERE id = ?"_s,
                                {now, id});
            !ok) {
            return ok.error();
        }
        // Answering a new ticket opens it.
        if (status == u"new"_s) {
            if (auto ok = changeStatus(actor, id, status, u"open"_s, now); !ok)
                return ok.error();
        }
    } else if (kind == u"customer"_s) {
        if (auto ok = addHistory(id, u"customer_message"_s, status, actor.username, now); !ok)
            return ok.error();
        // The customer answered what the ticket waited for.
        if (status == u"waiting_on_customer"_s) {
            if (auto ok = changeStatus(actor, id, status, u"open"_s, now); !ok)
                return ok.error();
        }
    }
    if (auto ok = m_db.exec(u"UPDATE tickets SET updated_at = ? WHERE id = ?"_s, {now, id}); !ok)
        return ok.error();
    return finish(actor, id, u"update"_s);
}

Result<QJsonObject> TicketStore::setStatus(const Actor &actor, qint64 id, const QString &status)
{
    auto current = row(id, true);
    if (!current)
        return current;
    if (auto ok = changeStatus(actor, id, current.value().value(u"status"_s).toString(), status,
                               m_clock.now());
        !ok) {
        return ok.error();
    }
    return finish(actor, id, u"update"_s);
}

Result<QJsonObject> TicketStore::take(const Actor &actor, qint64 id)
{
    auto current = row(id, true);
    if (!current)
        return current;
    const QJsonValue assignee = current.value().value(u"assignee"_s);
    if (assignee.isString() && assignee.toString() != actor.username) {
        return ticketError(
            u"already_taken"_s,
            Tr::tr("%1 has already taken ticket %2.").arg(assignee.toString()).arg(id),
            {{u"assignee"_s, assignee.toString()}});
    }
    if (assignee.toString() == actor.username)
        return ticket(id);
    if (auto ok = m_db.exec(u"UPDATE tickets SET assignee = ?, updated_at = ? WHERE id = ?"_s,
                            {actor.username, m_clock.now(), id});
        !ok) {
        return ok.error();
    }
    return finish(actor, id, u"update"_s);
}

Result<QJsonObject> TicketStore::assign(const Actor &actor, qint64 id, const QString &assignee)
{
    auto current = row(id, true);
    if (!current)
        return current;
    if (!assignee.isEmpty()) {
        if (auto ok = checkUser(assignee); !ok)
            return ok.error();
    }
    if (auto ok =
            m_db.exec(u"UPDATE tickets SET assignee = ?, updated_at = ? WHERE id = ?"_s,
                      {assignee.isEmpty() ? QVariant() : QVariant(assignee), m_clock.now(), id});
        !ok) {
        return ok.error();
    }
    return finish(actor, id, u"update"_s);
}

Result<QJsonObject> TicketStore::update(const Actor &actor, qint64 id, const QJsonObject &fields)
{
    auto current = row(id, true);
    if (!current)
        return current;
    QJsonObject merged = current.value();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    if (auto ok =
            m_db.exec(u"UPDATE tickets SET priority = ?, kind = ?, subject = ?, "
                      "updated_at = ? WHERE id = ?"_s,
                      {merged.value(u"priority"_s).toString(), merged.value(u"kind"_s).toString(),
                       merged.value(u"subject"_s).toString(), m_clock.now(), id});
        !ok) {
        return ok.error();
    }
    return finish(actor, id, u"update"_s);
}

Result<QJsonObject> TicketStore::escalate(const Actor &actor, qint64 id, const QString &reason)
{
    auto current = row(id, true);
    if (!current)
        return current;
    const qint64 now = m_clock.now();
    if (auto ok = changeStatus(actor, id, current.value().value(u"status"_s).toString(),
                               u"escalated"_s, now);
        !ok) {
        return ok.error();
    }
    if (!reason.isEmpty()) {
        if (auto ok = insertMessage(id, u"internal"_s, actor.username, reason, now); !ok)
            return ok.error();
    }
    return finish(actor, id, u"update"_s);
}

Result<QJsonObject> TicketStore::recordQa(const Actor &actor, qint64 id, const QString &cause,
                                          const QString &action, const QString &outcome)
{
    auto current = row(id, true);
    if (!current)
        return current;
    if (!current.value().value(u"in_qa_queue"_s).toBool()) {
        return ticketError(u"not_escalated"_s,
                           Tr::tr("Ticket %1 is not in the escalation queue.").arg(id));
    }
    const qint64 now = m_clock.now();
    if (auto ok = m_db.exec(u"UPDATE tickets SET qa_cause = ?, qa_action = ?, qa_by = ?, "
                            "qa_at = ?, in_qa_queue = 0 WHERE id = ?"_s,
                            {cause, action, actor.username, now, id});
        !ok) {
        return ok.error();
    }
    if (auto ok = insertMessage(id, u"internal"_s, actor.username, action, now); !ok)
        return ok.error();
    const QString status = current.value().value(u"status"_s).toString();
    const QString to = outcome == u"resolve"_s ? u"resolved"_s : u"open"_s;
    if (status != to) {
        if (auto ok = changeStatus(actor, id, status, to, now); !ok)
            return ok.error();
    }
    return finish(actor, id, u"update"_s);
}

} // namespace shopdesk::storage
