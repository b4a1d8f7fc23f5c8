#pragma once

#include "client/reportheader.h"
#include "domain/result.h"

#include <QList>

#include <optional>

namespace shopdesk::reports {

// Customers: active, repeat and new customers over the range and per bucket.
struct CustomerReport
{
    struct Figures
    {
        QString bucket; // empty on the totals
        qint64 customers = 0;
        qint64 repeatCustomers = 0;
        qint64 newCustomers = 0;
        std::optional<double> repeatRatePct;
        qint64 orders = 0;
        qint64 ordersFromRepeatCustomers = 0;
    };

    ReportHeader header;
    Figures totals;
    QList<Figures> series;

    static Result<CustomerReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
