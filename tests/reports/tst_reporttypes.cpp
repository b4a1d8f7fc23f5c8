// The typed report answers: every report the service writes reads back into its type and
// writes out as the same JSON, and an answer with a field missing or of the wrong type is
// refused with the field's name instead of showing made-up figures.

#include "client/reportresult.h"
#include "fixtureshop.h"
#include "reports/reportservice.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::reports::ReportResult;
using shopdesk::reports::ReportService;
using shopdesk::test::FixtureShop;
using shopdesk::test::TestDatabase;

namespace {

// A JSON value found by a path such as "rows.0.label".
QJsonValue changed(const QJsonValue &value, QStringList path, const QJsonValue &replacement)
{
    const QString step = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = step.toInt();
        array[index] = path.isEmpty() ? replacement : changed(array[index], path, replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    if (path.isEmpty() && replacement.isUndefined())
        object.remove(step);
    else
        object[step] = path.isEmpty() ? replacement : changed(object[step], path, replacement);
    return object;
}

} // namespace

class TestReportTypes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void badFields_data();
    void badFields();
    void nullFiguresAreEmpty();
    void unknownReport();
    void wrongKindReadsEmpty();

private:
    QJsonObject run(const QString &report, const QString &query)
    {
        auto answer = m_service->run(report, QUrlQuery(query), u"manager"_s);
        if (!answer)
            qWarning() << answer.error().code << answer.error().message;
        return answer.valueOr(QJsonObject());
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ReportService> m_service;
};

void TestReportTypes::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const QString error = m_database->open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    FixtureShop(m_database->db()).writeStandard();
    m_service = std::make_unique<ReportService>(m_database->db(), u"EUR"_s);
    m_service->setClock(
        [] { return FixtureShop::at(u"2026-07-15T00:00:00"_s).toMSecsSinceEpoch(); });
}

void TestReportTypes::roundTrip_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("query");
    const QString q2 = u"quarter=2026-Q2"_s;
    QTest::addRow("sales by product, monthly") << u"sales"_s << q2 + u"&period=month"_s;
    QTest::addRow("sales by category") << u"sales"_s << q2 + u"&dimension=category"_s;
    QTest::addRow("sales by channel, one category")
        << u"sales"_s << q2 + u"&dimension=channel&category=Tents"_s;
    QTest::addRow("sales, empty quarter") << u"sales"_s << u"quarter=2025-Q1"_s;
    QTest::addRow("growth by category") << u"growth"_s << q2 + u"&dimension=category"_s;
    QTest::addRow("growth, one channel") << u"growth"_s << q2 + u"&channel=web"_s;
    QTest::addRow("movers") << u"movers"_s << q2;
    QTest::addRow("movers by category") << u"movers"_s << q2 + u"&dimension=category"_s;
    QTest::addRow("stockouts") << u"stockouts"_s << q2;
    QTest::addRow("stockouts, current quarter") << u"stockouts"_s << u"quarter=2026-Q3"_s;
    QTest::addRow("customers monthly") << u"customers"_s << q2 + u"&period=month"_s;
    QTest::addRow("service") << u"service"_s << q2;
    QTest::addRow("service, empty quarter") << u"service"_s << u"quarter=2025-Q1"_s;
    QTest::addRow("care by kind, no tickets") << u"care"_s << q2 + u"&group=kind"_s;
}

void TestReportTypes::roundTrip()
{
    QFETCH(QString, report);
    QFETCH(QString, query);
    const QJsonObject json = run(report, query);
    QVERIFY(!json.isEmpty());
    auto typed = ReportResult::fromJson(report, json);
    QVERIFY2(typed.ok(), qPrintable(typed.error().message));
    QCOMPARE(typed->report(), report);
    QCOMPARE(typed->header().currency, u"EUR"_s);
    QCOMPARE(typed->toJson(), json);
}

