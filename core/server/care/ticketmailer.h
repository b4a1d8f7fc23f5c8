#pragma once

#include "domain/result.h"
#include "mail/shopdetails.h"
#include "mail/ticketmail.h"
#include "storage/shopstore.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::server {

class MailWake;

// Writes the mail the server sends about tickets into the mail outbox, inside the writer's
// transaction, so a mail is queued if and only if its ticket change commits: the
// acknowledgement of a new ticket and each public reply, in the customer's language.
class TicketMailer
{
public:
    TicketMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake);

    // A customer without a usable e-mail address gets no mail (logged); only a failing
    // outbox fails the ticket.
    Result<void> queueAcknowledgement(storage::ShopStore &store, const QJsonObject &ticket);
    Result<void> queueReply(storage::ShopStore &store, const QJsonObject &ticket,
                            const QString &text);

private:
    static Result<mail::MailMessage> compose(storage::ShopStore &store,
                                             const mail::TicketMail &mail, const QString &kind,
                                             const QJsonObject &ticket, const QJsonObject &customer,
                                             const QString &text);
    Result<void> queue(storage::ShopStore &store, const QJsonObject &ticket, const QString &kind,
                       const QString &text);

    mail::ShopDetails m_shop;
    QString m_translations;
    MailWake &m_wake;
};

} // namespace shopdesk::server
