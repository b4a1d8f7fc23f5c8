// GET /api/v1/reports/care through a real server: tickets with known histories, made through
// the API and then moved back in time while the server is down, give exact response and
// resolution times, targets kept, breaches, escalations and QA causes per agent, kind and
// channel; QA findings per month; bad queries get the documented 4xx.

#include "client/apiclient.h"
#include "client/carereport.h"
#include "client/reportsclient.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include "storage/database.h"
#include "storage/storageconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

// A calendar open round the clock, so that business minutes are wall-clock minutes: first
// response in 60 minutes, next update in 120, resolution in 600.
QJsonObject alwaysOpen()
{
    QJsonObject hours;
    for (const QString &day :
         {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s}) {
        hours.insert(day, QJsonArray{QJsonArray{u"00:00"_s, u"24:00"_s}});
    }
    QJsonArray policies;
    for (const QString &priority : {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s}) {
        policies.append(QJsonObject{{u"priority"_s, priority},
                                    {u"kind"_s, QJsonValue()},
                                    {u"first_response_minutes"_s, 60},
                                    {u"next_update_minutes"_s, 120},
                                    {u"resolution_minutes"_s, 600}});
    }
    return {{u"calendar"_s, QJsonObject{{u"time_zone"_s, u"Europe/Berlin"_s},
                                        {u"hours"_s, hours},
                                        {u"holidays"_s, QJsonArray()}}},
            {u"warning_share"_s, 0.5},
            {u"policies"_s, policies},
            {u"escalation"_s,
             QJsonObject{{u"qa_after_minutes"_s, 15}, {u"managers_after_minutes"_s, 30}}}};
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QString minutes(const QJsonValue &value)
{
    return value.isNull() ? u"-"_s : QString::number(value.toInteger());
}

QString percent(const QJsonValue &value)
{
    return value.isNull() ? u"-"_s : QString::number(value.toDouble(), 'f', 1);
}

// "tickets | answered median p90 within pct | resolved median p90 within pct | breaches
// escalations | causes", the causes found as cause=count.
QString figures(const QJsonObject &f)
{
    const QJsonObject first = f[u"first_response"_s].toObject();
    const QJsonObject done = f[u"resolution"_s].toObject();
    QStringList causes;
    const QJsonObject qa = f[u"qa_causes"_s].toObject();
    for (auto it = qa.begin(); it != qa.end(); ++it) {
        if (it.value().toInteger() > 0)
            causes << u"%1=%2"_s.arg(it.key()).arg(it.value().toInteger());
    }
    return u"%1 | %2 %3 %4 %5 %6 | %7 %8 %9 %10 %11 | %12 %13 | %14"_s
        .arg(f[u"tickets"_s].toInteger())
        .arg(first[u"answered"_s].toInteger())
        .arg(minutes(first[u"median_minutes"_s]), minutes(first[u"p90_minutes"_s]))
        .arg(first[u"within_target"_s].toInteger())
        .arg(percent(first[u"within_target_pct"_s]))
        .arg(done[u"resolved"_s].toInteger())
        .arg(minutes(done[u"median_minutes"_s]), minutes(done[u"p90_minutes"_s]))
        .arg(done[u"within_target"_s].toInteger())
        .arg(percent(done[u"within_target_pct"_s]))
        .arg(f[u"breaches"_s].toInteger())
        .arg(f[u"escalations"_s].toInteger())
        .arg(causes.join(u' '));
}

const QString range = u"from=2026-03-01&to=2026-04-30"_s;

} // namespace

class TestCareReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rows_data();
    void rows();
    void totals();
    void causesByMonth();
    void emptyRange();
    void errors_data();
    void errors();
    void clientReadsTheReport();

private:
    // A ticket's story: after each API step, how many history entries it had and how many
    // minutes after its start that step is to have happened.
    struct Story
    {
        qint64 id = 0;
        QDateTime start;
        QList<QPair<qsizetype, int>> marks;
        QDateTime qaAt;
    };

    bool step(Story &story, int minutes, const HttpReply &reply);
    Story open(const QDateTime &start, const QString &kind, const QString &channel,
               const QString &assignee);
    void tellStories();
    bool moveBackInTime();
    QJsonObject care(const QString &query);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    qint64 m_customer = 0;
    QList<Story> m_stories;
};

