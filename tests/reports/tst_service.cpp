// The reports over a fixture shop whose figures were computed by hand (fixtureshop.cpp).
// Every case runs twice: once with the summaries built in bulk from the shop tables
// (rebuild), once kept up to date record by record from the change log (tail).

#include "fixtureshop.h"
#include "reports/reportservice.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::reports::ReportService;
using shopdesk::test::FixtureShop;
using shopdesk::test::TestDatabase;

namespace {

// "key:units:revenue:orders" for each row, comma separated.
QString rowsOf(const QJsonObject &answer, const QString &list = u"rows"_s)
{
    QStringList out;
    for (const QJsonValue &value : answer.value(list).toArray()) {
        const QJsonObject row = value.toObject();
        out << u"%1:%2:%3:%4"_s.arg(row.value(u"key"_s).toString())
                   .arg(row.value(u"units"_s).toInteger())
                   .arg(row.value(u"revenue"_s).toObject().value(u"amount_minor"_s).toInteger())
                   .arg(row.value(u"orders"_s).toInteger());
    }
    return out.join(u',');
}

QString figures(const QJsonObject &f)
{
    return u"%1:%2:%3"_s.arg(f.value(u"units"_s).toInteger())
        .arg(f.value(u"revenue"_s).toObject().value(u"amount_minor"_s).toInteger())
        .arg(f.value(u"orders"_s).toInteger());
}

QUrlQuery query(const QString &text)
{
    return QUrlQuery(text);
}

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sales_data();
    void sales();
    void salesSeries();
    void growth_data();
    void growth();
    void movers_data();
    void movers();
    void stockouts_data();
    void stockouts();
    void customers_data();
    void customers();
    void service_data();
    void service();
    void errors_data();
    void errors();
    void tailAndRebuildAgree();
    void newOrdersUpdateFigures();

private:
    ReportService &service(const QString &mode) { return *m_services.at(mode == u"tail"_s); }
    QJsonObject run(const QString &mode, const QString &report, const QString &q)
    {
        auto answer = service(mode).run(report, query(q), u"manager"_s);
        if (!answer)
            qWarning() << answer.error().code << answer.error().message;
        return answer.valueOr(QJsonObject());
    }
    void addModes();

    std::vector<std::unique_ptr<TestDatabase>> m_databases;
    std::vector<std::unique_ptr<ReportService>> m_services; // [0] rebuild, [1] tail
};

static qint64 fixedNow()
{
    return FixtureShop::at(u"2026-07-15T00:00:00"_s).toMSecsSinceEpoch();
}

void TestReportService::initTestCase()
{
    for (const bool tail : {false, true}) {
        auto database = std::make_unique<TestDatabase>();
        const QString error = database->open();
        if (!error.isEmpty())
            QFAIL(qPrintable(error));
        auto service = std::make_unique<ReportService>(database->db(), u"EUR"_s);
        service->setClock(fixedNow);
        if (tail) // the index exists before the shop has data: every record is tailed
            QVERIFY(service->indexer().catchUp().ok());
        FixtureShop(database->db()).writeStandard();
        m_databases.push_back(std::move(database));
        m_services.push_back(std::move(service));
    }
}

void TestReportService::addModes()
{
    QTest::addColumn<QString>("mode");
}

