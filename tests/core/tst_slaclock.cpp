#include "domain/care/slaclock.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::care;

using Clock = SlaClock::Clock;
using Event = SlaClock::Event;

namespace {

// High priority on the standard calendar (Europe/Berlin, Mon–Fri 09:00–17:00, which is
// 08:00Z–16:00Z in December): first response 60, next update 240, resolution 960 minutes;
// warnings at 80 % (48, 192, 768 minutes); QA 60 and managers 240 minutes after a breach.
ServiceLevels::Terms highTerms(const QString &calendar)
{
    ServiceLevels::Terms terms;
    terms.targets = {60, 240, 960};
    terms.warningShare = 0.8;
    terms.escalation = {60, 240};
    if (calendar.startsWith(u"daily-"_s)) {
        const QJsonArray nineToFive{QJsonArray{u"09:00"_s, u"17:00"_s}};
        QJsonObject week;
        for (const QString &day :
             {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s})
            week.insert(day, nineToFive);
        terms.calendar =
            BusinessCalendar::fromJson({{u"time_zone"_s, calendar.mid(6)}, {u"hours"_s, week}})
                .value();
    }
    if (calendar == u"christmas"_s) {
        QJsonObject json = BusinessCalendar::standard().toJson();
        json.insert(u"holidays"_s, QJsonArray{u"2026-12-25"_s, u"2026-12-26"_s});
        terms.calendar = BusinessCalendar::fromJson(json).value();
    }
    return terms;
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

// "2026-12-07T08:00:00Z created", "… reply", "… customer", "… status waiting_on_customer".
QList<Event> history(const QStringList &lines)
{
    QList<Event> events;
    for (const QString &line : lines) {
        const QStringList words = line.split(u' ');
        Event event;
        event.at = utc(words.at(0));
        const QString &kind = words.at(1);
        if (kind == u"created"_s)
            event.kind = Event::Kind::Created;
        else if (kind == u"customer"_s)
            event.kind = Event::Kind::CustomerMessage;
        else if (kind == u"reply"_s)
            event.kind = Event::Kind::PublicReply;
        else if (kind == u"status"_s) {
            event.kind = Event::Kind::StatusChanged;
            event.status = parseTicketStatus(words.at(2)).value();
        } else {
            qFatal("bad test event %s", qPrintable(line));
        }
        events.append(event);
    }
    return events;
}

QString timeOrDash(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : u"-"_s;
}

// "running#1 used=30 due=… warn=… met=- breached=-"
QString describe(const SlaClock::Reading &reading)
{
    return u"%1#%2 used=%3 due=%4 warn=%5 met=%6 breached=%7"_s.arg(
        SlaClock::stateName(reading.state), QString::number(reading.cycle),
        QString::number(reading.usedMinutes()), timeOrDash(reading.dueAt),
        timeOrDash(reading.warnAt), timeOrDash(reading.metAt),
        reading.breached ? timeOrDash(reading.breachedAt) : u"-"_s);
}

// "resolution#1 warning 2026-12-08T12:48:00Z"
QStringList describe(const QList<SlaClock::Due> &events)
{
    QStringList lines;
    for (const SlaClock::Due &due : events) {
        lines.append(u"%1#%2 %3 %4"_s.arg(SlaClock::clockName(due.clock))
                         .arg(due.cycle)
                         .arg(SlaClock::momentName(due.what), timeOrDash(due.at)));
    }
    return lines;
}

const QString notStarted = u"not_started#0 used=0 due=- warn=- met=- breached=-"_s;

// A ticket just in, and its first response.
void addNewTicketRows()
{
    // Monday 09:00 local. First response due 09:00+60, warned at +48. Resolution: two
    // days of 480 = Tuesday 17:00 local (16:00Z); warned at 768 = 480 + 288, Tuesday
    // 09:00 + 4:48 = 13:48 local. Until something breaches the escalation is planned on
    // the clock due first: QA at 60 + 60 = 120 used (11:00 local), managers at
    // 60 + 240 = 300 used (14:00 local).
    QTest::addRow("just created")
        << u"standard"_s << QStringList{u"2026-12-07T08:00:00Z created"_s}
        << u"running#1 used=0 due=2026-12-07T09:00:00Z warn=2026-12-07T08:48:00Z met=- "
           u"breached=-"_s
        << notStarted
        << u"running#1 used=0 due=2026-12-08T16:00:00Z warn=2026-12-08T12:48:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"first_response#1 warning 2026-12-07T08:48:00Z"_s,
                       u"first_response#1 breach 2026-12-07T09:00:00Z"_s,
                       u"first_response#1 escalate_1 2026-12-07T09:00:00Z"_s,
                       u"first_response#1 escalate_2 2026-12-07T10:00:00Z"_s,
                       u"first_response#1 escalate_3 2026-12-07T13:00:00Z"_s,
                       u"resolution#1 warning 2026-12-08T12:48:00Z"_s,
                       u"resolution#1 breach 2026-12-08T16:00:00Z"_s};

    // Answered after 30 minutes: met in time. The escalation moves to the resolution
    // clock: QA at 960 + 60 = 1020 used (Wednesday 09:00 + 60 = 10:00 local), managers
    // at 960 + 240 = 1200 (Wednesday 13:00 local).
    QTest::addRow("first response in time")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T08:30:00Z reply"_s}
        << u"met#1 used=30 due=- warn=- met=2026-12-07T08:30:00Z breached=-"_s << notStarted
        << u"running#1 used=30 due=2026-12-08T16:00:00Z warn=2026-12-08T12:48:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"resolution#1 warning 2026-12-08T12:48:00Z"_s,
                       u"resolution#1 breach 2026-12-08T16:00:00Z"_s,
                       u"resolution#1 escalate_1 2026-12-08T16:00:00Z"_s,
                       u"resolution#1 escalate_2 2026-12-09T09:00:00Z"_s,
                       u"resolution#1 escalate_3 2026-12-09T12:00:00Z"_s};

