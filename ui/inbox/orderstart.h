#pragma once

#include "client/inbox/conversationorder.h"
#include "domain/inbox/conversationrecord.h"

namespace shopdesk::ui {

// What "New order" hands to the order form from a conversation read with its messages: the
// customer, the subject, and the customer's messages since the shop last answered, joined
// (else the customer's newest readable one), with the newest one's author and time.
client::ConversationOrder orderStartOf(const inbox::ConversationRecord &conversation);

} // namespace shopdesk::ui
