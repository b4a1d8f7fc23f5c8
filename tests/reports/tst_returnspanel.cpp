// The trends screen's Returns tab over the fixture shop with returns and refunds written as
// the server stores them: the table's rows in each grouping, the grouping switch, the chart's
// series, and the CSV and PDF exports holding the table.

#include "fixtureshop.h"
#include "localreportsource.h"
#include "reports/reportservice.h"
#include "testdatabase.h"
#include "trends/reporttablemodel.h"
#include "trends/returnspanel.h"
#include "trends/trendswidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::reports::LocalReportSource;
using shopdesk::reports::ReportService;
using shopdesk::test::FixtureShop;
using shopdesk::test::TestDatabase;
using shopdesk::ui::ReportTableModel;
using shopdesk::ui::ReturnsPanel;
using shopdesk::ui::TrendsWidget;

namespace {

bool settle(TrendsWidget &widget)
{
    return QTest::qWaitFor([&widget] { return !widget.isBusy(); }, 10000);
}

qint64 at(const QString &time)
{
    return FixtureShop::at(time).toMSecsSinceEpoch();
}

QString values(const QBarSet *set)
{
    QStringList out;
    for (int i = 0; i < set->count(); ++i)
        out << QString::number(set->at(i));
    return set->label() + u": "_s + out.join(u' ');
}

QStringList exportRows(const ReportTableModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data(ReportTableModel::ExportRole).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

class TestReturnsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rows_data();
    void rows();
    void totals();
    void chart();
    void csvExport();
    void pdfExport();

private:
    void writeReturns();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ReportService> m_service;
    std::unique_ptr<LocalReportSource> m_source;
    std::unique_ptr<TrendsWidget> m_widget;
    ReturnsPanel *m_panel = nullptr;
};

void TestReturnsPanel::writeReturns()
{
    // In 2026-Q2 the fixture sells order 5 (A + 2 C, 180.00, April), order 6 (4 B, 100.00,
    // April) and order 9 (C, 40.00, June). Order 5 comes back damaged in April (the tent
    // written off, a stove restocked) and is refunded 100.00 and 5.00 shipping; order 6 is
    // partly returned in May (2 B, approved, not received) and refunded 10.00 goodwill in
    // June. A rejected return and a refund still waiting for approval count nowhere.
    shopdesk::storage::Database &db = m_database->db();
    struct Return
    {
        qint64 id, order;
        QString status, reason, requested;
        QList<std::tuple<QString, qint64, qint64, qint64>> lines; // sku, quantity, back, off
    };
    const QList<Return> returns{
        {1,
         5,
         u"received"_s,
         u"damaged"_s,
         u"2026-04-05T10:00:00"_s,
         {{u"A"_s, 1, 0, 1}, {u"C"_s, 1, 1, 0}}},
        {2, 6, u"approved"_s, u"no_longer_wanted"_s, u"2026-05-02T10:00:00"_s, {{u"B"_s, 2, 0, 0}}},
        {3, 6, u"rejected"_s, u"other"_s, u"2026-05-03T10:00:00"_s, {{u"B"_s, 1, 0, 0}}}};
    for (const Return &r : returns) {
        QVERIFY(db.exec(u"INSERT INTO order_returns (id, order_id, status, reason, note, "
                        "requested_by, requested_at, updated_at) VALUES (?, ?, ?, ?, '', "
                        "'alice', ?, ?)"_s,
                        {r.id, r.order, r.status, r.reason, at(r.requested), at(r.requested)}));
        for (const auto &[sku, quantity, back, off] : r.lines) {
            QVERIFY(db.exec(u"INSERT INTO order_return_lines (return_id, sku, name, quantity, "
                            "restocked, written_off) VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {r.id, sku, sku, quantity, back, off}));
        }
    }
    struct Refund
    {
        qint64 id, order;
        QString status;
        qint64 amount, shipping, goodwill;
        QString decided;
    };
    const QList<Refund> refunds{{1, 5, u"issued"_s, 10500, 500, 0, u"2026-04-08T10:00:00"_s},
                                {2, 6, u"issued"_s, 1000, 0, 1000, u"2026-06-01T10:00:00"_s},
                                {3, 6, u"pending_approval"_s, 300, 0, 300, QString()}};
    for (const Refund &f : refunds) {
        QVERIFY(db.exec(
            u"INSERT INTO refunds (id, order_id, destination, status, amount_minor, currency, "
            "shipping_minor, goodwill_minor, reason, reference, double_charge, requested_by, "
            "requested_at, decided_by, decided_at) VALUES (?, ?, 'original', ?, ?, 'EUR', ?, ?, "
            "'asked', '', 0, 'alice', ?, ?, ?)"_s,
            {f.id, f.order, f.status, f.amount, f.shipping, f.goodwill,
             at(u"2026-04-08T09:00:00"_s), f.decided.isEmpty() ? u""_s : u"mia"_s,
             f.decided.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                 : QVariant(at(f.decided))}));
    }
    QVERIFY(db.exec(u"INSERT INTO refund_lines (refund_id, line_no, sku, quantity, "
                    "unit_price_minor) VALUES (1, 1, 'A', 1, 10000)"_s));
}

void TestReturnsPanel::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const QString error = m_database->open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    FixtureShop(m_database->db()).writeStandard();
    writeReturns();
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
    m_panel = m_widget->returnsPanel();
    QVERIFY(m_panel);
    // The tab is there, after the others.
    auto *tabs = m_widget->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->count() - 1), u"Returns"_s);
    QCOMPARE(tabs->widget(tabs->count() - 1), m_panel);
}

