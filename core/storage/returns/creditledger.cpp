#include "storage/returns/creditledger.h"

#include "domain/tr.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

Result<qint64> CreditLedger::balance(qint64 customerId, const QString &currency)
{
    auto sum = m_db.scalar(u"SELECT COALESCE(SUM(amount_minor), 0) FROM customer_credit "
                           "WHERE customer_id = ? AND currency = ?"_s,
                           {customerId, currency}, 0);
    if (!sum)
        return sum.error();
    return sum.value().toLongLong();
}

Result<void> CreditLedger::lockCustomer(qint64 customerId)
{
    auto row = m_db.fetch(u"SELECT id FROM customers WHERE id = ?"_s + m_db.dialect().forUpdate(),
                          {customerId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return StoreErrors::notFound(Tr::tr("There is no customer %1.").arg(customerId));
    return {};
}

Result<void> CreditLedger::add(const Actor &actor, qint64 customerId, qint64 amountMinor,
                               const QString &currency, qint64 refundId)
{
    return m_db.exec(u"INSERT INTO customer_credit (customer_id, amount_minor, currency, "
                     "refund_id, payment_id, at, user_name) VALUES (?, ?, ?, ?, NULL, ?, ?)"_s,
                     {customerId, amountMinor, currency, refundId, m_clock.now(), actor.username});
}

Result<void> CreditLedger::spend(const Actor &actor, qint64 customerId, qint64 amountMinor,
                                 const QString &currency, qint64 paymentId)
{
    if (auto locked = lockCustomer(customerId); !locked)
        return locked;
    auto credit = balance(customerId, currency);
    if (!credit)
        return credit.error();
    if (credit.value() < amountMinor) {
        return Error{u"insufficient_credit"_s,
                     Tr::tr("The customer has store credit of %1 minor units, less than %2.")
                         .arg(credit.value())
                         .arg(amountMinor),
                     QJsonObject{{u"credit"_s, StoreValues::money(credit.value(), currency)}}};
    }
    return m_db.exec(
        u"INSERT INTO customer_credit (customer_id, amount_minor, currency, "
        "refund_id, payment_id, at, user_name) VALUES (?, ?, ?, NULL, ?, ?, ?)"_s,
        {customerId, -amountMinor, currency, paymentId, m_clock.now(), actor.username});
}

Result<void> CreditLedger::transfer(const Actor &actor, qint64 from, qint64 to)
{
    auto held = m_db.fetch(u"SELECT currency, SUM(amount_minor) FROM customer_credit "
                           "WHERE customer_id = ? GROUP BY currency ORDER BY currency"_s,
                           {from});
    if (!held)
        return held.error();
    QList<std::pair<QString, qint64>> balances;
    while (held.value().next()) {
        if (const qint64 amount = held.value().value(1).toLongLong(); amount != 0)
            balances.append({held.value().value(0).toString(), amount});
    }
    const qint64 now = m_clock.now();
    for (const auto &[currency, amount] : balances) {
        for (const auto &[customer, signedAmount] :
             {std::pair(from, -amount), std::pair(to, amount)}) {
            if (auto ok = m_db.exec(u"INSERT INTO customer_credit (customer_id, amount_minor, "
                                    "currency, refund_id, payment_id, at, user_name) "
                                    "VALUES (?, ?, ?, NULL, NULL, ?, ?)"_s,
                                    {customer, signedAmount, currency, now, actor.username});
                !ok) {
                return ok;
            }
        }
    }
    return {};
}

} // namespace shopdesk::storage
