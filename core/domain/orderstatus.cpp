#include "domain/orderstatus.h"

#include "domain/tr.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk {

QList<OrderStatus> allOrderStatuses()
{
    return {OrderStatus::Queued,    OrderStatus::Refused, OrderStatus::Reserved,
            OrderStatus::Paid,      OrderStatus::Shipped, OrderStatus::Delivered,
            OrderStatus::Cancelled, OrderStatus::Expired, OrderStatus::Returned};
}

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Queued:
        return u"queued"_s;
    case OrderStatus::Refused:
        return u"refused"_s;
    case OrderStatus::Reserved:
        return u"reserved"_s;
    case OrderStatus::Paid:
        return u"paid"_s;
    case OrderStatus::Shipped:
        return u"shipped"_s;
    case OrderStatus::Delivered:
        return u"delivered"_s;
    case OrderStatus::Cancelled:
        return u"cancelled"_s;
    case OrderStatus::Expired:
        return u"expired"_s;
    case OrderStatus::Returned:
        return u"returned"_s;
    }
    return {};
}

Result<OrderStatus> parseOrderStatus(const QString &name)
{
    for (OrderStatus status : allOrderStatuses()) {
        if (orderStatusName(status) == name)
            return status;
    }
    return Result<OrderStatus>::failure(u"unknown_status"_s,
                                        Tr::tr("\"%1\" is not an order status.").arg(name),
                                        QJsonObject{{u"status"_s, name}});
}

OrderStatus orderStatusAfter(OrderAction action)
{
    switch (action) {
    case OrderAction::Cancel:
        return OrderStatus::Cancelled;
    case OrderAction::Pay:
        return OrderStatus::Paid;
    case OrderAction::Ship:
        return OrderStatus::Shipped;
    case OrderAction::Deliver:
        return OrderStatus::Delivered;
    case OrderAction::Return:
        return OrderStatus::Returned;
    case OrderAction::Expire:
        return OrderStatus::Expired;
    }
    return OrderStatus::Refused;
}

bool orderAllows(OrderStatus status, PaymentMethod method, OrderAction action)
{
    switch (action) {
    case OrderAction::Cancel:
        return status == OrderStatus::Reserved || status == OrderStatus::Paid;
    case OrderAction::Pay:
    case OrderAction::Expire:
        return status == OrderStatus::Reserved;
    case OrderAction::Ship:
        return status == OrderStatus::Paid ||
               (status == OrderStatus::Reserved && method == PaymentMethod::CashOnDelivery);
    case OrderAction::Deliver:
        return status == OrderStatus::Shipped;
    case OrderAction::Return:
        return status == OrderStatus::Shipped || status == OrderStatus::Delivered;
    }
    return false;
}

bool orderHoldsStock(OrderStatus status)
{
    return status == OrderStatus::Reserved || status == OrderStatus::Paid;
}

} // namespace shopdesk
