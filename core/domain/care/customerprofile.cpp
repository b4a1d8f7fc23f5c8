#include "domain/care/customerprofile.h"

#include "domain/jsonfields.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk::care {

QString CustomerAddress::oneLine() const
{
    const QString place = QStringList{postcode, city}.join(u' ').trimmed();
    QStringList parts;
    for (const QString &part : {street.trimmed(), place, country.trimmed()}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u", "_s);
}

namespace {

QList<CustomerPhone> readPhones(JsonFields &fields)
{
    QList<CustomerPhone> phones;
    const QJsonArray items = fields.array(u"phones"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            fields.markInvalid(fields.pathOf(u"phones"_s, i));
            break;
        }
        JsonFields item(items.at(i).toObject(), fields.pathOf(u"phones"_s, i));
        phones.append({item.text(u"label"_s), item.text(u"number"_s, JsonFields::Required)});
        fields.adopt(item);
    }
    return phones;
}

QList<CustomerAddress> readAddresses(JsonFields &fields)
{
    QList<CustomerAddress> addresses;
    const QJsonArray items = fields.array(u"addresses"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            fields.markInvalid(fields.pathOf(u"addresses"_s, i));
            break;
        }
        JsonFields item(items.at(i).toObject(), fields.pathOf(u"addresses"_s, i));
        addresses.append({item.text(u"label"_s), item.text(u"street"_s), item.text(u"postcode"_s),
                          item.text(u"city"_s), item.text(u"country"_s)});
        fields.adopt(item);
    }
    return addresses;
}

} // namespace

Result<CustomerProfile> CustomerProfile::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    CustomerProfile p;
    p.id = fields.integer(u"id"_s, JsonFields::Required);
    if (fields.ok() && p.id <= 0)
        fields.markInvalid(u"id"_s);
    p.name = fields.text(u"name"_s, JsonFields::Required);
    p.email = fields.text(u"email"_s);
    p.language = fields.text(u"language"_s);
    p.phones = readPhones(fields);
    p.addresses = readAddresses(fields);
    p.marketingConsent = fields.boolean(u"marketing_consent"_s);
    p.marketingConsentAt = fields.time(u"marketing_consent_at"_s);
    p.notes = fields.text(u"notes"_s);
    if (const qint64 into = fields.integer(u"merged_into"_s); into > 0)
        p.mergedInto = into;
    p.erased = fields.boolean(u"erased"_s);
    p.createdAt = fields.time(u"created_at"_s);
    p.emailFailedAt = fields.time(u"email_failed_at"_s);
    p.emailFailure = fields.text(u"email_failure"_s);
    const QString phone = fields.text(u"phone"_s);
    const QString address = fields.text(u"address"_s);
    if (!fields.ok())
        return fields.error();
    if (!object.contains(u"phones"_s) && !phone.isEmpty())
        p.phones.append({QString(), phone});
    if (!object.contains(u"addresses"_s) && !address.isEmpty())
        p.addresses.append({QString(), address, QString(), QString(), QString()});
    return p;
}

QJsonObject CustomerProfile::toPatch() const
{
    QJsonArray phoneItems;
    for (const CustomerPhone &phone : phones)
        phoneItems.append(QJsonObject{{u"label"_s, phone.label.trimmed()},
                                      {u"number"_s, phone.number.trimmed()}});
    QJsonArray addressItems;
    for (const CustomerAddress &a : addresses) {
        addressItems.append(QJsonObject{{u"label"_s, a.label.trimmed()},
                                        {u"street"_s, a.street.trimmed()},
                                        {u"postcode"_s, a.postcode.trimmed()},
                                        {u"city"_s, a.city.trimmed()},
                                        {u"country"_s, a.country.trimmed().toUpper()}});
    }
    QJsonObject patch{{u"name"_s, name.trimmed()},
                      {u"email"_s, email.trimmed()},
                      {u"phones"_s, phoneItems},
                      {u"addresses"_s, addressItems},
                      {u"marketing_consent"_s, marketingConsent},
                      {u"notes"_s, notes}};
    if (!language.isEmpty())
        patch.insert(u"language"_s, language);
    return patch;
}

Result<void> CustomerProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Result<void>::failure(u"missing_name"_s, Tr::tr("Enter the customer's name."));
    if (name.trimmed().size() > 200 || email.trimmed().size() > 200)
        return Result<void>::failure(u"too_long"_s,
                                     Tr::tr("Name and e-mail are up to 200 characters."));
    if (notes.size() > maxNotes)
        return Result<void>::failure(u"too_long"_s,
                                     Tr::tr("The notes are up to 10,000 characters."));
    if (phones.size() > maxEntries || addresses.size() > maxEntries)
        return Result<void>::failure(u"too_many"_s,
                                     Tr::tr("A customer has at most 10 phones and 10 addresses."));
    for (const CustomerPhone &phone : phones) {
        if (phone.number.trimmed().isEmpty())
            return Result<void>::failure(u"missing_number"_s,
                                         Tr::tr("Every phone needs a number."));
    }
    static const QRegularExpression country(u"^([A-Za-z]{2})?$"_s);
    for (const CustomerAddress &a : addresses) {
        if (!country.match(a.country.trimmed()).hasMatch())
            return Result<void>::failure(
                u"invalid_country"_s,
                Tr::tr("\"%1\" is not a two-letter country code (AT, DE, …).").arg(a.country));
    }
    return {};
}

QString CustomerProfile::firstPhone() const
{
    return phones.isEmpty() ? QString() : phones.first().number;
}

} // namespace shopdesk::care
