#include "domain/care/followuprecord.h"

#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk::care {

Result<FollowUpRecord> FollowUpRecord::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    FollowUpRecord followUp;
    followUp.id = fields.integer(u"id"_s, JsonFields::Required);
    if (fields.ok() && followUp.id <= 0)
        fields.markInvalid(u"id"_s);
    followUp.customerId = fields.integer(u"customer_id"_s, JsonFields::Required);
    followUp.orderId = fields.integer(u"order_id"_s);
    followUp.ticketId = fields.integer(u"ticket_id"_s);
    followUp.assignee = fields.text(u"assignee"_s);
    followUp.dueAt = fields.time(u"due_at"_s, JsonFields::Required);
    followUp.note = fields.text(u"note"_s);
    followUp.createdBy = fields.text(u"created_by"_s);
    followUp.createdAt = fields.time(u"created_at"_s);
    followUp.doneAt = fields.time(u"done_at"_s);
    followUp.outcome = fields.text(u"outcome"_s);
    followUp.doneBy = fields.text(u"done_by"_s);
    if (!fields.ok())
        return fields.error();
    return followUp;
}

} // namespace shopdesk::care
