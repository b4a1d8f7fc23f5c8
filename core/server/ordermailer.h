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

class MailWake;

// Writes the mail the server sends about orders into the mail outbox, inside the writer's
// transaction, so a mail is queued if and only if its order change commits: the
// confirmation when an order is reserved, and the payment link when an agent asks for it.
// Delivery is MailDispatcher's job, on its own thread.
class OrderMailer
{
public:
    OrderMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake);

    // Called on the writer thread with the order just created. A customer without a usable
    // e-mail address gets no mail (logged); only a failing outbox fails the order.
    Result<void> queueConfirmation(storage::ShopStore &store, const QJsonObject &order);
    // The payment link of an order awaiting payment, to its customer; the outbox row.
    Result<QJsonObject> queuePaymentLink(storage::ShopStore &store, qint64 orderId);

private:
    const mail::OrderConfirmationMail &confirmation(const QString &language);

    mail::ShopDetails m_shop;
    // One composer per language, its catalogue loaded once; used on the writer thread only.
    QHash<QString, std::shared_ptr<const mail::OrderConfirmationMail>> m_confirmations;
    QString m_translations;
    MailWake &m_wake;
};

} // namespace shopdesk::server
