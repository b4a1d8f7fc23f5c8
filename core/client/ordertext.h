#pragma once

#include "domain/orderstatus.h"
#include "domain/paymentmethod.h"

#include <QString>
#include <QStringList>

namespace shopdesk::client {

// The words the client shows for an order's status, channel and payment method, translated.
class OrderText
{
public:
    static QString status(OrderStatus status);
    // An API word as a server error names it; an unknown word shows as it is.
    static QString status(const QString &status);
    static QStringList channels(); // chat, email, phone, web
    static QString channel(const QString &channel);
    static QString paymentMethod(PaymentMethod method);
    // Without the brands, for narrow columns: "Card", "Skrill".
    static QString paymentMethodShort(PaymentMethod method);
};

} // namespace shopdesk::client
