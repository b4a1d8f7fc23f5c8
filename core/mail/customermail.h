#pragma once

#include "domain/result.h"
#include "mail/mailaddress.h"
#include "mail/mailmessage.h"
#include "mail/mailtranslator.h"
#include "mail/shopdetails.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>

namespace shopdesk::mail {

// What every mail to a customer shares: the shop, the customer's language with its catalogue,
// the checks of the recipient, and the frame of the message (HTML page head, sender, headers).
class CustomerMail
{
public:
    const MailTranslator &translator() const { return m_translator; }

protected:
    // Loads the catalogue for `language` ("de", "pt_BR") from translationsDirectory; English
    // where there is none.
    CustomerMail(ShopDetails shop, const QString &language, const QString &translationsDirectory);

    const ShopDetails &shop() const { return m_shop; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const;

    // The customer's address; `customer_has_no_email` with `noEmail` as its message, or
    // `invalid_email`.
    static Result<MailAddress> recipient(const QJsonObject &customer, const QString &noEmail);
    // Text as HTML, escaped, its line breaks kept.
    static QString html(const QString &text);
    // "<!DOCTYPE html>…<body>" in the customer's language and its direction.
    QString htmlStart(const QString &title) const;
    // The message from the shop to `to` about order `orderId` (or, with `about`, the header
    // and value naming what else it is about), with both bodies.
    MailMessage message(const MailAddress &to, const QString &subject, const QString &text,
                        const QString &htmlBody, const QString &orderId,
                        const std::pair<QByteArray, QString> &about = {}) const;

    // A letter of paragraphs: the greeting, each paragraph, the regards and the shop's name, as
    // plain text and HTML; greeting and regards come translated in the caller's context.
    MailMessage letter(const MailAddress &to, const QString &subject, const QString &greeting,
                       const QStringList &paragraphs, const QString &regards,
                       const QString &orderId,
                       const std::pair<QByteArray, QString> &about = {}) const;

private:
    ShopDetails m_shop;
    MailTranslator m_translator;
};

} // namespace shopdesk::mail