void TestReturnsPanel::rows_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("rows"); // export values, '|' between cells
    // Returns | units | restocked | written off | refunds | refunded | lines | shipping |
    // goodwill | double charges | units sold | share [| gross | net]
    QTest::newRow("product")
        << u"product"_s << u"Product"_s
        << QStringList{u"Base layer|B|1|2|0|0|0|0.00|0.00|0.00|0.00|0.00|4|50"_s,
                       u"Alpine tent|A|1|1|0|1|1|100.00|100.00|0.00|0.00|0.00|1|100"_s,
                       u"Camp stove|C|1|1|1|0|0|0.00|0.00|0.00|0.00|0.00|3|33.3"_s,
                       u"Shipping, goodwill and double charges||0|0|0|0|2|15.00|0.00|5.00|"
                       "10.00|0.00|0|"_s};
    QTest::newRow("reason") << u"reason"_s << u"Reason"_s
                            << QStringList{
                                   u"Damaged|1|2|1|1|1|105.00|100.00|5.00|0.00|0.00|8|25"_s,
                                   u"No longer wanted|1|2|0|0|1|10.00|0.00|0.00|10.00|0.00|8|25"_s};
    QTest::newRow("month")
        << u"month"_s << u"Month"_s
        << QStringList{u"2026-04|1|2|1|1|1|105.00|100.00|5.00|0.00|0.00|7|28.6|280.00|175.00"_s,
                       u"2026-05|1|2|0|0|0|0.00|0.00|0.00|0.00|0.00|0||0.00|0.00"_s,
                       u"2026-06|0|0|0|0|1|10.00|0.00|0.00|10.00|0.00|1|0|40.00|30.00"_s};
}

void TestReturnsPanel::rows()
{
    QFETCH(QString, group);
    QFETCH(QString, header);
    QFETCH(QStringList, rows);
    // The grouping box asks again, by itself.
    auto *box = m_panel->findChild<QComboBox *>(u"returnsGroup"_s);
    QVERIFY(box);
    box->setCurrentIndex(box->findData(group));
    QVERIFY(settle(*m_widget));
    QCOMPARE(m_panel->group(), group);
    QCOMPARE(m_panel->query().queryItemValue(u"group"_s), group);
    QVERIFY(!m_panel->query().hasQueryItem(u"channel"_s));
    const ReportTableModel &model = *m_panel->model();
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), header);
    QCOMPARE(exportRows(model), rows);
}

void TestReturnsPanel::totals()
{
    m_panel->setGroup(u"product"_s);
    QVERIFY(settle(*m_widget));
    QCOMPARE(m_panel->totalsText(),
             u"2 returns, 4 units (1 restocked, 1 written off) · 2 refunds, €115.00 · "
             "50.0% of units sold came back · net revenue €205.00 (gross €320.00)"_s);
    // The table shows the amounts in the locale's money format.
    QCOMPARE(m_panel->model()->index(1, 7).data().toString(), u"€100.00"_s);
}

void TestReturnsPanel::chart()
{
    QChart *chart = m_panel->chart();
    QVERIFY(chart);
    QStringList sets;
    QString line;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                sets << values(set);
        } else if (auto *units = qobject_cast<QLineSeries *>(s)) {
            QStringList points;
            for (const QPointF &p : units->points())
                points << u"%1,%2"_s.arg(p.x()).arg(p.y());
            line = units->name() + u": "_s + points.join(u' ');
        }
    }
    QCOMPARE(sets, (QStringList{u"Returns: 1 1 0"_s, u"Refunds: 1 0 1"_s}));
    QCOMPARE(line, u"Net revenue after refunds (EUR): 0,175 1,0 2,30"_s);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(), (QStringList{u"2026-04"_s, u"2026-05"_s, u"2026-06"_s}));
}

void TestReturnsPanel::csvExport()
{
    m_panel->setGroup(u"reason"_s);
    QVERIFY(settle(*m_widget));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"returns.csv"_s);
    QVERIFY(m_widget->exportReturnsCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             u"Reason,Returns,Units returned,Restocked,Written off,Refunds,Refunded (EUR),"
             "Lines (EUR),Shipping (EUR),Goodwill (EUR),Double charges (EUR),Units sold,"
             "Share returned\r\n"
             "Damaged,1,2,1,1,1,105.00,100.00,5.00,0.00,0.00,8,25\r\n"
             "No longer wanted,1,2,0,0,1,10.00,0.00,0.00,10.00,0.00,8,25\r\n"_s);
}

void TestReturnsPanel::pdfExport()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QSignalSpy exported(m_widget.get(), &TrendsWidget::pdfExported);
    const QString path = dir.filePath(u"q2.pdf"_s);
    m_widget->exportPdf(path);
    QVERIFY(exported.wait(10000));
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression space(u"\\s+"_s);
    text.remove(space);
    for (QString wanted :
         {u"Net revenue after refunds"_s, u"€205.00"_s, u"Returns and refunds by month"_s,
          u"2026-06 0 0 0 0 1 €10.00"_s, u"Returns and refunds by reason"_s,
          u"No longer wanted 1 2"_s, u"Care desk tickets by agent"_s}) {
        wanted.remove(space);
        QVERIFY2(text.contains(wanted), qPrintable(u"missing: "_s + wanted));
    }
}

QTEST_MAIN(TestReturnsPanel)
#include "tst_returnspanel.moc"
