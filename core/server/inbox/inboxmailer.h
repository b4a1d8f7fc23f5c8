#pragma once

#include "domain/result.h"
#include "mail/shopdetails.h"
#include "storage/inbox/inboxstore.h"
#include "storage/shopstore.h"

#include <QString>

namespace shopdesk::server {

class MailWake;

// Sends an agent's answer to an e-mail conversation through the mail outbox, in the
// writer's transaction (the answer is stored if and only if its mail is queued): to the
// contact, "Re:" the subject, In-Reply-To the customer's newest message and References the
// whole chain, with a Message-ID of ours the customer's answer threads back to.
class InboxMailer
{
public:
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
    mail::ShopDetails m_shop;
    MailWake &m_wake;
};

} // namespace shopdesk::server
