#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopdesk {

// Reads the fields of one API object for a domain type's fromJson: absent or null optional
// fields read as empty, and the first field that is required but missing, or of the wrong
// type, is remembered as an `invalid_field` error naming it ("lines[1].quantity").
class JsonFields
{
public:
    enum Presence { Optional, Required };

    JsonFields(const QJsonObject &object, QString path = {});

    QString text(const QString &key, Presence presence = Optional);
    qint64 integer(const QString &key, Presence presence = Optional);
    bool boolean(const QString &key);
    std::optional<Money> money(const QString &key, Presence presence = Optional);
    QDateTime time(const QString &key, Presence presence = Optional);
    QJsonArray array(const QString &key, Presence presence = Optional);
    QJsonObject object(const QString &key, Presence presence = Optional);

    // Records a field that is missing or of the wrong type ("lines[2]" for an element).
    void markInvalid(const QString &key);
    // Records a field whose value is readable but wrong (an unknown status).
    void reject(const QString &key, const Error &why);
    // Takes over the first error of an object read inside this one.
    void adopt(const JsonFields &inner);

    // "lines[1]": the path of an element of an array field, for an inner JsonFields.
    QString pathOf(const QString &key, qsizetype index = -1) const;

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    // The value of `key`, or nothing (after recording why) when it is absent or null.
    std::optional<QJsonValue> field(const QString &key, Presence presence);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

// Times as the API writes them: ISO 8601 UTC, milliseconds only where there are some.
QString isoTimeText(const QDateTime &time);
// The same, or null for an invalid time ("not yet").
QJsonValue isoTimeOrNull(const QDateTime &time);

} // namespace shopdesk
