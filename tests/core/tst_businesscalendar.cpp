#include "domain/care/businesscalendar.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::care;

namespace {

QJsonArray hours(std::initializer_list<std::pair<const char16_t *, const char16_t *>> intervals)
{
    QJsonArray list;
    for (const auto &[open, close] : intervals)
        list.append(QJsonArray{QString::fromUtf16(open), QString::fromUtf16(close)});
    return list;
}

QJsonObject weekdays(const QJsonArray &day, const QJsonObject &others = {})
{
    QJsonObject week{
        {u"mon"_s, day}, {u"tue"_s, day}, {u"wed"_s, day}, {u"thu"_s, day}, {u"fri"_s, day}};
    for (auto it = others.begin(); it != others.end(); ++it)
        week.insert(it.key(), it.value());
    return week;
}

// The calendars the cases use, by name.
QJsonObject calendarJson(const QString &name)
{
    const QJsonArray nineToFive = hours({{u"09:00", u"17:00"}});
    const QJsonArray mondayHour = hours({{u"09:00", u"10:00"}});
    if (name == u"office"_s) {
        return {{u"time_zone"_s, u"Europe/Berlin"_s},
                {u"hours"_s, weekdays(nineToFive)},
                {u"holidays"_s, QJsonArray{u"2026-12-25"_s, u"2026-12-26"_s}}};
    }
    if (name == u"split"_s) {
        return {{u"time_zone"_s, u"Europe/Berlin"_s},
                {u"hours"_s,
                 weekdays(hours({{u"09:00", u"12:30"}, {u"13:30", u"18:00"}}),
                          {{u"sat"_s, hours({{u"10:00", u"14:00"}})}, {u"sun"_s, QJsonArray()}})}};
    }
    // Every day 09:00–17:00, in the zone named after the dash.
    if (name.startsWith(u"daily-"_s)) {
        return {
            {u"time_zone"_s, name.mid(6)},
            {u"hours"_s, weekdays(nineToFive, {{u"sat"_s, nineToFive}, {u"sun"_s, nineToFive}})}};
    }
    // Sunday nights across the clock change, and an hour on Mondays.
    if (name.startsWith(u"night-"_s)) {
        return {{u"time_zone"_s, name.mid(6)},
                {u"hours"_s,
                 QJsonObject{{u"sun"_s, hours({{u"01:00", u"04:00"}})}, {u"mon"_s, mondayHour}}}};
    }
    // Sunday 02:00–03:00 only (the hour Berlin skips or repeats), and an hour on Mondays.
    if (name.startsWith(u"twoam-"_s)) {
        return {{u"time_zone"_s, name.mid(6)},
                {u"hours"_s,
                 QJsonObject{{u"sun"_s, hours({{u"02:00", u"03:00"}})}, {u"mon"_s, mondayHour}}}};
    }
    // Sunday 01:00–02:00 (the hour New York repeats), and an hour on Mondays.
    if (name.startsWith(u"oneam-"_s)) {
        return {{u"time_zone"_s, name.mid(6)},
                {u"hours"_s,
                 QJsonObject{{u"sun"_s, hours({{u"01:00", u"02:00"}})}, {u"mon"_s, mondayHour}}}};
    }
    return {};
}

BusinessCalendar calendar(const QString &name)
{
    auto calendar = BusinessCalendar::fromJson(calendarJson(name));
    if (!calendar)
        qFatal("test calendar %s: %s", qPrintable(name), qPrintable(calendar.error().message));
    return calendar.value();
}

QDateTime utc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toUTC();
}

