#include "server/care/ticketmailer.h"

#include "mail/mailoutbox.h"
#include "mail/ticketmail.h"
#include "server/logging.h"
#include "server/mailwake.h"
#include "server/serversettings.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

TicketMailer::TicketMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake)
    : m_shop(std::move(shop))
    , m_translations(std::move(translationsDirectory))
    , m_wake(wake)
{}

Result<void> TicketMailer::queueAcknowledgement(storage::ShopStore &store,
                                                const QJsonObject &ticket)
{
    return queue(store, ticket, u"ticket_acknowledgement"_s, {});
}

Result<void> TicketMailer::queueReply(storage::ShopStore &store, const QJsonObject &ticket,
                                      const QString &text)
{
    return queue(store, ticket, u"ticket_reply"_s, text);
}

Result<mail::MailMessage> TicketMailer::compose(storage::ShopStore &store,
                                                const mail::TicketMail &mail, const QString &kind,
                                                const QJsonObject &ticket,
                                                const QJsonObject &customer, const QString &text)
{
    if (kind == u"ticket_reply"_s)
        return mail.reply(ticket, customer, text);
    // The promise is the first-response deadline, written in the shop's own time zone.
    auto levels = store.ticketClocks().serviceLevels();
    if (!levels)
        return levels.error();
    const QDateTime due = QDateTime::fromString(
        ticket[u"sla"_s][u"first_response"_s][u"due_at"_s].toString(), Qt::ISODate);
    return mail.acknowledgement(ticket, customer, due, levels.value().calendar().timeZone());
}

Result<void> TicketMailer::queue(storage::ShopStore &store, const QJsonObject &ticket,
                                 const QString &kind, const QString &text)
{
    const qint64 id = ticket.value(u"id"_s).toInteger();
    auto customer = store.customers().customer(ticket.value(u"customer_id"_s).toInteger());
    if (!customer)
        return customer.error();
    // "pt-BR" is a BCP 47 tag; the catalogues are named like locales ("pt_BR").
    const QString language = customer->value(u"language"_s).toString().replace(u'-', u'_');
    const mail::TicketMail mail(shop(), language, m_translations);
    auto message = compose(store, mail, kind, ticket, customer.value(), text);
    if (!message) {
        qCDebug(lcServer).noquote()
            << "no" << kind << "mail for ticket" << id << ":" << message.error().message;
        return {};
    }
    auto queued = mail::MailOutbox(store.database().connection().connectionName())
                      .enqueue(message.value(), kind, QString::number(id));
    if (!queued)
        return queued.error();
    m_wake.queued();
    return {};
}

mail::ShopDetails TicketMailer::shop()
{
    return m_settings ? m_settings->shopDetails() : m_shop;
}

} // namespace shopdesk::server