bool TestCareReport::step(Story &story, int minutes, const HttpReply &reply)
{
    if (reply.status != 200 && reply.status != 201) {
        qWarning() << "step failed:" << reply.status << reply.body;
        return false;
    }
    story.marks.append({reply.json()[u"history"_s].toArray().size(), minutes});
    return true;
}

TestCareReport::Story TestCareReport::open(const QDateTime &start, const QString &kind,
                                           const QString &channel, const QString &assignee)
{
    QJsonObject body{{u"kind"_s, kind},
                     {u"customer_id"_s, m_customer},
                     {u"channel"_s, channel},
                     {u"priority"_s, u"normal"_s},
                     {u"subject"_s, u"Ticket of %1"_s.arg(start.toString(Qt::ISODate))}};
    if (!assignee.isEmpty())
        body.insert(u"assignee"_s, assignee);
    Story story;
    story.start = start;
    const HttpReply created = m_shop->as(u"agent"_s).post(u"/api/v1/tickets"_s, body);
    if (step(story, 0, created))
        story.id = created.json()[u"id"_s].toInteger();
    return story;
}

void TestCareReport::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    SHOPDESK_REQUIRE_BACKEND(*m_server);
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
    QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
    m_customer = m_shop->addCustomer(u"Ida Sommer"_s);
    QVERIFY(m_customer > 0);
    const QList<std::pair<QString, QString>> users{{u"alex"_s, u"agent"_s}, {u"quinn"_s, u"qa"_s}};
    for (const auto &[name, role] : users) {
        QCOMPARE(m_shop->as(u"admin"_s)
                     .post(u"/api/v1/users"_s, {{u"username"_s, name},
                                                {u"password"_s, name + u"-password-1"_s},
                                                {u"role"_s, role}})
                     .status,
                 201);
    }
    m_qa = std::make_unique<TestHttp>(m_server->baseUrl());
    QVERIFY(m_qa->login(u"quinn"_s, u"quinn-password-1"_s));
    QCOMPARE(m_shop->as(u"manager"_s)
                 .send("PUT", u"/api/v1/service-levels"_s, QJsonDocument(alwaysOpen()).toJson())
                 .status,
             200);
    tellStories();
    QCOMPARE(m_stories.size(), 7);
    for (const Story &story : m_stories)
        QVERIFY(story.id > 0);
    QCOMPARE(m_server->stop(), 0);
    QVERIFY(moveBackInTime());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    // A note is a change: the server computes each ticket's clocks anew from its history.
    for (const Story &story : m_stories) {
        QCOMPARE(m_shop->as(u"manager"_s)
                     .post(u"/api/v1/tickets/%1/messages"_s.arg(story.id),
                           {{u"kind"_s, u"internal"_s}, {u"text"_s, u"Reviewed."_s}})
                     .status,
                 201);
    }
}

void TestCareReport::cleanupTestCase()
{
    m_qa.reset();
    m_shop.reset();
    m_server.reset();
}

