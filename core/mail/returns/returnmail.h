#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shopdesk::mail {

// The e-mails a customer gets about a return, in their language: the instructions once it is
// approved (its number, what to send back and where to), and the confirmation once the
// warehouse has received it. Plain text and HTML; everything from data is HTML-escaped.
class ReturnMail : public CustomerMail
{
public:
    ReturnMail(ShopDetails shop, const QString &language,
               const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // ret and customer as the API writes them. Fail with `customer_has_no_email`,
    // `invalid_email` or `invalid_return`.
    Result<MailMessage> instructions(const QJsonObject &ret, const QJsonObject &customer) const;
    Result<MailMessage> received(const QJsonObject &ret, const QJsonObject &customer) const;

    // This class's texts in the customer's language (named tr() for lupdate).
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;

private:
    Result<MailAddress> recipientOf(const QJsonObject &ret, const QJsonObject &customer) const;
    MailMessage compose(const MailAddress &to, const QJsonObject &ret, const QString &subject,
                        const QStringList &paragraphs) const;
};

} // namespace shopdesk::mail
