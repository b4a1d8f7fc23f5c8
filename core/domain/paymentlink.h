#pragma once

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/paymentmethod.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

namespace shopdesk {

// What a payment link asks for: the signer makes these and reads them back.
struct PaymentLink
{
    PaymentMethod method;
    OrderId orderId;
    Money amount;
    QDateTime expiresAt;
    QUrl url;
};

// Makes payment links from a URL template per provider and proves them unaltered.
//
// A template such as
//   https://pay.example/checkout?order={order_id}&amount={amount_minor}&currency={currency}
// is filled in ({amount} gives a decimal such as 19.99 instead of minor units), then
// "expires=<unix seconds>&sig=<HMAC-SHA256, base64url>" is appended. The HMAC covers the
// method, order id, amount, currency, expiry and the whole filled URL, so changing any
// character of the link, or its expiry, makes verify() refuse it.
class PaymentLinkSigner
{
public:
    // The shortest secret accepted: an HMAC key much shorter than this can be guessed.
    static constexpr qsizetype minimumSecretSize = 16;

    PaymentLinkSigner() = default;
    explicit PaymentLinkSigner(QByteArray secret)
        : m_secret(std::move(secret))
    {}

    void setSecret(QByteArray secret) { m_secret = std::move(secret); }
    bool hasUsableSecret() const { return m_secret.size() >= minimumSecretSize; }

    // Sets the template of an online method; fails with `invalid_payment_link_template`.
    Result<void> setTemplate(PaymentMethod method, const QString &urlTemplate);
    // Reads "paypal=https://..." as given on a command line or in a settings file.
    Result<void> setTemplate(const QString &methodAndTemplate);
    bool hasTemplate(PaymentMethod method) const { return m_templates.contains(method); }

    // A signed link valid until expiresAt (the order's reservation expiry is a good choice).
    Result<PaymentLink> create(PaymentMethod method, OrderId orderId, const Money &amount,
                               const QDateTime &expiresAt) const;

    // The link's content if it is one of ours, unaltered and not expired at `now`.
    Result<PaymentLink> verify(const QUrl &url,
                               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    struct Template
    {
        QString text;
        QRegularExpression pattern; // the filled-in form, with named groups
        bool decimalAmount = false;
    };

    QByteArray signature(PaymentMethod method, OrderId orderId, const Money &amount, qint64 expires,
                         const QString &base) const;

    QByteArray m_secret;
    QMap<PaymentMethod, Template> m_templates;
};

} // namespace shopdesk
