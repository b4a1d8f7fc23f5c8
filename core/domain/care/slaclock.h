#pragma once

#include "domain/care/servicelevels.h"
#include "domain/care/ticket.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace shopdesk::care {

// A ticket's three service-level clocks, worked out from its history alone: the same
// history and terms always give the same deadlines, whatever the time is now.
//
// - first_response starts when the ticket is created and is met by the first public reply.
// - next_update starts when the customer writes to a ticket that has had its first response
//   (and is not resolved or closed), and on a reopen after a first response; any public
//   reply meets it, as does resolving or closing. A customer message while one is already
//   counting keeps the older deadline. Each start is a new cycle (1, 2, …).
// - resolution starts when the ticket is created and is met when it is resolved or closed;
//   a reopen resumes it with the business time already used.
// Clocks count business time (the terms' calendar) only while the ticket is neither
// waiting (on the customer or a third party) nor done; a first_response clock still
// counting when the ticket is resolved or closed is held (paused) until a reopen.
//
// Escalation: one chain a ticket, on the first clock (and cycle) that breaches. Level 1 is
// the breach itself, level 2 comes when that clock has used qa_after_minutes beyond its
// target, level 3 at managers_after_minutes beyond it. The chain counts on that clock's own
// time, so it stands still while the clock is paused and ends when the clock is met; later
// breaches of other clocks start no new chain. Until something breaches, nextEvents()
// plans the chain on the running clock that is due first.
class SlaClock
{
public:
    enum class Clock { FirstResponse, NextUpdate, Resolution };
    enum class State { NotStarted, Running, Paused, Met };
    enum class Moment { Warning, Breach, Escalate1, Escalate2, Escalate3 };

    // One entry of a ticket's history, in time order. Internal notes are not events.
    struct Event
    {
        enum class Kind {
            Created,         // the ticket starts as new; status is not read
            CustomerMessage, // the customer wrote
            PublicReply,     // an agent answered the customer
            StatusChanged    // to `status`
        };
        QDateTime at;
        Kind kind = Kind::Created;
        TicketStatus status = TicketStatus::New;
    };

    // Where one clock stands.
    struct Reading
    {
        Clock clock = Clock::FirstResponse;
        State state = State::NotStarted;
        int cycle = 0;          // 0 before the clock first starts
        qint64 usedSeconds = 0; // business time used in this cycle
        qint64 targetMinutes = 0;
        QDateTime dueAt;      // only while running: when the target is used up (past if breached)
        QDateTime warnAt;     // only while running: when the warning share is used up
        QDateTime metAt;      // only when met
        QDateTime breachedAt; // when this cycle used up its target, if it has
        bool breached = false;

        qint64 usedMinutes() const { return usedSeconds / 60; }
    };

    // A moment still to come after the last history event. The server fires each once,
    // known by (clock, cycle, what), and after every new event replaces the moments it has
    // not fired yet with the new list: a threshold already reached is never listed again,
    // a pause leaves none for the paused clocks, a resume plans them again.
    struct Due
    {
        Clock clock = Clock::FirstResponse;
        int cycle = 0;
        Moment what = Moment::Warning;
        QDateTime at;

        friend bool operator==(const Due &a, const Due &b)
        {
            return a.clock == b.clock && a.cycle == b.cycle && a.what == b.what && a.at == b.at;
        }
    };

    // Fails with invalid_history when the history is empty, does not start with Created,
    // has a second Created, an invalid time, or times out of order.
    static Result<SlaClock> compute(const ServiceLevels::Terms &terms, const QList<Event> &history);

    // As of the last history event.
    Reading reading(Clock clock) const;
    // As of `now` (no earlier than the last event): a running clock's used time grows and it
    // is breached once now reaches its due time.
    Reading readingAt(Clock clock, const QDateTime &now) const;
    // In time order (then clock, then moment). Moments beyond the calendar's search horizon
    // are left out, as is a running clock's due time then.
    QList<Due> nextEvents() const;
    QDateTime lastEventAt() const { return m_at; }

    // The clock the escalation chain follows and the level it reached by the last event;
    // nothing and 0 before any breach.
    std::optional<Clock> escalationClock() const { return m_chainClock; }
    int escalationLevel() const { return m_chainLevel; }

    // {"first_response":{"state":"running","due_at":"…Z","warn_at":"…Z","used_minutes":12,
    //  "target_minutes":60,"met_at":null,"breached":false,"breached_at":null},
    //  "next_update":{…},"resolution":{…},"escalation":{"clock":null,"level":0}}
    QJsonObject toJson() const;
    QJsonObject toJson(const QDateTime &now) const;
    // [{"clock":"first_response","cycle":1,"what":"warning","at":"…Z"}, …]
    QJsonArray nextEventsJson() const;

    // "first_response", "next_update", "resolution"; "not_started", "running", "paused",
    // "met"; "warning", "breach", "escalate_1", "escalate_2", "escalate_3".
    static QString clockName(Clock clock);
    static QString stateName(State state);
    static QString momentName(Moment moment);

private:
    struct Run
    {
        State state = State::NotStarted;
        int cycle = 0;
        qint64 used = 0; // seconds
        QDateTime metAt;
        QDateTime warnedAt;
        QDateTime breachedAt;
    };

    explicit SlaClock(const ServiceLevels::Terms &terms);

    void advanceTo(const QDateTime &at);
    void apply(const Event &event);
    void start(Clock clock);
    void meet(Clock clock, const QDateTime &at);
    void followStatus();

    qint64 targetSeconds(Clock clock) const;
    qint64 warningSeconds(Clock clock) const;
    // Used seconds at which escalation level 1, 2, 3 of a clock is reached.
    std::array<qint64, 3> escalationSeconds(Clock clock) const;
    // When a running clock reaches `used` seconds, counted from the last event.
    QDateTime whenUsed(const Run &run, qint64 used) const;
    std::optional<Clock> plannedChain() const;
    static QJsonObject readingJson(const Reading &reading);

    ServiceLevels::Terms m_terms;
    std::array<Run, 3> m_runs;
    TicketStatus m_status = TicketStatus::New;
    QDateTime m_at;
    std::optional<Clock> m_chainClock;
    int m_chainCycle = 0;
    int m_chainLevel = 0;
};

} // namespace shopdesk::care
