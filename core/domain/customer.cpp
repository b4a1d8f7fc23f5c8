#include "domain/customer.h"

#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk {

QString Customer::Address::oneLine() const
{
    const QString place = QStringList{postcode, city}.join(u' ').trimmed();
    QStringList parts;
    for (const QString &part : {street.simplified(), place, country}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u", "_s);
}

namespace {

void readPhones(JsonFields &fields, Customer &customer)
{
    const QJsonArray phones = fields.array(u"phones"_s);
    for (qsizetype i = 0; i < phones.size() && fields.ok(); ++i) {
        if (!phones.at(i).isObject()) {
            fields.markInvalid(fields.pathOf(u"phones"_s, i));
            return;
        }
        JsonFields phone(phones.at(i).toObject(), fields.pathOf(u"phones"_s, i));
        Customer::Phone entry{phone.text(u"label"_s), phone.text(u"number"_s)};
        fields.adopt(phone);
        customer.phones.append(entry);
    }
}

void readAddresses(JsonFields &fields, Customer &customer)
{
    const QJsonArray addresses = fields.array(u"addresses"_s);
    for (qsizetype i = 0; i < addresses.size() && fields.ok(); ++i) {
        if (!addresses.at(i).isObject()) {
            fields.markInvalid(fields.pathOf(u"addresses"_s, i));
            return;
        }
        JsonFields address(addresses.at(i).toObject(), fields.pathOf(u"addresses"_s, i));
        Customer::Address entry;
        entry.label = address.text(u"label"_s);
        entry.street = address.text(u"street"_s);
        entry.postcode = address.text(u"postcode"_s);
        entry.city = address.text(u"city"_s);
        entry.country = address.text(u"country"_s);
        fields.adopt(address);
        customer.addresses.append(entry);
    }
}

} // namespace

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
    readPhones(fields, customer);
    readAddresses(fields, customer);
    customer.marketingConsent = fields.boolean(u"marketing_consent"_s);
    customer.marketingConsentAt = fields.time(u"marketing_consent_at"_s);
    customer.notes = fields.text(u"notes"_s);
    customer.mergedInto = fields.integer(u"merged_into"_s);
    customer.erased = fields.boolean(u"erased"_s);
    customer.emailFailedAt = fields.time(u"email_failed_at"_s);
    customer.emailFailure = fields.text(u"email_failure"_s);
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
    // The newer fields only where they differ from their defaults, so that what an older
    // server sent reads and writes back unchanged.
    QJsonArray phoneArray;
    for (const Phone &entry : phones)
        phoneArray.append(QJsonObject{{u"label"_s, entry.label}, {u"number"_s, entry.number}});
    QJsonArray addressArray;
    for (const Address &entry : addresses) {
        addressArray.append(QJsonObject{{u"label"_s, entry.label},
                                        {u"street"_s, entry.street},
                                        {u"postcode"_s, entry.postcode},
                                        {u"city"_s, entry.city},
                                        {u"country"_s, entry.country}});
    }
    if (!phoneArray.isEmpty())
        object.insert(u"phones"_s, phoneArray);
    if (!addressArray.isEmpty())
        object.insert(u"addresses"_s, addressArray);
    if (marketingConsent)
        object.insert(u"marketing_consent"_s, true);
    if (marketingConsentAt.isValid())
        object.insert(u"marketing_consent_at"_s, isoTimeText(marketingConsentAt));
    if (!notes.isEmpty())
        object.insert(u"notes"_s, notes);
    if (mergedInto > 0)
        object.insert(u"merged_into"_s, mergedInto);
    if (erased)
        object.insert(u"erased"_s, true);
    if (emailFailedAt.isValid()) {
        object.insert(u"email_failed_at"_s, isoTimeText(emailFailedAt));
        object.insert(u"email_failure"_s, emailFailure);
    }
    return object;
}

} // namespace shopdesk
