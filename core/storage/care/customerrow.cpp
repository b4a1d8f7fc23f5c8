#include "storage/care/customerrow.h"

#include "domain/customer.h"
#include "storage/storeclock.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QStringList selected = {u"id"_s,
                              u"name"_s,
                              u"email"_s,
                              u"phone"_s,
                              u"address"_s,
                              u"created_at"_s,
                              u"updated_at"_s,
                              u"language"_s,
                              u"phones"_s,
                              u"addresses"_s,
                              u"marketing_consent"_s,
                              u"marketing_consent_at"_s,
                              u"notes"_s,
                              u"merged_into"_s,
                              u"erased"_s,
                              u"email_failed_at"_s,
                              u"email_failure"_s};

const QStringList writable = {u"name"_s,
                              u"email"_s,
                              u"phone"_s,
                              u"address"_s,
                              u"language"_s,
                              u"phones"_s,
                              u"addresses"_s,
                              u"marketing_consent"_s,
                              u"marketing_consent_at"_s,
                              u"notes"_s};

QJsonArray jsonArray(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject emptyAddress()
{
    return QJsonObject{{u"label"_s, u""_s},
                       {u"street"_s, u""_s},
                       {u"postcode"_s, u""_s},
                       {u"city"_s, u""_s},
                       {u"country"_s, u""_s}};
}

QString oneLine(const QJsonObject &address)
{
    Customer::Address entry;
    entry.street = address.value(u"street"_s).toString();
    entry.postcode = address.value(u"postcode"_s).toString();
    entry.city = address.value(u"city"_s).toString();
    entry.country = address.value(u"country"_s).toString();
    return entry.oneLine();
}

// Writing `phone` alone sets the first phone's number (an empty one removes it).
QJsonArray withFirstPhone(QJsonArray phones, const QString &number)
{
    if (number.isEmpty()) {
        if (!phones.isEmpty())
            phones.removeFirst();
        return phones;
    }
    QJsonObject first =
        phones.isEmpty() ? QJsonObject{{u"label"_s, u""_s}} : phones.first().toObject();
    first.insert(u"number"_s, number);
    if (phones.isEmpty())
        phones.append(first);
    else
        phones.replace(0, first);
    return phones;
}

// Writing `address` alone makes it the first address's street, as written.
QJsonArray withFirstAddress(QJsonArray addresses, const QString &text)
{
    if (text.isEmpty()) {
        if (!addresses.isEmpty())
            addresses.removeFirst();
        return addresses;
    }
    QJsonObject first = emptyAddress();
    if (!addresses.isEmpty())
        first.insert(u"label"_s, addresses.first().toObject().value(u"label"_s));
    first.insert(u"street"_s, text);
    if (addresses.isEmpty())
        addresses.append(first);
    else
        addresses.replace(0, first);
    return addresses;
}

} // namespace

QString CustomerRow::columns(const QString &alias)
{
    QStringList list;
    for (const QString &column : selected)
        list << alias + column;
    return list.join(u", "_s);
}

int CustomerRow::columnCount()
{
    return int(selected.size());
}

QJsonObject CustomerRow::read(const SqlRows &q, int first)
{
    const auto at = [&q, first](int column) { return q.value(first + column); };
    const QString phone = at(3).toString();
    const QString address = at(4).toString();
    QJsonArray phones = jsonArray(at(8));
    QJsonArray addresses = jsonArray(at(9));
    // Rows written before phones and addresses were lists have only the single values.
    if (phones.isEmpty() && !phone.isEmpty())
        phones = withFirstPhone({}, phone);
    if (addresses.isEmpty() && !address.isEmpty())
        addresses = withFirstAddress({}, address);
    const qint64 mergedInto = at(13).toLongLong();
    return QJsonObject{
        {u"id"_s, at(0).toLongLong()},
        {u"name"_s, at(1).toString()},
        {u"email"_s, at(2).toString()},
        {u"phone"_s, phone},
        {u"address"_s, address},
        {u"language"_s, at(7).toString()},
        {u"created_at"_s, StoreClock::isoTime(at(5).toLongLong())},
        {u"updated_at"_s, StoreClock::isoTime(at(6).toLongLong())},
        {u"phones"_s, phones},
        {u"addresses"_s, addresses},
        {u"marketing_consent"_s, at(10).toLongLong() != 0},
        {u"marketing_consent_at"_s, StoreClock::isoTimeOrNull(at(11))},
        {u"notes"_s, at(12).toString()},
        {u"merged_into"_s, mergedInto > 0 ? QJsonValue(mergedInto) : QJsonValue(QJsonValue::Null)},
        {u"erased"_s, at(14).toLongLong() != 0},
        // Set by a delivery failure report for the address; cleared when it changes.
        {u"email_failed_at"_s, StoreClock::isoTimeOrNull(at(15))},
        {u"email_failure"_s,
         at(15).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(at(16).toString())}};
}

