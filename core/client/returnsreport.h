#pragma once

#include "client/reportheader.h"
#include "domain/money.h"
#include "domain/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace shopdesk::reports {

// Returns and refunds per product, reason or month and in total, with the share of units
// sold that came back, and per month the gross revenue, the refunds and the net revenue after
// them (the report "returns").
struct ReturnsReport
{
    struct Figures
    {
        QString key; // SKU, reason word or "2026-03"; empty on the totals and the order-level row
        QString label;
        qint64 returns = 0;
        qint64 unitsReturned = 0;
        qint64 unitsRestocked = 0;
        qint64 unitsWrittenOff = 0;
        qint64 refunds = 0;
        std::optional<Money> refunded;
        std::optional<Money> refundedLines;
        std::optional<Money> refundedShipping;
        std::optional<Money> refundedGoodwill;
        std::optional<Money> refundedDoubleCharges;
        qint64 unitsSold = 0;
        std::optional<double> returnedSharePct;
        // Months and totals only.
        std::optional<Money> grossRevenue;
        std::optional<Money> netRevenue;
    };

    ReportHeader header;
    QString group; // product, reason or month
    QStringList countedReturnStatuses;
    QStringList countedRefundStatuses;
    Figures totals;
    QList<Figures> rows;
    QList<Figures> months; // every month of the range, key "2026-03"

    static Result<ReturnsReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
