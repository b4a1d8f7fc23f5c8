#include "client/care/ticketrefusal.h"

#include "client/errortext.h"
#include "domain/care/ticket.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

QString statusText(const QJsonObject &details, const QString &key)
{
    const QString name = details.value(key).toString();
    const auto status = care::parseTicketStatus(name);
    return status ? care::ticketStatusText(status.value()) : name;
}

} // namespace

QString TicketRefusal::describe(const Error &error)
{
    const QString &code = error.code;
    if (code == u"already_taken"_s) {
        const QString who = error.details.value(u"assignee"_s).toString();
        return who.isEmpty() ? Tr::tr("Someone else has already taken this ticket.")
                             : Tr::tr("%1 has already taken this ticket.").arg(who);
    }
    if (code == u"invalid_status_change"_s) {
        return Tr::tr("A ticket cannot go from \"%1\" to \"%2\".")
            .arg(statusText(error.details, u"from"_s), statusText(error.details, u"to"_s));
    }
    if (code == u"ticket_closed"_s)
        return Tr::tr("The ticket is closed: reopen it before you reply or add a note.");
    if (code == u"empty_message"_s)
        return Tr::tr("Write the text first.");
    if (code == u"not_escalated"_s)
        return Tr::tr("This ticket is not in the QA queue any more.");
    if (code == u"already_done"_s)
        return Tr::tr("This follow-up was already done.");
    if (code == u"line_not_on_order"_s) {
        return Tr::tr("%1 is not on this order in that quantity.")
            .arg(error.details.value(u"sku"_s).toString());
    }
    if (code == u"order_of_other_customer"_s)
        return Tr::tr("This order belongs to another customer.");
    if (code == u"unknown_order"_s)
        return Tr::tr("This order is not on the server.");
    return ErrorText::describe(error);
}

} // namespace shopdesk::client