    // Answered after 80 minutes: met late, breached at 09:00Z. The customer wrote again
    // before any answer, which starts no next-update clock. The escalation chain follows
    // the first response, reached level 1 and ends with the reply; the resolution clock
    // starts no chain of its own.
    QTest::addRow("first response late")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T08:40:00Z customer"_s,
                       u"2026-12-07T09:20:00Z reply"_s}
        << u"met#1 used=80 due=- warn=- met=2026-12-07T09:20:00Z "
           u"breached=2026-12-07T09:00:00Z"_s
        << notStarted
        << u"running#1 used=80 due=2026-12-08T16:00:00Z warn=2026-12-08T12:48:00Z met=- "
           u"breached=-"_s
        << u"first_response 1"_s
        << QStringList{u"resolution#1 warning 2026-12-08T12:48:00Z"_s,
                       u"resolution#1 breach 2026-12-08T16:00:00Z"_s};

    // Saturday morning: nothing counts until Monday 09:00 local (08:00Z).
    QTest::addRow("created outside opening hours")
        << u"standard"_s << QStringList{u"2026-12-05T10:00:00Z created"_s}
        << u"running#1 used=0 due=2026-12-07T09:00:00Z warn=2026-12-07T08:48:00Z met=- "
           u"breached=-"_s
        << notStarted
        << u"running#1 used=0 due=2026-12-08T16:00:00Z warn=2026-12-08T12:48:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"first_response#1 warning 2026-12-07T08:48:00Z"_s,
                       u"first_response#1 breach 2026-12-07T09:00:00Z"_s,
                       u"first_response#1 escalate_1 2026-12-07T09:00:00Z"_s,
                       u"first_response#1 escalate_2 2026-12-07T10:00:00Z"_s,
                       u"first_response#1 escalate_3 2026-12-07T13:00:00Z"_s,
                       u"resolution#1 warning 2026-12-08T12:48:00Z"_s,
                       u"resolution#1 breach 2026-12-08T16:00:00Z"_s};

    // Thursday 24th 16:30 local: 30 minutes that day; Friday 25th and Saturday 26th
    // are holidays, Sunday is closed; Monday 28th 09:00 + 30 = 09:30 local. Warned at
    // 48: Monday 09:18 local. Resolution: 930 left after Thursday = Monday 480, Tuesday
    // 09:00 + 450 = 16:30 local; warned at 738 left = Monday 480 + Tuesday 258 = 13:18.
    QTest::addRow("over Christmas")
        << u"christmas"_s << QStringList{u"2026-12-24T15:30:00Z created"_s}
        << u"running#1 used=0 due=2026-12-28T08:30:00Z warn=2026-12-28T08:18:00Z met=- "
           u"breached=-"_s
        << notStarted
        << u"running#1 used=0 due=2026-12-29T15:30:00Z warn=2026-12-29T12:18:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"first_response#1 warning 2026-12-28T08:18:00Z"_s,
                       u"first_response#1 breach 2026-12-28T08:30:00Z"_s,
                       u"first_response#1 escalate_1 2026-12-28T08:30:00Z"_s,
                       u"first_response#1 escalate_2 2026-12-28T09:30:00Z"_s,
                       u"first_response#1 escalate_3 2026-12-28T12:30:00Z"_s,
                       u"resolution#1 warning 2026-12-29T12:18:00Z"_s,
                       u"resolution#1 breach 2026-12-29T15:30:00Z"_s};
}

