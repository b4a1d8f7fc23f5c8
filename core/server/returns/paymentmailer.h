#pragma once

#include "domain/result.h"
#include "mail/mailmessage.h"
#include "mail/shopdetails.h"
#include "storage/shopstore.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::server {

class ServerSettings;

class MailWake;

// Queues the mails of payments and refunds in the mail outbox, inside the writer's
// transaction, so a mail goes out if and only if its payment or refund commits: "payment
// received" and "refund issued", each in the customer's language and on their timeline.
class PaymentMailer
{
public:
    // The shop as the settings say at the time of each mail, instead of the one given at
    // construction; set before the first mail.
    void followSettings(const ServerSettings *settings) { m_settings = settings; }
    PaymentMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake);

    // On the writer thread. A customer without a usable address gets no mail (logged); only a
    // failing outbox fails the payment or refund.
    Result<void> queuePaymentReceived(storage::ShopStore &store, const QJsonObject &order,
                                      const QJsonObject &payment);
    Result<void> queueRefundIssued(storage::ShopStore &store, const QJsonObject &refund);

private:
    Result<QJsonObject> customerOf(storage::ShopStore &store, const QJsonObject &order);
    Result<void> enqueue(storage::ShopStore &store, const Result<mail::MailMessage> &message,
                         const QString &kind, qint64 orderId);

    // The shop as a mail composed now presents it.
    mail::ShopDetails shop();
    mail::ShopDetails m_shop;
    const ServerSettings *m_settings = nullptr;
    QString m_translations;
    MailWake &m_wake;
};

} // namespace shopdesk::server
