#include "domain/returns/returnrecord.h"

#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

namespace {

// Reads an API word into an enum through its parser; a wrong word is the field's error.
template<typename Enum, typename Parse>
Enum word(JsonFields &fields, const QString &key, Parse parse, Enum fallback)
{
    const QString name = fields.text(key, JsonFields::Required);
    if (!fields.ok())
        return fallback;
    auto parsed = parse(name);
    if (!parsed) {
        fields.reject(key, parsed.error());
        return fallback;
    }
    return parsed.value();
}

QList<ReturnLine> readLines(JsonFields &fields)
{
    QList<ReturnLine> lines;
    const QJsonArray array = fields.array(u"lines"_s);
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        if (!array.at(i).isObject()) {
            fields.markInvalid(u"lines[%1]"_s.arg(i));
            break;
        }
        JsonFields inner(array.at(i).toObject(), fields.pathOf(u"lines"_s, i));
        ReturnLine line;
        line.sku = inner.text(u"sku"_s, JsonFields::Required);
        line.name = inner.text(u"name"_s);
        line.quantity = inner.integer(u"quantity"_s, JsonFields::Required);
        line.restocked = inner.integer(u"restocked"_s);
        line.writtenOff = inner.integer(u"written_off"_s);
        line.missing = inner.integer(u"missing"_s);
        line.location = inner.text(u"location"_s);
        fields.adopt(inner);
        lines.append(line);
    }
    return lines;
}

} // namespace

Result<ReturnRecord> ReturnRecord::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    ReturnRecord ret;
    ret.id = fields.integer(u"id"_s, JsonFields::Required);
    if (fields.ok() && ret.id <= 0)
        fields.markInvalid(u"id"_s);
    ret.number = fields.text(u"number"_s, JsonFields::Required);
    ret.orderId = fields.integer(u"order_id"_s, JsonFields::Required);
    ret.customerId = fields.integer(u"customer_id"_s);
    ret.customerName = fields.text(u"customer_name"_s);
    ret.ticketId = fields.integer(u"ticket_id"_s);
    ret.status = word(fields, u"status"_s, parseReturnStatus, ReturnStatus::Requested);
    ret.reason = word(fields, u"reason"_s, parseReturnReason, ReturnReason::Other);
    ret.note = fields.text(u"note"_s);
    ret.requestedBy = fields.text(u"requested_by"_s);
    ret.requestedAt = fields.time(u"requested_at"_s);
    ret.approvedBy = fields.text(u"approved_by"_s);
    ret.rejectionReason = fields.text(u"rejection_reason"_s);
    ret.receivedBy = fields.text(u"received_by"_s);
    ret.windowEndsAt = fields.time(u"window_ends_at"_s);
    ret.exchangeOrderId = fields.integer(u"exchange_order_id"_s);
    ret.lines = readLines(fields);
    if (!fields.ok())
        return fields.error();
    return ret;
}

} // namespace shopdesk::returns
