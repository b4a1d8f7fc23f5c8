#include "domain/care/servicelevels.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::care;

namespace {

QJsonObject policy(const QString &priority, const QJsonValue &kind, qint64 first, qint64 next,
                   qint64 resolution)
{
    return QJsonObject{{u"priority"_s, priority},
                       {u"kind"_s, kind},
                       {u"first_response_minutes"_s, first},
                       {u"next_update_minutes"_s, next},
                       {u"resolution_minutes"_s, resolution}};
}

QJsonObject sample()
{
    return QJsonObject{
        {u"calendar"_s, BusinessCalendar::standard().toJson()},
        {u"warning_share"_s, 0.75},
        {u"policies"_s, QJsonArray{policy(u"urgent"_s, QJsonValue(), 15, 30, 120),
                                   policy(u"high"_s, u"payment_problem"_s, 20, 60, 240),
                                   policy(u"high"_s, QJsonValue(), 60, 240, 960),
                                   policy(u"normal"_s, QJsonValue(), 240, 480, 2400),
                                   policy(u"low"_s, QJsonValue(), 480, 960, 4800)}},
        {u"escalation"_s,
         QJsonObject{{u"qa_after_minutes"_s, 30}, {u"managers_after_minutes"_s, 120}}}};
}

} // namespace