void TestCareReport::tellStories()
{
    TestHttp &agent = m_shop->as(u"agent"_s);
    auto path = [](const Story &s, const QString &tail) {
        return u"/api/v1/tickets/%1/"_s.arg(s.id) + tail;
    };
    auto reply = [&](Story &s, int at) {
        return step(s, at,
                    agent.post(path(s, u"messages"_s),
                               {{u"kind"_s, u"public"_s}, {u"text"_s, u"We are on it."_s}}));
    };
    auto status = [&](Story &s, int at, const QString &to) {
        return step(s, at, agent.post(path(s, u"status"_s), {{u"status"_s, to}}));
    };
    auto settle = [&](Story &s, int at, const QString &cause) {
        return step(s, at,
                    m_qa->post(path(s, u"qa"_s), {{u"cause"_s, cause},
                                                  {u"action"_s, u"Told the team."_s},
                                                  {u"outcome"_s, u"resolve"_s}}));
    };

    // 1: answered after 10 minutes, resolved after 100: both in target.
    Story one = open(utc(u"2026-03-02T09:00:00Z"_s), u"complaint"_s, u"email"_s, u"agent"_s);
    QVERIFY(reply(one, 10) && status(one, 100, u"resolved"_s));
    // 2: answered after 90 and resolved after 700 minutes: both targets missed.
    Story two = open(utc(u"2026-03-03T09:00:00Z"_s), u"question"_s, u"chat"_s, u"agent"_s);
    QVERIFY(reply(two, 90) && status(two, 700, u"resolved"_s));
    // 3: in target, but the customer's second message waited 160 minutes for an update.
    Story three = open(utc(u"2026-03-04T09:00:00Z"_s), u"complaint"_s, u"phone"_s, u"alex"_s);
    QVERIFY(reply(three, 30));
    QVERIFY(step(three, 40,
                 agent.post(path(three, u"messages"_s),
                            {{u"kind"_s, u"customer"_s}, {u"text"_s, u"Any news?"_s}})));
    QVERIFY(reply(three, 200) && status(three, 300, u"resolved"_s));
    // 4: escalated by hand after its answer; QA found a packing fault and resolved it.
    Story four = open(utc(u"2026-03-05T09:00:00Z"_s), u"complaint"_s, u"email"_s, u"alex"_s);
    QVERIFY(reply(four, 20));
    QVERIFY(step(four, 25, agent.post(path(four, u"escalate"_s), {{u"reason"_s, u"Again."_s}})));
    QVERIFY(settle(four, 50, u"packing"_s));
    four.qaAt = utc(u"2026-03-10T12:00:00Z"_s);
    // 5: nobody's, never answered, escalated and settled by QA (the courier) after 45.
    Story five = open(utc(u"2026-03-06T09:00:00Z"_s), u"delivery_problem"_s, u"web"_s, QString());
    QVERIFY(step(five, 5, agent.post(path(five, u"escalate"_s), QJsonObject())));
    QVERIFY(settle(five, 45, u"courier"_s));
    five.qaAt = utc(u"2026-04-05T12:00:00Z"_s);
    // 6: answered after 40, then waiting on the customer: not resolved, nothing breached.
    Story six = open(utc(u"2026-04-07T09:00:00Z"_s), u"question"_s, u"email"_s, u"agent"_s);
    QVERIFY(reply(six, 40) && status(six, 41, u"waiting_on_customer"_s));
    // 7: opened before the range; only its QA finding, in April, is in the range.
    Story seven = open(utc(u"2026-02-20T09:00:00Z"_s), u"complaint"_s, u"email"_s, u"agent"_s);
    QVERIFY(reply(seven, 5));
    QVERIFY(step(seven, 6, agent.post(path(seven, u"escalate"_s), QJsonObject())));
    QVERIFY(settle(seven, 10, u"courier"_s));
    seven.qaAt = utc(u"2026-04-20T12:00:00Z"_s);
    m_stories = {one, two, three, four, five, six, seven};
}

bool TestCareReport::moveBackInTime()
{
    const QStringList storage = m_server->storageArguments();
    const auto option = [&storage](const QString &name) {
        const qsizetype at = storage.indexOf(name);
        return at >= 0 ? storage.value(at + 1) : QString();
    };
    auto config =
        shopdesk::storage::StorageConfig::fromOptions(option(u"--data"_s), option(u"--database"_s));
    if (!config)
        return false;
    auto db = shopdesk::storage::Database::open(config.value(), u"care-history"_s);
    if (!db)
        return false;
    for (const Story &story : m_stories) {
        auto rows = db.value()->fetch(
            u"SELECT id FROM ticket_history WHERE ticket_id = ? ORDER BY id"_s, {story.id});
        if (!rows)
            return false;
        QList<qint64> ids;
        while (rows.value().next())
            ids.append(rows.value().value(0).toLongLong());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            int minutes = story.marks.last().second;
            for (const auto &[count, at] : story.marks) {
                if (count > i) {
                    minutes = at;
                    break;
                }
            }
            const qint64 at = story.start.addSecs(qint64(minutes) * 60).toMSecsSinceEpoch();
            if (!db.value()->exec(u"UPDATE ticket_history SET at = ? WHERE id = ?"_s,
                                  {at, ids.at(i)})) {
                return false;
            }
        }
        const qint64 start = story.start.toMSecsSinceEpoch();
        if (!db.value()->exec(u"UPDATE tickets SET created_at = ?, updated_at = ? WHERE id = ?"_s,
                              {start, start, story.id})) {
            return false;
        }
        if (story.qaAt.isValid() &&
            !db.value()->exec(u"UPDATE tickets SET qa_at = ? WHERE id = ?"_s,
                              {story.qaAt.toMSecsSinceEpoch(), story.id})) {
            return false;
        }
    }
    return true;
}

