#include "mail/orderconfirmationmail.h"

#include "domain/money.h"
#include "domain/paymentmethod.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

// Names the English source texts are filed under, as lupdate derives it from the class.
constexpr char context[] = "shopdesk::mail::OrderConfirmationMail";

struct Line
{
    QString sku;
    QString name;
    qint64 quantity = 0;
    Money unitPrice;
    Money lineTotal;
};

Error invalidOrder(const QString &why)
{
    return Error{
        u"invalid_order"_s, Tr::tr("The confirmation mail cannot be written: %1").arg(why), {}};
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

// The API's address is a text; an object of parts is read in postal order too.
QString addressText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    QStringList lines;
    for (const char16_t *key :
         {u"name", u"street", u"line1", u"line2", u"postal_code", u"city", u"region", u"country"}) {
        const QString part = object.value(QStringView(key)).toString().trimmed();
        if (!part.isEmpty())
            lines.append(part);
    }
    return lines.join(u'\n');
}

} // namespace

OrderConfirmationMail::OrderConfirmationMail(ShopDetails shop, const QString &language,
                                             const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString OrderConfirmationMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailMessage> OrderConfirmationMail::compose(const QJsonObject &order,
                                                   const QJsonObject &customer,
                                                   const QUrl &paymentLink) const
{
    const QLocale &locale = translator().locale();

    // --- read what the mail needs ---
    const QString orderId = idText(order.value(u"id"_s));
    if (orderId.isEmpty())
        return invalidOrder(Tr::tr("the order has no id."));
    const auto method = parsePaymentMethod(order.value(u"payment_method"_s).toString());
    if (!method)
        return invalidOrder(method.error().message);
    const auto total = Money::fromJson(order.value(u"total"_s));
    if (!total)
        return invalidOrder(Tr::tr("the order's total is missing or malformed."));
    const QJsonArray lineArray = order.value(u"lines"_s).toArray();
    if (lineArray.isEmpty())
        return invalidOrder(Tr::tr("the order has no lines."));
    QList<Line> lines;
    for (const QJsonValue &value : lineArray) {
        const QJsonObject object = value.toObject();
        const auto unit = Money::fromJson(object.value(u"unit_price"_s));
        const auto lineTotal = Money::fromJson(object.value(u"line_total"_s));
        const qint64 quantity = qint64(object.value(u"quantity"_s).toDouble());
        const QString sku = object.value(u"sku"_s).toString();
        if (!unit || !lineTotal || quantity <= 0 || sku.isEmpty())
            return invalidOrder(Tr::tr("an order line lacks its SKU, quantity or prices."));
        const QString name = object.value(u"name"_s).toString();
        lines.append(Line{sku, name.isEmpty() ? sku : name, quantity, *unit, *lineTotal});
    }
    const auto recipient = CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to send the confirmation to."));
    if (!recipient)
        return recipient.error();
    const MailAddress &to = recipient.value();
    const QString address = addressText(customer.value(u"address"_s));
    const QDateTime holdUntil =
        QDateTime::fromString(order.value(u"reservation_expires_at"_s).toString(), Qt::ISODate)
            .toUTC();
    const bool online = isOnlinePaymentMethod(*method);
    const bool hasLink = online && paymentLink.isValid() && !paymentLink.isEmpty();
    const QString link = paymentLink.toString(QUrl::FullyEncoded);

    // --- the texts, once, shared by both bodies ---
    QString methodName;
    switch (*method) {
    case PaymentMethod::Card:
        methodName = tr("Card (Visa, Mastercard)");
        break;
    case PaymentMethod::PayPal:
        methodName = tr("PayPal");
        break;
    case PaymentMethod::Skrill:
        methodName = tr("Skrill (Moneybookers)");
        break;
    case PaymentMethod::BankTransfer:
        methodName = tr("Bank transfer");
        break;
    case PaymentMethod::CashOnDelivery:
        methodName = tr("Cash on delivery");
        break;
    }
    QString paymentText;
    if (hasLink)
        paymentText = tr("Please pay securely online with this link:");
    else if (online)
        paymentText = tr("We will send you a link to pay online shortly.");
    else if (*method == PaymentMethod::BankTransfer)
        paymentText = tr("Please transfer the total, quoting your order number %1.").arg(orderId);
    else
        paymentText = tr("Please pay the total in cash when your parcel is delivered.");
    const QString bankDetails =
        *method == PaymentMethod::BankTransfer ? shop().bankDetails.trimmed() : QString();
    const QString holdText = holdUntil.isValid()
                                 ? tr("We hold the items for you until %1, %2 UTC.")
                                       .arg(locale.toString(holdUntil.date(), QLocale::LongFormat),
                                            locale.toString(holdUntil.time(), QLocale::ShortFormat))
                                 : QString();
    const QString changeText =
        shop().phone.isEmpty()
            ? tr("Would you like to change something? Simply reply to this e-mail and quote "
                 "your order number %1.")
                  .arg(orderId)
            : tr("Would you like to change something? Simply reply to this e-mail or call us "
                 "at %1, and quote your order number %2.")
                  .arg(shop().phone, orderId);
    const QString customerName = to.name();
    const QString greeting =
        customerName.isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(customerName);
    const QString subject = tr("Your order %1 at %2").arg(orderId, shop().name);
    const QString intro =
        tr("Thank you for your order at %1. We have reserved these items for you:")
            .arg(shop().name);
    const auto lineText = [&](const Line &line) {
        return tr("%1 × %2 (%3), %4 each: %5")
            .arg(locale.toString(line.quantity), line.name, line.sku, line.unitPrice.format(locale),
                 line.lineTotal.format(locale));
    };
    const QString totalText = tr("Total: %1").arg(total->format(locale));
    const QString methodText = tr("Payment method: %1").arg(methodName);
    const QString addressHeading = tr("Delivery address:");
    const QString noAddress = tr("We do not have your delivery address yet: please reply with it.");
    const QString regards = tr("Kind regards,");

    // --- plain text ---
    QStringList text;
    text << greeting << QString() << intro << QString();
    for (const Line &line : std::as_const(lines))
        text << u"  "_s + lineText(line);
    text << QString() << totalText;
    if (!holdText.isEmpty())
        text << holdText;
    text << QString() << methodText << paymentText;
    if (hasLink)
        text << link;
    if (!bankDetails.isEmpty())
        text << bankDetails;
    text << QString() << (address.isEmpty() ? noAddress : addressHeading);
    if (!address.isEmpty())
        text << address;
    text << QString() << changeText << QString() << regards << shop().name;
    if (!shop().address.trimmed().isEmpty())
        text << shop().address.trimmed();
    text << QString();

    // --- HTML: the same content; every text from data or translation is escaped ---
    QString body;
    body += htmlStart(subject);
    body += u"<p>"_s + html(greeting) + u"</p>\n<p>"_s + html(intro) + u"</p>\n"_s;
    body += u"<table style=\"border-collapse: collapse;\" cellpadding=\"4\">\n<tr>"_s;
    for (const QString &heading : {tr("Item"), tr("Quantity"), tr("Unit price"), tr("Amount")})
        body += u"<th style=\"text-align: left;\">"_s + html(heading) + u"</th>"_s;
    body += u"</tr>\n"_s;
    for (const Line &line : std::as_const(lines)) {
        body += u"<tr><td>"_s + html(line.name) + u" <small>("_s + html(line.sku) +
                u")</small></td><td style=\"text-align: right;\">"_s +
                html(locale.toString(line.quantity)) + u"</td><td style=\"text-align: right;\">"_s +
                html(line.unitPrice.format(locale)) + u"</td><td style=\"text-align: right;\">"_s +
                html(line.lineTotal.format(locale)) + u"</td></tr>\n"_s;
    }
    body += u"</table>\n<p><strong>"_s + html(totalText) + u"</strong></p>\n"_s;
    if (!holdText.isEmpty())
        body += u"<p>"_s + html(holdText) + u"</p>\n"_s;
    body += u"<p>"_s + html(methodText) + u"<br>\n"_s + html(paymentText) + u"</p>\n"_s;
    if (hasLink) {
        body += u"<p><a href=\""_s + link.toHtmlEscaped() + u"\">"_s + html(tr("Pay now")) +
                u"</a><br>\n<small>"_s + html(link) + u"</small></p>\n"_s;
    }
    if (!bankDetails.isEmpty())
        body += u"<p>"_s + html(bankDetails) + u"</p>\n"_s;
    if (address.isEmpty()) {
        body += u"<p>"_s + html(noAddress) + u"</p>\n"_s;
    } else {
        body += u"<p>"_s + html(addressHeading) + u"<br>\n"_s + html(address) + u"</p>\n"_s;
    }
    body += u"<p>"_s + html(changeText) + u"</p>\n"_s;
    body += u"<p>"_s + html(regards) + u"<br>\n"_s + html(shop().name);
    if (!shop().address.trimmed().isEmpty())
        body += u"<br>\n"_s + html(shop().address.trimmed());
    body += u"</p>\n</body>\n</html>\n"_s;

    return message(to, subject, text.join(u'\n'), body, orderId);
}

} // namespace shopdesk::mail