QJsonObject CustomerRow::patched(const QJsonObject &current, const QJsonObject &fields, qint64 now)
{
    QJsonObject merged = current;
    for (const QString &key : {u"name"_s, u"email"_s, u"language"_s, u"notes"_s}) {
        if (fields.contains(key))
            merged.insert(key, fields.value(key));
    }
    QJsonArray phones = current.value(u"phones"_s).toArray();
    if (fields.contains(u"phones"_s))
        phones = fields.value(u"phones"_s).toArray();
    else if (fields.contains(u"phone"_s))
        phones = withFirstPhone(phones, fields.value(u"phone"_s).toString());
    merged.insert(u"phones"_s, phones);
    merged.insert(u"phone"_s, phones.isEmpty()
                                  ? QString()
                                  : phones.first().toObject().value(u"number"_s).toString());

    QJsonArray addresses = current.value(u"addresses"_s).toArray();
    if (fields.contains(u"addresses"_s)) {
        addresses = fields.value(u"addresses"_s).toArray();
        merged.insert(u"address"_s,
                      addresses.isEmpty() ? QString() : oneLine(addresses.first().toObject()));
    } else if (fields.contains(u"address"_s)) {
        const QString text = fields.value(u"address"_s).toString();
        addresses = withFirstAddress(addresses, text);
        merged.insert(u"address"_s, text);
    }
    merged.insert(u"addresses"_s, addresses);

    const bool consent = current.value(u"marketing_consent"_s).toBool();
    if (fields.contains(u"marketing_consent"_s) &&
        fields.value(u"marketing_consent"_s).toBool() != consent) {
        merged.insert(u"marketing_consent"_s, !consent);
        merged.insert(u"marketing_consent_at"_s, StoreClock::isoTime(now));
    }
    return merged;
}

QStringList CustomerRow::writableColumns()
{
    return writable;
}

QString CustomerRow::assignments()
{
    return writable.join(u" = ?, "_s) + u" = ?"_s;
}

QVariantList CustomerRow::values(const QJsonObject &customer)
{
    const QJsonValue consentAt = customer.value(u"marketing_consent_at"_s);
    const QDateTime at = QDateTime::fromString(consentAt.toString(), Qt::ISODateWithMs);
    const QString language = customer.value(u"language"_s).toString();
    return {customer.value(u"name"_s).toString(),
            customer.value(u"email"_s).toString(),
            customer.value(u"phone"_s).toString(),
            customer.value(u"address"_s).toString(),
            language.isEmpty() ? u"en"_s : language,
            jsonText(customer.value(u"phones"_s).toArray()),
            jsonText(customer.value(u"addresses"_s).toArray()),
            customer.value(u"marketing_consent"_s).toBool() ? 1 : 0,
            at.isValid() ? QVariant(at.toMSecsSinceEpoch())
                         : QVariant(QMetaType(QMetaType::LongLong)),
            customer.value(u"notes"_s).toString()};
}

QString CustomerRow::phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    return digits;
}

QString CustomerRow::phoneDigitsSql(const QString &column)
{
    return u"replace(replace(replace(replace(replace(replace(%1, ' ', ''), '-', ''), '(', ''), "
           "')', ''), '.', ''), '/', '')"_s.arg(column);
}

} // namespace shopdesk::storage
