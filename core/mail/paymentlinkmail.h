#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace shopdesk::mail {

// The short e-mail an agent has sent to a customer with the payment link of an order: the
// order number, the amount, the link and until when it is valid, in the customer's
// language. Plain text and HTML; everything from data is HTML-escaped.
class PaymentLinkMail : public CustomerMail
{
public:
    PaymentLinkMail(ShopDetails shop, const QString &language,
                    const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // order and customer as the API writes them. Fails with `customer_has_no_email`,
    // `invalid_email` or `invalid_order`.
    Result<MailMessage> compose(const QJsonObject &order, const QJsonObject &customer,
                                const QUrl &paymentLink) const;

    // This class's texts in the customer's language (named tr() for lupdate).
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
};

} // namespace shopdesk::mail
