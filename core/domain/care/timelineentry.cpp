#include "domain/care/timelineentry.h"

#include "domain/jsonfields.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace shopdesk::care {

TimelineEntry::Kind TimelineEntry::kindOf(const QString &name)
{
    static const QHash<QString, Kind> kinds{{u"order_created"_s, Kind::OrderCreated},
                                            {u"order_status"_s, Kind::OrderStatus},
                                            {u"mail_sent"_s, Kind::MailSent},
                                            {u"note"_s, Kind::Note},
                                            {u"merged"_s, Kind::Merged},
                                            {u"ticket_opened"_s, Kind::TicketOpened},
                                            {u"ticket_message"_s, Kind::TicketMessage},
                                            {u"ticket_status"_s, Kind::TicketStatus},
                                            {u"follow_up"_s, Kind::FollowUp}};
    return kinds.value(name, Kind::Other);
}

TimelineEntry::Kind TimelineEntry::kind() const
{
    return kindOf(kindName);
}

Result<TimelineEntry> TimelineEntry::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    TimelineEntry e;
    e.id = fields.text(u"id"_s, JsonFields::Required);
    e.kindName = fields.text(u"kind"_s, JsonFields::Required);
    e.at = fields.time(u"at"_s, JsonFields::Required);
    e.user = fields.text(u"user"_s);
    if (const qint64 order = fields.integer(u"order_id"_s); order > 0)
        e.orderId = order;
    if (const qint64 ticket = fields.integer(u"ticket_id"_s); ticket > 0)
        e.ticketId = ticket;
    if (const qint64 merged = fields.integer(u"merged_customer_id"_s); merged > 0)
        e.mergedCustomerId = merged;
    e.status = fields.text(u"status"_s);
    e.text = fields.text(u"text"_s);
    e.subject = fields.text(u"subject"_s);
    e.channel = fields.text(u"channel"_s);
    e.total = fields.money(u"total"_s);
    if (!fields.ok())
        return fields.error();
    return e;
}

} // namespace shopdesk::care
