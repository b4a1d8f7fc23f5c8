#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::mail {

// "Your refund is on its way": the order number, the amount, and where it goes (back by the
// original payment method, or as store credit), in the customer's language.
class RefundIssuedMail : public CustomerMail
{
public:
    RefundIssuedMail(ShopDetails shop, const QString &language,
                     const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // order, customer and refund as the API writes them. Fails with `customer_has_no_email`,
    // `invalid_email` or `invalid_refund`.
    Result<MailMessage> compose(const QJsonObject &order, const QJsonObject &customer,
                                const QJsonObject &refund) const;

    // This class's texts in the customer's language (named tr() for lupdate).
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
};

} // namespace shopdesk::mail
