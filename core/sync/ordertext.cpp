#include "sync/ordertext.h"

#include "domain/paymentmethod.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

QStringList OrderText::statuses()
{
    return {u"queued"_s,    u"refused"_s,   u"reserved"_s, u"paid"_s,    u"shipped"_s,
            u"delivered"_s, u"cancelled"_s, u"expired"_s,  u"returned"_s};
}

QString OrderText::status(const QString &status)
{
    if (status == u"queued"_s)
        return Tr::tr("Queued — not confirmed");
    if (status == u"refused"_s)
        return Tr::tr("Refused");
    if (status == u"reserved"_s)
        return Tr::tr("Reserved");
    if (status == u"paid"_s)
        return Tr::tr("Paid");
    if (status == u"shipped"_s)
        return Tr::tr("Shipped");
    if (status == u"delivered"_s)
        return Tr::tr("Delivered");
    if (status == u"cancelled"_s)
        return Tr::tr("Cancelled");
    if (status == u"expired"_s)
        return Tr::tr("Expired");
    if (status == u"returned"_s)
        return Tr::tr("Returned");
    return status;
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

QString OrderText::paymentMethodShort(const QString &method)
{
    if (method == u"card"_s)
        return Tr::tr("Card");
    if (method == u"skrill"_s)
        return Tr::tr("Skrill");
    return paymentMethod(method);
}

QString OrderText::paymentMethod(const QString &method)
{
    const auto parsed = parsePaymentMethod(method);
    return parsed ? paymentMethodDisplayName(*parsed) : method;
}

} // namespace shopdesk::sync
