#include "storage/inbox/mailboxbounces.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

MailboxBounces::MailboxBounces(Database &db, const StoreClock &clock, ChangeLog &log,
                               CustomerStore &customers)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_customers(customers)
{}

Result<int> MailboxBounces::markFailing(const Actor &actor, const QString &address,
                                        const QString &why)
{
    const QString email = address.trimmed().toLower();
    if (email.isEmpty())
        return 0;
    auto ids = m_db.ids(u"SELECT id FROM customers WHERE lower(email) = ? AND "
                        "merged_into IS NULL AND erased = 0 ORDER BY id"_s,
                        {email});
    if (!ids)
        return ids.error();
    const qint64 now = m_clock.now();
    for (const qint64 id : ids.value()) {
        if (auto ok = m_db.exec(u"UPDATE customers SET email_failed_at = ?, email_failure = ?, "
                                "updated_at = ? WHERE id = ?"_s,
                                {now, why.left(1000), now, id});
            !ok) {
            return ok.error();
        }
        auto logged = m_log.appendRead(actor, u"customer"_s, QString::number(id), u"update"_s,
                                       m_customers.customer(id));
        if (!logged)
            return logged.error();
    }
    return int(ids.value().size());
}

} // namespace shopdesk::storage
