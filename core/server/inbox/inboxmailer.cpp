#include "server/inbox/inboxmailer.h"

#include "domain/tr.h"
#include "mail/mailoutbox.h"
#include "server/mailwake.h"
#include "server/serversettings.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

QString bracketed(const QString &messageId)
{
    return u'<' + messageId + u'>';
}

} // namespace

InboxMailer::InboxMailer(mail::ShopDetails shop, MailWake &wake)
    : m_shop(std::move(shop))
    , m_wake(wake)
{}

QString InboxMailer::replySubject(const QString &subject)
{
    if (subject.startsWith(u"re:"_s, Qt::CaseInsensitive))
        return subject;
    return u"Re: "_s + subject;
}

Result<InboxMailer::Queued> InboxMailer::queueReply(storage::ShopStore &store,
                                                    const storage::InboxStore::Thread &thread,
                                                    const QString &text)
{
    const QJsonObject contact = thread.conversation.value(u"contact"_s).toObject();
    const mail::MailAddress to(contact.value(u"email"_s).toString(),
                               contact.value(u"name"_s).toString());
    const mail::ShopDetails shop = this->shop();
    if (!to.isValid() || !shop.from.isValid()) {
        return Error{u"mail_not_configured"_s,
                     Tr::tr("This conversation has no e-mail address to answer to, or the server "
                            "sends no mail."),
                     {}};
    }
    mail::MailMessage message;
    message.setFrom(shop.from);
    if (shop.replyTo.isValid())
        message.setReplyTo({shop.replyTo});
    message.addTo(to);
    message.setSubject(replySubject(thread.conversation.value(u"subject"_s).toString()));
    message.setTextBody(text);
    if (!thread.lastIncomingId.isEmpty())
        message.addHeader("In-Reply-To", bracketed(thread.lastIncomingId));
    if (!thread.references.isEmpty()) {
        QStringList chain;
        for (const QString &id : thread.references)
            chain << bracketed(id);
        message.addHeader("References", chain.join(u' '));
    }
    // Ours before queuing, so the answer to it finds this conversation.
    message.ensureIdentity();
    QString messageId = message.messageId();
    messageId = messageId.mid(1, messageId.size() - 2);
    auto queued = mail::MailOutbox(store.database().connection().connectionName())
                      .enqueue(message, u"inbox_reply"_s,
                               QString::number(thread.conversation.value(u"id"_s).toInteger()));
    if (!queued)
        return queued.error();
    m_wake.queued();
    return Queued{messageId, queued.value()};
}

mail::ShopDetails InboxMailer::shop()
{
    return m_settings ? m_settings->shopDetails() : m_shop;
}

} // namespace shopdesk::server
