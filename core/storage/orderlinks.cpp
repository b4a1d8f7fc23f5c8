#include "storage/orderlinks.h"

#include "domain/money.h"
#include "domain/orderstatus.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {
const QString trackingField = u"{tracking}"_s;
} // namespace

Result<void> OrderLinks::setCarrierTemplate(const QString &carrierAndTemplate)
{
    const qsizetype equals = carrierAndTemplate.indexOf(u'=');
    const QString carrier = carrierAndTemplate.left(equals).trimmed().toLower();
    const QString text = carrierAndTemplate.mid(equals + 1).trimmed();
    const auto invalid = [&](const QString &why) {
        return Result<void>::failure(u"invalid_carrier_url_template"_s,
                                     Tr::tr("The carrier URL template \"%1\" cannot be used: %2")
                                         .arg(carrierAndTemplate.left(300), why));
    };
    if (equals <= 0 || carrier.isEmpty())
        return invalid(Tr::tr("write it as carrier=URL, for example dhl=https://...{tracking}"));
    if (text.count(trackingField) != 1)
        return invalid(Tr::tr("it needs {tracking} exactly once."));
    QString sample = text;
    sample.replace(trackingField, u"T1"_s);
    const QUrl url(sample, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
        url.host().isEmpty()) {
        return invalid(Tr::tr("it is not an http or https address."));
    }
    m_carriers.insert(carrier, text);
    return {};
}

Result<PaymentLink> OrderLinks::paymentLink(const QJsonObject &order) const
{
    const auto method = parsePaymentMethod(order.value(u"payment_method"_s).toString());
    if (!method)
        return method.error();
    const QString status = order.value(u"status"_s).toString();
    const auto parsed = parseOrderStatus(status);
    // Only an order the rule still lets the customer pay waits for payment.
    if (!parsed || !orderAllows(*parsed, *method, OrderAction::Pay)) {
        return Result<PaymentLink>::failure(u"invalid_status"_s,
                                            Tr::tr("Order %1 is %2: it is not waiting for payment.")
                                                .arg(order.value(u"id"_s).toInteger())
                                                .arg(status),
                                            QJsonObject{{u"status"_s, status}});
    }
    const QJsonObject total = order.value(u"total"_s).toObject();
    auto amount = Money::create(total.value(u"amount_minor"_s).toInteger(),
                                total.value(u"currency"_s).toString());
    if (!amount)
        return amount.error();
    QDateTime expires =
        QDateTime::fromString(order.value(u"reservation_expires_at"_s).toString(), Qt::ISODate);
    return m_payments.create(*method, OrderId(order.value(u"id"_s).toInteger()), amount.value(),
                             expires);
}

QJsonValue OrderLinks::trackingUrl(const QJsonObject &order) const
{
    const QString tracking = order.value(u"tracking"_s).toString();
    if (tracking.isEmpty())
        return QJsonValue::Null;
    const auto found =
        m_carriers.constFind(order.value(u"carrier"_s).toString().trimmed().toLower());
    if (found == m_carriers.cend())
        return QJsonValue::Null;
    QString url = *found;
    url.replace(trackingField, QString::fromLatin1(QUrl::toPercentEncoding(tracking)));
    return url;
}

void OrderLinks::decorate(QJsonObject &order) const
{
    const auto link = paymentLink(order);
    order.insert(u"payment_link"_s,
                 link ? QJsonValue(link->url.toString(QUrl::FullyEncoded)) : QJsonValue::Null);
    order.insert(u"tracking_url"_s, trackingUrl(order));
}

} // namespace shopdesk::storage