void TestReportService::sales_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("totals");
    struct Case
    {
        const char *name;
        QString query;
        QString rows;
        QString totals;
    };
    const QList<Case> cases{
        {"q2 by product", u"quarter=2026-Q2&dimension=product"_s,
         u"C:3:12000:2,B:4:10000:1,A:1:10000:1"_s, u"8:32000:3"_s},
        {"q2 by category", u"quarter=2026-Q2&dimension=category"_s,
         u"Outdoor:4:22000:2,Clothing:4:10000:1"_s, u"8:32000:3"_s},
        {"q2 by channel", u"quarter=2026-Q2&dimension=channel"_s,
         u"web:4:22000:2,email:4:10000:1"_s, u"8:32000:3"_s},
        {"q1 by product", u"from=2026-01-01&to=2026-03-31"_s,
         u"A:2:20000:1,C:1:4000:1,B:1:2500:1"_s, u"4:26500:2"_s},
        {"q1 by channel", u"quarter=2026-Q1&dimension=channel"_s, u"web:3:22500:1,phone:1:4000:1"_s,
         u"4:26500:2"_s},
        {"q2 drill-down into Outdoor", u"quarter=2026-Q2&dimension=product&category=Outdoor"_s,
         u"C:3:12000:2,A:1:10000:1"_s, u"4:22000:2"_s},
        {"q2 categories on the web", u"quarter=2026-Q2&dimension=category&channel=web"_s,
         u"Outdoor:4:22000:2"_s, u"4:22000:2"_s},
        {"q2 channels of Clothing", u"quarter=2026-Q2&dimension=channel&category=Clothing"_s,
         u"email:4:10000:1"_s, u"4:10000:1"_s},
        {"a year earlier", u"quarter=2025-Q2"_s, u"A:1:10000:1"_s, u"1:10000:1"_s},
        {"april, custom", u"from=2026-04-01&to=2026-04-30&period=custom"_s,
         u"B:4:10000:1,A:1:10000:1,C:2:8000:1"_s, u"7:28000:2"_s},
        {"mid-march to mid-may", u"from=2026-03-15&to=2026-05-20"_s,
         u"B:4:10000:1,A:1:10000:1,C:2:8000:1"_s, u"7:28000:2"_s},
        {"days and whole months", u"from=2026-01-10&to=2026-06-15&dimension=product"_s,
         u"A:3:30000:2,C:4:16000:3,B:5:12500:2"_s, u"12:58500:5"_s},
        {"limit 1", u"quarter=2026-Q2&limit=1"_s, u"C:3:12000:2"_s, u"8:32000:3"_s},
        {"a quiet month", u"from=2026-05-01&to=2026-05-31"_s, QString(), u"0:0:0"_s},
    };
    for (const QString &mode : {u"rebuild"_s, u"tail"_s}) {
        for (const Case &c : cases) {
            QTest::addRow("%s, %s", qPrintable(mode), c.name)
                << mode << c.query << c.rows << c.totals;
        }
    }
}

void TestReportService::sales()
{
    QFETCH(QString, mode);
    QFETCH(QString, query);
    QFETCH(QString, rows);
    QFETCH(QString, totals);
    const QJsonObject answer = run(mode, u"sales"_s, query);
    QCOMPARE(rowsOf(answer), rows);
    QCOMPARE(figures(answer.value(u"totals"_s).toObject()), totals);
    QCOMPARE(answer.value(u"currency"_s).toString(), u"EUR"_s);
}

void TestReportService::salesSeries()
{
    const QJsonObject answer = run(u"tail"_s, u"sales"_s, u"quarter=2026-Q2&period=month"_s);
    const QJsonArray buckets = answer.value(u"buckets"_s).toArray();
    QCOMPARE(buckets.size(), 3);
    QCOMPARE(buckets[0].toObject().value(u"key"_s).toString(), u"2026-04"_s);
    QCOMPARE(buckets[2].toObject().value(u"to"_s).toString(), u"2026-06-30"_s);
    const QJsonArray total = answer.value(u"totals"_s).toObject().value(u"series"_s).toArray();
    QCOMPARE(figures(total[0].toObject()), u"7:28000:2"_s);
    QCOMPARE(figures(total[1].toObject()), u"0:0:0"_s);
    QCOMPARE(figures(total[2].toObject()), u"1:4000:1"_s);
    const QJsonArray c =
        answer.value(u"rows"_s).toArray()[0].toObject().value(u"series"_s).toArray();
    QCOMPARE(figures(c[0].toObject()), u"2:8000:1"_s);
    QCOMPARE(figures(c[2].toObject()), u"1:4000:1"_s);

    // ISO weeks: 1 April 2026 is a Wednesday of week 14; the quarter ends on a Tuesday.
    const QJsonObject weekly = run(u"tail"_s, u"sales"_s, u"quarter=2026-Q2&period=week"_s);
    const QJsonArray weeks = weekly.value(u"buckets"_s).toArray();
    QCOMPARE(weeks.first().toObject().value(u"key"_s).toString(), u"2026-W14"_s);
    QCOMPARE(weeks.first().toObject().value(u"to"_s).toString(), u"2026-04-05"_s);
    QCOMPARE(weeks.last().toObject().value(u"key"_s).toString(), u"2026-W27"_s);
    QCOMPARE(weeks.size(), 14);
    qint64 sum = 0;
    for (const QJsonValue &point :
         weekly.value(u"totals"_s).toObject().value(u"series"_s).toArray()) {
        sum += point.toObject().value(u"revenue"_s).toObject().value(u"amount_minor"_s).toInteger();
    }
    QCOMPARE(sum, 32000);
}

