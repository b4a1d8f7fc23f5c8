#include "domain/order.h"

#include "domain/ids.h"
#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

void readLine(JsonFields &fields, OrderLine &line)
{
    line.sku = fields.text(u"sku"_s, JsonFields::Required);
    if (fields.ok() && !Sku::isValid(line.sku))
        fields.reject(u"sku"_s, Sku::parse(line.sku).error());
    line.name = fields.text(u"name"_s);
    line.quantity = fields.integer(u"quantity"_s, JsonFields::Required);
    line.unitPrice = fields.money(u"unit_price"_s);
    line.lineTotal = fields.money(u"line_total"_s);
}

QJsonValue urlOrNull(const QString &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url);
}

QList<OrderLine> readLines(JsonFields &fields)
{
    QList<OrderLine> lines;
    const QJsonArray array = fields.array(u"lines"_s, JsonFields::Required);
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        JsonFields lineFields(array.at(i).toObject(), fields.pathOf(u"lines"_s, i));
        OrderLine line;
        if (!array.at(i).isObject())
            fields.markInvalid(u"lines[%1]"_s.arg(i));
        readLine(lineFields, line);
        fields.adopt(lineFields);
        lines.append(line);
    }
    return lines;
}

QList<OrderStatusChange> readHistory(JsonFields &fields)
{
    QList<OrderStatusChange> history;
    const QJsonArray array = fields.array(u"status_history"_s);
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        if (!array.at(i).isObject())
            fields.markInvalid(u"status_history[%1]"_s.arg(i));
        JsonFields step(array.at(i).toObject(), fields.pathOf(u"status_history"_s, i));
        OrderStatusChange change;
        if (auto status = parseOrderStatus(step.text(u"status"_s, JsonFields::Required)))
            change.status = status.value();
        else if (step.ok())
            step.reject(u"status"_s, status.error());
        change.at = step.time(u"at"_s);
        change.user = step.text(u"user"_s);
        fields.adopt(step);
        history.append(change);
    }
    return history;
}

} // namespace

Result<OrderLine> OrderLine::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    OrderLine line;
    readLine(fields, line);
    if (!fields.ok())
        return fields.error();
    return line;
}

QJsonObject OrderLine::toJson() const
{
    QJsonObject object{{u"sku"_s, sku}, {u"quantity"_s, quantity}};
    if (!name.isEmpty()) // a queued line of a product the cache did not know
        object.insert(u"name"_s, name);
    if (unitPrice)
        object.insert(u"unit_price"_s, unitPrice->toJson());
    if (lineTotal)
        object.insert(u"line_total"_s, lineTotal->toJson());
    return object;
}

Result<Order> Order::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    Order order;
    order.id = OrderId(fields.integer(u"id"_s));
    const QString status = fields.text(u"status"_s, JsonFields::Required);
    if (auto parsed = parseOrderStatus(status))
        order.status = parsed.value();
    else if (fields.ok())
        fields.reject(u"status"_s, parsed.error());
    order.customerId = CustomerId(fields.integer(u"customer_id"_s, JsonFields::Required));
    order.channel = fields.text(u"channel"_s, JsonFields::Required);
    const QString method = fields.text(u"payment_method"_s, JsonFields::Required);
    if (auto parsed = parsePaymentMethod(method))
        order.paymentMethod = parsed.value();
    else if (fields.ok())
        fields.reject(u"payment_method"_s, parsed.error());
    order.lines = readLines(fields);
    order.total = fields.money(u"total"_s);
    order.reservationExpiresAt = fields.time(u"reservation_expires_at"_s);
    order.notes = fields.text(u"notes"_s);
    order.paymentReference = fields.text(u"payment_reference"_s);
    order.paymentLink = fields.text(u"payment_link"_s);
    order.carrier = fields.text(u"carrier"_s);
    order.tracking = fields.text(u"tracking"_s);
    order.trackingUrl = fields.text(u"tracking_url"_s);
    order.stockAtRisk = fields.boolean(u"stock_at_risk"_s);
    order.createdBy = fields.text(u"created_by"_s);
    order.createdAt = fields.time(u"created_at"_s);
    order.updatedAt = fields.time(u"updated_at"_s);
    order.statusHistory = readHistory(fields);
    if (!fields.ok())
        return fields.error();
    return order;
}

QJsonObject Order::toJson() const
{
    QJsonArray lineArray;
    for (const OrderLine &line : lines)
        lineArray.append(line.toJson());
    QJsonArray historyArray;
    for (const OrderStatusChange &change : statusHistory) {
        historyArray.append(QJsonObject{{u"status"_s, orderStatusName(change.status)},
                                        {u"at"_s, isoTimeOrNull(change.at)},
                                        {u"user"_s, change.user}});
    }
    QJsonObject object{{u"status"_s, orderStatusName(status)},
                       {u"customer_id"_s, customerId.value()},
                       {u"channel"_s, channel},
                       {u"payment_method"_s, paymentMethodName(paymentMethod)},
                       {u"lines"_s, lineArray},
                       {u"reservation_expires_at"_s, isoTimeOrNull(reservationExpiresAt)},
                       {u"notes"_s, notes},
                       {u"payment_reference"_s, paymentReference},
                       {u"payment_link"_s, urlOrNull(paymentLink)},
                       {u"carrier"_s, carrier},
                       {u"tracking"_s, tracking},
                       {u"tracking_url"_s, urlOrNull(trackingUrl)},
                       {u"stock_at_risk"_s, stockAtRisk},
                       {u"created_by"_s, createdBy},
                       {u"created_at"_s, isoTimeOrNull(createdAt)},
                       {u"updated_at"_s, isoTimeOrNull(updatedAt)},
                       {u"status_history"_s, historyArray}};
    if (id.isValid())
        object.insert(u"id"_s, id.value());
    if (total)
        object.insert(u"total"_s, total->toJson());
    return object;
}

} // namespace shopdesk
