#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace shopdesk::inbox {

// Where a conversation stands: open (to be answered or worked), snoozed until a time (it
// counts as open again once that time has passed), or done. A new message from the customer
// opens a snoozed or done conversation again.
enum class ConversationStatus { Open, Snoozed, Done };

// How a conversation reached the shop: the shop's mailbox, the website's chat, or its
// contact form.
enum class InboxChannel { Email, Chat, Form };

// Who wrote a message: the customer (in) or the shop (out).
enum class MessageDirection { In, Out };

QList<ConversationStatus> allConversationStatuses();
QList<InboxChannel> allInboxChannels();

// The API words: "open", "snoozed", "done"; "email", "chat", "form"; "in", "out".
QString conversationStatusName(ConversationStatus status);
QString inboxChannelName(InboxChannel channel);
QString messageDirectionName(MessageDirection direction);

// Reads an API word; anything else fails with unknown_status, unknown_channel or
// unknown_direction.
Result<ConversationStatus> parseConversationStatus(const QString &name);
Result<InboxChannel> parseInboxChannel(const QString &name);
Result<MessageDirection> parseMessageDirection(const QString &name);

// The one rule for status changes, asked by the server before it writes and by the client
// before it offers the action: a done conversation is opened again before it is snoozed;
// every other change is allowed (snoozing a snoozed one sets a new time).
bool conversationAllowsStatus(ConversationStatus from, ConversationStatus to);

} // namespace shopdesk::inbox
