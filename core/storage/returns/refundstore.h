#pragma once

#include "domain/result.h"
#include "storage/actor.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace shopdesk::storage {

class ShopStore;

// Refunds of an order: by line (at the order's unit price), shipping and goodwill, back by
// the original payment's method or onto the customer's store credit. Each is checked with
// the order's row locked, so the refunds issued and pending never add up to more than the
// payments, however many arrive at once. Above the approval limit a refund waits for a
// manager. Writes expect the writer's transaction.
class RefundStore
{
public:
    explicit RefundStore(ShopStore &store);

    struct Input
    {
        QList<std::pair<QString, qint64>> lines; // sku, units
        qint64 shippingMinor = 0;
        qint64 goodwillMinor = 0;
        QString currency;
        QString destination; // original, store_credit
        qint64 paymentId = 0;
        QString reason;
        QString reference;
        bool doubleCharge = false;
    };
    // The refund's JSON and whether it was issued now (not left for approval).
    struct Outcome
    {
        QJsonObject refund;
        bool issued = false;
    };

    Result<QJsonObject> refund(qint64 id);
    // {"items": [...]} of one order, oldest first; not_found for an unknown order.
    Result<QJsonObject> forOrder(qint64 orderId);
    // {"items", "next"}; status empty for every status.
    Result<QJsonObject> list(const QString &status, int limit, qint64 after);

    Result<Outcome> request(const Actor &actor, qint64 orderId, const Input &input,
                            qint64 approvalLimitMinor);
    Result<Outcome> approve(const Actor &actor, qint64 id, const QString &reference);
    Result<Outcome> reject(const Actor &actor, qint64 id);

private:
    struct Checked
    {
        qint64 amount = 0;
        qint64 paymentId = 0;
        QList<std::pair<QString, std::pair<qint64, qint64>>> lines; // sku, units, unit price
    };
    Result<Checked> check(qint64 orderId, const Input &input);
    Result<QList<std::pair<QString, std::pair<qint64, qint64>>>> priceLines(qint64 orderId,
                                                                            const Input &input);
    Result<qint64> tiePayment(qint64 orderId, const Input &input, qint64 amount);
    // Locks the refund's order and the refund; its order id and status.
    Result<std::pair<qint64, QString>> lockRefund(qint64 id);
    // Store credit for a refund being issued, then the refund's and the order's change records.
    Result<Outcome> finish(const Actor &actor, qint64 id, bool issued, const QString &op);

    ShopStore &m_store;
};

} // namespace shopdesk::storage
