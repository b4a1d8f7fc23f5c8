#pragma once

#include "domain/care/servicelevels.h"
#include "domain/care/slaclock.h"
#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonObject>
#include <QList>

namespace shopdesk::storage {

// The service-level clocks of tickets, kept by the server from each ticket's history: the
// stored service levels (calendar and targets), each ticket's computed clocks, and the timed
// steps still to come (warning, breach, escalation levels), each fired exactly once — the
// step and its effect commit together, and a fired step is never taken again, also after a
// restart or by another server on the same database.
class TicketClocks
{
public:
    TicketClocks(Database &db, const StoreClock &clock, ChangeLog &log);

    static QList<MigrationStep> migrations();

    // The stored service levels, or the standard ones.
    Result<care::ServiceLevels> serviceLevels();
    // Stores them (a change record of entity service_levels); the tickets still open, whose
    // clocks now follow the new levels (the caller refreshes each).
    Result<QList<qint64>> setServiceLevels(const Actor &actor, const care::ServiceLevels &levels);

    // Computes the ticket's clocks from its history: stores them on the ticket and replaces
    // its steps still to come (the fired ones stay fired).
    Result<void> recompute(qint64 ticketId);

    // Steps due by now and not fired yet.
    Result<qint64> dueCount(qint64 now);
    // Fires every step due by now, once each, and applies it to its ticket (the history
    // records it; a breach raises the escalation level to 1, the QA step moves the ticket to
    // the QA queue, the managers' step raises it to 3). The tickets changed.
    Result<QList<qint64>> fireDue(qint64 now);

private:
    // The events the clocks are computed from, in order.
    Result<QList<care::SlaClock::Event>> history(qint64 ticketId);
    Result<void> applyStep(qint64 ticketId, const QString &step, qint64 now);

    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
