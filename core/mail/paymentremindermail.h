#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace shopdesk::mail {

// The reminder a customer gets shortly before the reservation of an unpaid order ends: the
// order number, the amount, the payment link and the time the items are released, in the
// customer's language. Plain text and HTML; everything from data is HTML-escaped.
class PaymentReminderMail : public CustomerMail
{
public:
    PaymentReminderMail(ShopDetails shop, const QString &language,
                        const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // order and customer as the API writes them. Fails with `customer_has_no_email`,
    // `invalid_email` or `invalid_order` (no id, total, expiry time or payment link).
    Result<MailMessage> compose(const QJsonObject &order, const QJsonObject &customer,
                                const QUrl &paymentLink) const;

    // This class's texts in the customer's language (named tr() for lupdate).
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
};

} // namespace shopdesk::mail
