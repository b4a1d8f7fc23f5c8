#include "mail/refundissuedmail.h"

#include "domain/money.h"
#include "domain/tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr char context[] = "shopdesk::mail::RefundIssuedMail";

} // namespace

RefundIssuedMail::RefundIssuedMail(ShopDetails shop, const QString &language,
                                   const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString RefundIssuedMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailMessage> RefundIssuedMail::compose(const QJsonObject &order, const QJsonObject &customer,
                                              const QJsonObject &refund) const
{
    const QLocale &locale = translator().locale();
    const qint64 id = order.value(u"id"_s).toInteger();
    const auto amount = Money::fromJson(refund.value(u"amount"_s));
    if (id <= 0 || !amount) {
        return Result<MailMessage>::failure(
            u"invalid_refund"_s, Tr::tr("The refund mail needs an order and the refund."));
    }
    const auto recipient = CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to tell of the refund."));
    if (!recipient)
        return recipient.error();
    const MailAddress &to = recipient.value();
    const QString orderId = QString::number(id);
    const QString greeting = to.name().isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(to.name());
    const QString subject = tr("Refund for your order %1 at %2").arg(orderId, shop().name);
    const QString intro =
        tr("We have issued a refund of %1 for your order %2.").arg(amount->format(locale), orderId);
    const QString where =
        refund.value(u"destination"_s).toString() == u"store_credit"_s
            ? tr("The amount is added to your store credit; it is taken into account with your "
                 "next order.")
            : tr("The amount goes back by the payment method you paid with; depending on your "
                 "bank or provider it may take a few days to appear.");
    const QString questions =
        tr("Questions? Simply reply to this e-mail and quote your order number %1.").arg(orderId);
    const QString regards = tr("Kind regards,");

    const QStringList text{greeting,  QString(), intro,   where,       QString(),
                           questions, QString(), regards, shop().name, QString()};
    QString body = htmlStart(subject);
    body += u"<p>"_s + html(greeting) + u"</p>\n<p>"_s + html(intro) + u"</p>\n<p>"_s +
            html(where) + u"</p>\n<p>"_s + html(questions) + u"</p>\n<p>"_s + html(regards) +
            u"<br>\n"_s + html(shop().name) + u"</p>\n</body>\n</html>\n"_s;
    return message(to, subject, text.join(u'\n'), body, orderId);
}

} // namespace shopdesk::mail