// Waiting on someone, and escalation under way.
void addPauseRows()
{
    // Waiting on the customer from 08:20Z to 14:00Z: 340 business minutes paused, so
    // every deadline moves by exactly 340. First response: 09:00Z + 340 = 14:40Z
    // (40 left from 14:00Z), warned 08:48Z + 340 = 14:28Z. Resolution: Tuesday 16:00Z +
    // 340 = Wednesday 08:00Z + 340 = 13:40Z; warned Tuesday 12:48Z + 340 = 192 on
    // Tuesday, 148 on Wednesday = 10:28Z. Escalation: QA at 120 used = 100 after 14:00Z
    // = 15:40Z; managers at 300 used = 280 after = 120 Monday, 160 Tuesday = 10:40Z.
    QTest::addRow("pause and resume")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s,
                       u"2026-12-07T08:20:00Z status waiting_on_customer"_s,
                       u"2026-12-07T14:00:00Z status open"_s}
        << u"running#1 used=20 due=2026-12-07T14:40:00Z warn=2026-12-07T14:28:00Z met=- "
           u"breached=-"_s
        << notStarted
        << u"running#1 used=20 due=2026-12-09T13:40:00Z warn=2026-12-09T10:28:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"first_response#1 warning 2026-12-07T14:28:00Z"_s,
                       u"first_response#1 breach 2026-12-07T14:40:00Z"_s,
                       u"first_response#1 escalate_1 2026-12-07T14:40:00Z"_s,
                       u"first_response#1 escalate_2 2026-12-07T15:40:00Z"_s,
                       u"first_response#1 escalate_3 2026-12-08T10:40:00Z"_s,
                       u"resolution#1 warning 2026-12-09T10:28:00Z"_s,
                       u"resolution#1 breach 2026-12-09T13:40:00Z"_s};

    // While the ticket waits on a third party nothing is due and nothing is planned.
    QTest::addRow("events removed while paused")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s,
                       u"2026-12-07T08:20:00Z status waiting_on_third_party"_s}
        << u"paused#1 used=20 due=- warn=- met=- breached=-"_s << notStarted
        << u"paused#1 used=20 due=- warn=- met=- breached=-"_s << u"none 0"_s << QStringList{};

    // Breached at 09:00Z, paused at 09:30Z (90 used, level 1), resumed at 14:00Z. The
    // due and warning times are the ones already past; the chain goes on from the
    // clock's own time: QA at 120 used = 14:30Z, managers at 300 used = 210 after
    // 14:00Z = 120 Monday + 90 Tuesday = 09:30Z. Resolution: 870 left = 120 Monday, 480
    // Tuesday, Wednesday 08:00Z + 270 = 12:30Z; warned at 678 left = Wednesday 09:18Z.
    QTest::addRow("paused after a breach")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s,
                       u"2026-12-07T09:30:00Z status waiting_on_customer"_s,
                       u"2026-12-07T14:00:00Z status open"_s}
        << u"running#1 used=90 due=2026-12-07T09:00:00Z warn=2026-12-07T08:48:00Z met=- "
           u"breached=2026-12-07T09:00:00Z"_s
        << notStarted
        << u"running#1 used=90 due=2026-12-09T12:30:00Z warn=2026-12-09T09:18:00Z met=- "
           u"breached=-"_s
        << u"first_response 1"_s
        << QStringList{u"first_response#1 escalate_2 2026-12-07T14:30:00Z"_s,
                       u"first_response#1 escalate_3 2026-12-08T09:30:00Z"_s,
                       u"resolution#1 warning 2026-12-09T09:18:00Z"_s,
                       u"resolution#1 breach 2026-12-09T12:30:00Z"_s};

    // Breached at 09:00Z; the ticket went to QA at 10:00Z, when 120 were used (level
    // 2). Only the managers are still to be told: 300 used = 13:00Z.
    QTest::addRow("moved to QA after the breach")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s,
                       u"2026-12-07T10:00:00Z status escalated"_s}
        << u"running#1 used=120 due=2026-12-07T09:00:00Z warn=2026-12-07T08:48:00Z met=- "
           u"breached=2026-12-07T09:00:00Z"_s
        << notStarted
        << u"running#1 used=120 due=2026-12-08T16:00:00Z warn=2026-12-08T12:48:00Z met=- "
           u"breached=-"_s
        << u"first_response 2"_s
        << QStringList{u"first_response#1 escalate_3 2026-12-07T13:00:00Z"_s,
                       u"resolution#1 warning 2026-12-08T12:48:00Z"_s,
                       u"resolution#1 breach 2026-12-08T16:00:00Z"_s};
}

