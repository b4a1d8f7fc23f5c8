#include "domain/care/slaclock.h"

#include "domain/jsonfields.h"
#include "domain/tr.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::care {

namespace {

constexpr std::array<SlaClock::Clock, 3> clocks = {
    SlaClock::Clock::FirstResponse, SlaClock::Clock::NextUpdate, SlaClock::Clock::Resolution};

constexpr std::array<SlaClock::Moment, 3> escalationMoments = {
    SlaClock::Moment::Escalate1, SlaClock::Moment::Escalate2, SlaClock::Moment::Escalate3};

int indexOf(SlaClock::Clock clock)
{
    return int(clock);
}

bool counting(SlaClock::State state)
{
    return state == SlaClock::State::Running || state == SlaClock::State::Paused;
}

Error historyError(const QString &message, qsizetype index)
{
    return Error{u"invalid_history"_s, message, QJsonObject{{u"event"_s, qint64(index)}}};
}

Result<void> checkHistory(const QList<SlaClock::Event> &history)
{
    if (history.isEmpty() || history.constFirst().kind != SlaClock::Event::Kind::Created)
        return historyError(Tr::tr("A ticket's history starts with its creation."), 0);
    for (qsizetype i = 0; i < history.size(); ++i) {
        const SlaClock::Event &event = history.at(i);
        if (!event.at.isValid())
            return historyError(Tr::tr("Event %1 of the ticket's history has no time.").arg(i), i);
        if (i > 0 && event.kind == SlaClock::Event::Kind::Created) {
            return historyError(Tr::tr("Event %1 creates the ticket a second time.").arg(i), i);
        }
        if (i > 0 && event.at < history.at(i - 1).at) {
            return historyError(
                Tr::tr("Event %1 of the ticket's history is earlier than the one before.").arg(i),
                i);
        }
    }
    return {};
}

} // namespace

SlaClock::SlaClock(const ServiceLevels::Terms &terms)
    : m_terms(terms)
{}

Result<SlaClock> SlaClock::compute(const ServiceLevels::Terms &terms, const QList<Event> &history)
{
    const auto checked = checkHistory(history);
    if (!checked)
        return checked.error();
    SlaClock clock(terms);
    clock.m_at = history.constFirst().at.toUTC();
    for (const Event &event : history) {
        clock.advanceTo(event.at.toUTC());
        clock.apply(event);
    }
    return clock;
}

qint64 SlaClock::targetSeconds(Clock clock) const
{
    const ServiceLevels::Targets &targets = m_terms.targets;
    switch (clock) {
    case Clock::FirstResponse:
        return targets.firstResponseMinutes * 60;
    case Clock::NextUpdate:
        return targets.nextUpdateMinutes * 60;
    case Clock::Resolution:
        return targets.resolutionMinutes * 60;
    }
    return 0;
}

qint64 SlaClock::warningSeconds(Clock clock) const
{
    // Rounded to the second; a warning always comes before the breach.
    const qint64 target = targetSeconds(clock);
    const qint64 warning = std::llround(double(target) * m_terms.warningShare);
    return std::clamp<qint64>(warning, 1, std::max<qint64>(target - 1, 1));
}

std::array<qint64, 3> SlaClock::escalationSeconds(Clock clock) const
{
    const qint64 target = targetSeconds(clock);
    return {target, target + m_terms.escalation.qaAfterMinutes * 60,
            target + m_terms.escalation.managersAfterMinutes * 60};
}

void SlaClock::advanceTo(const QDateTime &at)
{
    std::optional<Clock> breachedNow;
    std::optional<qint64> elapsedSinceLast;
    for (Clock clock : clocks) {
        Run &run = m_runs[indexOf(clock)];
        if (run.state != State::Running)
            continue;
        if (!elapsedSinceLast)
            elapsedSinceLast = m_terms.calendar.businessSecondsBetween(m_at, at);
        const qint64 elapsed = *elapsedSinceLast;
        const qint64 warning = warningSeconds(clock);
        const qint64 target = targetSeconds(clock);
        if (run.used < warning && run.used + elapsed >= warning)
            run.warnedAt = m_terms.calendar.addBusinessSeconds(m_at, warning - run.used);
        if (run.used < target && run.used + elapsed >= target) {
            run.breachedAt = m_terms.calendar.addBusinessSeconds(m_at, target - run.used);
            // The chain follows the earliest breach; on a tie the clock listed first.
            if (!breachedNow || run.breachedAt < m_runs[indexOf(*breachedNow)].breachedAt)
                breachedNow = clock;
        }
        run.used += elapsed;
    }
    if (!m_chainClock && breachedNow) {
        m_chainClock = breachedNow;
        m_chainCycle = m_runs[indexOf(*breachedNow)].cycle;
    }
    if (m_chainClock) {
        const Run &chain = m_runs[indexOf(*m_chainClock)];
        if (chain.cycle == m_chainCycle) {
            const auto steps = escalationSeconds(*m_chainClock);
            m_chainLevel = int(std::count_if(steps.begin(), steps.end(),
                                             [&](qint64 step) { return chain.used >= step; }));
        }
    }
    m_at = at;
}