QJsonObject TestCareReport::care(const QString &query)
{
    const HttpReply reply = m_shop->as(u"manager"_s).get(u"/api/v1/reports/care?"_s + query);
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

void TestCareReport::rows_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("rows"); // key, label: figures()
    QTest::newRow("agent") << u"agent"_s
                           << QStringList{
                                  u"agent, agent: 3 | 3 40 90 2 66.7 | 2 100 700 1 50.0 | 1 0 | "_s,
                                  u"alex, alex: 2 | 2 20 30 2 100.0 | 2 50 300 2 100.0 | 1 1 | "
                                  "packing=1"_s,
                                  u", Unassigned: 1 | 0 - - 0 - | 1 45 45 1 100.0 | 0 1 | "
                                  "courier=1"_s};
    QTest::newRow("kind") << u"kind"_s
                          << QStringList{u"complaint, Complaint: 3 | 3 20 30 3 100.0 | "
                                         "3 100 300 3 100.0 | 1 1 | packing=1"_s,
                                         u"question, Question: 2 | 2 40 90 1 50.0 | "
                                         "1 700 700 0 0.0 | 1 0 | "_s,
                                         u"delivery_problem, Delivery problem: 1 | 0 - - 0 - | "
                                         "1 45 45 1 100.0 | 0 1 | courier=1"_s};
    QTest::newRow("channel") << u"channel"_s
                             << QStringList{u"email, E-mail: 3 | 3 20 40 3 100.0 | "
                                            "2 50 100 2 100.0 | 0 1 | packing=1"_s,
                                            u"chat, Chat: 1 | 1 90 90 0 0.0 | "
                                            "1 700 700 0 0.0 | 1 0 | "_s,
                                            u"phone, Phone: 1 | 1 30 30 1 100.0 | "
                                            "1 300 300 1 100.0 | 1 0 | "_s,
                                            u"web, Web: 1 | 0 - - 0 - | "
                                            "1 45 45 1 100.0 | 0 1 | courier=1"_s};
}

void TestCareReport::rows()
{
    QFETCH(QString, group);
    QFETCH(QStringList, rows);
    const QJsonObject answer = care(range + u"&group="_s + group);
    QCOMPARE(answer[u"report"_s].toString(), u"care"_s);
    QCOMPARE(answer[u"group"_s].toString(), group);
    QCOMPARE(answer[u"percentile_method"_s].toString(), u"nearest_rank"_s);
    QStringList got;
    for (const QJsonValue &row : answer[u"rows"_s].toArray()) {
        got << u"%1, %2: "_s.arg(row[u"key"_s].toString(), row[u"label"_s].toString()) +
                   figures(row.toObject());
    }
    QCOMPARE(got, rows);
}

void TestCareReport::totals()
{
    // The same whichever the grouping; agent is the default.
    const QString expected = u"6 | 5 30 90 4 80.0 | 5 100 700 4 80.0 | 2 2 | courier=1 packing=1"_s;
    for (const QString &query : {range, range + u"&group=kind"_s, range + u"&group=channel"_s}) {
        const QJsonObject answer = care(query);
        QCOMPARE(figures(answer[u"totals"_s].toObject()), expected);
    }
    QCOMPARE(care(range)[u"group"_s].toString(), u"agent"_s);
}

void TestCareReport::causesByMonth()
{
    // By when QA recorded the finding: ticket 7 was opened before the range.
    const QJsonArray months = care(range)[u"causes_by_month"_s].toArray();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0][u"month"_s].toString(), u"2026-03"_s);
    QCOMPARE(months[0][u"findings"_s].toInteger(), 1);
    QCOMPARE(months[0][u"causes"_s][u"packing"_s].toInteger(), 1);
    QCOMPARE(months[0][u"causes"_s][u"courier"_s].toInteger(), 0);
    QCOMPARE(months[1][u"month"_s].toString(), u"2026-04"_s);
    QCOMPARE(months[1][u"findings"_s].toInteger(), 2);
    QCOMPARE(months[1][u"causes"_s][u"courier"_s].toInteger(), 2);
    QCOMPARE(months[1][u"causes"_s].toObject().size(), 7);
    // One month of the range only.
    const QJsonArray april =
        care(u"from=2026-04-01&to=2026-04-30"_s)[u"causes_by_month"_s].toArray();
    QCOMPARE(april.size(), 1);
    QCOMPARE(april[0][u"findings"_s].toInteger(), 2);
}

