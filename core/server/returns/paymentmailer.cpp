#include "server/returns/paymentmailer.h"

#include "mail/mailoutbox.h"
#include "mail/paymentreceivedmail.h"
#include "mail/refundissuedmail.h"
#include "server/logging.h"
#include "server/mailwake.h"
#include "server/serversettings.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// "pt-BR" is a BCP 47 tag; the catalogues are named like locales ("pt_BR").
QString catalogueLanguage(const QJsonObject &customer)
{
    return customer.value(u"language"_s).toString().replace(u'-', u'_');
}

} // namespace

PaymentMailer::PaymentMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake)
    : m_shop(std::move(shop))
    , m_translations(std::move(translationsDirectory))
    , m_wake(wake)
{}

Result<QJsonObject> PaymentMailer::customerOf(storage::ShopStore &store, const QJsonObject &order)
{
    return store.customers().customer(order.value(u"customer_id"_s).toInteger());
}

Result<void> PaymentMailer::enqueue(storage::ShopStore &store,
                                    const Result<mail::MailMessage> &message, const QString &kind,
                                    qint64 orderId)
{
    if (!message) {
        // No address to write to is not a reason to refuse the payment or refund.
        qCDebug(lcServer).noquote()
            << "no" << kind << "mail for order" << orderId << ":" << message.error().message;
        return {};
    }
    auto queued = mail::MailOutbox(store.database().connection().connectionName())
                      .enqueue(message.value(), kind, QString::number(orderId));
    if (!queued)
        return queued.error();
    m_wake.queued();
    return {};
}

Result<void> PaymentMailer::queuePaymentReceived(storage::ShopStore &store,
                                                 const QJsonObject &order,
                                                 const QJsonObject &payment)
{
    auto customer = customerOf(store, order);
    if (!customer)
        return customer.error();
    const mail::PaymentReceivedMail mail(shop(), catalogueLanguage(customer.value()),
                                         m_translations);
    return enqueue(store, mail.compose(order, customer.value(), payment), u"payment_received"_s,
                   order.value(u"id"_s).toInteger());
}

Result<void> PaymentMailer::queueRefundIssued(storage::ShopStore &store, const QJsonObject &refund)
{
    auto order = store.orders().order(refund.value(u"order_id"_s).toInteger());
    if (!order)
        return order.error();
    auto customer = customerOf(store, order.value());
    if (!customer)
        return customer.error();
    const mail::RefundIssuedMail mail(shop(), catalogueLanguage(customer.value()), m_translations);
    return enqueue(store, mail.compose(order.value(), customer.value(), refund), u"refund_issued"_s,
                   order->value(u"id"_s).toInteger());
}

mail::ShopDetails PaymentMailer::shop()
{
    return m_settings ? m_settings->shopDetails() : m_shop;
}

} // namespace shopdesk::server