void TestReportTypes::badFields_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("replacement"); // undefined: the field is removed
    QTest::addColumn<QString>("field");

    const QJsonValue gone(QJsonValue::Undefined);
    QTest::addRow("sales without range") << u"sales"_s << u"range"_s << gone << u"range"_s;
    QTest::addRow("sales with a bad date")
        << u"sales"_s << u"range.from"_s << QJsonValue(u"June"_s) << u"from"_s;
    QTest::addRow("sales without currency") << u"sales"_s << u"currency"_s << gone << u"currency"_s;
    QTest::addRow("sales rows not a list")
        << u"sales"_s << u"rows"_s << QJsonValue(u"none"_s) << u"rows"_s;
    QTest::addRow("sales row not an object")
        << u"sales"_s << u"rows.0"_s << QJsonValue(3) << u"rows"_s;
    QTest::addRow("sales row without label")
        << u"sales"_s << u"rows.0.label"_s << gone << u"label"_s;
    QTest::addRow("sales revenue as a number")
        << u"sales"_s << u"totals.revenue"_s << QJsonValue(1200) << u"revenue"_s;
    QTest::addRow("sales units as text")
        << u"sales"_s << u"rows.0.units"_s << QJsonValue(u"3"_s) << u"units"_s;
    QTest::addRow("sales share as text") << u"sales"_s << u"rows.0.revenue_share_pct"_s
                                         << QJsonValue(u"50"_s) << u"revenue_share_pct"_s;
    QTest::addRow("sales without row_count")
        << u"sales"_s << u"row_count"_s << gone << u"row_count"_s;
    QTest::addRow("growth without year_ago")
        << u"growth"_s << u"year_ago"_s << gone << u"year_ago"_s;
    QTest::addRow("growth percent missing")
        << u"growth"_s << u"totals.vs_previous_pct.revenue"_s << gone << u"revenue"_s;
    QTest::addRow("movers without up") << u"movers"_s << u"up"_s << gone << u"up"_s;
    QTest::addRow("movers change missing")
        << u"movers"_s << u"up.0.change"_s << gone << u"change"_s;
    QTest::addRow("stockouts flag as number")
        << u"stockouts"_s << u"rows.0.currently_out"_s << QJsonValue(1) << u"currently_out"_s;
    QTest::addRow("stockouts bad interval")
        << u"stockouts"_s << u"rows.0.intervals.0.from"_s << QJsonValue(u"soon"_s) << u"from"_s;
    QTest::addRow("stockouts lost revenue missing")
        << u"stockouts"_s << u"totals.lost_revenue"_s << gone << u"lost_revenue"_s;
    QTest::addRow("customers without series")
        << u"customers"_s << u"series"_s << gone << u"series"_s;
    QTest::addRow("customers bucket missing")
        << u"customers"_s << u"series.0.bucket"_s << gone << u"bucket"_s;
    QTest::addRow("service median as text")
        << u"service"_s << u"totals.median_seconds_to_payment"_s << QJsonValue(u"1h"_s)
        << u"median_seconds_to_payment"_s;
    QTest::addRow("service row without key") << u"service"_s << u"rows.0.key"_s << gone << u"key"_s;
    QTest::addRow("care without first response")
        << u"care"_s << u"totals.first_response"_s << gone << u"first_response"_s;
    QTest::addRow("care median as text") << u"care"_s << u"totals.resolution.median_minutes"_s
                                         << QJsonValue(u"1h"_s) << u"median_minutes"_s;
    QTest::addRow("care month as number")
        << u"care"_s << u"causes_by_month.0.month"_s << QJsonValue(3) << u"month"_s;
    QTest::addRow("care cause count as text")
        << u"care"_s << u"causes_by_month.1.causes.courier"_s << QJsonValue(u"2"_s) << u"courier"_s;
}

void TestReportTypes::badFields()
{
    QFETCH(QString, report);
    QFETCH(QString, path);
    QFETCH(QJsonValue, replacement);
    QFETCH(QString, field);
    const QJsonObject json = run(report, u"quarter=2026-Q2"_s);
    QVERIFY(ReportResult::fromJson(report, json).ok());
    const QJsonObject broken = changed(json, path.split(u'.'), replacement).toObject();
    QVERIFY(broken != json);
    auto typed = ReportResult::fromJson(report, broken);
    QVERIFY(!typed.ok());
    QCOMPARE(typed.error().code, u"invalid_answer"_s);
    QCOMPARE(typed.error().details.value(u"answer"_s).toString(), report);
    QCOMPARE(typed.error().details.value(u"field"_s).toString(), field);
    QVERIFY(typed.error().message.contains(field));
}

void TestReportTypes::nullFiguresAreEmpty()
{
    // Nothing to compare with, nothing paid: null in JSON, empty in the type, null again.
    QJsonObject json = run(u"service"_s, u"quarter=2025-Q1"_s);
    auto service = ReportResult::fromJson(u"service"_s, json);
    QVERIFY(service.ok());
    QVERIFY(!service->service().totals.medianSecondsToPayment);
    QVERIFY(!service->service().totals.averageSecondsToPayment);
    QCOMPARE(service->service().totals.ordersHandled, 0);

    json = run(u"growth"_s, u"quarter=2025-Q2&dimension=category"_s);
    auto growth = ReportResult::fromJson(u"growth"_s, json);
    QVERIFY(growth.ok());
    QVERIFY(growth->growth().totals.current.revenue);
    QVERIFY(!growth->growth().totals.vsYearAgo.revenue);
    QCOMPARE(growth->toJson()
                 .value(u"totals"_s)
                 .toObject()
                 .value(u"vs_year_ago_pct"_s)
                 .toObject()
                 .value(u"revenue"_s),
             QJsonValue(QJsonValue::Null));
}

void TestReportTypes::unknownReport()
{
    auto typed = ReportResult::fromJson(u"weather"_s, QJsonObject{});
    QVERIFY(!typed.ok());
    QCOMPARE(typed.error().code, u"unknown_report"_s);
    QVERIFY(ReportResult().isEmpty());
    QCOMPARE(ReportResult().toJson(), QJsonObject());
}

void TestReportTypes::wrongKindReadsEmpty()
{
    auto typed = ReportResult::fromJson(u"movers"_s, run(u"movers"_s, u"quarter=2026-Q2"_s));
    QVERIFY(typed.ok());
    QVERIFY(!typed->movers().up.isEmpty());
    QVERIFY(typed->sales().rows.isEmpty());
    QVERIFY(typed->sales().header.report.isEmpty());
}

QTEST_GUILESS_MAIN(TestReportTypes)
#include "tst_reporttypes.moc"