// The customer writes again.
void addNextUpdateRows()
{
    // The customer writes at 16:00 local, after the first response: a next update is
    // due 240 later = 60 on Monday + Tuesday 09:00 + 180 = 12:00 local (11:00Z); warned
    // at 192 = Tuesday 10:12Z. Resolution is untouched (Tuesday 16:00Z). The chain is
    // planned on the next update: QA at 300 used = Tuesday 12:00Z, managers at 480
    // used = Tuesday 15:00Z.
    QTest::addRow("next update after a customer message")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T08:30:00Z reply"_s,
                       u"2026-12-07T15:00:00Z customer"_s}
        << u"met#1 used=30 due=- warn=- met=2026-12-07T08:30:00Z breached=-"_s
        << u"running#1 used=0 due=2026-12-08T11:00:00Z warn=2026-12-08T10:12:00Z met=- "
           u"breached=-"_s
        << u"running#1 used=420 due=2026-12-08T16:00:00Z warn=2026-12-08T12:48:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"next_update#1 warning 2026-12-08T10:12:00Z"_s,
                       u"next_update#1 breach 2026-12-08T11:00:00Z"_s,
                       u"next_update#1 escalate_1 2026-12-08T11:00:00Z"_s,
                       u"next_update#1 escalate_2 2026-12-08T12:00:00Z"_s,
                       u"resolution#1 warning 2026-12-08T12:48:00Z"_s,
                       u"next_update#1 escalate_3 2026-12-08T15:00:00Z"_s,
                       u"resolution#1 breach 2026-12-08T16:00:00Z"_s};

    // The first next update is met by the 10:00Z reply (60 used). Tuesday 08:00Z starts
    // the second; the 09:00Z message keeps its older deadline: 08:00Z + 240 = 12:00Z,
    // warned at 11:12Z. Resolution: 480 Monday + 60 Tuesday = 540 used, due 16:00Z.
    QTest::addRow("second next update")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s,  u"2026-12-07T08:30:00Z reply"_s,
                       u"2026-12-07T09:00:00Z customer"_s, u"2026-12-07T10:00:00Z reply"_s,
                       u"2026-12-08T08:00:00Z customer"_s, u"2026-12-08T09:00:00Z customer"_s}
        << u"met#1 used=30 due=- warn=- met=2026-12-07T08:30:00Z breached=-"_s
        << u"running#2 used=60 due=2026-12-08T12:00:00Z warn=2026-12-08T11:12:00Z met=- "
           u"breached=-"_s
        << u"running#1 used=540 due=2026-12-08T16:00:00Z warn=2026-12-08T12:48:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"next_update#2 warning 2026-12-08T11:12:00Z"_s,
                       u"next_update#2 breach 2026-12-08T12:00:00Z"_s,
                       u"next_update#2 escalate_1 2026-12-08T12:00:00Z"_s,
                       u"resolution#1 warning 2026-12-08T12:48:00Z"_s,
                       u"next_update#2 escalate_2 2026-12-08T13:00:00Z"_s,
                       u"next_update#2 escalate_3 2026-12-08T16:00:00Z"_s,
                       u"resolution#1 breach 2026-12-08T16:00:00Z"_s};
}

