#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::storage {

// The payments of orders, an immutable list: each row one payment received (a person's
// record, a provider's notification, or store credit spent). A provider's event id is unique
// per provider by an index, so a replayed notification can never add a second row, whichever
// server or connection it reaches. Refunds and store credit share this module's schema.
class PaymentLedger
{
public:
    PaymentLedger(Database &db, const StoreClock &clock, ChangeLog &log);

    static QList<MigrationStep> migrations();

    struct Entry
    {
        qint64 orderId = 0;
        QString method;
        qint64 amountMinor = 0;
        QString currency;
        QString provider; // empty: recorded by a person
        QString reference;
        QString eventId; // empty: none
    };
    // An order's money: paid, refunds issued, refunds awaiting approval, and what was
    // refunded (issued or pending) as double charges.
    struct Sums
    {
        qint64 paid = 0;
        qint64 refunded = 0;
        qint64 pending = 0;
        qint64 doubleCharged = 0;
    };

    // Inserts a payment and logs it; the new id, or 0 when the provider's event is already
    // recorded (nothing written then). The order's payment_reference takes the first
    // payment's reference.
    Result<qint64> insert(const Actor &actor, const Entry &entry);
    Result<QJsonObject> payment(qint64 id);
    // The payment a provider's event made, or not_found.
    Result<QJsonObject> eventPayment(const QString &provider, const QString &eventId);
    // {"items": [Payment...]} of one order, oldest first.
    Result<QJsonObject> list(qint64 orderId);

    static Result<Sums> sums(Database &db, qint64 orderId);
    // Adds paid, refunded, refund_pending and balance (money) to an Order object.
    static Result<void> addTotals(Database &db, QJsonObject &order);

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
