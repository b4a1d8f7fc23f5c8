#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::mail {

// "We received your payment": the order number, the amount received, what is still owed (if
// anything), in the customer's language. Plain text and HTML; data is HTML-escaped.
class PaymentReceivedMail : public CustomerMail
{
public:
    PaymentReceivedMail(ShopDetails shop, const QString &language,
                        const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // order (with its balance), customer and payment as the API writes them. Fails with
    // `customer_has_no_email`, `invalid_email` or `invalid_order`.
    Result<MailMessage> compose(const QJsonObject &order, const QJsonObject &customer,
                                const QJsonObject &payment) const;

    // This class's texts in the customer's language (named tr() for lupdate).
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
};

} // namespace shopdesk::mail
