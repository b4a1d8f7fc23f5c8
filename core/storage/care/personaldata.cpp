#include "storage/care/personaldata.h"

#include "storage/care/customerrow.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString erasedText = u"[erased]"_s;

} // namespace

void PersonalData::addText(const QString &text)
{
    // Each line of an address written on several lines stands on its own too.
    if (text.contains(u'\n')) {
        for (const QString &line : text.split(u'\n'))
            addText(line);
    }
    const QString trimmed = text.trimmed();
    // Very short texts (a one-letter name) would scrub unrelated words.
    if (trimmed.size() < 3 || m_texts.contains(trimmed))
        return;
    m_texts << trimmed;
    // Longest first, so a whole address goes before its street alone.
    std::sort(m_texts.begin(), m_texts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void PersonalData::add(const QJsonObject &customer)
{
    for (const QString &key : {u"name"_s, u"email"_s, u"address"_s, u"notes"_s, u"phone"_s})
        addText(customer.value(key).toString());
    for (const QJsonValue &address : customer.value(u"addresses"_s).toArray()) {
        for (const QString &key : {u"street"_s, u"city"_s})
            addText(address.toObject().value(key).toString());
        addText(u"%1 %2"_s.arg(address[u"postcode"_s].toString(), address[u"city"_s].toString()));
    }
    QStringList numbers{customer.value(u"phone"_s).toString()};
    for (const QJsonValue &phone : customer.value(u"phones"_s).toArray())
        numbers << phone[u"number"_s].toString();
    for (const QString &number : numbers) {
        addText(number);
        QString digits = CustomerRow::phoneDigits(number);
        digits.remove(u'+');
        if (digits.size() < 6)
            continue;
        // The digits with any separators between them: "+49 30 1234-567" is also found as
        // "0049-30-1234567" or "(49) 301 234 567".
        QStringList pieces;
        for (const QChar digit : digits)
            pieces << QString(digit);
        m_phones << QRegularExpression(pieces.join(u"[\\s\\-().\\/]*"_s));
        m_phoneTails << digits.right(4);
    }
}

QString PersonalData::scrub(QString text) const
{
    for (const QString &piece : m_texts)
        text.replace(piece, erasedText, Qt::CaseInsensitive);
    for (const QRegularExpression &phone : m_phones)
        text.replace(phone, erasedText);
    return text;
}

QJsonValue PersonalData::scrub(const QJsonValue &value) const
{
    if (value.isString())
        return scrub(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(scrub(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = scrub(it.value());
        return object;
    }
    return value;
}

QStringList PersonalData::needles() const
{
    return m_texts + m_phoneTails;
}

} // namespace shopdesk::storage
