#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

class InboxMailer;

// The inbox over the API: the shop's website posts chat and contact-form messages and reads
// its own conversations; agents list, read, assign, snooze and close conversations, answer
// them (by e-mail through the outbox, or into the chat), announce that they are typing, and
// turn them into a customer, a ticket or an order.
class InboxRoutes
{
public:
    explicit InboxRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    void setMailer(InboxMailer *mailer) { m_mailer = mailer; }

    QList<Route> routes();

private:
    void postMessage(const CallPtr &call);
    void list(const CallPtr &call);
    void get(const CallPtr &call);
    void attachment(const CallPtr &call);
    void patch(const CallPtr &call);
    void createCustomer(const CallPtr &call);
    void reply(const CallPtr &call);
    void typing(const CallPtr &call);
    void createTicket(const CallPtr &call);
    void linkOrder(const CallPtr &call);

    // False after answering 404 when the caller is a shop and the conversation is not one of
    // its chats (as if it did not exist).
    bool mayRead(const CallPtr &call, qint64 id);

    storage::ShopStore &m_reader;
    InboxMailer *m_mailer = nullptr;
};

} // namespace shopdesk::server
