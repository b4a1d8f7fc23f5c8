#include "mail/paymentremindermail.h"

#include "domain/money.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr char context[] = "shopdesk::mail::PaymentReminderMail";

} // namespace

PaymentReminderMail::PaymentReminderMail(ShopDetails shop, const QString &language,
                                         const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString PaymentReminderMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailMessage> PaymentReminderMail::compose(const QJsonObject &order,
                                                 const QJsonObject &customer,
                                                 const QUrl &paymentLink) const
{
    const QLocale &locale = translator().locale();
    const qint64 id = order.value(u"id"_s).toInteger();
    const auto total = Money::fromJson(order.value(u"total"_s));
    const QDateTime until =
        QDateTime::fromString(order.value(u"reservation_expires_at"_s).toString(), Qt::ISODate)
            .toUTC();
    if (id <= 0 || !total || !until.isValid() || !paymentLink.isValid() || paymentLink.isEmpty()) {
        return Result<MailMessage>::failure(
            u"invalid_order"_s, Tr::tr("The payment reminder needs an order, its total, the end "
                                       "of its reservation and its payment link."));
    }
    const auto recipient = CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to send the payment reminder to."));
    if (!recipient)
        return recipient.error();
    const MailAddress &to = recipient.value();
    const QString orderId = QString::number(id);
    const QString link = paymentLink.toString(QUrl::FullyEncoded);
    const QString greeting = to.name().isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(to.name());
    const QString subject =
        tr("Reminder: your order %1 at %2 is waiting for payment").arg(orderId, shop().name);
    const QString intro = tr("We are holding the items of your order %1 for you, but your payment "
                             "of %2 has not reached us yet. Please pay securely online with this "
                             "link:")
                              .arg(orderId, total->format(locale));
    const QString untilText = tr("Without payment the reservation ends on %1, %2 UTC, and the "
                                 "items are released.")
                                  .arg(locale.toString(until.date(), QLocale::LongFormat),
                                       locale.toString(until.time(), QLocale::ShortFormat));
    const QString paidText = tr("Already paid? Then please ignore this e-mail.");
    const QString changeText =
        tr("Questions? Simply reply to this e-mail and quote your order number %1.").arg(orderId);
    const QString regards = tr("Kind regards,");

    const QStringList text{greeting, QString(),  intro,     link,    untilText,   QString(),
                           paidText, changeText, QString(), regards, shop().name, QString()};

    QString body = htmlStart(subject);
    body += u"<p>"_s + html(greeting) + u"</p>\n<p>"_s + html(intro) + u"</p>\n"_s;
    body += u"<p><a href=\""_s + link.toHtmlEscaped() + u"\">"_s + html(tr("Pay now")) +
            u"</a><br>\n<small>"_s + html(link) + u"</small></p>\n"_s;
    body += u"<p><strong>"_s + html(untilText) + u"</strong></p>\n"_s;
    body += u"<p>"_s + html(paidText) + u"<br>\n"_s + html(changeText) + u"</p>\n<p>"_s +
            html(regards) + u"<br>\n"_s + html(shop().name) + u"</p>\n</body>\n</html>\n"_s;

    return message(to, subject, text.join(u'\n'), body, orderId);
}

} // namespace shopdesk::mail
