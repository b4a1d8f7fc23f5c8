// The trends screen over the fixture shop: charts carry the right series and points, tables
// the right rows, drill-down, CSV export, refresh on new orders and errors shown.

#include "fixtureshop.h"
#include "localreportsource.h"
#include "reports/reportservice.h"
#include "testdatabase.h"
#include "trends/careservicepanel.h"
#include "trends/reporttablemodel.h"
#include "trends/tablecsvwriter.h"
#include "trends/trendcharts.h"
#include "trends/trendswidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using shopdesk::reports::LocalReportSource;
using shopdesk::reports::ReportService;
using shopdesk::test::FixtureShop;
using shopdesk::test::TestDatabase;
using shopdesk::ui::ReportTableModel;
using shopdesk::ui::TableCsvWriter;
using shopdesk::ui::TrendsWidget;

namespace {

bool settle(TrendsWidget &widget)
{
    // Answers arrive from the event loop; wait until no request is outstanding.
    return QTest::qWaitFor([&widget] { return !widget.isBusy(); }, 10000);
}

QString points(const QLineSeries *line)
{
    QStringList out;
    for (const QPointF &p : line->points())
        out << u"%1,%2"_s.arg(p.x()).arg(p.y());
    return out.join(u' ');
}

QString values(const QBarSet *set)
{
    QStringList out;
    for (int i = 0; i < set->count(); ++i)
        out << QString::number(set->at(i));
    return set->label() + u": "_s + out.join(u' ');
}

// A ticket's stored clocks: first response and resolution met after the given minutes (or
// still running, due at `due`), the flags saying whether each missed its target.
QString sla(int firstMinutes, bool firstBreached, int doneMinutes, bool doneBreached,
            const QString &due = {})
{
    auto clock = [&due](int used, bool breached) {
        if (used < 0) {
            return QJsonObject{{u"state"_s, u"running"_s},  {u"due_at"_s, due},
                               {u"used_minutes"_s, 10},     {u"target_minutes"_s, 60},
                               {u"met_at"_s, QJsonValue()}, {u"breached"_s, false}};
        }
        return QJsonObject{{u"state"_s, u"met"_s},
                           {u"due_at"_s, QJsonValue()},
                           {u"used_minutes"_s, used},
                           {u"target_minutes"_s, 60},
                           {u"met_at"_s, u"2026-04-01T00:00:00Z"_s},
                           {u"breached"_s, breached}};
    };
    const QJsonObject json{
        {u"first_response"_s, clock(firstMinutes, firstBreached)},
        {u"next_update"_s, QJsonObject{{u"state"_s, u"not_started"_s}, {u"breached"_s, false}}},
        {u"resolution"_s, clock(doneMinutes, doneBreached)}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

class TestTrendsWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void salesChart_data();
    void salesChart();
    void otherCharts();
    void drillDown();
    void csvExport();
    void csvField_data();
    void csvField();
    void errorsAreShown();
    void newOrdersRefresh();
    void careFigures();
    void emptyPeriodSaysSo();

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ReportService> m_service;
    std::unique_ptr<LocalReportSource> m_source;
    std::unique_ptr<TrendsWidget> m_widget;
};

void TestTrendsWidget::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const QString error = m_database->open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    FixtureShop(m_database->db()).writeStandard();
    m_service = std::make_unique<ReportService>(m_database->db(), u"EUR"_s);
    m_service->setClock(
        [] { return FixtureShop::at(u"2026-07-15T00:00:00"_s).toMSecsSinceEpoch(); });
    m_source = std::make_unique<LocalReportSource>(*m_service, u"manager"_s);
    m_widget = std::make_unique<TrendsWidget>(m_source.get());
    m_widget->setLocale(QLocale(QLocale::English, QLocale::Ireland));
    m_widget->resize(1200, 700);
    m_widget->show();
    m_widget->setQuarter(QDate(2026, 4, 1));
    QVERIFY(settle(*m_widget));
}

void TestTrendsWidget::salesChart_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QStringList>("series"); // "name: x,y x,y ..." or "label: values"
    QTest::addColumn<QStringList>("categories");
    QTest::newRow("categories by month")
        << u"category"_s << u"month"_s
        << QStringList{u"Outdoor: 0,180 1,0 2,40"_s, u"Clothing: 0,100 1,0 2,0"_s}
        << QStringList{u"2026-04"_s, u"2026-05"_s, u"2026-06"_s};
    QTest::newRow("channels by month")
        << u"channel"_s << u"month"_s
        << QStringList{u"web: 0,180 1,0 2,40"_s, u"email: 0,100 1,0 2,0"_s}
        << QStringList{u"2026-04"_s, u"2026-05"_s, u"2026-06"_s};
    QTest::newRow("products in one quarter")
        << u"product"_s << u"quarter"_s << QStringList{u"Revenue: 120 100 100"_s}
        << QStringList{u"Camp stove"_s, u"Base layer"_s, u"Alpine tent"_s};
}

