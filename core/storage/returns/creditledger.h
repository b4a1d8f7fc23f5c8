#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/database.h"
#include "storage/storeclock.h"

#include <QJsonObject>

namespace shopdesk::storage {

// A customer's store credit: signed entries (+ a refund to store credit, − credit spent on a
// payment) whose sum never goes below zero. Spending locks the customer's row first, so two
// payments cannot both spend the same credit. Writes expect the writer's transaction.
class CreditLedger
{
public:
    CreditLedger(Database &db, const StoreClock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // The customer's credit in minor units of currency.
    Result<qint64> balance(qint64 customerId, const QString &currency);
    Result<void> add(const Actor &actor, qint64 customerId, qint64 amountMinor,
                     const QString &currency, qint64 refundId);
    // `insufficient_credit` (nothing written) when the credit is less than amountMinor.
    Result<void> spend(const Actor &actor, qint64 customerId, qint64 amountMinor,
                       const QString &currency, qint64 paymentId);
    // Moves all of from's credit to `to` (a merge): per currency, a − entry for from and a +
    // entry for to, so the total stays and both customers' histories show the move. Expects
    // both customers' rows locked.
    Result<void> transfer(const Actor &actor, qint64 from, qint64 to);
    // Locks the customer's row until commit (nothing on SQLite, whose writer holds the lock).
    Result<void> lockCustomer(qint64 customerId);

private:
    Database &m_db;
    const StoreClock &m_clock;
};

} // namespace shopdesk::storage
