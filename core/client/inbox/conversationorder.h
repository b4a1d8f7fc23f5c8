#pragma once

#include <QDateTime>
#include <QString>

namespace shopdesk::client {

// What an order started from a conversation knows of it: the customer it is for, and the
// customer's message to show beside the order form and to read proposed lines from.
struct ConversationOrder
{
    qint64 conversationId = 0;
    qint64 customerId = 0; // 0: the conversation has no customer yet
    QString customerName;
    QString subject;
    QString from; // the message's author
    QDateTime at;
    QString text; // the customer's newest message (unread earlier ones before it)
};

} // namespace shopdesk::client
