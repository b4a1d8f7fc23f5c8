#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/care/timelinesource.h"

#include <QJsonArray>
#include <QList>

namespace shopdesk::storage {

class PersonalData;
class ShopStore;

// What tickets and follow-ups add to a customer's whole story: their events on the timeline,
// and their part in a merge, an export and an erasure.
class TicketCustomerData
{
public:
    // ticket_opened, ticket_message (every reply and note), ticket_status (status changes and
    // the escalation steps), the ticket mails (mail_sent), follow_up (at its due time).
    static QList<TimelineSource> timelineSources();
    // Moves the duplicate's tickets and follow-ups to the survivor, each with its change record.
    static Result<void> move(ShopStore &store, const Actor &actor, qint64 from, qint64 to);
    // The customers' tickets with lines, messages and history, and their follow-ups.
    static Result<QJsonArray> exportTickets(ShopStore &store, qint64 customerId);
    static Result<QJsonArray> exportFollowUps(ShopStore &store, qint64 customerId);
    // Clears what the customers' tickets and follow-ups say (subjects, messages, notes,
    // outcomes, the ticket mails) and rewrites their change records to match; the tickets,
    // their statuses, times and clocks stay.
    static Result<void> erase(ShopStore &store, const QList<qint64> &customerIds,
                              const PersonalData &data);
};

} // namespace shopdesk::storage
