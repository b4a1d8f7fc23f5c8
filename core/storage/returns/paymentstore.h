#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/returns/paymentledger.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::storage {

class ShopStore;

// Records the payments of an order: the order's row is locked first, so payments, the
// order's status and what refunds may take back always agree. A reserved order becomes paid
// in the same transaction as the payment that covers it. Writes expect the writer's
// transaction.
class PaymentStore
{
public:
    explicit PaymentStore(ShopStore &store);

    struct Input
    {
        QString method;
        qint64 amountMinor = 0;
        QString currency;
        QString reference;
        QString provider; // for notifications
        QString eventId;  // for notifications
    };
    struct Recorded
    {
        QJsonObject payment;
        QJsonObject order;     // as it reads after the payment
        bool madePaid = false; // this payment made the order paid
        bool replay = false;   // the provider's event was recorded before; nothing changed
    };

    // {"items": [Payment...]} of an order; not_found for an unknown order.
    Result<QJsonObject> list(qint64 orderId);
    // A payment a person took. `order_closed` for a cancelled or expired order,
    // `currency_mismatch`, `insufficient_credit` for store credit the customer lacks.
    Result<Recorded> record(const Actor &actor, qint64 orderId, const Input &input);
    // A provider's notification: recorded whatever the order's status (the money moved), once
    // per event; `unknown_order` when the order does not exist.
    Result<Recorded> notify(const Actor &actor, qint64 orderId, const Input &input);

private:
    struct OrderState
    {
        QString status;
        QString method;
        qint64 totalMinor = 0;
        QString currency;
        qint64 customerId = 0;
    };
    Result<OrderState> lockOrder(qint64 orderId);
    // Inserts the payment (0 on a replayed event), then marks a reserved order paid once
    // covered, or logs the order's new sums.
    Result<Recorded> add(const Actor &actor, const OrderState &order, qint64 orderId,
                         const Input &input);

    ShopStore &m_store;
};

} // namespace shopdesk::storage
