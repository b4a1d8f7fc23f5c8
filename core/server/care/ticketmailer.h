#pragma once

#include "domain/result.h"
#include "mail/shopdetails.h"
#include "mail/ticketmail.h"
#include "storage/shopstore.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::server {

class ServerSettings;

class MailWake;

// Writes the mail the server sends about tickets into the mail outbox, inside the writer's
// transaction, so a mail is queued if and only if its ticket change commits: the
// acknowledgement of a new ticket and each public reply, in the customer's language.
class TicketMailer
{
public:
    // The shop as the settings say at the time of each mail, instead of the one given at
    // construction; set before the first mail.
    void followSettings(const ServerSettings *settings) { m_settings = settings; }
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

    // The shop as a mail composed now presents it.
    mail::ShopDetails shop();
    mail::ShopDetails m_shop;
    const ServerSettings *m_settings = nullptr;
    QString m_translations;
    MailWake &m_wake;
};

} // namespace shopdesk::server
