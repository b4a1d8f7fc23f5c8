#include "domain/inbox/conversation.h"

#include "domain/tr.h"

#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

namespace {

template<typename Enum>
struct Word
{
    Enum value;
    const char16_t *name;
};

constexpr std::array<Word<ConversationStatus>, 3> statuses = {{
    {ConversationStatus::Open, u"open"},
    {ConversationStatus::Snoozed, u"snoozed"},
    {ConversationStatus::Done, u"done"},
}};

constexpr std::array<Word<InboxChannel>, 3> channels = {{
    {InboxChannel::Email, u"email"},
    {InboxChannel::Chat, u"chat"},
    {InboxChannel::Form, u"form"},
}};

constexpr std::array<Word<MessageDirection>, 2> directions = {{
    {MessageDirection::In, u"in"},
    {MessageDirection::Out, u"out"},
}};

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const std::array<Word<Enum>, N> &words)
{
    QList<Enum> all;
    for (const Word<Enum> &word : words)
        all.append(word.value);
    return all;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<Word<Enum>, N> &words, Enum value)
{
    for (const Word<Enum> &word : words) {
        if (word.value == value)
            return QString::fromUtf16(word.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
Result<Enum> parse(const std::array<Word<Enum>, N> &words, const QString &name, const QString &code,
                   const QString &message)
{
    QStringList known;
    for (const Word<Enum> &word : words) {
        if (name == QString::fromUtf16(word.name))
            return word.value;
        known.append(QString::fromUtf16(word.name));
    }
    return Result<Enum>::failure(code, message.arg(name.left(40), known.join(u", "_s)),
                                 QJsonObject{{u"value"_s, name.left(40)}});
}

} // namespace

QList<ConversationStatus> allConversationStatuses()
{
    return valuesOf(statuses);
}

QList<InboxChannel> allInboxChannels()
{
    return valuesOf(channels);
}

QString conversationStatusName(ConversationStatus status)
{
    return nameOf(statuses, status);
}

QString inboxChannelName(InboxChannel channel)
{
    return nameOf(channels, channel);
}

QString messageDirectionName(MessageDirection direction)
{
    return nameOf(directions, direction);
}

Result<ConversationStatus> parseConversationStatus(const QString &name)
{
    return parse(statuses, name, u"unknown_status"_s,
                 Tr::tr("\"%1\" is not a conversation status; the statuses are %2."));
}

Result<InboxChannel> parseInboxChannel(const QString &name)
{
    return parse(channels, name, u"unknown_channel"_s,
                 Tr::tr("\"%1\" is not an inbox channel; the channels are %2."));
}

Result<MessageDirection> parseMessageDirection(const QString &name)
{
    return parse(directions, name, u"unknown_direction"_s,
                 Tr::tr("\"%1\" is not a message direction; the directions are %2."));
}

bool conversationAllowsStatus(ConversationStatus from, ConversationStatus to)
{
    return !(from == ConversationStatus::Done && to == ConversationStatus::Snoozed);
}

} // namespace shopdesk::inbox
