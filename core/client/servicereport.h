#pragma once

#include "client/reportheader.h"
#include "domain/money.h"
#include "domain/result.h"

#include <QList>

#include <optional>

namespace shopdesk::reports {

// Service figures: orders handled, sales and time to payment, per agent and in total.
struct ServiceReport
{
    struct Figures
    {
        QString key; // the agent; empty on the totals
        QString label;
        qint64 ordersHandled = 0;
        qint64 salesOrders = 0;
        std::optional<Money> revenue;
        qint64 cancelledOrExpired = 0;
        qint64 paidOrders = 0;
        // Empty while no order is paid.
        std::optional<qint64> averageSecondsToPayment;
        std::optional<qint64> medianSecondsToPayment;
    };

    ReportHeader header;
    Figures totals;
    QList<Figures> rows;

    static Result<ServiceReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
