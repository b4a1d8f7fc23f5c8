#pragma once

#include "domain/care/businesscalendar.h"
#include "domain/care/ticket.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace shopdesk::care {

// The shop's promises: per priority (optionally per priority and kind) how many business
// minutes a first response, the next update after a customer writes, and the resolution may
// take; when to warn; and how a breach escalates.
class ServiceLevels
{
public:
    // Business minutes, each at least 1 and at most maxTargetMinutes.
    struct Targets
    {
        qint64 firstResponseMinutes = 0;
        qint64 nextUpdateMinutes = 0;
        qint64 resolutionMinutes = 0;

        friend bool operator==(const Targets &a, const Targets &b)
        {
            return a.firstResponseMinutes == b.firstResponseMinutes &&
                   a.nextUpdateMinutes == b.nextUpdateMinutes &&
                   a.resolutionMinutes == b.resolutionMinutes;
        }
    };

    // A kind of nullopt is the priority's own policy; every priority has one.
    struct Policy
    {
        TicketPriority priority = TicketPriority::Normal;
        std::optional<TicketKind> kind;
        Targets targets;
    };

    // After a breach: level 1 notifies the assignee at the breach, level 2 moves the ticket
    // to the QA queue qaAfterMinutes business minutes later, level 3 notifies the managers
    // managersAfterMinutes after the breach (never before level 2).
    struct Escalation
    {
        qint64 qaAfterMinutes = 60;
        qint64 managersAfterMinutes = 240;
    };

    // Everything one ticket's clocks need.
    struct Terms
    {
        BusinessCalendar calendar = BusinessCalendar::standard();
        Targets targets;
        double warningShare = 0.8;
        Escalation escalation;
    };

    // A year of minutes: anything longer is a typing error, not a promise.
    static constexpr qint64 maxTargetMinutes = 366 * 24 * 60;

    // The standard calendar; urgent 30/60/240, high 60/240/960, normal 240/480/2400, low
    // 480/960/4800 minutes; warning at 80 %; QA after 60, managers after 240.
    static ServiceLevels standard();

    // {"calendar":{…},"warning_share":0.8,"policies":[{"priority":"high","kind":null,
    //  "first_response_minutes":60,"next_update_minutes":240,"resolution_minutes":960}],
    //  "escalation":{"qa_after_minutes":60,"managers_after_minutes":240}}. Every field is
    // required ("kind" may be null); anything wrong fails with invalid_service_levels, or
    // invalid_calendar for the calendar, details naming the field.
    static Result<ServiceLevels> fromJson(const QJsonObject &object);
    // The same shape, policies in priority order (low first), the priority's own before
    // its kinds.
    QJsonObject toJson() const;

    const BusinessCalendar &calendar() const { return m_calendar; }
    double warningShare() const { return m_warningShare; }
    Escalation escalation() const { return m_escalation; }
    QList<Policy> policies() const { return m_policies; }

    // The (priority, kind) policy if there is one, else the priority's own.
    Targets targetsFor(TicketPriority priority, std::optional<TicketKind> kind) const;
    Terms termsFor(TicketPriority priority, std::optional<TicketKind> kind) const;

private:
    ServiceLevels() = default;

    BusinessCalendar m_calendar = BusinessCalendar::standard();
    double m_warningShare = 0.8;
    Escalation m_escalation;
    QList<Policy> m_policies;
};

} // namespace shopdesk::care
