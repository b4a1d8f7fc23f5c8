#pragma once

#include "domain/result.h"
#include "mail/shopdetails.h"
#include "storage/inbox/inboxstore.h"
#include "storage/shopstore.h"

#include <QString>

namespace shopdesk::server {

class ServerSettings;

class MailWake;

// Sends an agent's answer to an e-mail conversation through the mail outbox, in the
// writer's transaction (the answer is stored if and only if its mail is queued): to the
// contact, "Re:" the subject, In-Reply-To the customer's newest message and References the
// whole chain, with a Message-ID of ours the customer's answer threads back to.
class InboxMailer
{
public:
    // The shop as the settings say at the time of each mail, instead of the one given at
    // construction; set before the first mail.
    void followSettings(const ServerSettings *settings) { m_settings = settings; }
    InboxMailer(mail::ShopDetails shop, MailWake &wake);

    struct Queued
    {
        QString messageId; // without angle brackets
        qint64 outboxId = 0;
    };
    // mail_not_configured when the conversation has no address to answer to.
    Result<Queued> queueReply(storage::ShopStore &store, const storage::InboxStore::Thread &thread,
                              const QString &text);

    // "Re: subject", once.
    static QString replySubject(const QString &subject);

private:
    // The shop as a mail composed now presents it.
    mail::ShopDetails shop();
    mail::ShopDetails m_shop;
    const ServerSettings *m_settings = nullptr;
    MailWake &m_wake;
};

} // namespace shopdesk::server
