#pragma once

#include "domain/customer.h"
#include "domain/orderstatus.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace shopdesk::care {

// One row of a customer search (GET /customers?query=): who it is, where they live and what
// they last ordered, enough to tell two people of one name apart.
struct CustomerMatch
{
    struct LastOrder
    {
        qint64 id = 0;
        QDateTime at;
        OrderStatus status = OrderStatus::Reserved;
    };

    Customer customer;
    QString city;
    std::optional<LastOrder> lastOrder;

    static Result<CustomerMatch> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::care

Q_DECLARE_METATYPE(shopdesk::care::CustomerMatch)
