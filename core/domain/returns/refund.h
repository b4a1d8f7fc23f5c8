#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::returns {

// Where refunded money goes: back by the payment's own method, or onto the customer's
// store credit.
enum class RefundDestination { Original, StoreCredit };
// A refund above the approval limit waits for a manager; one within it is issued at once.
enum class RefundStatus { PendingApproval, Issued, Rejected };

QString refundDestinationName(RefundDestination destination); // "original", "store_credit"
Result<RefundDestination> parseRefundDestination(const QString &name);
QString refundStatusName(RefundStatus status); // "pending_approval", "issued", "rejected"
Result<RefundStatus> parseRefundStatus(const QString &name);
// The words a person reads, translated.
QString refundDestinationDisplayName(RefundDestination destination);
QString refundStatusDisplayName(RefundStatus status);

// Units of one order line given back, priced at the order's unit price.
struct RefundLine
{
    QString sku;
    qint64 quantity = 0;
    std::optional<Money> unitPrice;
};

// A refund as the API's Refund object carries it.
struct Refund
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 paymentId = 0; // 0: not tied to one payment
    RefundDestination destination = RefundDestination::Original;
    RefundStatus status = RefundStatus::PendingApproval;
    std::optional<Money> amount;
    QList<RefundLine> lines;
    std::optional<Money> shipping;
    std::optional<Money> goodwill;
    QString reason;
    QString reference;
    bool doubleCharge = false;
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt; // invalid while pending

    // `id`, `order_id`, `destination`, `status` and `amount` are required.
    static Result<Refund> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::returns