void TestCareReport::emptyRange()
{
    const QJsonObject answer = care(u"from=2026-01-01&to=2026-01-31&group=kind"_s);
    QCOMPARE(answer[u"rows"_s].toArray().size(), 0);
    QCOMPARE(figures(answer[u"totals"_s].toObject()), u"0 | 0 - - 0 - | 0 - - 0 - | 0 0 | "_s);
    const QJsonArray months = answer[u"causes_by_month"_s].toArray();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months[0][u"findings"_s].toInteger(), 0);
}

void TestCareReport::errors_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString m = u"manager"_s;
    QTest::newRow("unknown group") << m << u"group=team"_s << 422 << u"unknown_group"_s;
    QTest::newRow("empty group") << m << u"group="_s << 422 << u"unknown_group"_s;
    QTest::newRow("range backwards")
        << m << u"from=2026-04-30&to=2026-03-01"_s << 422 << u"invalid_range"_s;
    QTest::newRow("not a date") << m << u"from=soon&to=2026-04-30"_s << 400
                                << u"invalid_parameter"_s;
    QTest::newRow("group twice") << m << u"group=kind&group=agent"_s << 400
                                 << u"invalid_parameter"_s;
    QTest::newRow("channel filter") << m << u"channel=web"_s << 400 << u"unknown_parameter"_s;
    QTest::newRow("dimension") << m << u"dimension=product"_s << 400 << u"unknown_parameter"_s;
    QTest::newRow("agent") << u"agent"_s << u"group=agent"_s << 403 << u"forbidden"_s;
    QTest::newRow("qa") << u"qa"_s << u"group=agent"_s << 403 << u"forbidden"_s;
}

void TestCareReport::errors()
{
    QFETCH(QString, role);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    TestHttp &http = role == u"qa"_s ? *m_qa : m_shop->as(role);
    const HttpReply reply = http.get(u"/api/v1/reports/care?"_s + query);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json()[u"error"_s][u"message"_s].toString().isEmpty());
    // A report changes nothing: the figures read the same afterwards.
    QCOMPARE(figures(care(range)[u"totals"_s].toObject()),
             u"6 | 5 30 90 4 80.0 | 5 100 700 4 80.0 | 2 2 | courier=1 packing=1"_s);
}

void TestCareReport::clientReadsTheReport()
{
    // What the trends screen gets: the typed report, which writes the same JSON back.
    shopdesk::client::ApiClient api(m_server->baseUrl());
    api.setToken(m_shop->token(u"manager"_s));
    shopdesk::reports::ReportsClient client(&api);
    QSignalSpy results(&client, &shopdesk::reports::ReportSource::resultReady);
    QSignalSpy failed(&client, &shopdesk::reports::ReportSource::reportFailed);
    const quint64 id = client.request(u"care"_s, QUrlQuery(range + u"&group=channel"_s));
    QVERIFY(results.wait(10000));
    QCOMPARE(results.first().at(0).value<quint64>(), id);
    const auto result = results.first().at(2).value<shopdesk::reports::ReportResult>();
    const shopdesk::reports::CareReport &report = result.care();
    QCOMPARE(report.group, u"channel"_s);
    QCOMPARE(report.rows.size(), 4);
    QCOMPARE(report.rows[0].label, u"E-mail"_s);
    QCOMPARE(report.rows[0].firstResponse.p90Minutes.value_or(-1), 40);
    QCOMPARE(report.totals.resolution.withinTargetPct.value_or(-1), 80.0);
    QCOMPARE(report.totals.qaCauses.value(u"courier"_s), 1);
    QCOMPARE(report.causesByMonth.size(), 2);
    QCOMPARE(result.toJson(), care(range + u"&group=channel"_s));
    client.request(u"care"_s, QUrlQuery(u"group=colour"_s));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(2).value<shopdesk::Error>().code, u"unknown_group"_s);
}

QTEST_GUILESS_MAIN(TestCareReport)
#include "tst_care.moc"
