#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace shopdesk::server {

// Reads a request's JSON object field by field and keeps the first problem as an Error with
// its HTTP status: 400 for what cannot be read (wrong type, missing, unknown field), 422 for
// readable but invalid values (too long, out of range).
class JsonBody
{
public:
    static constexpr int maxDepth = 32;
    static constexpr int nameLength = 200;
    static constexpr int textLength = 10000;

    // Valid UTF-8, JSON, an object, nesting within maxDepth; or a 400 Error.
    static Result<QJsonObject> parse(const QByteArray &body);
    // The HTTP status of an error code from this class, the store or the server.
    static int statusFor(const QString &code);

    explicit JsonBody(QJsonObject object);

    // Fails with unknown_field on any field not listed.
    bool allowOnly(const QStringList &fields);
    bool has(const QString &field) const { return m_object.contains(field); }

    QString string(const QString &field, bool required, int maxLength = textLength,
                   bool allowEmpty = true);
    qint64 integer(const QString &field, bool required, qint64 min, qint64 max,
                   const QString &rangeCode = QStringLiteral("invalid_value"));
    QJsonObject object(const QString &field, bool required);
    QJsonArray array(const QString &field, bool required);
    // One of a fixed set of words; unknown words are 422 with the given code.
    QString oneOf(const QString &field, bool required, const QStringList &allowed,
                  const QString &code);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void setError(int status, const QString &code, const QString &message, const QString &field);
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace shopdesk::server