// Ordinary weeks: a weekend, holidays, starts outside the hours, split days.
void addOrdinaryRows()
{
    // Europe/Berlin is UTC+1 in December: 09:00 local is 08:00Z, 17:00 is 16:00Z.
    QTest::addRow("same day") << u"office"_s << u"2026-12-07T08:00:00Z"_s << 60ll
                              << u"2026-12-07T09:00:00Z"_s;
    // Friday 16:00 local: 60 minutes to 17:00, 60 more from Monday 09:00.
    QTest::addRow("across a weekend")
        << u"office"_s << u"2026-12-04T15:00:00Z"_s << 120ll << u"2026-12-07T09:00:00Z"_s;
    // Thursday 24th 16:30: 30 minutes, Friday 25th is a holiday, the weekend is closed,
    // Monday 28th 09:00 + 30.
    QTest::addRow("a holiday") << u"office"_s << u"2026-12-24T15:30:00Z"_s << 60ll
                               << u"2026-12-28T08:30:00Z"_s;
    // Wednesday 23rd 09:00: 480 that day, 480 Thursday, holiday, weekend, 480 Monday.
    QTest::addRow("three days over a holiday")
        << u"office"_s << u"2026-12-23T08:00:00Z"_s << 1440ll << u"2026-12-28T16:00:00Z"_s;
    QTest::addRow("before opening")
        << u"office"_s << u"2026-12-08T06:00:00Z"_s << 30ll << u"2026-12-08T08:30:00Z"_s;
    QTest::addRow("after closing")
        << u"office"_s << u"2026-12-08T17:00:00Z"_s << 30ll << u"2026-12-09T08:30:00Z"_s;
    // Sunday noon: Monday 09:00 + 480 = Monday 17:00, the closing instant itself.
    QTest::addRow("from a Sunday")
        << u"office"_s << u"2026-12-06T11:00:00Z"_s << 480ll << u"2026-12-07T16:00:00Z"_s;
    QTest::addRow("ends at closing")
        << u"office"_s << u"2026-12-07T15:00:00Z"_s << 60ll << u"2026-12-07T16:00:00Z"_s;
    QTest::addRow("zero outside: next opening")
        << u"office"_s << u"2026-12-05T10:00:00Z"_s << 0ll << u"2026-12-07T08:00:00Z"_s;
    QTest::addRow("zero at closing: next opening")
        << u"office"_s << u"2026-12-07T16:00:00Z"_s << 0ll << u"2026-12-08T08:00:00Z"_s;
    QTest::addRow("zero inside: the start")
        << u"office"_s << u"2026-12-07T10:15:00Z"_s << 0ll << u"2026-12-07T10:15:00Z"_s;
    // Monday 09:00 + 5 × 480 = Friday 17:00.
    QTest::addRow("a whole week") << u"office"_s << u"2026-12-07T08:00:00Z"_s << 2400ll
                                  << u"2026-12-11T16:00:00Z"_s;
    // Split days: 09:00–12:30, 13:30–18:00; Saturday 10:00–14:00.
    QTest::addRow("from the lunch gap")
        << u"split"_s << u"2026-12-07T11:45:00Z"_s << 30ll << u"2026-12-07T13:00:00Z"_s;
    // 12:00 local: 30 minutes to 12:30, 30 more from 13:30 = 14:00 local.
    QTest::addRow("over lunch") << u"split"_s << u"2026-12-07T11:00:00Z"_s << 60ll
                                << u"2026-12-07T13:00:00Z"_s;
    // Friday 17:30 local: 30 to 18:00, Saturday 10:00 + 30.
    QTest::addRow("into Saturday")
        << u"split"_s << u"2026-12-11T16:30:00Z"_s << 60ll << u"2026-12-12T09:30:00Z"_s;
    // Saturday 13:00 local: 60 to 14:00, Sunday closed, Monday 09:00 + 60.
    QTest::addRow("Saturday to Monday")
        << u"split"_s << u"2026-12-12T12:00:00Z"_s << 120ll << u"2026-12-14T09:00:00Z"_s;
}