// Resolving, closing and reopening.
void addResolveRows()
{
    // Resolved at 12:00Z with 240 used, reopened Wednesday 08:00Z: 720 left = Wednesday
    // 480 + Thursday 08:00Z + 240 = 12:00Z; warned with 528 left = Thursday 08:48Z. The
    // reopen starts a next update: Wednesday 12:00Z, warned 11:12Z; the chain is planned
    // on it: QA at 300 = 13:00Z, managers at 480 = 16:00Z.
    QTest::addRow("reopen keeps the minutes used")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T08:10:00Z reply"_s,
                       u"2026-12-07T12:00:00Z status resolved"_s,
                       u"2026-12-09T08:00:00Z status open"_s}
        << u"met#1 used=10 due=- warn=- met=2026-12-07T08:10:00Z breached=-"_s
        << u"running#1 used=0 due=2026-12-09T12:00:00Z warn=2026-12-09T11:12:00Z met=- "
           u"breached=-"_s
        << u"running#1 used=240 due=2026-12-10T12:00:00Z warn=2026-12-10T08:48:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"next_update#1 warning 2026-12-09T11:12:00Z"_s,
                       u"next_update#1 breach 2026-12-09T12:00:00Z"_s,
                       u"next_update#1 escalate_1 2026-12-09T12:00:00Z"_s,
                       u"next_update#1 escalate_2 2026-12-09T13:00:00Z"_s,
                       u"next_update#1 escalate_3 2026-12-09T16:00:00Z"_s,
                       u"resolution#1 warning 2026-12-10T08:48:00Z"_s,
                       u"resolution#1 breach 2026-12-10T12:00:00Z"_s};

    // Resolved Wednesday 09:00Z after 480 + 480 + 60 = 1020 minutes: met late, breached
    // Tuesday 16:00Z, and the chain reached QA exactly (960 + 60 = 1020). Closing later
    // changes nothing.
    QTest::addRow("resolved late, then closed")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T08:10:00Z reply"_s,
                       u"2026-12-09T09:00:00Z status resolved"_s,
                       u"2026-12-09T10:00:00Z status closed"_s}
        << u"met#1 used=10 due=- warn=- met=2026-12-07T08:10:00Z breached=-"_s << notStarted
        << u"met#1 used=1020 due=- warn=- met=2026-12-09T09:00:00Z "
           u"breached=2026-12-08T16:00:00Z"_s
        << u"resolution 2"_s << QStringList{};

    // Resolved without a public reply: the first response is held, not met. The reopen
    // at 10:00Z resumes it with 30 used (due 10:30Z, warned 10:18Z, QA at 120 = 11:30Z,
    // managers at 300 = 14:30Z) and starts no next update. Resolution: 930 left = 360
    // Monday, 480 Tuesday, Wednesday 08:00Z + 90 = 09:30Z; warned at 738 left = Tuesday
    // 08:00Z + 378 = 14:18Z.
    QTest::addRow("resolved without a reply, reopened")
        << u"standard"_s
        << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T08:30:00Z status resolved"_s,
                       u"2026-12-07T10:00:00Z status open"_s}
        << u"running#1 used=30 due=2026-12-07T10:30:00Z warn=2026-12-07T10:18:00Z met=- "
           u"breached=-"_s
        << notStarted
        << u"running#1 used=30 due=2026-12-09T09:30:00Z warn=2026-12-08T14:18:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"first_response#1 warning 2026-12-07T10:18:00Z"_s,
                       u"first_response#1 breach 2026-12-07T10:30:00Z"_s,
                       u"first_response#1 escalate_1 2026-12-07T10:30:00Z"_s,
                       u"first_response#1 escalate_2 2026-12-07T11:30:00Z"_s,
                       u"first_response#1 escalate_3 2026-12-07T14:30:00Z"_s,
                       u"resolution#1 warning 2026-12-08T14:18:00Z"_s,
                       u"resolution#1 breach 2026-12-09T09:30:00Z"_s};
}

