#include "storage/care/followupstore.h"

#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString followUpColumns =
    u"id, customer_id, order_id, ticket_id, assignee, due_at, note, created_by, created_at, "
    "done_at, outcome, done_by FROM follow_ups"_s;

QJsonValue idOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonObject followUpFromRow(const SqlRows &q)
{
    return QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                       {u"customer_id"_s, q.value(1).toLongLong()},
                       {u"order_id"_s, idOrNull(q.value(2))},
                       {u"ticket_id"_s, idOrNull(q.value(3))},
                       {u"assignee"_s, q.value(4).toString()},
                       {u"due_at"_s, StoreClock::isoTime(q.value(5).toLongLong())},
                       {u"note"_s, q.value(6).toString()},
                       {u"created_by"_s, q.value(7).toString()},
                       {u"created_at"_s, StoreClock::isoTime(q.value(8).toLongLong())},
                       {u"done_at"_s, StoreClock::isoTimeOrNull(q.value(9))},
                       {u"outcome"_s, textOrNull(q.value(10))},
                       {u"done_by"_s, textOrNull(q.value(11))}};
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

FollowUpStore::FollowUpStore(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
{}

QList<MigrationStep> FollowUpStore::migrations()
{
    return {{u"follow_ups"_s,
             7,
             {
                 u"CREATE TABLE follow_ups (id %ID%, "
                 "customer_id BIGINT NOT NULL REFERENCES customers(id), "
                 "order_id BIGINT REFERENCES orders(id), ticket_id BIGINT REFERENCES tickets(id), "
                 "assignee TEXT NOT NULL, due_at BIGINT NOT NULL, note TEXT NOT NULL, "
                 "created_by TEXT NOT NULL, created_at BIGINT NOT NULL, done_at BIGINT, "
                 "outcome TEXT, done_by TEXT)"_s,
                 u"CREATE INDEX follow_ups_assignee ON follow_ups(assignee, due_at)"_s,
                 u"CREATE INDEX follow_ups_customer ON follow_ups(customer_id)"_s,
             }}};
}

Result<void> FollowUpStore::checkReferences(const Input &input)
{
    const std::tuple<const char16_t *, qint64, QString, QString> references[] = {
        {u"SELECT id FROM customers WHERE id = ?", input.customerId, u"unknown_customer"_s,
         Tr::tr("There is no customer %1.")},
        {u"SELECT customer_id FROM orders WHERE id = ?", input.orderId, u"unknown_order"_s,
         Tr::tr("There is no order %1.")},
        {u"SELECT customer_id FROM tickets WHERE id = ?", input.ticketId, u"unknown_ticket"_s,
         Tr::tr("There is no ticket %1.")},
    };
    for (const auto &[sql, id, code, message] : references) {
        if (id <= 0)
            continue;
        auto found = m_db.scalar(QString::fromUtf16(sql), {id});
        if (!found)
            return found.error();
        if (found.value().isNull())
            return Error{code, message.arg(id), {}};
        if (found.value().toLongLong() != input.customerId) {
            return Error{u"other_customer"_s,
                         Tr::tr("That order or ticket belongs to another customer."),
                         {}};
        }
    }
    auto user = m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {input.assignee});
    if (!user)
        return user.error();
    if (user.value().isNull())
        return Error{u"unknown_user"_s, Tr::tr("There is no user %1.").arg(input.assignee), {}};
    return {};
}

Result<QJsonObject> FollowUpStore::create(const Actor &actor, const Input &input)
{
    if (auto ok = checkReferences(input); !ok)
        return ok.error();
    auto id = m_db.scalar(u"INSERT INTO follow_ups (customer_id, order_id, ticket_id, assignee, "
                          "due_at, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                          "RETURNING id"_s,
                          {input.customerId, nullableId(input.orderId), nullableId(input.ticketId),
                           input.assignee, input.dueAt, input.note, actor.username, m_clock.now()});
    if (!id)
        return id.error();
    return m_log.appendRead(actor, u"follow_up"_s, id.value().toString(), u"create"_s,
                            followUp(id.value().toLongLong()));
}

Result<QJsonObject> FollowUpStore::followUp(qint64 id)
{
    auto q = m_db.fetch(u"SELECT "_s + followUpColumns + u" WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no follow-up %1.").arg(id));
    return followUpFromRow(q.value());
}

Result<QJsonObject> FollowUpStore::list(const QString &assignee, const QString &state, qint64 now,
                                        int limit, qint64 after)
{
    KeysetQuery page(u"SELECT "_s + followUpColumns, u"id"_s, after);
    if (!assignee.isEmpty())
        page.where(u"assignee = ?"_s, {assignee});
    if (state == u"open"_s)
        page.where(u"done_at IS NULL"_s);
    else if (state == u"due"_s)
        page.where(u"done_at IS NULL AND due_at <= ?"_s, {now});
    else if (state == u"done"_s)
        page.where(u"done_at IS NOT NULL"_s);
    return page.page(m_db, limit, followUpFromRow, KeysetQuery::idCursor);
}

Result<QJsonObject> FollowUpStore::complete(const Actor &actor, qint64 id, const QString &outcome)
{
    auto current = followUp(id);
    if (!current)
        return current;
    if (!current.value().value(u"done_at"_s).isNull()) {
        return Error{u"already_done"_s,
                     Tr::tr("Follow-up %1 is done already.").arg(id),
                     {{u"done_by"_s, current.value().value(u"done_by"_s)}}};
    }
    if (auto ok = m_db.exec(u"UPDATE follow_ups SET done_at = ?, outcome = ?, done_by = ? "
                            "WHERE id = ? AND done_at IS NULL"_s,
                            {m_clock.now(), outcome, actor.username, id});
        !ok) {
        return ok.error();
    }
    return m_log.appendRead(actor, u"follow_up"_s, QString::number(id), u"update"_s, followUp(id));
}

} // namespace shopdesk::storage
