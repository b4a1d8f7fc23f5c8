#include "storage/care/customernotes.h"

#include "domain/tr.h"
#include "storage/care/customerrecord.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString noteColumns = u"id, customer_id, text, at, user_name"_s;

} // namespace

CustomerNotes::CustomerNotes(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
{}

QJsonObject CustomerNotes::fromRow(const SqlRows &q)
{
    return QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                       {u"customer_id"_s, q.value(1).toLongLong()},
                       {u"text"_s, q.value(2).toString()},
                       {u"at"_s, StoreClock::isoTime(q.value(3).toLongLong())},
                       {u"user"_s, q.value(4).toString()}};
}

Result<QJsonObject> CustomerNotes::add(const Actor &actor, qint64 customerId, const QString &text)
{
    auto state = CustomerRecord::state(m_db, customerId, false);
    if (!state)
        return state.error();
    if (state.value().erased)
        return CustomerRecord::erasedError(customerId);
    auto id = m_db.scalar(u"INSERT INTO customer_notes (customer_id, text, at, user_name) "
                          "VALUES (?, ?, ?, ?) RETURNING id"_s,
                          {customerId, text, m_clock.now(), actor.username});
    if (!id)
        return id.error();
    return m_log.appendRead(actor, u"customer_note"_s, id.value().toString(), u"create"_s,
                            note(id.value().toLongLong()));
}

Result<QJsonObject> CustomerNotes::note(qint64 id)
{
    auto q = m_db.fetch(u"SELECT "_s + noteColumns + u" FROM customer_notes WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no customer note %1.").arg(id));
    return fromRow(q.value());
}

Result<QJsonObject> CustomerNotes::list(qint64 customerId, int limit, qint64 after)
{
    if (auto state = CustomerRecord::state(m_db, customerId, false); !state)
        return state.error();
    KeysetQuery page(u"SELECT "_s + noteColumns + u" FROM customer_notes"_s, u"id"_s, after);
    page.where(u"customer_id = ?"_s, {customerId});
    return page.page(m_db, limit, fromRow, KeysetQuery::idCursor);
}

} // namespace shopdesk::storage
