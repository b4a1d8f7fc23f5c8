#include "domain/care/businesscalendar.h"

#include "domain/tr.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace shopdesk::care {

namespace {

constexpr qint64 secondsPerDay = 24 * 60 * 60;
constexpr int minutesPerDay = 24 * 60;

// The API's weekday words, Monday first as Qt::DayOfWeek counts.
constexpr std::array<const char16_t *, 7> dayNames = {u"mon", u"tue", u"wed", u"thu",
                                                      u"fri", u"sat", u"sun"};

QString dayName(int index)
{
    return QString::fromUtf16(dayNames.at(index));
}

Error calendarError(const QString &message, const QString &field, const QString &day = {})
{
    QJsonObject details{{u"field"_s, field}};
    if (!day.isEmpty())
        details.insert(u"day"_s, day);
    return Error{u"invalid_calendar"_s, message, details};
}

// "HH:MM" as minutes since midnight, or -1. "24:00" reads as 1440; the caller decides
// whether that is allowed where it stands.
int minuteOfDay(const QJsonValue &value)
{
    const QString text = value.toString();
    if (!value.isString() || text.size() != 5 || text.at(2) != u':')
        return -1;
    for (int i : {0, 1, 3, 4}) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > u'9')
            return -1;
    }
    const int hour = text.left(2).toInt();
    const int minute = text.mid(3).toInt();
    if (minute > 59 || hour > 24 || (hour == 24 && minute != 0))
        return -1;
    return hour * 60 + minute;
}

QString timeText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

Result<QList<BusinessCalendar::Interval>> readDay(const QJsonValue &value, const QString &day)
{
    using Intervals = QList<BusinessCalendar::Interval>;
    const QString field = u"hours."_s + day;
    if (!value.isArray()) {
        return calendarError(
            Tr::tr("The opening hours of \"%1\" must be a list of [open, close] pairs.").arg(day),
            field, day);
    }
    Intervals intervals;
    const QJsonArray pairs = value.toArray();
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QString where = u"%1[%2]"_s.arg(field).arg(i);
        const QJsonArray pair = pairs.at(i).toArray();
        if (!pairs.at(i).isArray() || pair.size() != 2) {
            return calendarError(
                Tr::tr("Opening hours %1 must be a pair of times, such as [\"09:00\", \"17:00\"].")
                    .arg(where),
                where, day);
        }
        const int open = minuteOfDay(pair.at(0));
        const int close = minuteOfDay(pair.at(1));
        if (open < 0 || open == minutesPerDay || close < 0) {
            return calendarError(Tr::tr("Opening hours %1 hold a time that is not HH:MM between "
                                        "00:00 and 23:59 (24:00 only as a closing time).")
                                     .arg(where),
                                 where, day);
        }
        intervals.append({open, close});
    }
    return intervals;
}

Result<QList<QDate>> readHolidays(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QList<QDate>();
    if (!value.isArray()) {
        return calendarError(Tr::tr("The holidays must be a list of dates (YYYY-MM-DD)."),
                             u"holidays"_s);
    }
    QList<QDate> holidays;
    const QJsonArray dates = value.toArray();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QString text = dates.at(i).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!dates.at(i).isString() || text.size() != 10 || !date.isValid()) {
            const QString where = u"holidays[%1]"_s.arg(i);
            return calendarError(
                Tr::tr("The holiday %1 is not a date written as YYYY-MM-DD.").arg(where), where);
        }
        holidays.append(date);
    }
    return holidays;
}

} // namespace

BusinessCalendar BusinessCalendar::standard()
{
    BusinessCalendar calendar;
    calendar.m_zone = QTimeZone("Europe/Berlin");
    for (int day = 0; day < 5; ++day)
        calendar.m_hours[day] = {Interval{9 * 60, 17 * 60}};
    return calendar;
}

