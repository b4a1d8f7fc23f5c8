#pragma once

#include "domain/returns/refund.h"

#include <QList>
#include <QString>

#include <utility>

namespace shopdesk::client {

// What an agent fills in to refund an order (POST /orders/{id}/refunds). Amounts are minor
// units of the shop's currency; the server prices the lines and computes the total.
struct RefundDraft
{
    QList<std::pair<QString, qint64>> lines; // sku, units
    qint64 shippingMinor = 0;
    qint64 goodwillMinor = 0;
    QString currency;
    returns::RefundDestination destination = returns::RefundDestination::Original;
    qint64 paymentId = 0; // 0: the order's latest payment
    QString reason;
    QString reference;
    bool doubleCharge = false;
};

} // namespace shopdesk::client
