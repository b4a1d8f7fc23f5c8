#include "server/ordermailer.h"

#include "domain/tr.h"
#include "mail/mailoutbox.h"
#include "mail/paymentlinkmail.h"
#include "mail/paymentremindermail.h"
#include "mail/shippedmail.h"
#include "server/logging.h"
#include "server/mailwake.h"
#include "server/serversettings.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// "pt-BR" is a BCP 47 tag; the catalogues are named like locales ("pt_BR").
QString catalogueLanguage(const QString &language)
{
    return QString(language).replace(u'-', u'_');
}

} // namespace

OrderMailer::OrderMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake)
    : m_shop(std::move(shop))
    , m_translations(std::move(translationsDirectory))
    , m_wake(wake)
{}

Result<void> OrderMailer::queueConfirmation(storage::ShopStore &store, const QJsonObject &order)
{
    const qint64 orderId = order.value(u"id"_s).toInteger();
    auto customer = store.customers().customer(order.value(u"customer_id"_s).toInteger());
    if (!customer)
        return customer.error();
    const QString language = customer->value(u"language"_s).toString();
    const mail::OrderConfirmationMail &mail = confirmation(language);
    const QJsonValue link = order.value(u"payment_link"_s);
    auto message =
        mail.compose(order, customer.value(), link.isString() ? QUrl(link.toString()) : QUrl());
    if (!message) {
        // No address to write to is not a reason to refuse the order.
        qCDebug(lcServer).noquote()
            << "no confirmation mail for order" << orderId << ":" << message.error().message;
        return {};
    }
    auto queued = mail::MailOutbox(store.database().connection().connectionName())
                      .enqueue(message.value(), u"order_confirmation"_s, QString::number(orderId));
    if (!queued)
        return queued.error();
    m_wake.queued();
    return {};
}

const mail::OrderConfirmationMail &OrderMailer::confirmation(const QString &language)
{
    // A changed shop (name, sender, address) makes every composer anew.
    if (m_settings && m_settings->generation() != m_shopGeneration) {
        m_confirmations.clear();
        m_shopGeneration = m_settings->generation();
    }
    auto found = m_confirmations.constFind(language);
    if (found == m_confirmations.cend()) {
        if (m_confirmations.size() > 200) // languages are few; this only bounds bad data
            m_confirmations.clear();
        found = m_confirmations.insert(language,
                                       std::make_shared<const mail::OrderConfirmationMail>(
                                           shop(), catalogueLanguage(language), m_translations));
    }
    return **found;
}

Result<QJsonObject> OrderMailer::queuePaymentLink(storage::ShopStore &store, qint64 orderId)
{
    auto order = store.orders().order(orderId);
    if (!order)
        return order.error();
    auto link = store.orders().links().paymentLink(order.value());
    if (!link)
        return link.error();
    auto customer = store.customers().customer(order->value(u"customer_id"_s).toInteger());
    if (!customer)
        return customer.error();
    const mail::PaymentLinkMail mail(
        shop(), catalogueLanguage(customer->value(u"language"_s).toString()), m_translations);
    auto message = mail.compose(order.value(), customer.value(), link->url);
    if (!message)
        return message.error();
    auto queued = mail::MailOutbox(store.database().connection().connectionName())
                      .enqueue(message.value(), u"payment_link"_s, QString::number(orderId));
    if (!queued)
        return queued.error();
    m_wake.queued();
    return QJsonObject{{u"queued"_s, true},
                       {u"mail_id"_s, queued.value()},
                       {u"order_id"_s, orderId},
                       {u"to"_s, customer->value(u"email"_s).toString()},
                       {u"payment_link"_s, link->url.toString(QUrl::FullyEncoded)}};
}

Result<qint64> OrderMailer::enqueue(storage::ShopStore &store, const mail::MailMessage &message,
                                    const QString &kind, qint64 orderId)
{
    auto queued = mail::MailOutbox(store.database().connection().connectionName())
                      .enqueue(message, kind, QString::number(orderId));
    if (!queued)
        return queued.error();
    m_wake.queued();
    return queued.value();
}

Result<void> OrderMailer::queueShipped(storage::ShopStore &store, qint64 orderId)
{
    auto order = store.orders().order(orderId);
    if (!order)
        return order.error();
    auto customer = store.customers().customer(order->value(u"customer_id"_s).toInteger());
    if (!customer)
        return customer.error();
    const mail::ShippedMail mail(
        shop(), catalogueLanguage(customer->value(u"language"_s).toString()), m_translations);
    const QJsonValue link = order->value(u"tracking_url"_s);
    auto message = mail.compose(order.value(), customer.value(),
                                link.isString() ? QUrl(link.toString()) : QUrl());
    if (!message) {
        // No address to write to is not a reason to hold the parcel back.
        qCDebug(lcServer).noquote()
            << "no shipping mail for order" << orderId << ":" << message.error().message;
        return {};
    }
    auto queued = enqueue(store, message.value(), u"shipped"_s, orderId);
    if (!queued)
        return queued.error();
    return {};
}

Result<qint64> OrderMailer::queuePaymentReminder(storage::ShopStore &store, qint64 orderId)
{
    auto order = store.orders().order(orderId);
    if (!order)
        return order.error();
    auto link = store.orders().links().paymentLink(order.value());
    if (!link) {
        qCDebug(lcServer).noquote()
            << "no payment reminder for order" << orderId << ":" << link.error().message;
        return qint64(0);
    }
    auto customer = store.customers().customer(order->value(u"customer_id"_s).toInteger());
    if (!customer)
        return customer.error();
    const mail::PaymentReminderMail mail(
        shop(), catalogueLanguage(customer->value(u"language"_s).toString()), m_translations);
    auto message = mail.compose(order.value(), customer.value(), link->url);
    if (!message) {
        qCDebug(lcServer).noquote()
            << "no payment reminder for order" << orderId << ":" << message.error().message;
        return qint64(0);
    }
    return enqueue(store, message.value(), u"payment_reminder"_s, orderId);
}

mail::ShopDetails OrderMailer::shop()
{
    return m_settings ? m_settings->shopDetails() : m_shop;
}

} // namespace shopdesk::server
