#include "domain/inbox/conversationrecord.h"

#include "domain/jsonrecordfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

namespace {

// A message read by its own fromJson; its error becomes the field's.
std::optional<InboxMessageRecord> readMessage(JsonFields &fields, const QString &key,
                                              const QJsonObject &object)
{
    auto message = InboxMessageRecord::fromJson(object);
    if (!message) {
        fields.reject(key, message.error());
        return std::nullopt;
    }
    return message.value();
}

} // namespace

bool ConversationRecord::isWaiting() const
{
    return status == ConversationStatus::Open && waitingSince.isValid();
}

bool ConversationRecord::othersReplying(const QString &user, const QDateTime &now) const
{
    return !replyingUser.isEmpty() && replyingUser != user && replyingUntil > now;
}

Result<ConversationRecord> ConversationRecord::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    ConversationRecord conversation;
    conversation.id = fields.integer(u"id"_s, JsonFields::Required);
    conversation.channel = readWord(fields, u"channel"_s, parseInboxChannel, InboxChannel::Email);
    conversation.subject = fields.text(u"subject"_s);
    conversation.status =
        readWord(fields, u"status"_s, parseConversationStatus, ConversationStatus::Open);
    conversation.snoozedUntil = fields.time(u"snoozed_until"_s);
    conversation.assignee = fields.text(u"assignee"_s);
    conversation.customerId = fields.integer(u"customer_id"_s);
    conversation.customerName = fields.text(u"customer_name"_s);
    const QJsonObject contact = fields.object(u"contact"_s);
    conversation.contactName = contact.value(u"name"_s).toString();
    conversation.contactEmail = contact.value(u"email"_s).toString();
    conversation.contactPhone = contact.value(u"phone"_s).toString();
    conversation.conversationKey = fields.text(u"conversation_key"_s);
    conversation.postedBy = fields.text(u"posted_by"_s);
    conversation.ticketId = fields.integer(u"ticket_id"_s);
    for (const QJsonValue &id : fields.array(u"order_ids"_s))
        conversation.orderIds.append(id.toInteger());
    conversation.waitingSince = fields.time(u"waiting_since"_s);
    conversation.lastMessageAt = fields.time(u"last_message_at"_s);
    conversation.createdAt = fields.time(u"created_at"_s);
    const QJsonObject replying = fields.object(u"replying"_s);
    conversation.replyingUser = replying.value(u"user"_s).toString();
    conversation.replyingUntil =
        QDateTime::fromString(replying.value(u"until"_s).toString(), Qt::ISODateWithMs);
    conversation.messageCount = int(fields.integer(u"message_count"_s));
    const QJsonObject last = fields.object(u"last_message"_s);
    if (fields.ok() && !last.isEmpty())
        conversation.lastMessage = readMessage(fields, u"last_message"_s, last);
    const QJsonArray messages = fields.array(u"messages"_s);
    for (qsizetype i = 0; i < messages.size() && fields.ok(); ++i) {
        const QString key = fields.pathOf(u"messages"_s, i);
        if (!messages.at(i).isObject()) {
            fields.markInvalid(key);
            break;
        }
        if (auto message = readMessage(fields, key, messages.at(i).toObject()))
            conversation.messages.append(*message);
    }
    if (!fields.ok())
        return fields.error();
    return conversation;
}

} // namespace shopdesk::inbox
