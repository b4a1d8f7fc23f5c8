#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/migrationstep.h"

#include <QList>

namespace shopdesk::storage {

// Which unpaid orders have had their payment reminder (table payment_reminders, one row per
// order). The row is the reminder's claim: it commits with the reminder's mail, so an order
// is reminded once, also after a restart and with several servers on one database.
//
// An order is due when it is reserved, awaits an online payment, and its reservation ends
// within the lead time; an order whose whole reservation is shorter than the lead time is
// never due (its confirmation already carries the link and the time).
class PaymentReminders
{
public:
    explicit PaymentReminders(Database &db)
        : m_db(db)
    {}

    static QList<MigrationStep> migrations();

    // How many orders are due at `now` with `leadMs` before expiry (a cheap look).
    Result<qint64> dueCount(qint64 now, qint64 leadMs);
    // The orders due, earliest expiry first, at most `limit`.
    Result<QList<qint64>> due(qint64 now, qint64 leadMs, int limit);
    // Records the reminder of an order; false when it has one already (another server, a
    // retried batch), and then nothing is to be sent.
    Result<bool> claim(qint64 orderId, qint64 now);
    // The outbox row of the reminder's mail (none: no usable address or payment link).
    Result<void> setMail(qint64 orderId, qint64 mailId);

private:
    Database &m_db;
};

} // namespace shopdesk::storage
