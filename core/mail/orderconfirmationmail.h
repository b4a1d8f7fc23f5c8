#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace shopdesk::mail {

// The e-mail a customer gets when the server has confirmed (reserved) an order: its lines
// and total in the customer's language and number format, the delivery address, how to
// pay (with the payment link for online methods), and how to ask for a change. Plain text
// and HTML; everything that comes from data is HTML-escaped.
//
//   OrderConfirmationMail mail(shop, customerLanguage);
//   auto message = mail.compose(orderJson, customerJson, paymentLink.url);
//   if (message) outbox.enqueue(*message, u"order_confirmation"_s, orderId);
class OrderConfirmationMail : public CustomerMail
{
public:
    // Loads the translation for `language` (a code such as "de" or "pt_BR") from
    // translationsDirectory; English where there is none.
    OrderConfirmationMail(
        ShopDetails shop, const QString &language,
        const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // order and customer as the API writes them (GET /orders/{id}, GET /customers/{id}).
    // paymentLink is left out when empty. Fails with `invalid_order` when the order lacks
    // what the mail needs, and `customer_has_no_email` when there is nowhere to send it.
    Result<MailMessage> compose(const QJsonObject &order, const QJsonObject &customer,
                                const QUrl &paymentLink = {}) const;

    // This class's texts in the customer's language. Named tr() so that lupdate files
    // them under this class like any other translatable text.
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
};

} // namespace shopdesk::mail