void TestTrendsWidget::salesChart()
{
    QFETCH(QString, dimension);
    QFETCH(QString, period);
    QFETCH(QStringList, series);
    QFETCH(QStringList, categories);
    m_widget->setDimension(dimension);
    m_widget->setPeriod(period);
    QVERIFY(settle(*m_widget));
    QChart *chart = m_widget->chart(TrendsWidget::Sales);
    QVERIFY(chart);
    QStringList got;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            got << line->name() + u": "_s + points(line);
        if (auto *bars = qobject_cast<QBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                got << values(set);
        }
    }
    QCOMPARE(got, series);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(), categories);
    // The table beside the chart holds the same rows.
    ReportTableModel *model = m_widget->model(TrendsWidget::Sales);
    QCOMPARE(model->rowCount(), categories.size() == 3 && dimension != u"product"_s ? 2 : 3);
}

void TestTrendsWidget::otherCharts()
{
    m_widget->setDimension(u"product"_s);
    m_widget->setPeriod(u"month"_s);
    QVERIFY(settle(*m_widget));
    auto barsOf = [this](TrendsWidget::Tab tab) {
        QStringList out;
        for (QAbstractSeries *s : m_widget->chart(tab)->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                for (QBarSet *set : bars->barSets())
                    out << values(set);
            }
        }
        return out;
    };
    QCOMPARE(barsOf(TrendsWidget::Growth),
             (QStringList{u"A year ago (2025-Q2): 0 100 0"_s, u"Previous (2026-Q1): 40 200 25"_s,
                          u"Current (2026-Q2): 120 100 100"_s}));
    QCOMPARE(barsOf(TrendsWidget::Movers), (QStringList{u"Up: 80 75 0"_s, u"Down: 0 0 -100"_s}));
    QCOMPARE(barsOf(TrendsWidget::StockOuts), QStringList{u"Hours out of stock: 126 24"_s});
    QCOMPARE(barsOf(TrendsWidget::Customers),
             (QStringList{u"Customers: 2 0 1"_s, u"Repeat customers: 2 0 0"_s}));
    QCOMPARE(barsOf(TrendsWidget::Service),
             (QStringList{u"Orders handled: 2 2 1"_s, u"Sales: 1 1 1"_s}));
    ReportTableModel *stock = m_widget->model(TrendsWidget::StockOuts);
    QCOMPARE(stock->rowCount(), 2);
    QCOMPARE(stock->index(0, 0).data().toString(), u"Down jacket"_s);
    QCOMPARE(stock->index(0, 4).data().toString(), u"5 d 6 h"_s);
}

void TestTrendsWidget::drillDown()
{
    m_widget->setDimension(u"category"_s);
    m_widget->setPeriod(u"quarter"_s);
    QVERIFY(settle(*m_widget));
    QTableView *table = m_widget->table(TrendsWidget::Sales);
    const QModelIndex outdoor = table->model()->index(0, 0);
    QCOMPARE(outdoor.data().toString(), u"Outdoor"_s);
    emit table->activated(outdoor); // a double-click or Enter on the row
    QVERIFY(settle(*m_widget));
    QCOMPARE(m_widget->category(), u"Outdoor"_s);
    QCOMPARE(m_widget->queryFor(TrendsWidget::Sales).queryItemValue(u"dimension"_s), u"product"_s);
    ReportTableModel *model = m_widget->model(TrendsWidget::Sales);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"Camp stove"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"Alpine tent"_s);
    m_widget->clearDrillDown();
    QVERIFY(settle(*m_widget));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data().toString(), u"Clothing"_s);
}

