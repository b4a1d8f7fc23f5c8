#pragma once

#include "domain/inbox/conversation.h"
#include "domain/inbox/inboxmessagerecord.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::inbox {

// A conversation as GET /inbox/conversations/{id} and its change records carry it; lists and
// change records leave out `messages` and carry the newest message as `lastMessage`.
struct ConversationRecord
{
    qint64 id = 0;
    InboxChannel channel = InboxChannel::Email;
    QString subject;
    // As the server reads it now: a snooze whose time has passed reads as open.
    ConversationStatus status = ConversationStatus::Open;
    QDateTime snoozedUntil;
    QString assignee;      // empty: nobody
    qint64 customerId = 0; // 0: not matched to a customer yet
    QString customerName;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString conversationKey; // chats and forms: the website's id
    QString postedBy;        // chats and forms: the shop user that posted it
    qint64 ticketId = 0;
    QList<qint64> orderIds;
    QDateTime waitingSince; // the oldest customer message not answered yet; invalid: none
    QDateTime lastMessageAt;
    QDateTime createdAt;
    QString replyingUser; // an agent who announced an answer being typed
    QDateTime replyingUntil;
    int messageCount = 0;
    std::optional<InboxMessageRecord> lastMessage;
    QList<InboxMessageRecord> messages;

    // Whether it waits for the shop's answer: open (or snoozed past its time) and waiting.
    bool isWaiting() const;
    // Whether someone other than user is typing an answer at `now`.
    bool othersReplying(const QString &user, const QDateTime &now) const;

    // `id`, `channel` and `status` are required; the rest reads as empty when absent.
    static Result<ConversationRecord> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::inbox
