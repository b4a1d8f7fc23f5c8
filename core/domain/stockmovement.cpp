#include "domain/stockmovement.h"

#include "domain/jsonfields.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

QList<MovementKind> allMovementKinds()
{
    return {MovementKind::Receipt, MovementKind::Sale,       MovementKind::Return,
            MovementKind::Removal, MovementKind::Adjustment, MovementKind::Transfer};
}

QString movementKindName(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt:
        return u"receipt"_s;
    case MovementKind::Sale:
        return u"sale"_s;
    case MovementKind::Return:
        return u"return"_s;
    case MovementKind::Adjustment:
        return u"adjustment"_s;
    case MovementKind::Removal:
        return u"removal"_s;
    case MovementKind::Transfer:
        return u"transfer"_s;
    }
    return {};
}

Result<MovementKind> parseMovementKind(const QString &name)
{
    for (MovementKind kind : allMovementKinds()) {
        if (movementKindName(kind) == name)
            return kind;
    }
    return Result<MovementKind>::failure(
        u"unknown_movement_kind"_s, Tr::tr("\"%1\" is not a kind of stock movement.").arg(name),
        QJsonObject{{u"kind"_s, name}});
}

Result<StockMovement> StockMovement::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    StockMovement movement;
    movement.id = MovementId(fields.integer(u"id"_s, JsonFields::Required));
    movement.sku = fields.text(u"sku"_s, JsonFields::Required);
    if (fields.ok() && !Sku::isValid(movement.sku))
        fields.reject(u"sku"_s, Sku::parse(movement.sku).error());
    const QString kind = fields.text(u"kind"_s, JsonFields::Required);
    if (auto parsed = parseMovementKind(kind))
        movement.kind = parsed.value();
    else if (fields.ok())
        fields.reject(u"kind"_s, parsed.error());
    movement.quantity = fields.integer(u"quantity"_s, JsonFields::Required);
    movement.location = fields.text(u"location"_s);
    movement.reason = fields.text(u"reason"_s);
    movement.orderId = OrderId(fields.integer(u"order_id"_s));
    movement.user = fields.text(u"user"_s);
    movement.at = fields.time(u"at"_s);
    if (!fields.ok())
        return fields.error();
    return movement;
}

QJsonObject StockMovement::toJson() const
{
    return QJsonObject{
        {u"id"_s, id.value()},
        {u"sku"_s, sku},
        {u"kind"_s, movementKindName(kind)},
        {u"quantity"_s, quantity},
        {u"location"_s, location},
        {u"reason"_s, reason},
        {u"order_id"_s, orderId.isValid() ? QJsonValue(orderId.value()) : QJsonValue()},
        {u"user"_s, user},
        {u"at"_s, at.isValid() ? QJsonValue(isoTimeText(at)) : QJsonValue()}};
}

} // namespace shopdesk
