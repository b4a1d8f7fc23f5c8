#include "mail/paymentreceivedmail.h"

#include "domain/money.h"
#include "domain/tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr char context[] = "shopdesk::mail::PaymentReceivedMail";

} // namespace

PaymentReceivedMail::PaymentReceivedMail(ShopDetails shop, const QString &language,
                                         const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString PaymentReceivedMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailMessage> PaymentReceivedMail::compose(const QJsonObject &order,
                                                 const QJsonObject &customer,
                                                 const QJsonObject &payment) const
{
    const QLocale &locale = translator().locale();
    const qint64 id = order.value(u"id"_s).toInteger();
    const auto amount = Money::fromJson(payment.value(u"amount"_s));
    const auto balance = Money::fromJson(order.value(u"balance"_s));
    if (id <= 0 || !amount || !balance) {
        return Result<MailMessage>::failure(
            u"invalid_order"_s,
            Tr::tr("The payment mail needs an order with its balance and the payment."));
    }
    const auto recipient = CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to confirm the payment to."));
    if (!recipient)
        return recipient.error();
    const MailAddress &to = recipient.value();
    const QString orderId = QString::number(id);
    const QString greeting = to.name().isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(to.name());
    const QString subject =
        tr("Payment received for your order %1 at %2").arg(orderId, shop().name);
    const QString intro = tr("Thank you: we received your payment of %1 for order %2.")
                              .arg(amount->format(locale), orderId);
    const QString state =
        balance->amountMinor() > 0
            ? tr("%1 is still open on this order.").arg(balance->format(locale))
            : tr("Your order is paid in full and is being prepared for shipment.");
    const QString questions =
        tr("Questions? Simply reply to this e-mail and quote your order number %1.").arg(orderId);
    const QString regards = tr("Kind regards,");

    const QStringList text{greeting,  QString(), intro,   state,       QString(),
                           questions, QString(), regards, shop().name, QString()};
    QString body = htmlStart(subject);
    body += u"<p>"_s + html(greeting) + u"</p>\n<p>"_s + html(intro) + u"</p>\n<p>"_s +
            html(state) + u"</p>\n<p>"_s + html(questions) + u"</p>\n<p>"_s + html(regards) +
            u"<br>\n"_s + html(shop().name) + u"</p>\n</body>\n</html>\n"_s;
    return message(to, subject, text.join(u'\n'), body, orderId);
}

} // namespace shopdesk::mail
