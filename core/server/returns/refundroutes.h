#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

class PaymentMailer;

// Refunds: requested on an order, issued at once within the approval limit, else waiting in
// the approval queue for a manager to approve or reject.
class RefundRoutes
{
public:
    RefundRoutes(storage::ShopStore &reader, qint64 approvalLimitMinor)
        : m_reader(reader)
        , m_approvalLimit(approvalLimitMinor)
    {}

    // The "refund issued" mail; set before listen().
    void setMailer(PaymentMailer *mailer) { m_mailer = mailer; }

    QList<Route> routes();

private:
    void listForOrder(const CallPtr &call);
    void requestRefund(const CallPtr &call);
    void listRefunds(const CallPtr &call);
    void getRefund(const CallPtr &call);
    void approve(const CallPtr &call);
    void reject(const CallPtr &call);

    storage::ShopStore &m_reader;
    qint64 m_approvalLimit;
    PaymentMailer *m_mailer = nullptr;
};

} // namespace shopdesk::server
