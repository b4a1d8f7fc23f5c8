// The report summaries: built the same whether records are applied one by one, in batches
// or in bulk; versioned tables made once; stock-out intervals from a known ledger.

#include "fixtureshop.h"
#include "reports/reportindexer.h"
#include "reports/reportschema.h"
#include "reports/reportservice.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::reports::ReportIndexer;
using shopdesk::reports::ReportSchema;
using shopdesk::reports::ReportService;
using shopdesk::test::FixtureShop;
using shopdesk::test::TestDatabase;

namespace {

qint64 fixedNow()
{
    return FixtureShop::at(u"2026-07-15T00:00:00"_s).toMSecsSinceEpoch();
}

// Every report over the fixture's two years, as one JSON text.
QByteArray everything(ReportService &service)
{
    QJsonArray all;
    for (const QString &report : ReportService::reportNames()) {
        QUrlQuery query(u"from=2025-01-01&to=2026-12-31&period=month"_s);
        if (report == u"sales"_s || report == u"growth"_s || report == u"movers"_s)
            query.addQueryItem(u"dimension"_s, u"category"_s);
        auto answer = service.run(report, query, u"manager"_s);
        all.append(answer ? QJsonValue(answer.value()) : QJsonValue(answer.error().code));
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace

class TestReportIndexer : public QObject
{
    Q_OBJECT

private slots:
    void schemaIsMadeOnce();
    void countedStatuses_data();
    void countedStatuses();
    void batchSizesAgree_data();
    void batchSizesAgree();
    void stockOutIntervals();
};

void TestReportIndexer::schemaIsMadeOnce()
{
    TestDatabase database;
    const QString error = database.open(false);
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        auto version = ReportSchema::ensure(database.db());
        QVERIFY2(version.ok(), qPrintable(version.error().message));
        QCOMPARE(version.value(), ReportSchema::latestVersion());
    }
    auto stored =
        database.db().scalar(u"SELECT value FROM report_state WHERE name = 'schema_version'"_s);
    QCOMPARE(stored.value().toInt(), ReportSchema::latestVersion());
    // A newer version than this build knows is refused, not misread.
    QVERIFY(database.db()
                .exec(u"UPDATE report_state SET value = 99 WHERE name = 'schema_version'"_s)
                .ok());
    auto refused = ReportSchema::ensure(database.db());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"schema_too_new"_s);
}

void TestReportIndexer::countedStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("counted");
    QTest::newRow("queued") << u"queued"_s << false;
    QTest::newRow("reserved") << u"reserved"_s << false;
    QTest::newRow("paid") << u"paid"_s << true;
    QTest::newRow("shipped") << u"shipped"_s << true;
    QTest::newRow("delivered") << u"delivered"_s << true;
    QTest::newRow("cancelled") << u"cancelled"_s << false;
    QTest::newRow("expired") << u"expired"_s << false;
    QTest::newRow("returned") << u"returned"_s << false;
}

void TestReportIndexer::countedStatuses()
{
    QFETCH(QString, status);
    QFETCH(bool, counted);
    QCOMPARE(ReportIndexer::isCounted(status), counted);
}

void TestReportIndexer::batchSizesAgree_data()
{
    QTest::addColumn<int>("batch");
    QTest::newRow("one record a transaction") << 1;
    QTest::newRow("seven") << 7;
    QTest::newRow("all at once") << 5000;
}

void TestReportIndexer::batchSizesAgree()
{
    QFETCH(int, batch);
    // Reference: built in bulk from the shop tables.
    TestDatabase bulk;
    QString error = bulk.open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    FixtureShop(bulk.db()).writeStandard();
    ReportService reference(bulk.db(), u"EUR"_s);
    reference.setClock(fixedNow);
    const QByteArray expected = everything(reference);

    TestDatabase tailed;
    error = tailed.open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    ReportService service(tailed.db(), u"EUR"_s);
    service.setClock(fixedNow);
    service.setCatchUpBeforeRun(false);
    QCOMPARE(service.indexer().catchUp(batch).value(), 0); // empty shop: the cursor starts
    FixtureShop(tailed.db()).writeStandard();
    auto applied = service.indexer().catchUp(batch);
    QVERIFY(applied.ok());
    QVERIFY(applied.value() > 0);
    auto last = tailed.db().scalar(u"SELECT MAX(seq) FROM changes"_s);
    QCOMPARE(service.indexer().cursor().value(), last.value().toLongLong());
    QCOMPARE(service.indexer().catchUp(batch).value(), 0); // nothing new: nothing applied
    QCOMPARE(everything(service), expected);
}

void TestReportIndexer::stockOutIntervals()
{
    // A ledger of available counts for one SKU: out twice, the second time still.
    TestDatabase database;
    const QString error = database.open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    FixtureShop shop(database.db());
    shop.product(u"S"_s, u"Snow shovel"_s, 2900, u"Winter"_s,
                 FixtureShop::at(u"2026-01-01T00:00:00"_s));
    const QList<std::pair<const char *, qint64>> ledger{
        {"2026-01-02T08:00:00", 10}, {"2026-01-05T12:30:00", 0}, {"2026-01-05T13:00:00", 0},
        {"2026-01-07T09:15:00", 4},  {"2026-01-09T00:00:00", 2}, {"2026-02-20T18:00:00", 0}};
    for (const auto &[when, available] : ledger)
        shop.stock(u"S"_s, available, FixtureShop::at(QString::fromLatin1(when)));
    ReportService service(database.db(), u"EUR"_s);
    service.setClock([] { return FixtureShop::at(u"2026-02-21T06:00:00"_s).toMSecsSinceEpoch(); });
    auto answer = service.run(u"stockouts"_s, QUrlQuery(u"quarter=2026-Q1"_s), u"manager"_s);
    QVERIFY(answer.ok());
    const QJsonObject row = answer->value(u"rows"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"stockouts"_s).toInteger(), 2);
    // 5 Jan 12:30 to 7 Jan 09:15 is 44 h 45 min; 20 Feb 18:00 to now (21 Feb 06:00) 12 h.
    QCOMPARE(row.value(u"out_seconds"_s).toInteger(), (44 * 60 + 45 + 12 * 60) * 60);
    QCOMPARE(row.value(u"currently_out"_s).toBool(), true);
    const QJsonArray intervals = row.value(u"intervals"_s).toArray();
    QCOMPARE(intervals.size(), 2);
    QCOMPARE(intervals[0].toObject().value(u"from"_s).toString(), u"2026-01-05T12:30:00Z"_s);
    QCOMPARE(intervals[0].toObject().value(u"to"_s).toString(), u"2026-01-07T09:15:00Z"_s);
    QVERIFY(intervals[1].toObject().value(u"to"_s).isNull());
    // A week inside the first stock-out counts only its own part.
    auto week =
        service.run(u"stockouts"_s, QUrlQuery(u"from=2026-01-06&to=2026-01-06"_s), u"manager"_s);
    QCOMPARE(
        week->value(u"rows"_s).toArray().first().toObject().value(u"out_seconds"_s).toInteger(),
        86400);
}

QTEST_GUILESS_MAIN(TestReportIndexer)
#include "tst_indexer.moc"
