#include "domain/returns/returnrecord.h"

#include "domain/jsonrecordfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

namespace {

ReturnLine readLine(JsonFields &fields)
{
    ReturnLine line;
    line.sku = fields.text(u"sku"_s, JsonFields::Required);
    line.name = fields.text(u"name"_s);
    line.quantity = fields.integer(u"quantity"_s, JsonFields::Required);
    line.restocked = fields.integer(u"restocked"_s);
    line.writtenOff = fields.integer(u"written_off"_s);
    line.missing = fields.integer(u"missing"_s);
    line.location = fields.text(u"location"_s);
    return line;
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
    ret.status = readWord(fields, u"status"_s, parseReturnStatus, ReturnStatus::Requested);
    ret.reason = readWord(fields, u"reason"_s, parseReturnReason, ReturnReason::Other);
    ret.note = fields.text(u"note"_s);
    ret.requestedBy = fields.text(u"requested_by"_s);
    ret.requestedAt = fields.time(u"requested_at"_s);
    ret.approvedBy = fields.text(u"approved_by"_s);
    ret.rejectionReason = fields.text(u"rejection_reason"_s);
    ret.receivedBy = fields.text(u"received_by"_s);
    ret.windowEndsAt = fields.time(u"window_ends_at"_s);
    ret.exchangeOrderId = fields.integer(u"exchange_order_id"_s);
    ret.lines = readObjects<ReturnLine>(fields, u"lines"_s, readLine);
    if (!fields.ok())
        return fields.error();
    return ret;
}

} // namespace shopdesk::returns