Result<BusinessCalendar> BusinessCalendar::create(const QTimeZone &zone,
                                                  const std::array<QList<Interval>, 7> &hours,
                                                  const QList<QDate> &holidays)
{
    if (!zone.isValid()) {
        return calendarError(Tr::tr("The time zone is not a known time zone."), u"time_zone"_s);
    }
    BusinessCalendar calendar;
    calendar.m_zone = zone;
    bool open = false;
    for (int day = 0; day < 7; ++day) {
        QList<Interval> intervals = hours.at(day);
        const QString name = dayName(day);
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const Interval &interval = intervals.at(i);
            const QString where = u"hours.%1[%2]"_s.arg(name).arg(i);
            if (interval.open < 0 || interval.close > minutesPerDay ||
                interval.open >= interval.close) {
                return calendarError(
                    Tr::tr("Opening hours %1 (%2–%3) are empty or reversed: "
                           "the opening time must come before the closing time.")
                        .arg(where, timeText(interval.open), timeText(interval.close)),
                    where, name);
            }
        }
        std::sort(intervals.begin(), intervals.end(),
                  [](const Interval &a, const Interval &b) { return a.open < b.open; });
        for (qsizetype i = 1; i < intervals.size(); ++i) {
            if (intervals.at(i).open < intervals.at(i - 1).close) {
                return calendarError(Tr::tr("The opening hours of \"%1\" overlap: %2–%3 and %4–%5.")
                                         .arg(name, timeText(intervals.at(i - 1).open),
                                              timeText(intervals.at(i - 1).close),
                                              timeText(intervals.at(i).open),
                                              timeText(intervals.at(i).close)),
                                     u"hours."_s + name, name);
            }
        }
        open = open || !intervals.isEmpty();
        calendar.m_hours[day] = intervals;
    }
    if (!open) {
        return calendarError(Tr::tr("The calendar has no opening hours on any day of the week."),
                             u"hours"_s);
    }
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QString where = u"holidays[%1]"_s.arg(i);
        if (!holidays.at(i).isValid())
            return calendarError(Tr::tr("The holiday %1 is not a date.").arg(where), where);
        if (calendar.m_holidays.contains(holidays.at(i))) {
            return calendarError(Tr::tr("The holiday %1 (%2) is listed twice.")
                                     .arg(where, holidays.at(i).toString(Qt::ISODate)),
                                 where);
        }
        calendar.m_holidays.insert(holidays.at(i));
    }
    return calendar;
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"time_zone"_s && it.key() != u"hours"_s && it.key() != u"holidays"_s) {
            return calendarError(
                Tr::tr("The calendar has an unknown field \"%1\".").arg(it.key().left(40)),
                it.key().left(40));
        }
    }
    const QString zoneId = object.value(u"time_zone"_s).toString();
    const QTimeZone zone(zoneId.toUtf8());
    if (zoneId.isEmpty() || !zone.isValid()) {
        return calendarError(Tr::tr("The time zone \"%1\" is not a known time zone, such as "
                                    "\"Europe/Berlin\".")
                                 .arg(zoneId.left(60)),
                             u"time_zone"_s);
    }
    const QJsonValue hoursValue = object.value(u"hours"_s);
    if (!hoursValue.isObject()) {
        return calendarError(Tr::tr("The opening hours are missing: \"hours\" must be an object "
                                    "with the weekdays mon … sun."),
                             u"hours"_s);
    }
    const QJsonObject hoursObject = hoursValue.toObject();
    for (auto it = hoursObject.begin(); it != hoursObject.end(); ++it) {
        if (!std::any_of(dayNames.begin(), dayNames.end(), [&](const char16_t *name) {
                return it.key() == QString::fromUtf16(name);
            })) {
            return calendarError(Tr::tr("The opening hours name an unknown weekday \"%1\"; the "
                                        "weekdays are mon, tue, wed, thu, fri, sat and sun.")
                                     .arg(it.key().left(40)),
                                 u"hours."_s + it.key().left(40));
        }
    }
    std::array<QList<Interval>, 7> hours;
    for (int day = 0; day < 7; ++day) {
        const QJsonValue value = hoursObject.value(dayName(day));
        if (value.isUndefined())
            continue;
        auto intervals = readDay(value, dayName(day));
        if (!intervals)
            return intervals.error();
        hours[day] = intervals.value();
    }
    auto holidays = readHolidays(object.value(u"holidays"_s));
    if (!holidays)
        return holidays.error();
    return create(zone, hours, holidays.value());
}

QJsonObject BusinessCalendar::toJson() const
{
    QJsonObject hours;
    for (int day = 0; day < 7; ++day) {
        QJsonArray intervals;
        for (const Interval &interval : m_hours.at(day))
            intervals.append(QJsonArray{timeText(interval.open), timeText(interval.close)});
        hours.insert(dayName(day), intervals);
    }
    QJsonArray holidays;
    for (const QDate &date : this->holidays())
        holidays.append(date.toString(Qt::ISODate));
    return QJsonObject{{u"time_zone"_s, QString::fromUtf8(m_zone.id())},
                       {u"hours"_s, hours},
                       {u"holidays"_s, holidays}};
}

