#pragma once

#include "domain/inbox/conversation.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopdesk::inbox {

// A file that came with a message; its bytes are kept once by their SHA-256, or only its
// name, type and size when it was over the size limit.
struct InboxAttachmentRecord
{
    qint64 id = 0;
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha256; // empty when not kept
    bool kept = false;
};

// One message of a conversation as GET /inbox/conversations/{id} and the change records
// carry it.
struct InboxMessageRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    MessageDirection direction = MessageDirection::In;
    QString author; // the sender's name, or the agent's user name
    QString text;
    QString html;      // sanitised; empty when none
    QString messageId; // e-mail only, without angle brackets
    QString inReplyTo;
    bool autoSubmitted = false;
    bool unreadable = false;
    qint64 rawSize = 0;
    QDateTime sentAt;        // as the sender dated it; invalid when unknown
    QDateTime at;            // when the shop received or wrote it
    qint64 mailOutboxId = 0; // an e-mailed reply's outbox entry; 0 for none
    QList<InboxAttachmentRecord> attachments;

    // `id`, `direction` and `text` are required; the rest reads as empty when absent.
    static Result<InboxMessageRecord> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::inbox
