#include "domain/inbox/inboxmessagerecord.h"

#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

namespace {

InboxAttachmentRecord readAttachment(JsonFields &fields)
{
    InboxAttachmentRecord attachment;
    attachment.id = fields.integer(u"id"_s, JsonFields::Required);
    attachment.fileName = fields.text(u"file_name"_s);
    attachment.contentType = fields.text(u"content_type"_s);
    attachment.size = fields.integer(u"size"_s);
    attachment.sha256 = fields.text(u"sha256"_s);
    attachment.kept = fields.boolean(u"kept"_s);
    return attachment;
}

} // namespace

Result<InboxMessageRecord> InboxMessageRecord::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    InboxMessageRecord message;
    message.id = fields.integer(u"id"_s, JsonFields::Required);
    message.conversationId = fields.integer(u"conversation_id"_s);
    const QString direction = fields.text(u"direction"_s, JsonFields::Required);
    if (fields.ok()) {
        auto parsed = parseMessageDirection(direction);
        if (parsed)
            message.direction = parsed.value();
        else
            fields.reject(u"direction"_s, parsed.error());
    }
    message.author = fields.text(u"author"_s);
    message.text = fields.text(u"text"_s, JsonFields::Required);
    message.html = fields.text(u"html"_s);
    message.messageId = fields.text(u"message_id"_s);
    message.inReplyTo = fields.text(u"in_reply_to"_s);
    message.autoSubmitted = fields.boolean(u"auto_submitted"_s);
    message.unreadable = fields.boolean(u"unreadable"_s);
    message.rawSize = fields.integer(u"raw_size"_s);
    message.sentAt = fields.time(u"sent_at"_s);
    message.at = fields.time(u"at"_s);
    message.mailOutboxId = fields.integer(u"mail_outbox_id"_s);
    const QJsonArray attachments = fields.array(u"attachments"_s);
    for (qsizetype i = 0; i < attachments.size() && fields.ok(); ++i) {
        if (!attachments.at(i).isObject()) {
            fields.markInvalid(fields.pathOf(u"attachments"_s, i));
            break;
        }
        JsonFields inner(attachments.at(i).toObject(), fields.pathOf(u"attachments"_s, i));
        message.attachments.append(readAttachment(inner));
        fields.adopt(inner);
    }
    if (!fields.ok())
        return fields.error();
    return message;
}

} // namespace shopdesk::inbox