void SlaClock::start(Clock clock)
{
    Run &run = m_runs[indexOf(clock)];
    run = Run{State::Running, run.cycle + 1, 0, {}, {}, {}};
}

void SlaClock::meet(Clock clock, const QDateTime &at)
{
    Run &run = m_runs[indexOf(clock)];
    if (!counting(run.state))
        return;
    run.state = State::Met;
    run.metAt = at;
}

void SlaClock::apply(const Event &event)
{
    Run &firstResponse = m_runs[indexOf(Clock::FirstResponse)];
    Run &nextUpdate = m_runs[indexOf(Clock::NextUpdate)];
    Run &resolution = m_runs[indexOf(Clock::Resolution)];
    const bool wasDone = ticketStatusIsDone(m_status);
    switch (event.kind) {
    case Event::Kind::Created:
        m_status = TicketStatus::New;
        start(Clock::FirstResponse);
        start(Clock::Resolution);
        break;
    case Event::Kind::CustomerMessage:
        if (firstResponse.state == State::Met && !wasDone && !counting(nextUpdate.state))
            start(Clock::NextUpdate);
        break;
    case Event::Kind::PublicReply:
        meet(Clock::FirstResponse, m_at);
        meet(Clock::NextUpdate, m_at);
        break;
    case Event::Kind::StatusChanged:
        m_status = event.status;
        if (!wasDone && ticketStatusIsDone(m_status)) {
            meet(Clock::Resolution, m_at);
            meet(Clock::NextUpdate, m_at);
        } else if (wasDone && !ticketStatusIsDone(m_status)) {
            if (resolution.state == State::Met) {
                resolution.state = State::Running;
                resolution.metAt = {};
            }
            if (firstResponse.state == State::Met)
                start(Clock::NextUpdate);
        }
        break;
    }
    followStatus();
}

void SlaClock::followStatus()
{
    const bool active = !ticketStatusPausesClock(m_status) && !ticketStatusIsDone(m_status);
    for (Run &run : m_runs) {
        if (counting(run.state))
            run.state = active ? State::Running : State::Paused;
    }
}

QDateTime SlaClock::whenUsed(const Run &run, qint64 used) const
{
    return m_terms.calendar.addBusinessSeconds(m_at, used - run.used);
}

SlaClock::Reading SlaClock::reading(Clock clock) const
{
    const Run &run = m_runs[indexOf(clock)];
    Reading reading;
    reading.clock = clock;
    reading.state = run.state;
    reading.cycle = run.cycle;
    reading.usedSeconds = run.used;
    reading.targetMinutes = targetSeconds(clock) / 60;
    reading.metAt = run.metAt;
    reading.breachedAt = run.breachedAt;
    reading.breached = run.breachedAt.isValid();
    if (run.state == State::Running) {
        const qint64 target = targetSeconds(clock);
        const qint64 warning = warningSeconds(clock);
        reading.dueAt = run.used < target ? whenUsed(run, target) : run.breachedAt;
        reading.warnAt = run.used < warning ? whenUsed(run, warning) : run.warnedAt;
    }
    return reading;
}

SlaClock::Reading SlaClock::readingAt(Clock clock, const QDateTime &now) const
{
    Reading reading = this->reading(clock);
    if (reading.state != State::Running || !now.isValid() || now <= m_at)
        return reading;
    reading.usedSeconds += m_terms.calendar.businessSecondsBetween(m_at, now);
    if (!reading.breached && reading.dueAt.isValid() && now >= reading.dueAt) {
        reading.breached = true;
        reading.breachedAt = reading.dueAt;
    }
    return reading;
}

