#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopdesk {

// Reads the fields of one server answer (a report, a content object...). The first field
// that is missing or of the wrong type is remembered and every later read gives an empty
// value, so a parser reads straight through and asks error() once at the end.
class JsonFieldReader
{
public:
    // answer names what is read ("sales", "content") in the error.
    explicit JsonFieldReader(QString answer);

    QString text(const QJsonObject &object, const QString &key);
    // Text that may be null or absent: empty then.
    QString optionalText(const QJsonObject &object, const QString &key);
    qint64 count(const QJsonObject &object, const QString &key);
    bool flag(const QJsonObject &object, const QString &key);
    QDate date(const QJsonObject &object, const QString &key);
    // An ISO 8601 time; null reads as an invalid QDateTime.
    QDateTime timeOrNull(const QJsonObject &object, const QString &key);
    std::optional<Money> money(const QJsonObject &object, const QString &key);
    // A number that may be null ("nothing to compare with").
    std::optional<double> numberOrNull(const QJsonObject &object, const QString &key);
    std::optional<qint64> countOrNull(const QJsonObject &object, const QString &key);
    QJsonObject object(const QJsonObject &object, const QString &key);
    QJsonArray array(const QJsonObject &object, const QString &key);
    // For arrays of objects: an element that is not an object fails the read.
    QJsonObject element(const QJsonValue &value, const QString &key);

    // Marks a field the caller found unreadable itself.
    void invalid(const QString &key);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    QJsonValue field(const QJsonObject &object, const QString &key);

    QString m_answer;
    std::optional<Error> m_error;
};

} // namespace shopdesk
