#include "domain/customer.h"

#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<Customer> Customer::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    Customer customer;
    customer.id = fields.integer(u"id"_s, JsonFields::Required);
    if (fields.ok() && customer.id <= 0)
        fields.markInvalid(u"id"_s);
    customer.name = fields.text(u"name"_s, JsonFields::Required);
    customer.email = fields.text(u"email"_s);
    customer.phone = fields.text(u"phone"_s);
    customer.address = fields.text(u"address"_s);
    customer.language = fields.text(u"language"_s);
    if (!fields.ok())
        return fields.error();
    return customer;
}

QJsonObject Customer::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"email"_s, email},
                       {u"phone"_s, phone},
                       {u"address"_s, address}};
    if (!language.isEmpty())
        object.insert(u"language"_s, language);
    return object;
}

} // namespace shopdesk
