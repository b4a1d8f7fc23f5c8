#pragma once

#include "server/route.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace shopdesk::server {

class PaymentMailer;

// The payments of an order: listing and recording them, and the providers' signed
// notifications, which need no token: the signature made with the provider's secret is the
// authentication.
class PaymentRoutes
{
public:
    PaymentRoutes(storage::ShopStore &reader, QHash<QString, QByteArray> providers)
        : m_reader(reader)
        , m_providers(std::move(providers))
    {}

    // The "payment received" mail; set before listen().
    void setMailer(PaymentMailer *mailer) { m_mailer = mailer; }

    QList<Route> routes();

private:
    void listPayments(const CallPtr &call);
    void recordPayment(const CallPtr &call);
    void notify(const CallPtr &call);

    storage::ShopStore &m_reader;
    QHash<QString, QByteArray> m_providers;
    PaymentMailer *m_mailer = nullptr;
};

} // namespace shopdesk::server
