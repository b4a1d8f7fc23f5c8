#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace shopdesk::storage {

// What identifies a person in free text: their e-mail, name, addresses and phone numbers
// (found however the digits are spaced). scrub() puts "[erased]" in their place.
class PersonalData
{
public:
    // Learns the personal fields of a Customer object.
    void add(const QJsonObject &customer);
    bool isEmpty() const { return m_texts.isEmpty() && m_phones.isEmpty(); }

    QString scrub(QString text) const;
    QJsonValue scrub(const QJsonValue &value) const;
    // True when text holds any of it.
    bool foundIn(const QString &text) const { return scrub(text) != text; }
    // Short pieces for a first LIKE narrowing in SQL: the e-mail, texts, and each phone's
    // last four digits (separators may sit anywhere before them).
    QStringList needles() const;

private:
    void addText(const QString &text);

    QStringList m_texts;
    QList<QRegularExpression> m_phones;
    QStringList m_phoneTails;
};

} // namespace shopdesk::storage
