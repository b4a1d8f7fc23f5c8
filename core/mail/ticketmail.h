#pragma once

#include "domain/result.h"
#include "mail/customermail.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace shopdesk::mail {

// The e-mails a customer gets about a ticket, in their language: the acknowledgement of a
// new ticket (its number and when the first answer is due) and an agent's public reply.
// Plain text and HTML; everything from data is HTML-escaped. The subject carries the
// ticket's number so that the customer's answer finds its way back.
class TicketMail : public CustomerMail
{
public:
    TicketMail(ShopDetails shop, const QString &language,
               const QString &translationsDirectory = MailTranslator::defaultDirectory());

    // ticket and customer as the API writes them; firstResponseDue in UTC, written in the
    // shop's time zone (invalid: no promise made). Fails with `customer_has_no_email`,
    // `invalid_email` or `invalid_ticket`.
    Result<MailMessage> acknowledgement(const QJsonObject &ticket, const QJsonObject &customer,
                                        const QDateTime &firstResponseDue,
                                        const QTimeZone &shopZone) const;
    // An agent's public reply, its text as written.
    Result<MailMessage> reply(const QJsonObject &ticket, const QJsonObject &customer,
                              const QString &text) const;

    // This class's texts in the customer's language (named tr() for lupdate).
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;

private:
    Result<MailAddress> recipientOf(const QJsonObject &ticket, const QJsonObject &customer) const;
    MailMessage compose(const MailAddress &to, const QJsonObject &ticket, const QString &subject,
                        const QStringList &paragraphs) const;
};

} // namespace shopdesk::mail