void TestTrendsWidget::csvExport()
{
    m_widget->setDimension(u"product"_s);
    QVERIFY(settle(*m_widget));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sales.csv"_s);
    QVERIFY(m_widget->exportCsv(TrendsWidget::Sales, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), u"Product,SKU,Revenue (EUR),Share,Units,Orders\r\n"
                                                "Camp stove,C,120.00,37.5,3,2\r\n"
                                                "Base layer,B,100.00,31.3,4,1\r\n"
                                                "Alpine tent,A,100.00,31.3,1,1\r\n"_s);
    const QString service = dir.filePath(u"service.csv"_s);
    QVERIFY(m_widget->exportCsv(TrendsWidget::Service, service).ok());
    QFile serviceFile(service);
    QVERIFY(serviceFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(serviceFile.readAll()).split(u"\r\n"_s);
    QCOMPARE(lines.value(1), u"bob,2,1,100.00,1,2,2100,2100"_s);
    QCOMPARE(lines.value(2), u"carol,2,1,40.00,0,0,,"_s);
}

void TestTrendsWidget::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Base layer"_s << u"Base layer"_s;
    QTest::newRow("comma") << u"Tents, large"_s << u"\"Tents, large\""_s;
    QTest::newRow("quote") << u"12\" frame"_s << u"\"12\"\" frame\""_s;
    QTest::newRow("line break") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTrendsWidget::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(TableCsvWriter::field(text), field);
}

void TestTrendsWidget::errorsAreShown()
{
    // An agent has no access to reports: the screen says why instead of showing nothing.
    LocalReportSource agent(*m_service, u"agent"_s);
    TrendsWidget widget(&agent);
    QSignalSpy errors(&widget, &TrendsWidget::errorOccurred);
    QVERIFY(settle(widget));
    QVERIFY(errors.count() > 0);
    QCOMPARE(errors.first().first().toString(), u"Reports are for managers and admins."_s);
    QCOMPARE(widget.findChild<QLabel *>(u"status"_s)->text(),
             u"Reports are for managers and admins."_s);
}

void TestTrendsWidget::newOrdersRefresh()
{
    m_widget->setDimension(u"channel"_s);
    m_widget->setPeriod(u"quarter"_s);
    QVERIFY(settle(*m_widget));
    shopdesk::reports::ReportFigures totals = m_widget->answer(TrendsWidget::Sales).sales().totals;
    QCOMPARE(totals.orders, 3);

    // A phone order is taken and paid; the sync layer reports the change twice in a row.
    FixtureShop shop(m_database->db());
    shop.order(11, 3, u"phone"_s, u"bob"_s, FixtureShop::at(u"2026-06-25T09:00:00"_s),
               {{u"A"_s, 2}});
    shop.status(11, u"paid"_s, FixtureShop::at(u"2026-06-25T09:05:00"_s));
    QSignalSpy refreshed(m_widget.get(), &TrendsWidget::refreshed);
    m_widget->scheduleRefresh();
    m_widget->scheduleRefresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(settle(*m_widget));
    QCOMPARE(refreshed.count(), 1);
    totals = m_widget->answer(TrendsWidget::Sales).sales().totals;
    QCOMPARE(totals.orders, 4);
    QVERIFY(totals.revenue);
    QCOMPARE(totals.revenue->amountMinor(), 52000);
    ReportTableModel *model = m_widget->model(TrendsWidget::Sales);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, 0).data().toString(), u"phone"_s);
}