QList<QDate> BusinessCalendar::holidays() const
{
    QList<QDate> dates(m_holidays.begin(), m_holidays.end());
    std::sort(dates.begin(), dates.end());
    return dates;
}

QDate BusinessCalendar::localDate(qint64 instant) const
{
    return QDateTime::fromSecsSinceEpoch(instant, m_zone).date();
}

qint64 BusinessCalendar::instantOf(const QDate &date, int minuteOfDay, bool last) const
{
    // The wall-clock reading as if it were UTC; every offset in force around it is a
    // candidate, and a candidate is right when the zone has that offset at that instant.
    const qint64 wall =
        QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(minuteOfDay) * 60;
    const qint64 windowStart = wall - 2 * secondsPerDay;
    const qint64 windowEnd = wall + 2 * secondsPerDay;
    QList<int> offsets{m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC))};
    QList<std::pair<qint64, int>> transitions; // instant, offset before it
    QTimeZone::OffsetData next =
        m_zone.nextTransition(QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC));
    while (next.atUtc.isValid() && next.atUtc.toSecsSinceEpoch() <= windowEnd) {
        transitions.append({next.atUtc.toSecsSinceEpoch(), offsets.constLast()});
        offsets.append(next.offsetFromUtc);
        next = m_zone.nextTransition(next.atUtc);
    }
    std::optional<qint64> found;
    for (int offset : offsets) {
        const qint64 candidate = wall - offset;
        if (m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(candidate, Qt::UTC)) != offset)
            continue;
        if (!found || (last ? candidate > *found : candidate < *found))
            found = candidate;
    }
    if (found)
        return *found;
    // Skipped by a jump forward: the instant of the jump.
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const auto [at, before] = transitions.at(i);
        if (at + before <= wall && wall < at + offsets.at(i + 1))
            return at;
    }
    return wall - offsets.constFirst();
}

QList<BusinessCalendar::Span> BusinessCalendar::spansOn(const QDate &date) const
{
    QList<Span> spans;
    if (m_holidays.contains(date))
        return spans;
    for (const Interval &interval : m_hours.at(date.dayOfWeek() - 1)) {
        const qint64 start = instantOf(date, interval.open, false);
        const qint64 end = interval.close == minutesPerDay ? instantOf(date.addDays(1), 0, true)
                                                           : instantOf(date, interval.close, true);
        if (end > start)
            spans.append({start, end});
    }
    return spans;
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &startUtc, qint64 minutes) const
{
    if (minutes < 0 || minutes > std::numeric_limits<qint64>::max() / 60)
        return {};
    return addBusinessSeconds(startUtc, minutes * 60);
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime &startUtc, qint64 seconds) const
{
    if (!startUtc.isValid() || seconds < 0)
        return {};
    // Spans of neighbouring dates can overlap around a clock change; time before the cursor
    // has been counted already.
    qint64 cursor = startUtc.toSecsSinceEpoch();
    qint64 remaining = seconds;
    QDate day = localDate(cursor).addDays(-1);
    for (int i = 0; i < searchHorizonDays; ++i, day = day.addDays(1)) {
        for (const Span &span : spansOn(day)) {
            const qint64 from = std::max(span.first, cursor);
            if (span.second <= from)
                continue;
            if (remaining <= span.second - from)
                return QDateTime::fromSecsSinceEpoch(from + remaining, Qt::UTC);
            remaining -= span.second - from;
            cursor = span.second;
        }
    }
    return {};
}

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime &fromUtc,
                                                const QDateTime &toUtc) const
{
    return businessSecondsBetween(fromUtc, toUtc) / 60;
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &fromUtc,
                                                const QDateTime &toUtc) const
{
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return 0;
    qint64 cursor = fromUtc.toSecsSinceEpoch();
    const qint64 to = toUtc.toSecsSinceEpoch();
    const QDate last = localDate(to).addDays(1);
    qint64 total = 0;
    for (QDate day = localDate(cursor).addDays(-1); day <= last; day = day.addDays(1)) {
        for (const Span &span : spansOn(day)) {
            const qint64 from = std::max(span.first, cursor);
            const qint64 until = std::min(span.second, to);
            if (until > from)
                total += until - from;
            cursor = std::max(cursor, span.second);
        }
    }
    return total;
}

} // namespace shopdesk::care
