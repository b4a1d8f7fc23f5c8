#include "mail/ticketmail.h"

#include "domain/tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr char context[] = "shopdesk::mail::TicketMail";

} // namespace

TicketMail::TicketMail(ShopDetails shop, const QString &language,
                       const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString TicketMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailAddress> TicketMail::recipientOf(const QJsonObject &ticket,
                                            const QJsonObject &customer) const
{
    if (ticket.value(u"id"_s).toInteger() <= 0 || ticket.value(u"number"_s).toString().isEmpty()) {
        return Result<MailAddress>::failure(u"invalid_ticket"_s,
                                            Tr::tr("A ticket mail needs the ticket's number."));
    }
    return CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to write to about the ticket."));
}

MailMessage TicketMail::compose(const MailAddress &to, const QJsonObject &ticket,
                                const QString &subject, const QStringList &paragraphs) const
{
    const QString greeting = to.name().isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(to.name());
    return letter(to, subject, greeting, paragraphs, tr("Kind regards,"), {},
                  {"X-Shopdesk-Ticket", ticket.value(u"number"_s).toString()});
}

Result<MailMessage> TicketMail::acknowledgement(const QJsonObject &ticket,
                                                const QJsonObject &customer,
                                                const QDateTime &firstResponseDue,
                                                const QTimeZone &shopZone) const
{
    const auto to = recipientOf(ticket, customer);
    if (!to)
        return to.error();
    const QLocale &locale = translator().locale();
    const QString number = ticket.value(u"number"_s).toString();
    const QString topic = ticket.value(u"subject"_s).toString();
    const QString subject = tr("We have received your request %1").arg(number);
    QStringList paragraphs{tr("Thank you for contacting %1. Your request has the number %2: %3")
                               .arg(shop().name, number, topic)};
    if (firstResponseDue.isValid()) {
        const QDateTime local = firstResponseDue.toTimeZone(shopZone);
        paragraphs << tr("We will answer you by %1, %2 (%3) at the latest.")
                          .arg(locale.toString(local.date(), QLocale::LongFormat),
                               locale.toString(local.time(), QLocale::ShortFormat),
                               QString::fromUtf8(shopZone.id()));
    }
    paragraphs << tr("To add anything, simply reply to this e-mail and keep %1 in the subject.")
                      .arg(number);
    return compose(to.value(), ticket, subject, paragraphs);
}

Result<MailMessage> TicketMail::reply(const QJsonObject &ticket, const QJsonObject &customer,
                                      const QString &text) const
{
    const auto to = recipientOf(ticket, customer);
    if (!to)
        return to.error();
    const QString number = ticket.value(u"number"_s).toString();
    const QString subject = tr("Re: %1 [%2]").arg(ticket.value(u"subject"_s).toString(), number);
    return compose(to.value(), ticket, subject,
                   {text, tr("This is about your request %1. To answer, simply reply to this "
                             "e-mail.")
                              .arg(number)});
}

} // namespace shopdesk::mail
