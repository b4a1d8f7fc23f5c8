#pragma once

#include "mail/mailaddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::mail {

// A file that came with a message. Its bytes are kept up to the reader's size limit; above
// it only the name, type and size are, so the conversation can say what was not kept.
struct MailAttachment
{
    QString fileName;
    QString contentType; // "image/png", lower case
    qint64 size = 0;     // decoded bytes
    QByteArray data;     // empty when not kept
    bool kept = false;
};

// One received message as the inbox needs it: who, about what, in reply to which message,
// its text in UTF-8 whatever character sets it came in, and what kind of message it is.
struct IncomingMail
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> replyTo;
    QString subject;
    QString messageId;      // without angle brackets
    QString inReplyTo;      // without angle brackets; empty when none
    QStringList references; // oldest first, without angle brackets
    QDateTime date;         // invalid when the message has none or a broken one
    QString text;           // the plain parts, joined
    QString html;           // the first HTML part, unsanitised
    QList<MailAttachment> attachments;

    // An automatic answer (Auto-Submitted other than "no", a vacation or list reply): never
    // starts a conversation and is never answered.
    bool autoSubmitted = false;
    // A delivery failure report: the addresses that could not be reached.
    bool bounce = false;
    QStringList failedRecipients;
};

} // namespace shopdesk::mail
