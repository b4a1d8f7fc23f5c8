#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace shopdesk::care {

// One service-level clock of a ticket as the server computed it from the ticket's history:
// the client shows it, never works a deadline out itself.
struct ClockState
{
    enum class State { NotStarted, Running, Paused, Met };

    State state = State::NotStarted;
    QDateTime dueAt;  // invalid when the clock has no deadline
    QDateTime warnAt; // the warning before the breach
    qint64 usedMinutes = 0;
    qint64 targetMinutes = 0;
    bool breached = false;

    bool isRunning() const { return state == State::Running; }
    bool isPaused() const { return state == State::Paused; }

    // `state` is required ("running", "paused", "met", "not_started"); the rest reads as
    // empty when absent or null.
    static Result<ClockState> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::care
