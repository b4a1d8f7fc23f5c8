#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/care/timelinesource.h"

#include <QJsonArray>
#include <QList>

namespace shopdesk::storage {

class PersonalData;
class ShopStore;

// What the inbox adds to a customer's whole story: every message in and out on the
// timeline, and the conversations' part in a merge, an export and an erasure.
class InboxCustomerData
{
public:
    // inbox_message: each message of the customer's conversations (status: "in" or "out";
    // channel as detail), and the replies e-mailed to them (mail_sent).
    static QList<TimelineSource> timelineSources();
    // Moves the duplicate's conversations to the survivor, each with its change record.
    static Result<void> move(ShopStore &store, const Actor &actor, qint64 from, qint64 to);
    // The customer's conversations with their messages.
    static Result<QJsonArray> exportConversations(ShopStore &store, qint64 customerId);
    // Clears what the customers' conversations say and who they came from (contact, subject,
    // messages, file names, the replies mailed) and rewrites their change records to match;
    // the conversations, their times and links stay.
    static Result<void> erase(ShopStore &store, const QList<qint64> &customerIds,
                              const PersonalData &data);
};

} // namespace shopdesk::storage
