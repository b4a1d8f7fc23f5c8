#pragma once

#include "server/route.h"
#include "storage/orderlinks.h"

#include <QList>

namespace shopdesk::server {

class OrderMailer;
class PaymentMailer;
class ServerSettings;

// The orders: intake (reserving stock, queueing the confirmation), reading and listing,
// the status actions, and the payment link (mailed to the customer, verified when paid).
class OrderRoutes
{
public:
    OrderRoutes(storage::ShopStore &reader, int reservationSeconds)
        : m_reader(reader)
        , m_reservationSeconds(reservationSeconds)
    {}

    // The payment links to verify against and the mail queued for orders.
    void setServices(const storage::OrderLinks &links, OrderMailer *mailer)
    {
        m_links = links;
        m_mailer = mailer;
    }

    // The "payment received" mail of an order marked paid; set before listen().
    void setPaymentMailer(PaymentMailer *mailer) { m_paymentMailer = mailer; }

    // New orders reserve for as long as the settings say at the time; set before listen().
    void followSettings(const ServerSettings *settings) { m_settings = settings; }

    QList<Route> routes();

private:
    void createOrder(const CallPtr &call);
    void getOrder(const CallPtr &call);
    void listOrders(const CallPtr &call);
    void cancel(const CallPtr &call);
    void pay(const CallPtr &call);
    void ship(const CallPtr &call);
    void deliver(const CallPtr &call);
    void takeBack(const CallPtr &call);
    void emailPaymentLink(const CallPtr &call);
    void verifyPaymentLink(const CallPtr &call);

    storage::ShopStore &m_reader;
    int m_reservationSeconds;
    const ServerSettings *m_settings = nullptr;
    storage::OrderLinks m_links;
    OrderMailer *m_mailer = nullptr;
    PaymentMailer *m_paymentMailer = nullptr;
};

} // namespace shopdesk::server