void TestReportService::growth_data()
{
    addModes();
    QTest::newRow("rebuild") << u"rebuild"_s;
    QTest::newRow("tail") << u"tail"_s;
}

void TestReportService::growth()
{
    QFETCH(QString, mode);
    const QJsonObject answer = run(mode, u"growth"_s, u"quarter=2026-Q2"_s);
    QCOMPARE(answer.value(u"previous"_s).toObject().value(u"label"_s).toString(), u"2026-Q1"_s);
    QCOMPARE(answer.value(u"year_ago"_s).toObject().value(u"label"_s).toString(), u"2025-Q2"_s);
    const QJsonObject totals = answer.value(u"totals"_s).toObject();
    QCOMPARE(figures(totals.value(u"current"_s).toObject()), u"8:32000:3"_s);
    QCOMPARE(figures(totals.value(u"previous"_s).toObject()), u"4:26500:2"_s);
    QCOMPARE(figures(totals.value(u"year_ago"_s).toObject()), u"1:10000:1"_s);
    const QJsonObject qoq = totals.value(u"vs_previous_pct"_s).toObject();
    QCOMPARE(qoq.value(u"revenue"_s).toDouble(), 20.8); // 5,500 / 26,500
    QCOMPARE(qoq.value(u"units"_s).toDouble(), 100.0);
    QCOMPARE(qoq.value(u"orders"_s).toDouble(), 50.0);
    const QJsonObject yoy = totals.value(u"vs_year_ago_pct"_s).toObject();
    QCOMPARE(yoy.value(u"revenue"_s).toDouble(), 220.0);
    QCOMPARE(yoy.value(u"units"_s).toDouble(), 700.0);
    QCOMPARE(yoy.value(u"orders"_s).toDouble(), 200.0);

    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &row : answer.value(u"rows"_s).toArray())
        rows.insert(row.toObject().value(u"key"_s).toString(), row.toObject());
    QCOMPARE(rows.keys().size(), 3); // D sold nothing in any of the three quarters
    const QJsonObject a = rows.value(u"A"_s);
    QCOMPARE(a.value(u"vs_previous_pct"_s).toObject().value(u"revenue"_s).toDouble(), -50.0);
    QCOMPARE(a.value(u"vs_year_ago_pct"_s).toObject().value(u"revenue"_s).toDouble(), 0.0);
    const QJsonObject b = rows.value(u"B"_s);
    QCOMPARE(b.value(u"vs_previous_pct"_s).toObject().value(u"revenue"_s).toDouble(), 300.0);
    QVERIFY(b.value(u"vs_year_ago_pct"_s).toObject().value(u"revenue"_s).isNull());
}

void TestReportService::movers_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    for (const QString &mode : {u"rebuild"_s, u"tail"_s}) {
        QTest::addRow("%s, products", qPrintable(mode))
            << mode << u"quarter=2026-Q2"_s << u"C:8000,B:7500"_s << u"A:-10000"_s;
        QTest::addRow("%s, categories", qPrintable(mode))
            << mode << u"quarter=2026-Q2&dimension=category"_s << u"Clothing:7500"_s
            << u"Outdoor:-2000"_s;
        QTest::addRow("%s, top one", qPrintable(mode))
            << mode << u"quarter=2026-Q2&limit=1"_s << u"C:8000"_s << u"A:-10000"_s;
        QTest::addRow("%s, q1 against q4", qPrintable(mode))
            << mode << u"quarter=2026-Q1"_s << u"A:20000,C:4000,B:2500"_s << QString();
    }
}

void TestReportService::movers()
{
    QFETCH(QString, mode);
    QFETCH(QString, query);
    QFETCH(QString, up);
    QFETCH(QString, down);
    const QJsonObject answer = run(mode, u"movers"_s, query);
    auto list = [&answer](const QString &name) {
        QStringList out;
        for (const QJsonValue &value : answer.value(name).toArray()) {
            const QJsonObject m = value.toObject();
            out << m.value(u"key"_s).toString() + u':' +
                       QString::number(m.value(u"change"_s)
                                           .toObject()
                                           .value(u"revenue"_s)
                                           .toObject()
                                           .value(u"amount_minor"_s)
                                           .toInteger());
        }
        return out.join(u',');
    };
    QCOMPARE(list(u"up"_s), up);
    QCOMPARE(list(u"down"_s), down);
}

