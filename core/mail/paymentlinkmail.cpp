#include "mail/paymentlinkmail.h"

#include "domain/money.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr char context[] = "shopdesk::mail::PaymentLinkMail";

} // namespace

PaymentLinkMail::PaymentLinkMail(ShopDetails shop, const QString &language,
                                 const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString PaymentLinkMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailMessage> PaymentLinkMail::compose(const QJsonObject &order, const QJsonObject &customer,
                                             const QUrl &paymentLink) const
{
    const QLocale &locale = translator().locale();
    const qint64 id = order.value(u"id"_s).toInteger();
    const auto total = Money::fromJson(order.value(u"total"_s));
    if (id <= 0 || !total || !paymentLink.isValid() || paymentLink.isEmpty()) {
        return Result<MailMessage>::failure(
            u"invalid_order"_s, Tr::tr("The payment link mail needs an order, its total and "
                                       "its payment link."));
    }
    const auto recipient = CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to send the payment link to."));
    if (!recipient)
        return recipient.error();
    const MailAddress &to = recipient.value();
    const QString orderId = QString::number(id);
    const QString link = paymentLink.toString(QUrl::FullyEncoded);
    const QDateTime until =
        QDateTime::fromString(order.value(u"reservation_expires_at"_s).toString(), Qt::ISODate)
            .toUTC();
    const QString greeting = to.name().isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(to.name());
    const QString subject = tr("Payment link for your order %1 at %2").arg(orderId, shop().name);
    const QString intro = tr("Please pay %1 for your order %2 securely online with this link:")
                              .arg(total->format(locale), orderId);
    const QString untilText = until.isValid()
                                  ? tr("The link is valid until %1, %2 UTC.")
                                        .arg(locale.toString(until.date(), QLocale::LongFormat),
                                             locale.toString(until.time(), QLocale::ShortFormat))
                                  : QString();
    const QString changeText =
        tr("Questions? Simply reply to this e-mail and quote your order number %1.").arg(orderId);
    const QString regards = tr("Kind regards,");

    QStringList text{greeting, QString(), intro, link};
    if (!untilText.isEmpty())
        text << untilText;
    text << QString() << changeText << QString() << regards << shop().name << QString();

    QString body = htmlStart(subject);
    body += u"<p>"_s + html(greeting) + u"</p>\n<p>"_s + html(intro) + u"</p>\n"_s;
    body += u"<p><a href=\""_s + link.toHtmlEscaped() + u"\">"_s + html(tr("Pay now")) +
            u"</a><br>\n<small>"_s + html(link) + u"</small></p>\n"_s;
    if (!untilText.isEmpty())
        body += u"<p>"_s + html(untilText) + u"</p>\n"_s;
    body += u"<p>"_s + html(changeText) + u"</p>\n<p>"_s + html(regards) + u"<br>\n"_s +
            html(shop().name) + u"</p>\n</body>\n</html>\n"_s;

    return message(to, subject, text.join(u'\n'), body, orderId);
}

} // namespace shopdesk::mail
