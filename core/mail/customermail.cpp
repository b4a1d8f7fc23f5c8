#include "mail/customermail.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

CustomerMail::CustomerMail(ShopDetails shop, const QString &language,
                           const QString &translationsDirectory)
    : m_shop(std::move(shop))
    , m_translator(MailTranslator::load(language, translationsDirectory))
{}

QString CustomerMail::translate(const char *context, const char *sourceText,
                                const char *disambiguation, int n) const
{
    return m_translator.translate(context, sourceText, disambiguation, n);
}

Result<MailAddress> CustomerMail::recipient(const QJsonObject &customer, const QString &noEmail)
{
    const MailAddress to(customer.value(u"email"_s).toString(),
                         customer.value(u"name"_s).toString());
    if (to.address().isEmpty())
        return Result<MailAddress>::failure(u"customer_has_no_email"_s, noEmail);
    if (!to.isValid()) {
        return Result<MailAddress>::failure(
            u"invalid_email"_s,
            Tr::tr("\"%1\" is not a valid e-mail address.").arg(to.address().left(100)));
    }
    return to;
}

QString CustomerMail::html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>\n"_s);
}

QString CustomerMail::htmlStart(const QString &title) const
{
    const bool rightToLeft = m_translator.locale().textDirection() == Qt::RightToLeft;
    return u"<!DOCTYPE html>\n<html lang=\""_s + html(m_translator.languageTag()) + u"\" dir=\""_s +
           (rightToLeft ? u"rtl"_s : u"ltr"_s) + u"\">\n<head><meta charset=\"utf-8\"><title>"_s +
           html(title) +
           u"</title></head>\n<body style=\"font-family: sans-serif; color: #222;\">\n"_s;
}

MailMessage CustomerMail::message(const MailAddress &to, const QString &subject,
                                  const QString &text, const QString &htmlBody,
                                  const QString &orderId,
                                  const std::pair<QByteArray, QString> &about) const
{
    MailMessage message;
    message.setFrom(m_shop.from);
    message.addTo(to);
    if (!m_shop.replyTo.address().isEmpty())
        message.setReplyTo({m_shop.replyTo});
    message.setSubject(subject);
    message.setTextBody(text);
    message.setHtmlBody(htmlBody);
    // RFC 3834: an automatic message; auto-responders should not answer it.
    message.addHeader("Auto-Submitted", u"auto-generated"_s);
    if (!orderId.isEmpty())
        message.addHeader("X-Shopdesk-Order", orderId);
    if (!about.first.isEmpty())
        message.addHeader(about.first, about.second);
    return message;
}

MailMessage CustomerMail::letter(const MailAddress &to, const QString &subject,
                                 const QString &greeting, const QStringList &paragraphs,
                                 const QString &regards, const QString &orderId,
                                 const std::pair<QByteArray, QString> &about) const
{
    QStringList text{greeting, QString()};
    QString body = htmlStart(subject) + u"<p>"_s + html(greeting) + u"</p>\n"_s;
    for (const QString &paragraph : paragraphs) {
        text << paragraph << QString();
        body += u"<p>"_s + html(paragraph) + u"</p>\n"_s;
    }
    text << regards << shop().name << QString();
    body +=
        u"<p>"_s + html(regards) + u"<br>\n"_s + html(shop().name) + u"</p>\n</body>\n</html>\n"_s;
    return message(to, subject, text.join(u'\n'), body, orderId, about);
}

} // namespace shopdesk::mail
