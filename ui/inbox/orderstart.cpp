#include "inbox/orderstart.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

client::ConversationOrder orderStartOf(const inbox::ConversationRecord &conversation)
{
    client::ConversationOrder order;
    order.conversationId = conversation.id;
    order.customerId = conversation.customerId;
    order.customerName =
        conversation.customerName.isEmpty() ? conversation.contactName : conversation.customerName;
    order.subject = conversation.subject;
    QStringList texts;
    for (const inbox::InboxMessageRecord &message : conversation.messages) {
        if (message.direction == inbox::MessageDirection::Out) {
            texts.clear();
            continue;
        }
        if (message.autoSubmitted || message.unreadable)
            continue;
        texts.append(message.text);
        order.from = message.author;
        order.at = message.at;
    }
    if (texts.isEmpty()) {
        for (auto it = conversation.messages.crbegin(); it != conversation.messages.crend(); ++it) {
            if (it->direction == inbox::MessageDirection::In && !it->unreadable) {
                texts.append(it->text);
                order.from = it->author;
                order.at = it->at;
                break;
            }
        }
    }
    order.text = texts.join(u"\n\n"_s);
    return order;
}

} // namespace shopdesk::ui
