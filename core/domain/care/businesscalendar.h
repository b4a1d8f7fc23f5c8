#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <utility>

namespace shopdesk::care {

// When the shop counts time for its service levels: opening hours per weekday in one time
// zone's wall-clock time, minus holidays. Business time is real elapsed time inside the
// opening hours, so every answer depends only on the arguments and the calendar.
//
// Daylight-saving changes: each opening interval of a date is one stretch of real time from
// its open instant to its close instant. A wall-clock time the clocks skip (spring forward)
// stands for the instant the clocks jump, so minutes inside the skipped hour count nothing
// (02:00–03:00 on that night is 0 minutes, 01:00–04:00 is 120). A wall-clock time the clocks
// show twice (fall back) opens at its first occurrence and closes at its last, so the
// repeated hour counts once per real minute elapsed (02:00–03:00 on that night in
// Europe/Berlin is 120 minutes). Opening hours that avoid the change are unaffected: 09:00–
// 17:00 is 480 minutes on both change days.
class BusinessCalendar
{
public:
    // Local wall-clock minutes since midnight, [open, close); close may be 1440 ("24:00").
    struct Interval
    {
        int open = 0;
        int close = 0;

        friend bool operator==(const Interval &a, const Interval &b)
        {
            return a.open == b.open && a.close == b.close;
        }
    };

    // How far addBusinessMinutes looks ahead before it gives up (an invalid QDateTime).
    static constexpr int searchHorizonDays = 20 * 366;

    // Europe/Berlin, Monday to Friday 09:00–17:00, no holidays.
    static BusinessCalendar standard();

    // {"time_zone":"Europe/Berlin","hours":{"mon":[["09:00","17:00"]],…,"sun":[]},
    //  "holidays":["2026-12-25"]}. A weekday left out of "hours" is closed; "holidays" may be
    // left out. Anything wrong fails with invalid_calendar, details naming the field.
    static Result<BusinessCalendar> fromJson(const QJsonObject &object);
    // The same shape, every weekday written, holidays in date order.
    QJsonObject toJson() const;

    // From parts already checked by the caller; hours indexed Monday = 0 … Sunday = 6.
    static Result<BusinessCalendar> create(const QTimeZone &zone,
                                           const std::array<QList<Interval>, 7> &hours,
                                           const QList<QDate> &holidays);

    QTimeZone timeZone() const { return m_zone; }
    QList<Interval> hours(Qt::DayOfWeek day) const { return m_hours.at(day - 1); }
    QList<QDate> holidays() const;

    // The instant at which `minutes` business minutes have passed since startUtc. A start
    // outside the hours counts from the next opening; 0 minutes outside the hours is the next
    // opening, inside them the start itself. Invalid when minutes is negative or the time is
    // not reached within searchHorizonDays.
    QDateTime addBusinessMinutes(const QDateTime &startUtc, qint64 minutes) const;
    QDateTime addBusinessSeconds(const QDateTime &startUtc, qint64 seconds) const;

    // Business time in [fromUtc, toUtc), whole minutes rounded down; 0 when toUtc <= fromUtc.
    qint64 businessMinutesBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    qint64 businessSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;

    friend bool operator==(const BusinessCalendar &a, const BusinessCalendar &b)
    {
        return a.m_zone == b.m_zone && a.m_hours == b.m_hours && a.m_holidays == b.m_holidays;
    }

private:
    using Span = std::pair<qint64, qint64>; // [start, end) in seconds since the epoch

    BusinessCalendar() = default;

    // The opening hours of one local date as real time, in wall-clock order.
    QList<Span> spansOn(const QDate &date) const;
    // A local wall-clock time as seconds since the epoch, by the rules described above.
    qint64 instantOf(const QDate &date, int minuteOfDay, bool last) const;
    QDate localDate(qint64 instant) const;

    QTimeZone m_zone;
    std::array<QList<Interval>, 7> m_hours;
    QSet<QDate> m_holidays;
};

} // namespace shopdesk::care
