#include "client/ordertext.h"

#include "domain/paymentmethod.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

QString OrderText::status(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Queued:
        return Tr::tr("Queued — not confirmed");
    case OrderStatus::Refused:
        return Tr::tr("Refused");
    case OrderStatus::Reserved:
        return Tr::tr("Reserved");
    case OrderStatus::Paid:
        return Tr::tr("Paid");
    case OrderStatus::Shipped:
        return Tr::tr("Shipped");
    case OrderStatus::Delivered:
        return Tr::tr("Delivered");
    case OrderStatus::Cancelled:
        return Tr::tr("Cancelled");
    case OrderStatus::Expired:
        return Tr::tr("Expired");
    case OrderStatus::Returned:
        return Tr::tr("Returned");
    }
    return orderStatusName(status);
}

QString OrderText::status(const QString &status)
{
    const auto parsed = parseOrderStatus(status);
    return parsed ? OrderText::status(parsed.value()) : status;
}

QStringList OrderText::channels()
{
    return {u"chat"_s, u"email"_s, u"phone"_s, u"web"_s};
}

QString OrderText::channel(const QString &channel)
{
    if (channel == u"chat"_s)
        return Tr::tr("Chat");
    if (channel == u"email"_s)
        return Tr::tr("E-mail");
    if (channel == u"phone"_s)
        return Tr::tr("Phone");
    if (channel == u"web"_s)
        return Tr::tr("Web");
    return channel;
}

QString OrderText::paymentMethodShort(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card:
        return Tr::tr("Card");
    case PaymentMethod::Skrill:
        return Tr::tr("Skrill");
    default:
        return paymentMethod(method);
    }
}

QString OrderText::paymentMethod(PaymentMethod method)
{
    return paymentMethodDisplayName(method);
}

} // namespace shopdesk::client