std::optional<SlaClock::Clock> SlaClock::plannedChain() const
{
    if (m_chainClock) {
        const Run &chain = m_runs[indexOf(*m_chainClock)];
        if (chain.cycle == m_chainCycle && chain.state == State::Running)
            return m_chainClock;
        return std::nullopt;
    }
    std::optional<Clock> first;
    QDateTime firstDue;
    for (Clock clock : clocks) {
        const Reading candidate = reading(clock);
        if (candidate.state != State::Running || !candidate.dueAt.isValid())
            continue;
        if (!first || candidate.dueAt < firstDue) {
            first = clock;
            firstDue = candidate.dueAt;
        }
    }
    return first;
}

QList<SlaClock::Due> SlaClock::nextEvents() const
{
    QList<Due> events;
    auto plan = [&](Clock clock, Moment what, qint64 used) {
        const Run &run = m_runs[indexOf(clock)];
        if (run.used >= used)
            return;
        const QDateTime at = whenUsed(run, used);
        if (at.isValid())
            events.append(Due{clock, run.cycle, what, at});
    };
    for (Clock clock : clocks) {
        if (m_runs[indexOf(clock)].state != State::Running)
            continue;
        plan(clock, Moment::Warning, warningSeconds(clock));
        plan(clock, Moment::Breach, targetSeconds(clock));
    }
    if (const auto chain = plannedChain()) {
        const auto steps = escalationSeconds(*chain);
        for (std::size_t level = 0; level < steps.size(); ++level)
            plan(*chain, escalationMoments.at(level), steps.at(level));
    }
    std::sort(events.begin(), events.end(), [](const Due &a, const Due &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.clock != b.clock)
            return a.clock < b.clock;
        return a.what < b.what;
    });
    return events;
}

QString SlaClock::clockName(Clock clock)
{
    switch (clock) {
    case Clock::FirstResponse:
        return u"first_response"_s;
    case Clock::NextUpdate:
        return u"next_update"_s;
    case Clock::Resolution:
        return u"resolution"_s;
    }
    return {};
}

QString SlaClock::stateName(State state)
{
    switch (state) {
    case State::NotStarted:
        return u"not_started"_s;
    case State::Running:
        return u"running"_s;
    case State::Paused:
        return u"paused"_s;
    case State::Met:
        return u"met"_s;
    }
    return {};
}

QString SlaClock::momentName(Moment moment)
{
    switch (moment) {
    case Moment::Warning:
        return u"warning"_s;
    case Moment::Breach:
        return u"breach"_s;
    case Moment::Escalate1:
        return u"escalate_1"_s;
    case Moment::Escalate2:
        return u"escalate_2"_s;
    case Moment::Escalate3:
        return u"escalate_3"_s;
    }
    return {};
}

QJsonObject SlaClock::readingJson(const Reading &reading)
{
    return QJsonObject{{u"state"_s, stateName(reading.state)},
                       {u"due_at"_s, isoTimeOrNull(reading.dueAt)},
                       {u"warn_at"_s, isoTimeOrNull(reading.warnAt)},
                       {u"used_minutes"_s, reading.usedMinutes()},
                       {u"target_minutes"_s, reading.targetMinutes},
                       {u"met_at"_s, isoTimeOrNull(reading.metAt)},
                       {u"breached"_s, reading.breached},
                       {u"breached_at"_s, isoTimeOrNull(reading.breachedAt)}};
}

QJsonObject SlaClock::toJson() const
{
    return toJson(m_at);
}

QJsonObject SlaClock::toJson(const QDateTime &now) const
{
    QJsonObject json;
    for (Clock clock : clocks)
        json.insert(clockName(clock), readingJson(readingAt(clock, now)));
    json.insert(u"escalation"_s,
                QJsonObject{{u"clock"_s,
                             m_chainClock ? QJsonValue(clockName(*m_chainClock)) : QJsonValue()},
                            {u"level"_s, m_chainLevel}});
    return json;
}

QJsonArray SlaClock::nextEventsJson() const
{
    QJsonArray events;
    for (const Due &due : nextEvents()) {
        events.append(QJsonObject{{u"clock"_s, clockName(due.clock)},
                                  {u"cycle"_s, due.cycle},
                                  {u"what"_s, momentName(due.what)},
                                  {u"at"_s, isoTimeText(due.at)}});
    }
    return events;
}

} // namespace shopdesk::care
