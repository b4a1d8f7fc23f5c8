#include "mail/shippedmail.h"

#include "domain/tr.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr char context[] = "shopdesk::mail::ShippedMail";

} // namespace

ShippedMail::ShippedMail(ShopDetails shop, const QString &language,
                         const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString ShippedMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailMessage> ShippedMail::compose(const QJsonObject &order, const QJsonObject &customer,
                                         const QUrl &trackingUrl) const
{
    const QLocale &locale = translator().locale();
    const qint64 id = order.value(u"id"_s).toInteger();
    const QString carrier = order.value(u"carrier"_s).toString().trimmed();
    const QString tracking = order.value(u"tracking"_s).toString().trimmed();
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    if (id <= 0 || carrier.isEmpty() || tracking.isEmpty() || lines.isEmpty()) {
        return Result<MailMessage>::failure(
            u"invalid_order"_s, Tr::tr("The shipping mail needs an order with its lines, carrier "
                                       "and tracking number."));
    }
    const auto recipient = CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to send the shipping notice to."));
    if (!recipient)
        return recipient.error();
    const MailAddress &to = recipient.value();
    const QString orderId = QString::number(id);
    const bool hasLink = trackingUrl.isValid() && !trackingUrl.isEmpty();
    const QString link = trackingUrl.toString(QUrl::FullyEncoded);

    QStringList items;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString sku = line.value(u"sku"_s).toString();
        const QString name = line.value(u"name"_s).toString();
        items.append(tr("%1 × %2 (%3)")
                         .arg(locale.toString(line.value(u"quantity"_s).toInteger()),
                              name.isEmpty() ? sku : name, sku));
    }
    const QString greeting = to.name().isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(to.name());
    const QString subject = tr("Your order %1 at %2 is on its way").arg(orderId, shop().name);
    const QString intro =
        tr("Good news: we have handed your order %1 to %2. In the parcel:").arg(orderId, carrier);
    const QString trackingText = tr("Tracking number: %1").arg(tracking);
    const QString followText = tr("Follow your parcel here:");
    const QString changeText =
        tr("Questions? Simply reply to this e-mail and quote your order number %1.").arg(orderId);
    const QString regards = tr("Kind regards,");

    QStringList text{greeting, QString(), intro};
    for (const QString &item : std::as_const(items))
        text << u"  "_s + item;
    text << QString() << tr("Carrier: %1").arg(carrier) << trackingText;
    if (hasLink)
        text << followText << link;
    text << QString() << changeText << QString() << regards << shop().name << QString();

    QString body = htmlStart(subject);
    body += u"<p>"_s + html(greeting) + u"</p>\n<p>"_s + html(intro) + u"</p>\n<ul>\n"_s;
    for (const QString &item : std::as_const(items))
        body += u"<li>"_s + html(item) + u"</li>\n"_s;
    body += u"</ul>\n<p>"_s + html(tr("Carrier: %1").arg(carrier)) + u"<br>\n"_s +
            html(trackingText) + u"</p>\n"_s;
    if (hasLink) {
        body += u"<p>"_s + html(followText) + u"<br>\n<a href=\""_s + link.toHtmlEscaped() +
                u"\">"_s + html(tr("Track your parcel")) + u"</a><br>\n<small>"_s + html(link) +
                u"</small></p>\n"_s;
    }
    body += u"<p>"_s + html(changeText) + u"</p>\n<p>"_s + html(regards) + u"<br>\n"_s +
            html(shop().name) + u"</p>\n</body>\n</html>\n"_s;

    return message(to, subject, text.join(u'\n'), body, orderId);
}

} // namespace shopdesk::mail
