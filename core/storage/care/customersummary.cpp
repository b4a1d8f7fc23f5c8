#include "storage/care/customersummary.h"

#include "domain/tr.h"
#include "storage/storeclock.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

Result<qint64> CustomerSummary::openTickets(qint64 customerId)
{
    if (!m_tables.has(u"tickets"_s))
        return qint64(0);
    auto open = m_db.scalar(u"SELECT COUNT(*) FROM tickets WHERE customer_id = ? "
                            "AND status NOT IN ('resolved', 'closed')"_s,
                            {customerId}, 0);
    if (!open)
        return open.error();
    return open.value().toLongLong();
}

Result<QJsonObject> CustomerSummary::summary(qint64 customerId)
{
    auto since = m_db.scalar(u"SELECT created_at FROM customers WHERE id = ?"_s, {customerId});
    if (!since)
        return since.error();
    if (since.value().isNull())
        return StoreErrors::notFound(Tr::tr("There is no customer %1.").arg(customerId));
    auto q = m_db.fetch(
        u"SELECT COUNT(*), "
        "COALESCE(SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status IN ('shipped', 'delivered', 'returned') THEN 1 ELSE 0 "
        "END), 0), "
        "COALESCE(SUM(CASE WHEN status IN ('paid', 'shipped', 'delivered') THEN total_minor "
        "ELSE 0 END), 0), MAX(created_at) FROM orders WHERE customer_id = ?"_s,
        {customerId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no customer %1.").arg(customerId));
    const SqlRows &r = q.value();
    const qint64 orders = r.value(0).toLongLong();
    const qint64 returned = r.value(1).toLongLong();
    const qint64 received = r.value(2).toLongLong();
    const qint64 revenue = r.value(3).toLongLong();
    const QVariant lastOrder = r.value(4);
    auto tickets = openTickets(customerId);
    if (!tickets)
        return tickets.error();
    return QJsonObject{
        {u"customer_id"_s, customerId},
        {u"lifetime_revenue"_s, StoreValues::money(revenue, m_currency)},
        {u"orders"_s, orders},
        {u"returned_orders"_s, returned},
        {u"returns_rate"_s, received > 0 ? double(returned) / double(received) : 0.0},
        {u"open_tickets"_s, tickets.value()},
        {u"customer_since"_s, StoreClock::isoTime(since.value().toLongLong())},
        {u"last_order_at"_s, StoreClock::isoTimeOrNull(lastOrder)}};
}

} // namespace shopdesk::storage
