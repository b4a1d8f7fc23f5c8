#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

class TicketMailer;

// The tickets: opened (by staff, or by the shop's website for a customer), read and listed
// by queue, answered and noted, taken and assigned, moved through their statuses,
// escalated to quality assurance and settled there. The acknowledgement and every public
// reply are queued as mail in the ticket's transaction.
class TicketRoutes
{
public:
    explicit TicketRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    void setMailer(TicketMailer *mailer) { m_mailer = mailer; }

    QList<Route> routes();

private:
    void createTicket(const CallPtr &call);
    void getTicket(const CallPtr &call);
    void listTickets(const CallPtr &call);
    void addMessage(const CallPtr &call);
    void setStatus(const CallPtr &call);
    void take(const CallPtr &call);
    void assign(const CallPtr &call);
    void update(const CallPtr &call);
    void escalate(const CallPtr &call);
    void recordQa(const CallPtr &call);
    // The shop reads only the tickets it opened: false after failing.
    bool mayShopRead(const CallPtr &call, qint64 id);

    storage::ShopStore &m_reader;
    TicketMailer *m_mailer = nullptr;
};

} // namespace shopdesk::server
