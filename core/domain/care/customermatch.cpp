#include "domain/care/customermatch.h"

#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk::care {

Result<CustomerMatch> CustomerMatch::fromJson(const QJsonObject &object)
{
    auto customer = Customer::fromJson(object);
    if (!customer)
        return customer.error();
    JsonFields fields(object);
    CustomerMatch match{std::move(customer).value(), fields.text(u"city"_s), std::nullopt};
    const QJsonObject last = fields.object(u"last_order"_s);
    if (!last.isEmpty()) {
        JsonFields order(last, fields.pathOf(u"last_order"_s));
        LastOrder lastOrder;
        lastOrder.id = order.integer(u"id"_s, JsonFields::Required);
        lastOrder.at = order.time(u"at"_s, JsonFields::Required);
        const QString status = order.text(u"status"_s, JsonFields::Required);
        if (order.ok()) {
            if (auto parsed = parseOrderStatus(status))
                lastOrder.status = parsed.value();
            else
                order.reject(u"status"_s, parsed.error());
        }
        fields.adopt(order);
        match.lastOrder = lastOrder;
    }
    if (!fields.ok())
        return fields.error();
    return match;
}

} // namespace shopdesk::care
