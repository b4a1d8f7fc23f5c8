#include "domain/care/customersummary.h"

#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk::care {

Result<CustomerSummary> CustomerSummary::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    CustomerSummary s;
    s.customerId = fields.integer(u"customer_id"_s, JsonFields::Required);
    s.lifetimeRevenue = fields.money(u"lifetime_revenue"_s, JsonFields::Required);
    s.orders = fields.integer(u"orders"_s, JsonFields::Required);
    s.returnedOrders = fields.integer(u"returned_orders"_s);
    s.openTickets = fields.integer(u"open_tickets"_s);
    s.customerSince = fields.time(u"customer_since"_s);
    s.lastOrderAt = fields.time(u"last_order_at"_s);
    const QJsonValue rate = object.value(u"returns_rate"_s);
    if (!rate.isUndefined() && !rate.isNull() && !rate.isDouble())
        fields.markInvalid(u"returns_rate"_s);
    s.returnsRate = std::clamp(rate.toDouble(), 0.0, 1.0);
    if (!fields.ok())
        return fields.error();
    return s;
}

} // namespace shopdesk::care
