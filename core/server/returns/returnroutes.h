#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

class ReturnMailer;

// Returns: started by care staff for some of a shipped order's lines (with a ticket, if one
// asked for it), approved within the return window or by those who may approve later,
// received into the ledger by the warehouse, and exchanged for a replacement order. The
// return instructions and the receipt confirmation are queued as mail in the return's
// transaction.
class ReturnRoutes
{
public:
    ReturnRoutes(storage::ShopStore &reader, int windowDays, int reservationSeconds)
        : m_reader(reader)
        , m_windowDays(windowDays)
        , m_reservationSeconds(reservationSeconds)
    {}

    void setMailer(ReturnMailer *mailer) { m_mailer = mailer; }

    QList<Route> routes();

private:
    void createReturn(const CallPtr &call);
    void getReturn(const CallPtr &call);
    void listReturns(const CallPtr &call);
    void orderReturns(const CallPtr &call);
    void approve(const CallPtr &call);
    void reject(const CallPtr &call);
    void cancel(const CallPtr &call);
    void receive(const CallPtr &call);
    void exchange(const CallPtr &call);

    storage::ShopStore &m_reader;
    int m_windowDays;
    int m_reservationSeconds;
    ReturnMailer *m_mailer = nullptr;
};

} // namespace shopdesk::server