class TestServiceLevels : public QObject
{
    Q_OBJECT
private slots:
    void standardLevels()
    {
        const ServiceLevels levels = ServiceLevels::standard();
        QCOMPARE(levels.warningShare(), 0.8);
        QCOMPARE(levels.escalation().qaAfterMinutes, 60);
        QCOMPARE(levels.escalation().managersAfterMinutes, 240);
        QVERIFY(levels.calendar() == BusinessCalendar::standard());
        using T = ServiceLevels::Targets;
        QCOMPARE(levels.targetsFor(TicketPriority::Urgent, std::nullopt), (T{30, 60, 240}));
        QCOMPARE(levels.targetsFor(TicketPriority::High, std::nullopt), (T{60, 240, 960}));
        QCOMPARE(levels.targetsFor(TicketPriority::Normal, TicketKind::Question),
                 (T{240, 480, 2400}));
        QCOMPARE(levels.targetsFor(TicketPriority::Low, std::nullopt), (T{480, 960, 4800}));
        auto again = ServiceLevels::fromJson(levels.toJson());
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->toJson(), levels.toJson());
    }

    void readsAndWrites()
    {
        auto levels = ServiceLevels::fromJson(sample());
        QVERIFY2(levels.ok(), qPrintable(levels.error().message));
        using T = ServiceLevels::Targets;
        QCOMPARE(levels->warningShare(), 0.75);
        QCOMPARE(levels->escalation().qaAfterMinutes, 30);
        QCOMPARE(levels->escalation().managersAfterMinutes, 120);
        // The kind's own policy where there is one, else the priority's.
        QCOMPARE(levels->targetsFor(TicketPriority::High, TicketKind::PaymentProblem),
                 (T{20, 60, 240}));
        QCOMPARE(levels->targetsFor(TicketPriority::High, TicketKind::Complaint),
                 (T{60, 240, 960}));
        QCOMPARE(levels->targetsFor(TicketPriority::High, std::nullopt), (T{60, 240, 960}));
        QCOMPARE(levels->targetsFor(TicketPriority::Urgent, TicketKind::PaymentProblem),
                 (T{15, 30, 120}));
        const ServiceLevels::Terms terms =
            levels->termsFor(TicketPriority::High, TicketKind::PaymentProblem);
        QCOMPARE(terms.targets, (T{20, 60, 240}));
        QCOMPARE(terms.warningShare, 0.75);
        QCOMPARE(terms.escalation.qaAfterMinutes, 30);
        QVERIFY(terms.calendar == BusinessCalendar::standard());

        // Written in priority order, the priority's own policy before its kinds.
        const QJsonArray written = levels->toJson().value(u"policies"_s).toArray();
        QCOMPARE(written.size(), 5);
        QCOMPARE(written.at(0).toObject(), policy(u"low"_s, QJsonValue(), 480, 960, 4800));
        QCOMPARE(written.at(2).toObject(), policy(u"high"_s, QJsonValue(), 60, 240, 960));
        QCOMPARE(written.at(3).toObject(), policy(u"high"_s, u"payment_problem"_s, 20, 60, 240));
        QCOMPARE(written.at(4).toObject(), policy(u"urgent"_s, QJsonValue(), 15, 30, 120));
        QJsonObject expected = sample();
        expected.insert(u"policies"_s, written);
        QCOMPARE(levels->toJson(), expected);
    }

    void refusesInvalidLevels_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QJsonObject good = sample();
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            json.insert(key, value);
            return json;
        };
        auto without = [&](const QString &key) {
            QJsonObject json = good;
            json.remove(key);
            return json;
        };
        // The sample with its second policy (high, payment_problem) changed.
        auto second = [&](const QString &key, const QJsonValue &value) {
            QJsonArray policies = good.value(u"policies"_s).toArray();
            QJsonObject changed = policies.at(1).toObject();
            if (value.isUndefined())
                changed.remove(key);
            else
                changed.insert(key, value);
            policies.replace(1, changed);
            return with(u"policies"_s, policies);
        };
        auto escalation = [&](qint64 qa, qint64 managers) {
            return with(u"escalation"_s, QJsonObject{{u"qa_after_minutes"_s, qa},
                                                     {u"managers_after_minutes"_s, managers}});
        };
        const QString invalid = u"invalid_service_levels"_s;

        QTest::addRow("unknown field") << with(u"warning"_s, 0.8) << invalid << u"warning"_s;
        QTest::addRow("no calendar") << without(u"calendar"_s) << invalid << u"calendar"_s;
        QJsonObject overlapping = BusinessCalendar::standard().toJson();
        overlapping.insert(u"hours"_s,
                           QJsonObject{{u"mon"_s, QJsonArray{QJsonArray{u"09:00"_s, u"13:00"_s},
                                                             QJsonArray{u"12:00"_s, u"17:00"_s}}}});
        QTest::addRow("overlapping hours")
            << with(u"calendar"_s, overlapping) << u"invalid_calendar"_s << u"calendar.hours.mon"_s;
        QTest::addRow("no warning share")
            << without(u"warning_share"_s) << invalid << u"warning_share"_s;
        QTest::addRow("warning share 0")
            << with(u"warning_share"_s, 0) << invalid << u"warning_share"_s;
        QTest::addRow("warning share 1")
            << with(u"warning_share"_s, 1) << invalid << u"warning_share"_s;
        QTest::addRow("warning share 80")
            << with(u"warning_share"_s, 80) << invalid << u"warning_share"_s;
        QTest::addRow("warning share text")
            << with(u"warning_share"_s, u"0.8"_s) << invalid << u"warning_share"_s;
        QTest::addRow("no policies") << without(u"policies"_s) << invalid << u"policies"_s;
        QTest::addRow("policy not an object")
            << with(u"policies"_s, QJsonArray{1}) << invalid << u"policies[0]"_s;
        QTest::addRow("missing priority")
            << second(u"priority"_s, QJsonValue(QJsonValue::Undefined)) << invalid
            << u"policies[1].priority"_s;
        QTest::addRow("unknown priority")
            << second(u"priority"_s, u"critical"_s) << invalid << u"policies[1].priority"_s;
        QTest::addRow("unknown kind")
            << second(u"kind"_s, u"praise"_s) << invalid << u"policies[1].kind"_s;
        QTest::addRow("kind a number") << second(u"kind"_s, 3) << invalid << u"policies[1].kind"_s;
        QTest::addRow("unknown policy field")
            << second(u"sla"_s, 1) << invalid << u"policies[1].sla"_s;
        QTest::addRow("missing target")
            << second(u"resolution_minutes"_s, QJsonValue(QJsonValue::Undefined)) << invalid
            << u"policies[1].resolution_minutes"_s;
        QTest::addRow("zero target") << second(u"first_response_minutes"_s, 0) << invalid
                                     << u"policies[1].first_response_minutes"_s;
        QTest::addRow("negative target") << second(u"next_update_minutes"_s, -60) << invalid
                                         << u"policies[1].next_update_minutes"_s;
        QTest::addRow("fractional target") << second(u"next_update_minutes"_s, 60.5) << invalid
                                           << u"policies[1].next_update_minutes"_s;
        QTest::addRow("target as text") << second(u"first_response_minutes"_s, u"60"_s) << invalid
                                        << u"policies[1].first_response_minutes"_s;
        QTest::addRow("target over a year") << second(u"resolution_minutes"_s, 366 * 24 * 60 + 1)
                                            << invalid << u"policies[1].resolution_minutes"_s;
        QTest::addRow("duplicate priority and kind")
            << second(u"kind"_s, QJsonValue()) << invalid << u"policies[2]"_s;
        QJsonArray withoutLow = good.value(u"policies"_s).toArray();
        withoutLow.removeLast();
        withoutLow.append(policy(u"low"_s, u"question"_s, 60, 60, 60));
        QTest::addRow("a priority without its own policy")
            << with(u"policies"_s, withoutLow) << invalid << u"policies"_s;
        QTest::addRow("no escalation") << without(u"escalation"_s) << invalid << u"escalation"_s;
        QTest::addRow("zero qa") << escalation(0, 120) << invalid
                                 << u"escalation.qa_after_minutes"_s;
        QTest::addRow("managers before qa")
            << escalation(120, 60) << invalid << u"escalation.managers_after_minutes"_s;
        QJsonObject extra{{u"qa_after_minutes"_s, 60},
                          {u"managers_after_minutes"_s, 240},
                          {u"ceo_after_minutes"_s, 480}};
        QTest::addRow("unknown escalation field")
            << with(u"escalation"_s, extra) << invalid << u"escalation.ceo_after_minutes"_s;
    }
    void refusesInvalidLevels()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto levels = ServiceLevels::fromJson(json);
        QVERIFY(!levels.ok());
        QCOMPARE(levels.error().code, code);
        QCOMPARE(levels.error().details.value(u"field"_s).toString(), field);
        QVERIFY(!levels.error().message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestServiceLevels)
#include "tst_servicelevels.moc"
