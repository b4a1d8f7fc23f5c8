#pragma once

#include "server/httpresponse.h"
#include "server/route.h"
#include "storage/shopstore.h"

#include <QList>

namespace shopdesk::server {

class MailboxPoller;

// GET /inbox/mailbox: how the server reads the shop's mailbox, for operators (docs/api.md).
class MailboxRoutes
{
public:
    // poller: null when no mailbox is set.
    MailboxRoutes(storage::ShopStore &reader, const MailboxPoller *poller)
        : m_reader(reader)
        , m_poller(poller)
    {}

    QList<Route> routes();

    HttpResponse status();

private:
    storage::ShopStore &m_reader;
    const MailboxPoller *m_poller;
};

} // namespace shopdesk::server
