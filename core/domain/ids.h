#pragma once

#include "domain/result.h"

#include <QHashFunctions>
#include <QString>
#include <QUuid>

namespace shopdesk {

// A server-assigned row identifier that cannot be mixed up with another entity's.
template<typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value)
    {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }
    QString toString() const { return QString::number(m_value); }

    friend constexpr bool operator==(Id a, Id b) { return a.m_value == b.m_value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.m_value != b.m_value; }
    friend constexpr bool operator<(Id a, Id b) { return a.m_value < b.m_value; }
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using UserId = Id<struct UserTag>;
using CustomerId = Id<struct CustomerTag>;
using OrderId = Id<struct OrderTag>;
using MovementId = Id<struct MovementTag>;

// A stock keeping unit: [A-Za-z0-9._-]{1,64}.
class Sku
{
public:
    static Result<Sku> parse(const QString &text);
    static bool isValid(const QString &text);

    const QString &toString() const { return m_text; }

    friend bool operator==(const Sku &a, const Sku &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const Sku &a, const Sku &b) { return a.m_text != b.m_text; }
    friend bool operator<(const Sku &a, const Sku &b) { return a.m_text < b.m_text; }
    friend size_t qHash(const Sku &sku, size_t seed = 0) { return ::qHash(sku.m_text, seed); }

private:
    explicit Sku(QString text)
        : m_text(std::move(text))
    {}
    QString m_text;
};

// The key a client attaches to a mutation so that a retry changes nothing: a UUID.
class IdempotencyKey
{
public:
    static Result<IdempotencyKey> parse(const QString &text);
    static IdempotencyKey generate();

    // Canonical lower-case form without braces, as sent in the header.
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }

    friend bool operator==(const IdempotencyKey &a, const IdempotencyKey &b)
    {
        return a.m_uuid == b.m_uuid;
    }

private:
    explicit IdempotencyKey(QUuid uuid)
        : m_uuid(uuid)
    {}
    QUuid m_uuid;
};

} // namespace shopdesk
