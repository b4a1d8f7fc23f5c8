#pragma once

#include "domain/care/ticket.h"
#include "domain/care/ticketrecord.h"

#include <QList>
#include <QString>

namespace shopdesk::client {

// What an agent fills in to open a ticket (POST /tickets).
struct TicketDraft
{
    care::TicketKind kind = care::TicketKind::Complaint;
    qint64 customerId = 0;
    QString subject;
    care::TicketChannel channel = care::TicketChannel::Email;
    care::TicketPriority priority = care::TicketPriority::Normal;
    qint64 orderId = 0;            // 0: not about one order
    QList<care::TicketLine> lines; // lines of that order the ticket is about
    QString text;                  // the customer's message as received; may be empty
    QString assignee;              // empty: nobody yet
};

} // namespace shopdesk::client
