#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace shopdesk::care {

// A customer's headline figures (GET /customers/{id}/summary), computed by the server.
struct CustomerSummary
{
    qint64 customerId = 0;
    std::optional<Money> lifetimeRevenue;
    qint64 orders = 0;
    qint64 returnedOrders = 0;
    double returnsRate = 0; // 0..1
    qint64 openTickets = 0;
    QDateTime customerSince;
    QDateTime lastOrderAt; // invalid: no order yet

    static Result<CustomerSummary> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::care
