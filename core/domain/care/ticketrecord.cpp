#include "domain/care/ticketrecord.h"

#include "domain/jsonrecordfields.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::care {

namespace {

TicketMessage readMessage(JsonFields &fields)
{
    TicketMessage message;
    message.id = fields.integer(u"id"_s);
    message.kind = readWord(fields, u"kind"_s, parseTicketMessageKind, TicketMessageKind::Customer);
    message.author = fields.text(u"author"_s);
    message.text = fields.text(u"text"_s, JsonFields::Required);
    message.at = fields.time(u"at"_s);
    return message;
}

TicketStatusChange readChange(JsonFields &fields)
{
    TicketStatusChange change;
    change.event = fields.text(u"event"_s);
    change.status = readWord(fields, u"status"_s, parseTicketStatus, TicketStatus::New);
    change.at = fields.time(u"at"_s);
    change.user = fields.text(u"user"_s);
    return change;
}

TicketLine readLine(JsonFields &fields)
{
    TicketLine line;
    line.sku = fields.text(u"sku"_s, JsonFields::Required);
    line.quantity = fields.integer(u"quantity"_s, JsonFields::Required);
    return line;
}

ClockState readClock(JsonFields &fields, const QJsonObject &sla, const QString &key)
{
    const QJsonValue value = sla.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        fields.markInvalid(u"sla."_s + key);
        return {};
    }
    auto clock = ClockState::fromJson(value.toObject());
    if (!clock) {
        fields.reject(u"sla."_s + key, clock.error());
        return {};
    }
    return clock.value();
}

std::optional<QaFinding> readQa(JsonFields &fields)
{
    const QJsonObject object = fields.object(u"qa"_s);
    if (object.isEmpty())
        return std::nullopt;
    JsonFields inner(object, fields.pathOf(u"qa"_s));
    QaFinding finding;
    finding.cause = readWord(inner, u"cause"_s, parseQaCause, QaCause::Other);
    finding.action = inner.text(u"action"_s);
    finding.by = inner.text(u"by"_s);
    finding.at = inner.time(u"at"_s);
    fields.adopt(inner);
    return finding;
}

} // namespace

QString ticketMessageKindName(TicketMessageKind kind)
{
    switch (kind) {
    case TicketMessageKind::Customer:
        return u"customer"_s;
    case TicketMessageKind::Public:
        return u"public"_s;
    case TicketMessageKind::Internal:
        return u"internal"_s;
    }
    return {};
}

Result<TicketMessageKind> parseTicketMessageKind(const QString &name)
{
    for (TicketMessageKind kind :
         {TicketMessageKind::Customer, TicketMessageKind::Public, TicketMessageKind::Internal}) {
        if (ticketMessageKindName(kind) == name)
            return kind;
    }
    return Result<TicketMessageKind>::failure(
        u"invalid_kind"_s,
        Tr::tr("\"%1\" is not a kind of message; the kinds are customer, public, internal.")
            .arg(name.left(40)),
        QJsonObject{{u"value"_s, name.left(40)}});
}

const ClockState *TicketRecord::nextDueClock() const
{
    for (const ClockState *clock : {&firstResponse, &nextUpdate}) {
        if (clock->isRunning() && clock->dueAt.isValid())
            return clock;
    }
    for (const ClockState *clock : {&resolution, &firstResponse, &nextUpdate}) {
        if ((clock->isRunning() || clock->isPaused()) && clock->dueAt.isValid())
            return clock;
    }
    // A paused clock may carry no deadline while it stands still.
    for (const ClockState *clock : {&firstResponse, &nextUpdate, &resolution}) {
        if (clock->isPaused())
            return clock;
    }
    return nullptr;
}

Result<TicketRecord> TicketRecord::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    TicketRecord ticket;
    ticket.id = fields.integer(u"id"_s, JsonFields::Required);
    if (fields.ok() && ticket.id <= 0)
        fields.markInvalid(u"id"_s);
    ticket.number = fields.text(u"number"_s, JsonFields::Required);
    ticket.kind = readWord(fields, u"kind"_s, parseTicketKind, TicketKind::Question);
    ticket.status = readWord(fields, u"status"_s, parseTicketStatus, TicketStatus::New);
    ticket.priority = readWord(fields, u"priority"_s, parseTicketPriority, TicketPriority::Normal);
    ticket.channel = readWord(fields, u"channel"_s, parseTicketChannel, TicketChannel::Email);
    ticket.subject = fields.text(u"subject"_s, JsonFields::Required);
    ticket.customerId = fields.integer(u"customer_id"_s, JsonFields::Required);
    ticket.customerName = fields.text(u"customer_name"_s);
    ticket.orderId = fields.integer(u"order_id"_s);
    ticket.lines = readObjects<TicketLine>(fields, u"lines"_s, readLine);
    ticket.assignee = fields.text(u"assignee"_s);
    ticket.createdBy = fields.text(u"created_by"_s);
    ticket.createdAt = fields.time(u"created_at"_s);
    ticket.updatedAt = fields.time(u"updated_at"_s);
    ticket.firstResponseAt = fields.time(u"first_response_at"_s);
    ticket.resolvedAt = fields.time(u"resolved_at"_s);
    ticket.escalationLevel = int(fields.integer(u"escalation_level"_s));
    ticket.inQaQueue = fields.boolean(u"in_qa_queue"_s);
    ticket.qa = readQa(fields);
    const QJsonObject sla = fields.object(u"sla"_s);
    ticket.firstResponse = readClock(fields, sla, u"first_response"_s);
    ticket.nextUpdate = readClock(fields, sla, u"next_update"_s);
    ticket.resolution = readClock(fields, sla, u"resolution"_s);
    ticket.messages = readObjects<TicketMessage>(fields, u"messages"_s, readMessage);
    ticket.history = readObjects<TicketStatusChange>(fields, u"history"_s, readChange);
    if (!fields.ok())
        return fields.error();
    return ticket;
}

} // namespace shopdesk::care