void TestReportService::stockouts_data()
{
    addModes();
    QTest::newRow("rebuild") << u"rebuild"_s;
    QTest::newRow("tail") << u"tail"_s;
}

void TestReportService::stockouts()
{
    QFETCH(QString, mode);
    const QJsonObject q2 = run(mode, u"stockouts"_s, u"quarter=2026-Q2"_s);
    const QJsonArray rows = q2.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 2);
    // D: out 10 May 00:00 - 13 May 06:00 (78 h) and from 29 June to the quarter's end (48 h).
    const QJsonObject d = rows[0].toObject();
    QCOMPARE(d.value(u"key"_s).toString(), u"D"_s);
    QCOMPARE(d.value(u"label"_s).toString(), u"Down jacket"_s);
    QCOMPARE(d.value(u"stockouts"_s).toInteger(), 2);
    QCOMPARE(d.value(u"out_seconds"_s).toInteger(), (78 + 48) * 3600);
    QCOMPARE(d.value(u"out_share_pct"_s).toDouble(), 5.8); // 126 h of 91 days
    QCOMPARE(d.value(u"currently_out"_s).toBool(), true);
    QCOMPARE(d.value(u"lost_orders"_s).toInteger(), 2);
    QCOMPARE(d.value(u"lost_units"_s).toInteger(), 3);
    QCOMPARE(d.value(u"lost_revenue"_s).toObject().value(u"amount_minor"_s).toInteger(), 45000);
    const QJsonArray intervals = d.value(u"intervals"_s).toArray();
    QCOMPARE(intervals.size(), 2);
    QCOMPARE(intervals[0].toObject().value(u"from"_s).toString(), u"2026-05-10T00:00:00Z"_s);
    QCOMPARE(intervals[0].toObject().value(u"to"_s).toString(), u"2026-05-13T06:00:00Z"_s);
    QVERIFY(intervals[1].toObject().value(u"to"_s).isNull());
    // B: out from 30 March to 2 April; one day of it in Q2.
    const QJsonObject b = rows[1].toObject();
    QCOMPARE(b.value(u"key"_s).toString(), u"B"_s);
    QCOMPARE(b.value(u"out_seconds"_s).toInteger(), 86400);
    QCOMPARE(b.value(u"currently_out"_s).toBool(), false);
    QCOMPARE(b.value(u"lost_orders"_s).toInteger(), 0);
    const QJsonObject totals = q2.value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"products_affected"_s).toInteger(), 2);
    QCOMPARE(totals.value(u"stockouts"_s).toInteger(), 3);
    QCOMPARE(totals.value(u"out_seconds"_s).toInteger(), (78 + 48 + 24) * 3600);
    QCOMPARE(totals.value(u"currently_out"_s).toInteger(), 1);
    QCOMPARE(totals.value(u"lost_units"_s).toInteger(), 3);

    const QJsonObject q1 = run(mode, u"stockouts"_s, u"quarter=2026-Q1"_s);
    QCOMPARE(q1.value(u"rows"_s).toArray().size(), 1);
    const QJsonObject bq1 = q1.value(u"rows"_s).toArray()[0].toObject();
    QCOMPARE(bq1.value(u"out_seconds"_s).toInteger(), 2 * 86400);
    QCOMPARE(bq1.value(u"lost_orders"_s).toInteger(), 1);
    QCOMPARE(bq1.value(u"lost_revenue"_s).toObject().value(u"amount_minor"_s).toInteger(), 7500);

    const QJsonObject outdoor = run(mode, u"stockouts"_s, u"quarter=2026-Q2&category=Outdoor"_s);
    QCOMPARE(outdoor.value(u"rows"_s).toArray().size(), 0);
}

