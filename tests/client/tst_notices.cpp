#include "client/care/escalationnotices.h"
#include "client/changerecord.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::client;

namespace {

// A ticket record as the change log carries it; steps are (event, time) pairs.
struct Shot
{
    qint64 id = 17;
    int level = 0;
    QString assignee;
    QList<QPair<QString, QString>> steps;
    QString at; // the change record's time
    QString entity = u"ticket"_s;
};

ChangeRecord record(const Shot &shot, qint64 seq)
{
    QJsonArray history{QJsonObject{{u"event"_s, u"created"_s},
                                   {u"status"_s, u"new"_s},
                                   {u"at"_s, u"2026-12-07T09:00:00Z"_s},
                                   {u"user"_s, u"alice"_s}}};
    for (const auto &[event, at] : shot.steps)
        history.append(QJsonObject{
            {u"event"_s, event}, {u"status"_s, u"new"_s}, {u"at"_s, at}, {u"user"_s, u"system"_s}});
    ChangeRecord change;
    change.seq = seq;
    change.entity = shot.entity;
    change.id = QString::number(shot.id);
    change.op = u"update"_s;
    change.at = shot.at;
    change.user = u"system"_s;
    change.data = {{u"id"_s, shot.id},
                   {u"number"_s, u"T-%1"_s.arg(shot.id)},
                   {u"kind"_s, u"complaint"_s},
                   {u"status"_s, u"new"_s},
                   {u"priority"_s, u"normal"_s},
                   {u"channel"_s, u"email"_s},
                   {u"subject"_s, u"Subject %1"_s.arg(shot.id)},
                   {u"customer_id"_s, 5},
                   {u"assignee"_s, shot.assignee.isEmpty() ? QJsonValue() : shot.assignee},
                   {u"escalation_level"_s, shot.level},
                   {u"history"_s, history}};
    return change;
}

const QString breach = u"sla_breach"_s;
const QString toQa = u"sla_escalate_qa"_s;
const QString toManagers = u"sla_escalate_managers"_s;

// The session of every case starts at ten.
QDateTime sessionStart()
{
    return QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
}

// "17:1": ticket 17 at level 1, in the list's order (newest first).
QStringList shown(const EscalationNotices &notices)
{
    QStringList list;
    for (const TicketNotice &notice : notices.notices())
        list.append(u"%1:%2"_s.arg(notice.ticketId).arg(int(notice.kind)));
    return list;
}

} // namespace

Q_DECLARE_METATYPE(QList<Shot>)

