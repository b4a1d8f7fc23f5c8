#pragma once

#include "mail/mailaddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace shopdesk::mail {

// One e-mail as the program thinks of it; MimeWriter turns it into RFC 5322 text.
class MailMessage
{
public:
    const MailAddress &from() const { return m_from; }
    void setFrom(const MailAddress &from) { m_from = from; }

    const QList<MailAddress> &to() const { return m_to; }
    void setTo(const QList<MailAddress> &to) { m_to = to; }
    void addTo(const MailAddress &to) { m_to.append(to); }

    const QList<MailAddress> &replyTo() const { return m_replyTo; }
    void setReplyTo(const QList<MailAddress> &replyTo) { m_replyTo = replyTo; }

    const QString &subject() const { return m_subject; }
    void setSubject(const QString &subject) { m_subject = subject; }

    const QString &textBody() const { return m_textBody; }
    void setTextBody(const QString &text) { m_textBody = text; }

    const QString &htmlBody() const { return m_htmlBody; }
    void setHtmlBody(const QString &html) { m_htmlBody = html; }

    // Further headers such as ("X-Shopdesk-Order", "1042"); names are ASCII tokens.
    const QList<QPair<QByteArray, QString>> &headers() const { return m_headers; }
    void addHeader(const QByteArray &name, const QString &value)
    {
        m_headers.append({name, value});
    }

    // "<unique@domain>"; MimeWriter makes one when it is empty.
    const QString &messageId() const { return m_messageId; }
    void setMessageId(const QString &messageId) { m_messageId = messageId; }

    // When the message was written; MimeWriter uses the current time when it is invalid.
    const QDateTime &date() const { return m_date; }
    void setDate(const QDateTime &date) { m_date = date; }

    // Gives the message an id and a date unless it has them, so that each retry of a
    // delivery sends the same message and receivers can tell a duplicate.
    void ensureIdentity();

private:
    MailAddress m_from;
    QList<MailAddress> m_to;
    QList<MailAddress> m_replyTo;
    QString m_subject;
    QString m_textBody;
    QString m_htmlBody;
    QList<QPair<QByteArray, QString>> m_headers;
    QString m_messageId;
    QDateTime m_date;
};

} // namespace shopdesk::mail
