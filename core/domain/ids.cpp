#include "domain/ids.h"

#include "domain/tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk {

bool Sku::isValid(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

Result<Sku> Sku::parse(const QString &text)
{
    if (!isValid(text)) {
        return Result<Sku>::failure(
            u"invalid_sku"_s,
            // Spelled out: lupdate does not resolve the class of this definition.
            QCoreApplication::translate(
                "Shopdesk",
                "A SKU is 1 to 64 letters, digits, dots, underscores or hyphens: \"%1\" is not.")
                .arg(text.left(80)));
    }
    return Sku(text);
}

Result<IdempotencyKey> IdempotencyKey::parse(const QString &text)
{
    // Only the plain 8-4-4-4-12 form; QUuid alone would also accept braces.
    static const QRegularExpression form(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (!form.match(text).hasMatch()) {
        return Result<IdempotencyKey>::failure(
            u"invalid_idempotency_key"_s,
            Tr::tr("The Idempotency-Key header must be a UUID such as "
                   "123e4567-e89b-12d3-a456-426614174000."));
    }
    return IdempotencyKey(QUuid::fromString(text));
}

IdempotencyKey IdempotencyKey::generate()
{
    return IdempotencyKey(QUuid::createUuid());
}

} // namespace shopdesk
