#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::storage {

// A file that came with a message. Its bytes are kept up to the server's size limit; above
// it only the name, type and size are, so the conversation can say what was not kept.
struct InboxAttachmentInput
{
    QString fileName;
    QString contentType; // "image/png", lower case
    qint64 size = 0;     // decoded bytes
    QByteArray data;     // empty when not kept
    bool kept = false;
};

// One message that reached the shop from outside: an e-mail fetched from the mailbox, or a
// chat or contact-form message the shop's website posted. The inbox files it into a
// conversation (e-mails by their threading headers, chats by the website's conversation id).
struct InboxArrival
{
    QString channel;         // "email", "chat" or "form"
    QString conversationKey; // chat and form: the website's conversation id; e-mail: empty

    // E-mail threading, without angle brackets; empty for chats.
    QString messageId;
    QString inReplyTo;
    QStringList references; // oldest first

    QString fromName;
    QString fromEmail; // lower case; empty when the message has none
    QString fromPhone; // as given

    QString subject;
    QString text; // plain text in UTF-8
    QString html; // already through the HTML sanitiser; empty when none
    QList<InboxAttachmentInput> attachments;
    QDateTime sentAt; // as the sender dated it; invalid when unknown

    // An automatic answer (Auto-Submitted, vacation replies): joins the conversation it
    // answers but never starts one and never counts as waiting for an answer.
    bool autoSubmitted = false;
    // The mail could not be read: kept with its size and whatever headers could be read.
    bool unreadable = false;
    qint64 rawSize = 0;
};

} // namespace shopdesk::storage
