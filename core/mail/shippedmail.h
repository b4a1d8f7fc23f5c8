#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace shopdesk::mail {

// The e-mail a customer gets when their order has left the warehouse: the order number, its
// lines, the carrier, the tracking number and the carrier's tracking page, in the customer's
// language. Plain text and HTML; everything from data is HTML-escaped.
class ShippedMail : public CustomerMail
{
public:
    ShippedMail(ShopDetails shop, const QString &language,
                const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // order and customer as the API writes them; trackingUrl is left out when empty (a
    // carrier without a tracking page). Fails with `customer_has_no_email`, `invalid_email`
    // or `invalid_order` (no id, lines, carrier or tracking number).
    Result<MailMessage> compose(const QJsonObject &order, const QJsonObject &customer,
                                const QUrl &trackingUrl) const;

    // This class's texts in the customer's language (named tr() for lupdate).
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
};

} // namespace shopdesk::mail
