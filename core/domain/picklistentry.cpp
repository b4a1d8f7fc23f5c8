#include "domain/picklistentry.h"

#include "domain/ids.h"
#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

QList<LocationStock> readLocations(JsonFields &fields)
{
    QList<LocationStock> places;
    const QJsonArray array = fields.array(u"locations"_s);
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        if (!array.at(i).isObject())
            fields.markInvalid(u"locations[%1]"_s.arg(i));
        JsonFields place(array.at(i).toObject(), fields.pathOf(u"locations"_s, i));
        LocationStock stock;
        stock.location = place.text(u"location"_s, JsonFields::Required);
        stock.onHand = place.integer(u"on_hand"_s, JsonFields::Required);
        fields.adopt(place);
        places.append(stock);
    }
    return places;
}

void readLines(JsonFields &fields, PickListEntry &entry)
{
    const QJsonArray array = fields.array(u"lines"_s, JsonFields::Required);
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        if (!array.at(i).isObject())
            fields.markInvalid(u"lines[%1]"_s.arg(i));
        JsonFields lineFields(array.at(i).toObject(), fields.pathOf(u"lines"_s, i));
        OrderLine line;
        line.sku = lineFields.text(u"sku"_s, JsonFields::Required);
        if (lineFields.ok() && !Sku::isValid(line.sku))
            lineFields.reject(u"sku"_s, Sku::parse(line.sku).error());
        line.name = lineFields.text(u"name"_s);
        line.quantity = lineFields.integer(u"quantity"_s, JsonFields::Required);
        PickLine pick;
        pick.barcode = lineFields.text(u"barcode"_s);
        pick.locations = readLocations(lineFields);
        fields.adopt(lineFields);
        entry.order.lines.append(line);
        entry.picking.append(pick);
    }
}

} // namespace

Result<PickListEntry> PickListEntry::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    PickListEntry entry;
    entry.order.id = OrderId(fields.integer(u"order_id"_s, JsonFields::Required));
    if (auto status = parseOrderStatus(fields.text(u"status"_s, JsonFields::Required)))
        entry.order.status = status.value();
    else if (fields.ok())
        fields.reject(u"status"_s, status.error());
    if (auto method = parsePaymentMethod(fields.text(u"payment_method"_s, JsonFields::Required)))
        entry.order.paymentMethod = method.value();
    else if (fields.ok())
        fields.reject(u"payment_method"_s, method.error());
    const QJsonObject customer = fields.object(u"customer"_s, JsonFields::Required);
    if (fields.ok()) {
        if (auto read = Customer::fromJson(customer)) {
            entry.customer = read.value();
            entry.order.customerId = CustomerId(entry.customer.id);
        } else {
            fields.reject(u"customer"_s, read.error());
        }
    }
    entry.order.createdAt = fields.time(u"created_at"_s);
    entry.order.notes = fields.text(u"notes"_s);
    entry.order.stockAtRisk = fields.boolean(u"stock_at_risk"_s);
    readLines(fields, entry);
    if (!fields.ok())
        return fields.error();
    return entry;
}

QJsonObject PickListEntry::toJson() const
{
    QJsonArray lines;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const PickLine pick = picking.value(i);
        QJsonArray places;
        for (const LocationStock &place : pick.locations)
            places.append(
                QJsonObject{{u"location"_s, place.location}, {u"on_hand"_s, place.onHand}});
        lines.append(QJsonObject{{u"sku"_s, line.sku},
                                 {u"name"_s, line.name},
                                 {u"barcode"_s, pick.barcode},
                                 {u"quantity"_s, line.quantity},
                                 {u"locations"_s, places}});
    }
    return QJsonObject{{u"order_id"_s, order.id.value()},
                       {u"status"_s, orderStatusName(order.status)},
                       {u"payment_method"_s, paymentMethodName(order.paymentMethod)},
                       {u"customer"_s, customer.toJson()},
                       {u"created_at"_s, order.createdAt.isValid()
                                             ? QJsonValue(isoTimeText(order.createdAt))
                                             : QJsonValue()},
                       {u"notes"_s, order.notes},
                       {u"stock_at_risk"_s, order.stockAtRisk},
                       {u"lines"_s, lines}};
}

} // namespace shopdesk
