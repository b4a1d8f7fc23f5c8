#include "domain/inbox/conversation.h"

#include "domain/enumwords.h"
#include "domain/tr.h"

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

namespace {

constexpr std::array<EnumWord<ConversationStatus>, 3> statuses = {{
    {ConversationStatus::Open, u"open"},
    {ConversationStatus::Snoozed, u"snoozed"},
    {ConversationStatus::Done, u"done"},
}};

constexpr std::array<EnumWord<InboxChannel>, 3> channels = {{
    {InboxChannel::Email, u"email"},
    {InboxChannel::Chat, u"chat"},
    {InboxChannel::Form, u"form"},
}};

constexpr std::array<EnumWord<MessageDirection>, 2> directions = {{
    {MessageDirection::In, u"in"},
    {MessageDirection::Out, u"out"},
}};

} // namespace

QList<ConversationStatus> allConversationStatuses()
{
    return enumValues(statuses);
}

QList<InboxChannel> allInboxChannels()
{
    return enumValues(channels);
}

QString conversationStatusName(ConversationStatus status)
{
    return enumWord(statuses, status);
}

QString inboxChannelName(InboxChannel channel)
{
    return enumWord(channels, channel);
}

QString messageDirectionName(MessageDirection direction)
{
    return enumWord(directions, direction);
}

Result<ConversationStatus> parseConversationStatus(const QString &name)
{
    return parseEnumWord(statuses, name, u"unknown_status"_s,
                         Tr::tr("\"%1\" is not a conversation status; the statuses are %2."));
}

Result<InboxChannel> parseInboxChannel(const QString &name)
{
    return parseEnumWord(channels, name, u"unknown_channel"_s,
                         Tr::tr("\"%1\" is not an inbox channel; the channels are %2."));
}

Result<MessageDirection> parseMessageDirection(const QString &name)
{
    return parseEnumWord(directions, name, u"unknown_direction"_s,
                         Tr::tr("\"%1\" is not a message direction; the directions are %2."));
}

bool conversationAllowsStatus(ConversationStatus from, ConversationStatus to)
{
    return !(from == ConversationStatus::Done && to == ConversationStatus::Snoozed);
}

} // namespace shopdesk::inbox
