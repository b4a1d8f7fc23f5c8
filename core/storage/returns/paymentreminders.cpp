#include "storage/returns/paymentreminders.h"

#include "domain/paymentmethod.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// From FROM on: the orders due at ? (now) with ? (the lead time) before their expiry.
QString dueOrders()
{
    QStringList online;
    for (const PaymentMethod method : allPaymentMethods()) {
        if (isOnlinePaymentMethod(method))
            online.append(u'\'' + paymentMethodName(method) + u'\'');
    }
    return u" FROM orders o WHERE o.status = 'reserved' AND o.payment_method IN ("_s +
           online.join(u", "_s) +
           u") AND o.reservation_expires_at > ? AND o.reservation_expires_at - ? <= ? "
           u"AND o.reservation_expires_at - ? > o.created_at "
           u"AND NOT EXISTS (SELECT 1 FROM payment_reminders r WHERE r.order_id = o.id)"_s;
}

QVariantList dueValues(qint64 now, qint64 leadMs)
{
    return {now, leadMs, now, leadMs};
}

} // namespace

QList<MigrationStep> PaymentReminders::migrations()
{
    return {{u"payment_reminders"_s,
             10,
             {
                 u"CREATE TABLE payment_reminders (order_id BIGINT PRIMARY KEY REFERENCES "
                 "orders(id), at BIGINT NOT NULL, mail_id BIGINT)"_s,
             }}};
}

Result<qint64> PaymentReminders::dueCount(qint64 now, qint64 leadMs)
{
    auto count = m_db.scalar(u"SELECT COUNT(*)"_s + dueOrders(), dueValues(now, leadMs), 0);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<QList<qint64>> PaymentReminders::due(qint64 now, qint64 leadMs, int limit)
{
    QVariantList values = dueValues(now, leadMs);
    values.append(limit);
    return m_db.ids(u"SELECT o.id"_s + dueOrders() +
                        u" ORDER BY o.reservation_expires_at, o.id LIMIT ?"_s,
                    values);
}

Result<bool> PaymentReminders::claim(qint64 orderId, qint64 now)
{
    // A second server blocks here until the first commits, then inserts nothing.
    auto inserted = m_db.fetch(u"INSERT INTO payment_reminders (order_id, at) VALUES (?, ?) "
                               "ON CONFLICT (order_id) DO NOTHING"_s,
                               {orderId, now});
    if (!inserted)
        return inserted.error();
    return inserted.value().numRowsAffected() == 1;
}

Result<void> PaymentReminders::setMail(qint64 orderId, qint64 mailId)
{
    return m_db.exec(u"UPDATE payment_reminders SET mail_id = ? WHERE order_id = ?"_s,
                     {mailId, orderId});
}

} // namespace shopdesk::storage
