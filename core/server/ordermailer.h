#pragma once

#include "domain/result.h"
#include "mail/orderconfirmationmail.h"
#include "mail/shopdetails.h"
#include "storage/shopstore.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace shopdesk::server {

class ServerSettings;

class MailWake;

// Writes the mail the server sends about orders into the mail outbox, inside the writer's
// transaction, so a mail is queued if and only if its order change commits: the
// confirmation when an order is reserved, the payment link when an agent asks for it, the
// shipping notice when it ships, and the payment reminder before its reservation ends.
// Delivery is MailDispatcher's job, on its own thread.
class OrderMailer
{
public:
    // The shop as the settings say at the time of each mail, instead of the one given at
    // construction; set before the first mail.
    void followSettings(const ServerSettings *settings) { m_settings = settings; }
    OrderMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake);

    // Called on the writer thread with the order just created. A customer without a usable
    // e-mail address gets no mail (logged); only a failing outbox fails the order.
    Result<void> queueConfirmation(storage::ShopStore &store, const QJsonObject &order);
    // The payment link of an order awaiting payment, to its customer; the outbox row.
    Result<QJsonObject> queuePaymentLink(storage::ShopStore &store, qint64 orderId);
    // The shipping notice (carrier, tracking number and page) of an order just shipped. Like
    // the confirmation, a customer without a usable address gets none.
    Result<void> queueShipped(storage::ShopStore &store, qint64 orderId);
    // The reminder with the payment link of an order awaiting payment; the outbox row's id,
    // or 0 when the customer has no usable address or the order no payment link.
    Result<qint64> queuePaymentReminder(storage::ShopStore &store, qint64 orderId);

private:
    const mail::OrderConfirmationMail &confirmation(const QString &language);
    Result<qint64> enqueue(storage::ShopStore &store, const mail::MailMessage &message,
                           const QString &kind, qint64 orderId);

    // The shop as a mail composed now presents it.
    mail::ShopDetails shop();
    mail::ShopDetails m_shop;
    const ServerSettings *m_settings = nullptr;
    quint64 m_shopGeneration = 0;
    // One composer per language, its catalogue loaded once; used on the writer thread only.
    QHash<QString, std::shared_ptr<const mail::OrderConfirmationMail>> m_confirmations;
    QString m_translations;
    MailWake &m_wake;
};

} // namespace shopdesk::server
