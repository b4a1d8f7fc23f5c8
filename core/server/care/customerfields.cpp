#include "server/care/customerfields.h"

#include "domain/tr.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// The entries of a list field ("phones"), each an object checked by checkEntry; its problem
// is reported on the parent body with the entry's path.
template<typename CheckEntry>
void checkList(JsonBody &body, const QString &field, const QString &tooManyCode,
               CheckEntry checkEntry)
{
    if (!body.ok() || !body.has(field))
        return;
    const QJsonArray list = body.array(field, false);
    if (!body.ok())
        return;
    if (list.size() > CustomerFields::maxEntries) {
        body.setError(422, tooManyCode,
                      Tr::tr("A customer has at most %1 entries in \"%2\".")
                          .arg(CustomerFields::maxEntries)
                          .arg(field),
                      field);
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"%1[%2]"_s.arg(field).arg(i);
        if (!list.at(i).isObject()) {
            body.setError(400, u"invalid_type"_s,
                          Tr::tr("The field \"%1\" must be an object.").arg(path), path);
            return;
        }
        JsonBody entry(list.at(i).toObject());
        checkEntry(entry);
        if (!entry.ok()) {
            const Error &error = entry.error();
            const QString inner = error.details.value(u"field"_s).toString();
            body.setError(JsonBody::statusFor(error.code), error.code, error.message,
                          inner.isEmpty() ? path : path + u"."_s + inner);
            return;
        }
    }
}

} // namespace

void CustomerFields::check(JsonBody &body, bool creating)
{
    QStringList fields = {u"name"_s,     u"email"_s,  u"phone"_s,     u"address"_s,
                          u"language"_s, u"phones"_s, u"addresses"_s, u"marketing_consent"_s,
                          u"notes"_s};
    if (creating)
        fields << u"check_duplicates"_s;
    body.allowOnly(fields);
    body.string(u"name"_s, creating, JsonBody::nameLength, false);
    checkEmail(body);
    body.string(u"phone"_s, false, JsonBody::nameLength);
    body.string(u"address"_s, false, JsonBody::textLength);
    body.string(u"notes"_s, false, JsonBody::textLength);
    checkLanguage(body);
    for (const QString &flag : {u"check_duplicates"_s, u"marketing_consent"_s}) {
        if (body.ok() && body.has(flag) && !body.object().value(flag).isBool()) {
            body.setError(400, u"invalid_type"_s, Tr::tr("\"%1\" must be true or false.").arg(flag),
                          flag);
        }
    }
    checkPhones(body);
    checkAddresses(body);
}

void CustomerFields::checkEmail(JsonBody &body)
{
    const QString email = body.string(u"email"_s, false, JsonBody::nameLength);
    if (body.ok() && !email.isEmpty() &&
        (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') ||
         email.contains(u' '))) {
        body.setError(422, u"invalid_email"_s, Tr::tr("%1 is not an e-mail address.").arg(email),
                      u"email"_s);
    }
}

void CustomerFields::checkLanguage(JsonBody &body)
{
    if (!body.ok() || !body.has(u"language"_s))
        return;
    const QString language = body.string(u"language"_s, false, 35, true);
    if (!body.ok())
        return;
    // A BCP 47 tag as people write them: a primary language, then subtags ("pt-BR").
    static const QRegularExpression tag(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    if (!tag.match(language).hasMatch()) {
        body.setError(422, u"invalid_language"_s,
                      Tr::tr("\"%1\" is not a language code: use a code such as en, de, es, hi, "
                             "ar or pt-BR.")
                          .arg(language.left(40)),
                      u"language"_s);
    }
}

void CustomerFields::checkPhones(JsonBody &body)
{
    checkList(body, u"phones"_s, u"too_many_phones"_s, [](JsonBody &entry) {
        entry.allowOnly({u"label"_s, u"number"_s});
        entry.string(u"label"_s, false, JsonBody::nameLength);
        const QString number = entry.string(u"number"_s, true, JsonBody::nameLength, false);
        if (entry.ok() && !number.contains(QRegularExpression(u"[0-9]"_s))) {
            entry.setError(422, u"invalid_phone"_s,
                           Tr::tr("%1 is not a phone number.").arg(number.left(40)), u"number"_s);
        }
    });
}

void CustomerFields::checkAddresses(JsonBody &body)
{
    checkList(body, u"addresses"_s, u"too_many_addresses"_s, [](JsonBody &entry) {
        entry.allowOnly({u"label"_s, u"street"_s, u"postcode"_s, u"city"_s, u"country"_s});
        entry.string(u"label"_s, false, JsonBody::nameLength);
        entry.string(u"street"_s, false, JsonBody::textLength);
        entry.string(u"postcode"_s, false, JsonBody::nameLength);
        entry.string(u"city"_s, false, JsonBody::nameLength);
        const QString country = entry.string(u"country"_s, false, JsonBody::nameLength);
        static const QRegularExpression alpha2(u"^[A-Z]{2}$"_s);
        if (entry.ok() && !country.isEmpty() && !alpha2.match(country).hasMatch()) {
            entry.setError(422, u"invalid_country"_s,
                           Tr::tr("\"%1\" is not a country code: use ISO 3166 codes such as DE, "
                                  "FR or IN.")
                               .arg(country.left(40)),
                           u"country"_s);
        }
    });
}

} // namespace shopdesk::server
