#pragma once

#include "domain/paymentlink.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace shopdesk::storage {

// The links an order carries in its JSON: the signed payment link of an online method while
// the order awaits payment, and the carrier's tracking page once it has a tracking number.
// Both come from URL templates the server is started with; without one the field is null.
class OrderLinks
{
public:
    PaymentLinkSigner &payments() { return m_payments; }
    const PaymentLinkSigner &payments() const { return m_payments; }

    // "dhl=https://track.example/?id={tracking}"; the carrier name is matched ignoring case.
    // Fails with `invalid_carrier_url_template`.
    Result<void> setCarrierTemplate(const QString &carrierAndTemplate);
    bool hasCarrierTemplates() const { return !m_carriers.isEmpty(); }

    // The signed link for an order as the API writes it; `payment_link_not_configured`,
    // `payment_method_offline`, or `invalid_status` when the order is not awaiting payment.
    Result<PaymentLink> paymentLink(const QJsonObject &order) const;
    // The carrier's page for the order's tracking number; null before shipment or for a
    // carrier without a template.
    QJsonValue trackingUrl(const QJsonObject &order) const;

    // Sets payment_link and tracking_url (each a string or null).
    void decorate(QJsonObject &order) const;

private:
    PaymentLinkSigner m_payments;
    QMap<QString, QString> m_carriers; // lower-case carrier name -> template
};

} // namespace shopdesk::storage