// Europe/Berlin over both clock changes of 2026.
void addBerlinChangeRows()
{
    // Berlin springs forward on 2026-03-29 at 02:00 CET (01:00Z) to 03:00 CEST.
    // Saturday 16:00 CET (15:00Z): 60 to 17:00 CET; Sunday 09:00 CEST is 07:00Z, + 60.
    QTest::addRow("Berlin spring, hours away from the change")
        << u"daily-Europe/Berlin"_s << u"2026-03-28T15:00:00Z"_s << 120ll
        << u"2026-03-29T08:00:00Z"_s;
    // Sunday 09:00–17:00 CEST is 07:00Z–15:00Z: 480 minutes on the short day.
    QTest::addRow("Berlin spring, a whole day")
        << u"daily-Europe/Berlin"_s << u"2026-03-29T07:00:00Z"_s << 480ll
        << u"2026-03-29T15:00:00Z"_s;
    // Sunday 01:00 CET (00:00Z) to 04:00 CEST (02:00Z): 120 real minutes.
    QTest::addRow("Berlin spring, hours across the change")
        << u"night-Europe/Berlin"_s << u"2026-03-28T12:00:00Z"_s << 120ll
        << u"2026-03-29T02:00:00Z"_s;
    // 60 from 00:00Z to 01:00Z (02:00 CET becomes 03:00 CEST), 30 more: 03:30 CEST.
    QTest::addRow("Berlin spring, over the jump")
        << u"night-Europe/Berlin"_s << u"2026-03-28T12:00:00Z"_s << 90ll
        << u"2026-03-29T01:30:00Z"_s;
    // 02:00–03:00 does not exist that night: nothing counts; Monday 09:00 CEST + 30.
    QTest::addRow("Berlin spring, the skipped hour")
        << u"twoam-Europe/Berlin"_s << u"2026-03-28T12:00:00Z"_s << 30ll
        << u"2026-03-30T07:30:00Z"_s;
    // A week earlier the same hour exists: 02:00 CET is 01:00Z, + 30.
    QTest::addRow("Berlin, the same hour a week earlier")
        << u"twoam-Europe/Berlin"_s << u"2026-03-21T12:00:00Z"_s << 30ll
        << u"2026-03-22T01:30:00Z"_s;
    // Berlin falls back on 2026-10-25 at 03:00 CEST (01:00Z) to 02:00 CET.
    // Saturday 16:00 CEST (14:00Z): 60 to 15:00Z; Sunday 09:00 CET is 08:00Z, + 60.
    QTest::addRow("Berlin autumn, hours away from the change")
        << u"daily-Europe/Berlin"_s << u"2026-10-24T14:00:00Z"_s << 120ll
        << u"2026-10-25T09:00:00Z"_s;
    QTest::addRow("Berlin autumn, a whole day")
        << u"daily-Europe/Berlin"_s << u"2026-10-25T08:00:00Z"_s << 480ll
        << u"2026-10-25T16:00:00Z"_s;
    // Sunday 01:00 CEST (23:00Z Saturday) to 04:00 CET (03:00Z): 240 real minutes.
    QTest::addRow("Berlin autumn, hours across the change")
        << u"night-Europe/Berlin"_s << u"2026-10-24T12:00:00Z"_s << 240ll
        << u"2026-10-25T03:00:00Z"_s;
    // 23:00Z + 150 = 01:30Z, which reads 02:30 CET, the second time round.
    QTest::addRow("Berlin autumn, into the repeated hour")
        << u"night-Europe/Berlin"_s << u"2026-10-24T12:00:00Z"_s << 150ll
        << u"2026-10-25T01:30:00Z"_s;
    // 02:00 CEST (00:00Z) to 03:00 CET (02:00Z): the repeated hour counts twice.
    QTest::addRow("Berlin autumn, the repeated hour")
        << u"twoam-Europe/Berlin"_s << u"2026-10-24T12:00:00Z"_s << 90ll
        << u"2026-10-25T01:30:00Z"_s;
}