// Which escalations the signed-in user hears about: the level's audience, the level rising in
// a record, reached after the session began, once per ticket and level.
class TestNotices : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QList<Shot>>("records");
        QTest::addColumn<QStringList>("expected");

        const QString t5 = u"2026-12-07T10:05:00Z"_s;
        const QString t6 = u"2026-12-07T10:06:00Z"_s;
        const QString t20 = u"2026-12-07T10:20:00Z"_s;
        const QString t30 = u"2026-12-07T10:30:00Z"_s;
        const QString early = u"2026-12-07T09:50:00Z"_s;
        const Shot fresh{17, 0, u"alice"_s, {}, u"2026-12-07T10:01:00Z"_s};
        const Shot breached{17, 1, u"alice"_s, {{breach, t5}}, t5};
        const Shot queued{17, 2, u"alice"_s, {{breach, t5}, {toQa, t20}}, t20};
        const Shot managers{17, 3, u"alice"_s, {{breach, t5}, {toQa, t20}, {toManagers, t30}}, t30};

        QTest::addRow("the assignee hears a breach")
            << u"alice"_s << u"agent"_s << QList<Shot>{fresh, breached} << QStringList{u"17:1"_s};
        QTest::addRow("another agent's breach is not news")
            << u"bob"_s << u"agent"_s << QList<Shot>{fresh, breached} << QStringList{};
        QTest::addRow("a breach of nobody's ticket")
            << u"alice"_s << u"agent"_s << QList<Shot>{Shot{17, 1, {}, {{breach, t5}}, t5}}
            << QStringList{};
        QTest::addRow("taking a breached ticket is not news")
            << u"alice"_s << u"agent"_s
            << QList<Shot>{Shot{17, 1, {}, {{breach, t5}}, t5},
                           Shot{17, 1, u"alice"_s, {{breach, t5}}, t6}}
            << QStringList{};
        QTest::addRow("qa hears the QA queue")
            << u"quinn"_s << u"qa"_s << QList<Shot>{fresh, breached, queued}
            << QStringList{u"17:2"_s};
        QTest::addRow("a manager hears the managers' step")
            << u"mia"_s << u"manager"_s << QList<Shot>{fresh, breached, queued, managers}
            << QStringList{u"17:3"_s};
        QTest::addRow("an admin hears the managers' step")
            << u"root"_s << u"admin"_s << QList<Shot>{managers} << QStringList{u"17:3"_s};
        QTest::addRow("the assignee hears only the breach")
            << u"alice"_s << u"agent"_s << QList<Shot>{fresh, breached, queued, managers}
            << QStringList{u"17:1"_s};
        QTest::addRow("qa hears neither breach nor managers")
            << u"quinn"_s << u"qa"_s << QList<Shot>{breached, managers} << QStringList{u"17:2"_s};
        QTest::addRow("a jump raises each level that concerns, newest first")
            << u"mia"_s << u"manager"_s << QList<Shot>{Shot{17, 3, u"mia"_s, managers.steps, t30}}
            << QStringList{u"17:3"_s, u"17:1"_s};
        QTest::addRow("a breach before the session is old news")
            << u"alice"_s << u"agent"_s
            << QList<Shot>{Shot{17, 1, u"alice"_s, {{breach, early}}, t5}} << QStringList{};
        QTest::addRow("without history the record's time decides: before")
            << u"alice"_s << u"agent"_s << QList<Shot>{Shot{17, 1, u"alice"_s, {}, early}}
            << QStringList{};
        QTest::addRow("without history the record's time decides: after")
            << u"alice"_s << u"agent"_s << QList<Shot>{Shot{17, 1, u"alice"_s, {}, t5}}
            << QStringList{u"17:1"_s};
        QTest::addRow("a replayed record raises nothing new")
            << u"alice"_s << u"agent"_s << QList<Shot>{fresh, breached, breached, fresh, breached}
            << QStringList{u"17:1"_s};
        QTest::addRow("old breach, the managers' step in the session")
            << u"mia"_s << u"manager"_s
            << QList<Shot>{Shot{
                   17, 3, u"mia"_s, {{breach, early}, {toQa, early}, {toManagers, t30}}, t30}}
            << QStringList{u"17:3"_s};
        QTest::addRow("a second clock's breach keeps level 1")
            << u"alice"_s << u"agent"_s
            << QList<Shot>{breached, Shot{17, 1, u"alice"_s, {{breach, t5}, {breach, t30}}, t30}}
            << QStringList{u"17:1"_s};
        QTest::addRow("tickets apart, newest first")
            << u"mia"_s << u"manager"_s
            << QList<Shot>{managers, Shot{18, 3, {}, {{toManagers, t20}}, t20}}
            << QStringList{u"17:3"_s, u"18:3"_s};
        QTest::addRow("other entities are ignored")
            << u"alice"_s << u"agent"_s
            << QList<Shot>{Shot{17, 1, u"alice"_s, {{breach, t5}}, t5, u"order"_s}}
            << QStringList{};
    }

    void decides()
    {
        QFETCH(QString, user);
        QFETCH(QString, role);
        QFETCH(QList<Shot>, records);
        QFETCH(QStringList, expected);
        EscalationNotices notices(user, role, sessionStart());
        QSignalSpy raised(&notices, &EscalationNotices::raised);
        // One record at a time, as the live feed brings them.
        qint64 seq = 0;
        for (const Shot &shot : std::as_const(records))
            notices.applyChanges({record(shot, ++seq)});
        QCOMPARE(shown(notices), expected);
        QCOMPARE(notices.unreadCount(), expected.size());
        int announced = 0;
        for (const QList<QVariant> &call : std::as_const(raised))
            announced += int(call.at(0).value<QList<TicketNotice>>().size());
        QCOMPARE(announced, expected.size());
    }

    void oneBatchAnnouncesOnce()
    {
        // A catch-up after a reconnect brings several records at once: one announcement.
        EscalationNotices notices(u"mia"_s, u"manager"_s, sessionStart());
        QSignalSpy raised(&notices, &EscalationNotices::raised);
        notices.applyChanges({record(Shot{17,
                                          3,
                                          {},
                                          {{toManagers, u"2026-12-07T10:20:00Z"_s}},
                                          u"2026-12-07T10:20:00Z"_s},
                                     1),
                              record(Shot{18,
                                          3,
                                          {},
                                          {{toManagers, u"2026-12-07T10:40:00Z"_s}},
                                          u"2026-12-07T10:40:00Z"_s},
                                     2)});
        QCOMPARE(raised.size(), 1);
        const auto fresh = raised.first().at(0).value<QList<TicketNotice>>();
        QCOMPARE(fresh.size(), 2);
        QCOMPARE(fresh.first().ticketId, qint64(18)); // newest first
        QCOMPARE(fresh.first().number, u"T-18"_s);
        QCOMPARE(fresh.first().subject, u"Subject 18"_s);
        QCOMPARE(fresh.first().at, QDateTime::fromString(u"2026-12-07T10:40:00Z"_s, Qt::ISODate));
    }

    void readAndUnread()
    {
        EscalationNotices notices(u"mia"_s, u"manager"_s, sessionStart());
        for (qint64 id : {17, 18, 19})
            notices.applyChanges(
                {record(Shot{id, 3, {}, {}, u"2026-12-07T10:%1:00Z"_s.arg(id)}, id)});
        QCOMPARE(notices.unreadCount(), 3);
        QSignalSpy changed(&notices, &EscalationNotices::changed);
        notices.markRead(1);
        QCOMPARE(notices.unreadCount(), 2);
        QVERIFY(notices.notices().at(1).read);
        QCOMPARE(notices.notices().at(1).ticketId, qint64(18));
        notices.markRead(1); // read already: nothing changes
        notices.markRead(7); // no such notice
        notices.markRead(-1);
        QCOMPARE(changed.size(), 1);
        notices.markAllRead();
        QCOMPARE(notices.unreadCount(), 0);
        notices.markAllRead();
        QCOMPARE(changed.size(), 2);
    }

    void unreadableRecordIsSkipped()
    {
        EscalationNotices notices(u"alice"_s, u"agent"_s, sessionStart());
        ChangeRecord broken = record(Shot{17, 1, u"alice"_s, {}, u"2026-12-07T10:05:00Z"_s}, 1);
        broken.data.remove(u"number"_s);
        notices.applyChanges({broken});
        QVERIFY(notices.notices().isEmpty());
        // The ticket was not taken as seen: its next readable record still counts.
        notices.applyChanges({record(Shot{17, 1, u"alice"_s, {}, u"2026-12-07T10:05:00Z"_s}, 2)});
        QCOMPARE(shown(notices), QStringList{u"17:1"_s});
    }

    void eachKindIsWorded()
    {
        QSet<QString> texts;
        for (auto kind : {TicketNotice::Kind::Breached, TicketNotice::Kind::JoinedQaQueue,
                          TicketNotice::Kind::ManagersNotified})
            texts.insert(EscalationNotices::describe(kind));
        QCOMPARE(texts.size(), 3);
        QVERIFY(!texts.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