// Tickets over a clock change.
void addDaylightSavingRows()
{
    // New York, open 09:00–17:00 every day; clocks spring forward on Sunday 2026-03-08.
    // Saturday 16:30 EST (21:30Z): 30 minutes to 22:00Z; Sunday 09:00 EDT is 13:00Z:
    // first response due 13:30Z, warned 13:18Z, QA at 120 = 14:30Z, managers at 300 =
    // 17:30Z. Resolution: 30 Saturday, 480 Sunday, Monday 09:00 EDT (13:00Z) + 450 =
    // 20:30Z; warned at 768 = Monday 13:00Z + 258 = 17:18Z.
    QTest::addRow("New York, over the spring change")
        << u"daily-America/New_York"_s << QStringList{u"2026-03-07T21:30:00Z created"_s}
        << u"running#1 used=0 due=2026-03-08T13:30:00Z warn=2026-03-08T13:18:00Z met=- "
           u"breached=-"_s
        << notStarted
        << u"running#1 used=0 due=2026-03-09T20:30:00Z warn=2026-03-09T17:18:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"first_response#1 warning 2026-03-08T13:18:00Z"_s,
                       u"first_response#1 breach 2026-03-08T13:30:00Z"_s,
                       u"first_response#1 escalate_1 2026-03-08T13:30:00Z"_s,
                       u"first_response#1 escalate_2 2026-03-08T14:30:00Z"_s,
                       u"first_response#1 escalate_3 2026-03-08T17:30:00Z"_s,
                       u"resolution#1 warning 2026-03-09T17:18:00Z"_s,
                       u"resolution#1 breach 2026-03-09T20:30:00Z"_s};

    // Berlin, open 09:00–17:00 every day; clocks fall back on Sunday 2026-10-25.
    // Saturday 16:30 CEST (14:30Z): 30 minutes to 15:00Z; Sunday 09:00 CET is 08:00Z:
    // first response due 08:30Z, warned 08:18Z, QA 09:30Z, managers 12:30Z.
    // Resolution: 30 + 480 Sunday + Monday 08:00Z + 450 = 15:30Z; warned Monday 12:18Z.
    QTest::addRow("Berlin, over the autumn change")
        << u"daily-Europe/Berlin"_s << QStringList{u"2026-10-24T14:30:00Z created"_s}
        << u"running#1 used=0 due=2026-10-25T08:30:00Z warn=2026-10-25T08:18:00Z met=- "
           u"breached=-"_s
        << notStarted
        << u"running#1 used=0 due=2026-10-26T15:30:00Z warn=2026-10-26T12:18:00Z met=- "
           u"breached=-"_s
        << u"none 0"_s
        << QStringList{u"first_response#1 warning 2026-10-25T08:18:00Z"_s,
                       u"first_response#1 breach 2026-10-25T08:30:00Z"_s,
                       u"first_response#1 escalate_1 2026-10-25T08:30:00Z"_s,
                       u"first_response#1 escalate_2 2026-10-25T09:30:00Z"_s,
                       u"first_response#1 escalate_3 2026-10-25T12:30:00Z"_s,
                       u"resolution#1 warning 2026-10-26T12:18:00Z"_s,
                       u"resolution#1 breach 2026-10-26T15:30:00Z"_s};
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT
private slots:
    void clocks_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("firstResponse");
        QTest::addColumn<QString>("nextUpdate");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("escalation");
        QTest::addColumn<QStringList>("upcoming");

        addNewTicketRows();
        addPauseRows();
        addNextUpdateRows();
        addResolveRows();
        addDaylightSavingRows();
    }
    void clocks()
    {
        QFETCH(QString, calendar);
        QFETCH(QStringList, events);
        QFETCH(QString, firstResponse);
        QFETCH(QString, nextUpdate);
        QFETCH(QString, resolution);
        QFETCH(QString, escalation);
        QFETCH(QStringList, upcoming);
        const auto clock = SlaClock::compute(highTerms(calendar), history(events));
        QVERIFY2(clock.ok(), qPrintable(clock.error().message));
        QCOMPARE(describe(clock->reading(Clock::FirstResponse)), firstResponse);
        QCOMPARE(describe(clock->reading(Clock::NextUpdate)), nextUpdate);
        QCOMPARE(describe(clock->reading(Clock::Resolution)), resolution);
        const QString chain =
            clock->escalationClock() ? SlaClock::clockName(*clock->escalationClock()) : u"none"_s;
        QCOMPARE(u"%1 %2"_s.arg(chain).arg(clock->escalationLevel()), escalation);
        QCOMPARE(describe(clock->nextEvents()), upcoming);
    }
    void readsAsOfNow()
    {
        // Created Saturday; the first response is due Monday 09:00Z.
        const auto clock = SlaClock::compute(highTerms(u"standard"_s),
                                             history({u"2026-12-05T10:00:00Z created"_s}));
        QVERIFY(clock.ok());
        const auto before = clock->readingAt(Clock::FirstResponse, utc(u"2026-12-07T08:30:00Z"_s));
        QCOMPARE(before.usedMinutes(), 30);
        QVERIFY(!before.breached);
        QVERIFY(!before.breachedAt.isValid());
        const auto onTheMinute =
            clock->readingAt(Clock::FirstResponse, utc(u"2026-12-07T09:00:00Z"_s));
        QCOMPARE(onTheMinute.usedMinutes(), 60);
        QVERIFY(onTheMinute.breached);
        QCOMPARE(onTheMinute.breachedAt, utc(u"2026-12-07T09:00:00Z"_s));
        // An earlier "now" reads as the last event; the stored history never changes.
        QCOMPARE(clock->readingAt(Clock::FirstResponse, utc(u"2026-12-01T00:00:00Z"_s)).usedSeconds,
                 0);
        QVERIFY(!clock->reading(Clock::FirstResponse).breached);
    }

    void writesJson()
    {
        const auto clock = SlaClock::compute(
            highTerms(u"standard"_s),
            history({u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T09:20:00Z reply"_s}));
        QVERIFY(clock.ok());
        const QJsonObject notStarted{
            {u"state"_s, u"not_started"_s}, {u"due_at"_s, QJsonValue()},
            {u"warn_at"_s, QJsonValue()},   {u"used_minutes"_s, 0},
            {u"target_minutes"_s, 240},     {u"met_at"_s, QJsonValue()},
            {u"breached"_s, false},         {u"breached_at"_s, QJsonValue()}};
        const QJsonObject expected{
            {u"first_response"_s, QJsonObject{{u"state"_s, u"met"_s},
                                              {u"due_at"_s, QJsonValue()},
                                              {u"warn_at"_s, QJsonValue()},
                                              {u"used_minutes"_s, 80},
                                              {u"target_minutes"_s, 60},
                                              {u"met_at"_s, u"2026-12-07T09:20:00Z"_s},
                                              {u"breached"_s, true},
                                              {u"breached_at"_s, u"2026-12-07T09:00:00Z"_s}}},
            {u"next_update"_s, notStarted},
            {u"resolution"_s, QJsonObject{{u"state"_s, u"running"_s},
                                          {u"due_at"_s, u"2026-12-08T16:00:00Z"_s},
                                          {u"warn_at"_s, u"2026-12-08T12:48:00Z"_s},
                                          {u"used_minutes"_s, 80},
                                          {u"target_minutes"_s, 960},
                                          {u"met_at"_s, QJsonValue()},
                                          {u"breached"_s, false},
                                          {u"breached_at"_s, QJsonValue()}}},
            {u"escalation"_s, QJsonObject{{u"clock"_s, u"first_response"_s}, {u"level"_s, 1}}}};
        QCOMPARE(clock->toJson(), expected);

        // Tuesday 16:30Z: Monday 09:20Z–16:00Z is 400 more, Tuesday 480: 960, due and past.
        QJsonObject late = expected;
        QJsonObject resolution = expected.value(u"resolution"_s).toObject();
        resolution.insert(u"used_minutes"_s, 960);
        resolution.insert(u"breached"_s, true);
        resolution.insert(u"breached_at"_s, u"2026-12-08T16:00:00Z"_s);
        late.insert(u"resolution"_s, resolution);
        QCOMPARE(clock->toJson(utc(u"2026-12-08T16:30:00Z"_s)), late);

        const QJsonArray events{QJsonObject{{u"clock"_s, u"resolution"_s},
                                            {u"cycle"_s, 1},
                                            {u"what"_s, u"warning"_s},
                                            {u"at"_s, u"2026-12-08T12:48:00Z"_s}},
                                QJsonObject{{u"clock"_s, u"resolution"_s},
                                            {u"cycle"_s, 1},
                                            {u"what"_s, u"breach"_s},
                                            {u"at"_s, u"2026-12-08T16:00:00Z"_s}}};
        QCOMPARE(clock->nextEventsJson(), events);
    }

    // A share that does not give whole minutes warns to the second: 7 minutes × 0.8 =
    // 5 minutes 36 seconds after Monday 09:00 local.
    void warnsToTheSecond()
    {
        ServiceLevels::Terms terms = highTerms(u"standard"_s);
        terms.targets.firstResponseMinutes = 7;
        const auto clock = SlaClock::compute(terms, history({u"2026-12-07T08:00:00Z created"_s}));
        QVERIFY(clock.ok());
        QCOMPARE(clock->reading(Clock::FirstResponse).warnAt, utc(u"2026-12-07T08:05:36Z"_s));
        QCOMPARE(clock->reading(Clock::FirstResponse).dueAt, utc(u"2026-12-07T08:07:00Z"_s));
    }

    void refusesBadHistory_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<int>("index");
        QTest::addRow("empty") << QStringList{} << 0;
        QTest::addRow("no creation") << QStringList{u"2026-12-07T08:00:00Z reply"_s} << 0;
        QTest::addRow("created twice")
            << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T09:00:00Z created"_s}
            << 1;
        QTest::addRow("out of order")
            << QStringList{u"2026-12-07T08:00:00Z created"_s, u"2026-12-07T09:00:00Z reply"_s,
                           u"2026-12-07T08:59:59Z customer"_s}
            << 2;
        QTest::addRow("no time") << QStringList{u"2026-12-07T08:00:00Z created"_s,
                                                u"yesterday reply"_s}
                                 << 1;
    }
    void refusesBadHistory()
    {
        QFETCH(QStringList, events);
        QFETCH(int, index);
        const auto clock = SlaClock::compute(highTerms(u"standard"_s), history(events));
        QVERIFY(!clock.ok());
        QCOMPARE(clock.error().code, u"invalid_history"_s);
        QCOMPARE(clock.error().details.value(u"event"_s).toInt(), index);
    }
};

QTEST_APPLESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