void TestReportService::customers_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // customers:repeat:new:rate:orders:from repeat
    for (const QString &mode : {u"rebuild"_s, u"tail"_s}) {
        QTest::addRow("%s, q2", qPrintable(mode))
            << mode << u"quarter=2026-Q2"_s << u"3:2:1:66.7:3:2"_s;
        QTest::addRow("%s, q1", qPrintable(mode))
            << mode << u"quarter=2026-Q1"_s << u"2:1:1:50:2:1"_s;
        QTest::addRow("%s, 2025-q2", qPrintable(mode))
            << mode << u"quarter=2025-Q2"_s << u"1:0:1:0:1:0"_s;
        QTest::addRow("%s, q2 web", qPrintable(mode))
            << mode << u"quarter=2026-Q2&channel=web"_s << u"2:1:1:50:2:1"_s;
    }
}

void TestReportService::customers()
{
    QFETCH(QString, mode);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QJsonObject t = run(mode, u"customers"_s, query).value(u"totals"_s).toObject();
    const QString got = u"%1:%2:%3:%4:%5:%6"_s.arg(t.value(u"customers"_s).toInteger())
                            .arg(t.value(u"repeat_customers"_s).toInteger())
                            .arg(t.value(u"new_customers"_s).toInteger())
                            .arg(t.value(u"repeat_rate_pct"_s).toDouble())
                            .arg(t.value(u"orders"_s).toInteger())
                            .arg(t.value(u"orders_from_repeat_customers"_s).toInteger());
    QCOMPARE(got, expected);
}

void TestReportService::service_data()
{
    addModes();
    QTest::newRow("rebuild") << u"rebuild"_s;
    QTest::newRow("tail") << u"tail"_s;
}

void TestReportService::service()
{
    QFETCH(QString, mode);
    const QJsonObject answer = run(mode, u"service"_s, u"quarter=2026-Q2"_s);
    // agent:handled:sales:revenue:cancelled:paid:average:median (seconds; -1 for none)
    auto line = [](const QJsonObject &o) {
        auto seconds = [](const QJsonValue &v) { return v.isNull() ? -1 : v.toInteger(); };
        return u"%1:%2:%3:%4:%5:%6:%7:%8"_s.arg(o.value(u"key"_s).toString())
            .arg(o.value(u"orders_handled"_s).toInteger())
            .arg(o.value(u"sales_orders"_s).toInteger())
            .arg(o.value(u"revenue"_s).toObject().value(u"amount_minor"_s).toInteger())
            .arg(o.value(u"cancelled_or_expired"_s).toInteger())
            .arg(o.value(u"paid_orders"_s).toInteger())
            .arg(seconds(o.value(u"average_seconds_to_payment"_s)))
            .arg(seconds(o.value(u"median_seconds_to_payment"_s)));
    };
    QStringList rows;
    for (const QJsonValue &row : answer.value(u"rows"_s).toArray())
        rows << line(row.toObject());
    QCOMPARE(
        rows.join(u','),
        u"bob:2:1:10000:1:2:2100:2100,carol:2:1:4000:0:0:-1:-1,alice:1:1:18000:0:1:1200:1200"_s);
    QCOMPARE(line(answer.value(u"totals"_s).toObject()), u":5:3:32000:1:3:1800:1200"_s);
}

void TestReportService::errors_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    const QString m = u"manager"_s;
    QTest::newRow("from after to")
        << u"sales"_s << u"from=2026-06-01&to=2026-05-01"_s << m << u"invalid_range"_s << 422;
    QTest::newRow("only from") << u"sales"_s << u"from=2026-06-01"_s << m << u"invalid_range"_s
                               << 422;
    QTest::newRow("quarter and from")
        << u"sales"_s << u"quarter=2026-Q1&from=2026-01-01"_s << m << u"invalid_range"_s << 422;
    QTest::newRow("eleven years") << u"sales"_s << u"from=2015-01-01&to=2026-01-01"_s << m
                                  << u"invalid_range"_s << 422;
    QTest::newRow("no such date") << u"sales"_s << u"from=2026-02-30&to=2026-03-01"_s << m
                                  << u"invalid_parameter"_s << 400;
    QTest::newRow("bad quarter") << u"growth"_s << u"quarter=2026-Q5"_s << m
                                 << u"invalid_parameter"_s << 400;
    QTest::newRow("unknown dimension")
        << u"sales"_s << u"dimension=colour"_s << m << u"unknown_dimension"_s << 422;
    QTest::newRow("unknown period")
        << u"sales"_s << u"period=fortnight"_s << m << u"unknown_period"_s << 422;
    QTest::newRow("unknown channel")
        << u"movers"_s << u"channel=fax"_s << m << u"unknown_channel"_s << 422;
    QTest::newRow("unknown parameter")
        << u"sales"_s << u"colour=red"_s << m << u"unknown_parameter"_s << 400;
    QTest::newRow("parameter of another report")
        << u"stockouts"_s << u"dimension=product"_s << m << u"unknown_parameter"_s << 400;
    QTest::newRow("limit zero") << u"sales"_s << u"limit=0"_s << m << u"invalid_parameter"_s << 400;
    QTest::newRow("twice") << u"sales"_s << u"limit=1&limit=2"_s << m << u"invalid_parameter"_s
                           << 400;
    QTest::newRow("unknown report") << u"profit"_s << QString() << m << u"unknown_report"_s << 404;
    QTest::newRow("agent") << u"sales"_s << QString() << u"agent"_s << u"forbidden"_s << 403;
}

