#pragma once

#include "domain/result.h"
#include "storage/actor.h"

#include <QHash>
#include <QRandomGenerator>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

// The care desk of the demo shop: over its last weeks, tickets about orders the way a shop
// gets them (broken or wrong items, late parcels, double charges, questions), answered,
// waiting, escalated to quality assurance and settled, resolved and closed — and a handful
// still open now, some close to their deadlines — plus the agents' follow-ups. Written
// through the real stores at past times, so every clock and history is what the server
// would have kept.
class DemoCare
{
public:
    DemoCare(storage::ShopStore &store, QRandomGenerator &random,
             const QHash<QString, storage::Actor> &actors);

    // Tickets over the `days` before `end` (UTC msecs); how many were made.
    Result<int> fill(qint64 end, int days, int ticketsPerDay);

private:
    // Answers, escalates, parks or resolves the ticket as time goes on, up to end.
    Result<void> workTicket(qint64 ticketId, qint64 openedAt, qint64 end, const QString &reply,
                            const QString &cause);
    Result<void> addFollowUp(qint64 customerId, qint64 ticketId, qint64 dueAt);

    storage::ShopStore &m_store;
    QRandomGenerator &m_random;
    const QHash<QString, storage::Actor> &m_actors;
};

} // namespace shopdesk::server
