// The dates and buckets of a report: parsing the query, cutting periods, comparing ranges.

#include "reports/reportrange.h"

#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::reports::ReportRange;

class TestReportRange : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void buckets_data();
    void buckets();
    void comparisons_data();
    void comparisons();
};

void TestReportRange::parse_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // "from..to period" or the error code
    QTest::newRow("quarter") << u"quarter=2026-Q2"_s << u"2026-04-01..2026-06-30 quarter"_s;
    QTest::newRow("from and to") << u"from=2026-01-05&to=2026-02-11&period=week"_s
                                 << u"2026-01-05..2026-02-11 week"_s;
    QTest::newRow("nothing: this quarter") << QString() << u"2026-10-01..2026-12-31 quarter"_s;
    QTest::newRow("one day") << u"from=2026-03-01&to=2026-03-01&period=custom"_s
                             << u"2026-03-01..2026-03-01 custom"_s;
    QTest::newRow("leap day") << u"from=2024-02-29&to=2024-02-29"_s
                              << u"2024-02-29..2024-02-29 quarter"_s;
    QTest::newRow("reversed") << u"from=2026-03-02&to=2026-03-01"_s << u"invalid_range"_s;
    QTest::newRow("to missing") << u"from=2026-03-02"_s << u"invalid_range"_s;
    QTest::newRow("too long") << u"from=2010-01-01&to=2026-01-01"_s << u"invalid_range"_s;
    QTest::newRow("before 1970") << u"from=1969-12-01&to=1970-01-31"_s << u"invalid_range"_s;
    QTest::newRow("not a date") << u"from=yesterday&to=2026-01-01"_s << u"invalid_parameter"_s;
    QTest::newRow("short date") << u"from=2026-1-1&to=2026-01-02"_s << u"invalid_parameter"_s;
    QTest::newRow("30 February") << u"from=2026-02-30&to=2026-03-02"_s << u"invalid_parameter"_s;
    QTest::newRow("quarter 0") << u"quarter=2026-Q0"_s << u"invalid_parameter"_s;
    QTest::newRow("period") << u"period=day"_s << u"unknown_period"_s;
}

void TestReportRange::parse()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    auto range = ReportRange::fromQuery(QUrlQuery(query), QDate(2026, 11, 22));
    const QString got = range ? u"%1..%2 %3"_s.arg(range->from().toString(Qt::ISODate),
                                                   range->to().toString(Qt::ISODate),
                                                   ReportRange::periodName(range->period()))
                              : range.error().code;
    QCOMPARE(got, expected);
}

void TestReportRange::buckets_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("expected");
    const int q = int(ReportRange::Period::Quarter);
    const int m = int(ReportRange::Period::Month);
    const int w = int(ReportRange::Period::Week);
    const int c = int(ReportRange::Period::Custom);
    QTest::newRow("a year by quarter")
        << QDate(2026, 1, 1) << QDate(2026, 12, 31) << q
        << u"2026-Q1 2026-01-01..2026-03-31,2026-Q2 2026-04-01..2026-06-30,"
           "2026-Q3 2026-07-01..2026-09-30,2026-Q4 2026-10-01..2026-12-31"_s;
    QTest::newRow("part quarters are clipped")
        << QDate(2026, 3, 15) << QDate(2026, 4, 10) << q
        << u"2026-Q1 2026-03-15..2026-03-31,2026-Q2 2026-04-01..2026-04-10"_s;
    QTest::newRow("months") << QDate(2024, 1, 20) << QDate(2024, 3, 5) << m
                            << u"2024-01 2024-01-20..2024-01-31,2024-02 2024-02-01..2024-02-29,"
                               "2024-03 2024-03-01..2024-03-05"_s;
    QTest::newRow("iso weeks over new year")
        << QDate(2026, 12, 28) << QDate(2027, 1, 10) << w
        << u"2026-W53 2026-12-28..2027-01-03,2027-W01 2027-01-04..2027-01-10"_s;
    QTest::newRow("custom") << QDate(2026, 1, 5) << QDate(2026, 2, 11) << c
                            << u"2026-01-05..2026-02-11 2026-01-05..2026-02-11"_s;
}

void TestReportRange::buckets()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, period);
    QFETCH(QString, expected);
    QStringList got;
    for (const auto &b : ReportRange(from, to, ReportRange::Period(period)).buckets()) {
        got << u"%1 %2..%3"_s.arg(b.key, b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate));
    }
    QCOMPARE(got.join(u','), expected);
}

void TestReportRange::comparisons_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("yearAgo");
    QTest::newRow("q1 after q4") << QDate(2026, 1, 1) << QDate(2026, 3, 31)
                                 << u"2025-10-01..2025-12-31"_s << u"2025-01-01..2025-03-31"_s;
    QTest::newRow("q2 after q1") << QDate(2026, 4, 1) << QDate(2026, 6, 30)
                                 << u"2026-01-01..2026-03-31"_s << u"2025-04-01..2025-06-30"_s;
    QTest::newRow("february of a leap year")
        << QDate(2024, 2, 1) << QDate(2024, 2, 29) << u"2024-01-01..2024-01-31"_s
        << u"2023-02-01..2023-02-28"_s;
    QTest::newRow("ten days") << QDate(2026, 3, 5) << QDate(2026, 3, 14)
                              << u"2026-02-23..2026-03-04"_s << u"2025-03-05..2025-03-14"_s;
}

void TestReportRange::comparisons()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, previous);
    QFETCH(QString, yearAgo);
    const ReportRange range(from, to, ReportRange::Period::Quarter);
    auto text = [](const ReportRange &r) {
        return r.from().toString(Qt::ISODate) + u".."_s + r.to().toString(Qt::ISODate);
    };
    QCOMPARE(text(range.previous()), previous);
    QCOMPARE(text(range.yearAgo()), yearAgo);
}

QTEST_GUILESS_MAIN(TestReportRange)
#include "tst_range.moc"
