#include "domain/care/clockstate.h"

#include "domain/jsonfields.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::care {

namespace {

Result<ClockState::State> parseState(const QString &name)
{
    if (name == u"not_started"_s)
        return ClockState::State::NotStarted;
    if (name == u"running"_s)
        return ClockState::State::Running;
    if (name == u"paused"_s)
        return ClockState::State::Paused;
    if (name == u"met"_s)
        return ClockState::State::Met;
    return Result<ClockState::State>::failure(
        u"unknown_state"_s, Tr::tr("\"%1\" is not a state of a service-level clock.").arg(name));
}

} // namespace

Result<ClockState> ClockState::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    ClockState clock;
    const QString state = fields.text(u"state"_s, JsonFields::Required);
    if (fields.ok()) {
        if (auto parsed = parseState(state))
            clock.state = parsed.value();
        else
            fields.reject(u"state"_s, parsed.error());
    }
    clock.dueAt = fields.time(u"due_at"_s);
    clock.warnAt = fields.time(u"warn_at"_s);
    clock.usedMinutes = fields.integer(u"used_minutes"_s);
    clock.targetMinutes = fields.integer(u"target_minutes"_s);
    clock.breached = fields.boolean(u"breached"_s);
    if (!fields.ok())
        return fields.error();
    return clock;
}

} // namespace shopdesk::care