// America/New_York over both clock changes of 2026.
void addNewYorkChangeRows()
{
    // New York springs forward on 2026-03-08 at 02:00 EST (07:00Z) to 03:00 EDT.
    // Saturday 16:00 EST (21:00Z): 60 to 22:00Z; Sunday 09:00 EDT is 13:00Z, + 60.
    QTest::addRow("New York spring, hours away from the change")
        << u"daily-America/New_York"_s << u"2026-03-07T21:00:00Z"_s << 120ll
        << u"2026-03-08T14:00:00Z"_s;
    // Sunday 01:00 EST (06:00Z) to 04:00 EDT (08:00Z): 120 real minutes.
    QTest::addRow("New York spring, hours across the change")
        << u"night-America/New_York"_s << u"2026-03-07T12:00:00Z"_s << 120ll
        << u"2026-03-08T08:00:00Z"_s;
    // 06:00Z + 61 = 07:01Z, 03:01 EDT just after the jump.
    QTest::addRow("New York spring, over the jump")
        << u"night-America/New_York"_s << u"2026-03-07T12:00:00Z"_s << 61ll
        << u"2026-03-08T07:01:00Z"_s;
    // New York falls back on 2026-11-01 at 02:00 EDT (06:00Z) to 01:00 EST.
    // Saturday 16:00 EDT (20:00Z): 60 to 21:00Z; Sunday 09:00 EST is 14:00Z, + 60.
    QTest::addRow("New York autumn, hours away from the change")
        << u"daily-America/New_York"_s << u"2026-10-31T20:00:00Z"_s << 120ll
        << u"2026-11-01T15:00:00Z"_s;
    // Sunday 01:00 EDT (05:00Z) to 04:00 EST (09:00Z): 240 real minutes.
    QTest::addRow("New York autumn, hours across the change")
        << u"night-America/New_York"_s << u"2026-10-31T12:00:00Z"_s << 240ll
        << u"2026-11-01T09:00:00Z"_s;
    // 01:00 EDT (05:00Z) to 02:00 EST (07:00Z): 120 minutes; + 90 is 06:30Z, 01:30 EST.
    QTest::addRow("New York autumn, the repeated hour")
        << u"oneam-America/New_York"_s << u"2026-10-31T12:00:00Z"_s << 90ll
        << u"2026-11-01T06:30:00Z"_s;
    QTest::addRow("New York autumn, the whole repeated hour")
        << u"oneam-America/New_York"_s << u"2026-10-31T12:00:00Z"_s << 120ll
        << u"2026-11-01T07:00:00Z"_s;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private slots:
    void addsBusinessMinutes_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("start");
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QString>("expected");

        addOrdinaryRows();
        addBerlinChangeRows();
        addNewYorkChangeRows();
    }
    void addsBusinessMinutes()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, start);
        QFETCH(qint64, minutes);
        QFETCH(QString, expected);
        const BusinessCalendar hours = ::calendar(calendar);
        const QDateTime due = hours.addBusinessMinutes(utc(start), minutes);
        QCOMPARE(due, utc(expected));
        QCOMPARE(due.timeSpec(), Qt::UTC);
        QCOMPARE(hours.businessMinutesBetween(utc(start), due), minutes);
    }

    void countsBusinessMinutes_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("minutes");

        QTest::addRow("reversed") << u"office"_s << u"2026-12-07T12:00:00Z"_s
                                  << u"2026-12-07T10:00:00Z"_s << 0ll;
        QTest::addRow("a closed stretch")
            << u"office"_s << u"2026-12-05T00:00:00Z"_s << u"2026-12-07T08:00:00Z"_s << 0ll;
        // Monday 08:00Z to Monday a week later: five days of 480.
        QTest::addRow("a week") << u"office"_s << u"2026-12-07T08:00:00Z"_s
                                << u"2026-12-14T08:00:00Z"_s << 2400ll;
        // The week of the 21st: Monday to Thursday, Friday and Saturday are holidays.
        QTest::addRow("Christmas week")
            << u"office"_s << u"2026-12-21T00:00:00Z"_s << u"2026-12-28T00:00:00Z"_s << 1920ll;
        // 08:59:30 local to 09:01:10 local: 70 seconds, one whole minute.
        QTest::addRow("seconds round down")
            << u"office"_s << u"2026-12-07T07:59:30Z"_s << u"2026-12-07T08:01:10Z"_s << 1ll;
        // 3.5 + 4.5 hours each weekday, 4 hours on Saturday.
        QTest::addRow("split week") << u"split"_s << u"2026-12-07T00:00:00Z"_s
                                    << u"2026-12-14T00:00:00Z"_s << (5 * 480ll + 240);
        QTest::addRow("Berlin spring night")
            << u"night-Europe/Berlin"_s << u"2026-03-28T00:00:00Z"_s << u"2026-03-30T00:00:00Z"_s
            << 120ll;
        QTest::addRow("Berlin spring skipped hour")
            << u"twoam-Europe/Berlin"_s << u"2026-03-28T00:00:00Z"_s << u"2026-03-30T00:00:00Z"_s
            << 0ll;
        QTest::addRow("Berlin autumn night")
            << u"night-Europe/Berlin"_s << u"2026-10-24T00:00:00Z"_s << u"2026-10-26T00:00:00Z"_s
            << 240ll;
        QTest::addRow("Berlin autumn repeated hour")
            << u"twoam-Europe/Berlin"_s << u"2026-10-24T00:00:00Z"_s << u"2026-10-26T00:00:00Z"_s
            << 120ll;
        QTest::addRow("Berlin spring, 09-17 every day")
            << u"daily-Europe/Berlin"_s << u"2026-03-29T00:00:00Z"_s << u"2026-03-30T00:00:00Z"_s
            << 480ll;
        QTest::addRow("New York autumn, 09-17 every day")
            << u"daily-America/New_York"_s << u"2026-11-01T05:00:00Z"_s << u"2026-11-02T05:00:00Z"_s
            << 480ll;
        // A zone without clock changes: 09:00–17:00 is 09:00Z–17:00Z every day.
        QTest::addRow("UTC, 09-17 every day") << u"daily-UTC"_s << u"2026-03-29T00:00:00Z"_s
                                              << u"2026-03-31T12:00:00Z"_s << (2 * 480ll + 180);
        QTest::addRow("New York spring night")
            << u"night-America/New_York"_s << u"2026-03-07T00:00:00Z"_s << u"2026-03-09T00:00:00Z"_s
            << 120ll;
        QTest::addRow("New York autumn night")
            << u"night-America/New_York"_s << u"2026-10-31T00:00:00Z"_s << u"2026-11-02T00:00:00Z"_s
            << 240ll;
    }
    void countsBusinessMinutes()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, minutes);
        QCOMPARE(::calendar(calendar).businessMinutesBetween(utc(from), utc(to)), minutes);
    }

    // Adding and counting agree everywhere: over three weeks round each clock change, from
    // starts spread over the day, the sum is exactly the minutes asked for and a minute
    // earlier it is one short.
    void addAndCountAgree_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("from");
        const QString zones[] = {u"Europe/Berlin"_s, u"America/New_York"_s};
        for (const QString &zone : zones) {
            for (const QString &shape : {u"daily-"_s, u"night-"_s, u"twoam-"_s, u"oneam-"_s}) {
                for (const QString &from : {u"2026-03-01T00:00:00Z"_s, u"2026-10-18T00:00:00Z"_s})
                    QTest::addRow("%s%s from %s", qPrintable(shape), qPrintable(zone),
                                  qPrintable(from))
                        << shape + zone << from;
            }
        }
        QTest::addRow("office") << u"office"_s << u"2026-12-14T00:00:00Z"_s;
        QTest::addRow("split") << u"split"_s << u"2026-12-07T00:00:00Z"_s;
    }
    void addAndCountAgree()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, from);
        const BusinessCalendar hours = ::calendar(calendar);
        const QDateTime first = utc(from);
        for (qint64 step = 0; step < 21 * 24 * 60; step += 97) {
            const QDateTime start = first.addSecs(step * 60);
            for (qint64 minutes : {0ll, 1ll, 59ll, 61ll, 480ll, 1000ll}) {
                const QDateTime due = hours.addBusinessMinutes(start, minutes);
                QVERIFY(due.isValid());
                QVERIFY(due >= start);
                QCOMPARE(hours.businessMinutesBetween(start, due), minutes);
                if (minutes > 0)
                    QCOMPARE(hours.businessMinutesBetween(start, due.addSecs(-60)), minutes - 1);
                // Counting up to any later instant and adding it back never overshoots.
                const QDateTime later = start.addSecs(minutes * 97);
                const qint64 counted = hours.businessMinutesBetween(start, later);
                if (counted > 0)
                    QVERIFY(hours.addBusinessMinutes(start, counted) <= later);
            }
        }
    }

    void searchStopsAtTheHorizon()
    {
        QJsonObject json = calendarJson(u"office"_s);
        QJsonArray holidays;
        // Ten years of holidays from 2027-01-01: the next opening is Thursday 2037-01-01.
        for (QDate day(2027, 1, 1); day < QDate(2037, 1, 1); day = day.addDays(1))
            holidays.append(day.toString(Qt::ISODate));
        json.insert(u"holidays"_s, holidays);
        auto closed = BusinessCalendar::fromJson(json);
        QVERIFY(closed.ok());
        // Thursday 2026-12-31 16:30 local: 30 minutes that day, 30 in 2037.
        QCOMPARE(closed->addBusinessMinutes(utc(u"2026-12-31T15:30:00Z"_s), 60),
                 utc(u"2037-01-01T08:30:00Z"_s));
        // Beyond the horizon, and nonsense, give no instant.
        QVERIFY(!closed->addBusinessMinutes(utc(u"2026-12-31T15:30:00Z"_s), 10'000'000).isValid());
        QVERIFY(!closed->addBusinessMinutes(utc(u"2026-12-07T08:00:00Z"_s), -1).isValid());
        QVERIFY(!closed->addBusinessMinutes(QDateTime(), 10).isValid());
    }

    void standardCalendar()
    {
        const BusinessCalendar standard = BusinessCalendar::standard();
        QCOMPARE(standard.timeZone().id(), QByteArray("Europe/Berlin"));
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            QCOMPARE(standard.hours(Qt::DayOfWeek(day)),
                     (QList<BusinessCalendar::Interval>{{9 * 60, 17 * 60}}));
        QVERIFY(standard.hours(Qt::Saturday).isEmpty());
        QVERIFY(standard.hours(Qt::Sunday).isEmpty());
        QVERIFY(standard.holidays().isEmpty());
        const QJsonObject expected{
            {u"time_zone"_s, u"Europe/Berlin"_s},
            {u"hours"_s, weekdays(hours({{u"09:00", u"17:00"}}),
                                  {{u"sat"_s, QJsonArray()}, {u"sun"_s, QJsonArray()}})},
            {u"holidays"_s, QJsonArray()}};
        QCOMPARE(standard.toJson(), expected);
    }

    void roundTrips()
    {
        QJsonObject json = calendarJson(u"split"_s);
        json.insert(u"holidays"_s, QJsonArray{u"2026-12-26"_s, u"2026-12-24"_s});
        json.insert(u"hours"_s, weekdays(hours({{u"13:30", u"24:00"}, {u"00:00", u"12:30"}})));
        auto calendar = BusinessCalendar::fromJson(json);
        QVERIFY2(calendar.ok(), qPrintable(calendar.error().message));
        QCOMPARE(calendar->hours(Qt::Monday),
                 (QList<BusinessCalendar::Interval>{{0, 12 * 60 + 30}, {13 * 60 + 30, 24 * 60}}));
        QCOMPARE(calendar->holidays(), (QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 26)}));
        const QJsonObject written = calendar->toJson();
        QCOMPARE(written.value(u"hours"_s).toObject().value(u"mon"_s),
                 QJsonValue(hours({{u"00:00", u"12:30"}, {u"13:30", u"24:00"}})));
        QCOMPARE(written.value(u"hours"_s).toObject().value(u"sat"_s), QJsonValue(QJsonArray()));
        QCOMPARE(written.value(u"holidays"_s),
                 QJsonValue(QJsonArray{u"2026-12-24"_s, u"2026-12-26"_s}));
        auto again = BusinessCalendar::fromJson(written);
        QVERIFY(again.ok());
        QVERIFY(again.value() == calendar.value());
        QCOMPARE(again->toJson(), written);
    }

    void refusesInvalidCalendars_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");

        const QJsonObject good = calendarJson(u"office"_s);
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            json.insert(key, value);
            return json;
        };
        auto monday = [&](const QJsonValue &value) {
            QJsonObject week = good.value(u"hours"_s).toObject();
            week.insert(u"mon"_s, value);
            return with(u"hours"_s, week);
        };
        auto without = [&](const QString &key) {
            QJsonObject json = good;
            json.remove(key);
            return json;
        };
        QTest::addRow("unknown zone") << with(u"time_zone"_s, u"Mars/Olympus_Mons"_s)
                                      << u"time_zone"_s << u"Mars/Olympus_Mons"_s;
        QTest::addRow("zone not text") << with(u"time_zone"_s, 1) << u"time_zone"_s << u""_s;
        QTest::addRow("no zone") << without(u"time_zone"_s) << u"time_zone"_s << u""_s;
        QTest::addRow("no hours") << without(u"hours"_s) << u"hours"_s << u""_s;
        QTest::addRow("hours not an object")
            << with(u"hours"_s, QJsonArray()) << u"hours"_s << u""_s;
        QTest::addRow("unknown weekday")
            << with(u"hours"_s, QJsonObject{{u"monday"_s, hours({{u"09:00", u"17:00"}})}})
            << u"hours.monday"_s << u"monday"_s;
        QTest::addRow("day not a list") << monday(u"09:00-17:00"_s) << u"hours.mon"_s << u"mon"_s;
        QTest::addRow("interval not a pair")
            << monday(QJsonArray{QJsonArray{u"09:00"_s, u"12:00"_s, u"17:00"_s}})
            << u"hours.mon[0]"_s << u"hours.mon[0]"_s;
        QTest::addRow("interval not a list")
            << monday(QJsonArray{u"09:00"_s}) << u"hours.mon[0]"_s << u"hours.mon[0]"_s;
        QTest::addRow("single-digit hour")
            << monday(hours({{u"9:00", u"17:00"}})) << u"hours.mon[0]"_s << u"HH:MM"_s;
        QTest::addRow("hour 25") << monday(hours({{u"09:00", u"25:00"}})) << u"hours.mon[0]"_s
                                 << u"HH:MM"_s;
        QTest::addRow("minute 60")
            << monday(hours({{u"09:60", u"17:00"}})) << u"hours.mon[0]"_s << u"HH:MM"_s;
        QTest::addRow("24:30") << monday(hours({{u"09:00", u"24:30"}})) << u"hours.mon[0]"_s
                               << u"HH:MM"_s;
        QTest::addRow("opens at 24:00")
            << monday(hours({{u"24:00", u"24:00"}})) << u"hours.mon[0]"_s << u"24:00"_s;
        QTest::addRow("time not text")
            << monday(QJsonArray{QJsonArray{900, 1700}}) << u"hours.mon[0]"_s << u"HH:MM"_s;
        QTest::addRow("second interval malformed")
            << monday(hours({{u"09:00", u"12:00"}, {u"13:00", u"1700"}})) << u"hours.mon[1]"_s
            << u"hours.mon[1]"_s;
        QTest::addRow("empty interval")
            << monday(hours({{u"09:00", u"09:00"}})) << u"hours.mon[0]"_s << u"09:00–09:00"_s;
        QTest::addRow("reversed interval")
            << monday(hours({{u"17:00", u"09:00"}})) << u"hours.mon[0]"_s << u"17:00–09:00"_s;
        QTest::addRow("overlapping intervals")
            << monday(hours({{u"13:00", u"18:00"}, {u"09:00", u"13:30"}})) << u"hours.mon"_s
            << u"09:00–13:30 and 13:00–18:00"_s;
        QTest::addRow("the same interval twice")
            << monday(hours({{u"09:00", u"17:00"}, {u"09:00", u"17:00"}})) << u"hours.mon"_s
            << u"overlap"_s;
        QTest::addRow("closed all week")
            << with(u"hours"_s, QJsonObject{{u"mon"_s, QJsonArray()}}) << u"hours"_s << u""_s;
        QTest::addRow("holidays not a list")
            << with(u"holidays"_s, u"2026-12-25"_s) << u"holidays"_s << u""_s;
        QTest::addRow("holiday month 13") << with(u"holidays"_s, QJsonArray{u"2026-13-01"_s})
                                          << u"holidays[0]"_s << u"YYYY-MM-DD"_s;
        QTest::addRow("holiday written the German way")
            << with(u"holidays"_s, QJsonArray{u"2026-12-24"_s, u"25.12.2026"_s}) << u"holidays[1]"_s
            << u"holidays[1]"_s;
        QTest::addRow("holiday a number")
            << with(u"holidays"_s, QJsonArray{20261225}) << u"holidays[0]"_s << u""_s;
        QTest::addRow("holiday with a time")
            << with(u"holidays"_s, QJsonArray{u"2026-12-25T00:00"_s}) << u"holidays[0]"_s << u""_s;
        QTest::addRow("duplicate holiday")
            << with(u"holidays"_s, QJsonArray{u"2026-12-25"_s, u"2026-12-26"_s, u"2026-12-25"_s})
            << u"holidays[2]"_s << u"2026-12-25"_s;
        QTest::addRow("unknown field")
            << with(u"timezone"_s, u"Europe/Berlin"_s) << u"timezone"_s << u"timezone"_s;
    }
    void refusesInvalidCalendars()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        const auto calendar = BusinessCalendar::fromJson(json);
        QVERIFY(!calendar.ok());
        QCOMPARE(calendar.error().code, u"invalid_calendar"_s);
        QCOMPARE(calendar.error().details.value(u"field"_s).toString(), field);
        QVERIFY2(calendar.error().message.contains(mentions), qPrintable(calendar.error().message));
        if (field == u"hours.mon"_s || field.startsWith(u"hours.mon["_s))
            QCOMPARE(calendar.error().details.value(u"day"_s).toString(), u"mon"_s);
    }
};

QTEST_APPLESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