void TestReportService::errors()
{
    QFETCH(QString, report);
    QFETCH(QString, query);
    QFETCH(QString, role);
    QFETCH(QString, code);
    QFETCH(int, status);
    auto answer = service(u"tail"_s).run(report, QUrlQuery(query), role);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, code);
    QVERIFY(!answer.error().message.isEmpty());
    QCOMPARE(ReportService::httpStatus(answer.error()), status);
}

void TestReportService::tailAndRebuildAgree()
{
    const QStringList queries{u"quarter=2026-Q2&period=week"_s,
                              u"quarter=2026-Q1&dimension=category"_s,
                              u"from=2025-01-01&to=2026-12-31&period=month&dimension=channel"_s};
    for (const QString &report : ReportService::reportNames()) {
        for (const QString &q : queries) {
            QUrlQuery parsed(q);
            if (report == u"stockouts"_s || report == u"customers"_s || report == u"service"_s ||
                report == u"care"_s)
                parsed.removeQueryItem(u"dimension"_s);
            const QString text = parsed.toString();
            QCOMPARE(QJsonDocument(run(u"tail"_s, report, text)).toJson(),
                     QJsonDocument(run(u"rebuild"_s, report, text)).toJson());
        }
    }
}

void TestReportService::newOrdersUpdateFigures()
{
    TestDatabase database;
    const QString error = database.open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    ReportService reports(database.db(), u"EUR"_s);
    reports.setClock(fixedNow);
    FixtureShop shop(database.db());
    shop.writeStandard();
    auto before = reports.run(u"sales"_s, query(u"quarter=2026-Q2"_s), u"admin"_s);
    QVERIFY(before.ok());
    QCOMPARE(figures(before->value(u"totals"_s).toObject()), u"8:32000:3"_s);

    // A new paid order for 3 D on the web; order 6 (4 B) is cancelled after payment.
    shop.order(10, 2, u"web"_s, u"alice"_s, FixtureShop::at(u"2026-06-20T10:00:00"_s),
               {{u"D"_s, 3}});
    shop.status(10, u"paid"_s, FixtureShop::at(u"2026-06-20T10:30:00"_s));
    shop.status(6, u"cancelled"_s, FixtureShop::at(u"2026-06-21T10:00:00"_s));
    auto after = reports.run(u"sales"_s, query(u"quarter=2026-Q2&dimension=product"_s), u"admin"_s);
    QVERIFY(after.ok());
    QCOMPARE(figures(after->value(u"totals"_s).toObject()), u"7:67000:3"_s);
    QCOMPARE(rowsOf(after.value()), u"D:3:45000:1,C:3:12000:2,A:1:10000:1"_s);
    auto channels =
        reports.run(u"sales"_s, query(u"quarter=2026-Q2&dimension=channel"_s), u"admin"_s);
    QCOMPARE(rowsOf(channels.value()), u"web:7:67000:3"_s);

    // Rebuilding from the shop tables gives the same figures.
    QVERIFY(reports.indexer().rebuild().ok());
    auto rebuilt =
        reports.run(u"sales"_s, query(u"quarter=2026-Q2&dimension=product"_s), u"admin"_s);
    QCOMPARE(QJsonDocument(rebuilt.value()).toJson(), QJsonDocument(after.value()).toJson());
}

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_service.moc"