void TestTrendsWidget::careFigures()
{
    // Three tickets of the quarter, written as the server stores them.
    shopdesk::storage::Database &db = m_database->db();
    struct Ticket
    {
        QString assignee, kind, channel, created;
        int level;
        QString cause, qaAt, sla;
    };
    const QList<Ticket> tickets{
        {u"bob"_s, u"complaint"_s, u"email"_s, u"2026-04-02T10:00:00"_s, 0, QString(), QString(),
         sla(30, false, 200, false)},
        {u"carol"_s, u"question"_s, u"chat"_s, u"2026-05-03T10:00:00"_s, 2, u"courier"_s,
         u"2026-05-04T10:00:00"_s, sla(90, true, -1, false, u"2026-05-03T20:00:00Z"_s)},
        {QString(), u"delivery_problem"_s, u"web"_s, u"2026-06-10T10:00:00"_s, 0, u"packing"_s,
         u"2026-06-11T10:00:00"_s, sla(15, false, 45, false)}};
    for (const Ticket &t : tickets) {
        const qint64 created = FixtureShop::at(t.created).toMSecsSinceEpoch();
        QVERIFY(db.exec(
            u"INSERT INTO tickets (kind, status, priority, channel, subject, customer_id, "
            "assignee, created_by, created_by_id, created_at, updated_at, escalation_level, "
            "in_qa_queue, qa_cause, qa_at, sla) VALUES (?, 'open', 'normal', ?, 'Help', 1, ?, "
            "'agent', 1, ?, ?, ?, 0, ?, ?, ?)"_s,
            {t.kind, t.channel, t.assignee.isEmpty() ? QVariant() : QVariant(t.assignee), created,
             created, t.level, t.cause.isEmpty() ? QVariant() : QVariant(t.cause),
             t.qaAt.isEmpty() ? QVariant() : QVariant(FixtureShop::at(t.qaAt).toMSecsSinceEpoch()),
             t.sla}));
    }
    // The unassigned one went to QA by hand.
    QVERIFY(db.exec(u"INSERT INTO ticket_history (ticket_id, event, status, at, user_name) "
                    "SELECT id, 'status', 'escalated', created_at, 'agent' FROM tickets "
                    "WHERE assignee IS NULL"_s));

    m_widget->setChannel(u"web"_s); // the care figures are grouped by channel instead
    m_widget->setQuarter(QDate(2026, 4, 1));
    m_widget->setCurrentTab(TrendsWidget::Service);
    QVERIFY(settle(*m_widget));
    shopdesk::ui::CareServicePanel *care = m_widget->careService();
    QVERIFY(care);
    QVERIFY(!care->query().hasQueryItem(u"channel"_s));
    QCOMPARE(care->query().queryItemValue(u"group"_s), u"agent"_s);
    ReportTableModel *model = care->model();
    auto row = [model](int r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        return cells.join(u" | "_s);
    };
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Agent"_s);
    QCOMPARE(row(0), u"Unassigned | 1 | 15 min | 15 min | 100.0% | 45 min | 45 min | 100.0% | 0 | "
                     "1 | Packing 1"_s);
    QCOMPARE(row(1), u"bob | 1 | 30 min | 30 min | 100.0% | 3 h 20 min | 3 h 20 min | 100.0% | "
                     "0 | 0 | "_s);
    QCOMPARE(row(2), u"carol | 1 | 1 h 30 min | 1 h 30 min | 0.0% | n/a | n/a | n/a | 1 | 1 | "
                     "Courier 1"_s);
    QVERIFY2(care->totalsText().startsWith(u"3 tickets"_s), qPrintable(care->totalsText()));

    // The causes QA found, per month of the quarter.
    QChart *chart = care->chart();
    QVERIFY(chart);
    QStringList sets;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QStackedBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                sets << values(set);
        }
    }
    QCOMPARE(sets, (QStringList{u"Packing: 0 0 1"_s, u"Courier: 0 1 0"_s}));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(), (QStringList{u"2026-04"_s, u"2026-05"_s, u"2026-06"_s}));

    // By kind and by channel: the same tickets in other rows.
    care->setGroup(u"kind"_s);
    QVERIFY(settle(*m_widget));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Kind"_s);
    QStringList labels;
    for (int r = 0; r < model->rowCount(); ++r)
        labels << model->index(r, 0).data().toString();
    QCOMPARE(labels, (QStringList{u"Complaint"_s, u"Delivery problem"_s, u"Question"_s}));
    care->setGroup(u"channel"_s);
    QVERIFY(settle(*m_widget));
    labels.clear();
    for (int r = 0; r < model->rowCount(); ++r)
        labels << model->index(r, 0).data().toString();
    QCOMPARE(labels, (QStringList{u"Chat"_s, u"E-mail"_s, u"Web"_s}));
    m_widget->setChannel(QString());
}

QTEST_MAIN(TestTrendsWidget)
// A period without a sale: the chart says so and its scale is 0 to 1, not NaN.
void TestTrendsWidget::emptyPeriodSaysSo()
{
    QTest::failOnWarning(QRegularExpression(u"invalid range|NaN"_s));
    shopdesk::reports::SalesReport report;
    report.header.currency = u"EUR"_s;
    std::unique_ptr<QChart> chart(shopdesk::ui::TrendCharts::sales(report, QLocale::c()));
    QVERIFY2(chart->title().endsWith(u": nothing in this period"_s), qPrintable(chart->title()));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->min(), 0.0);
    QCOMPARE(y->max(), 1.0);
}

#include "tst_trendswidget.moc"
