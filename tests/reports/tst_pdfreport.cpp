// The printable quarterly report holds the figures of the fixture shop: read back from the
// PDF with Debian's pdftotext.

#include "domain/money.h"
#include "fixtureshop.h"
#include "localreportsource.h"
#include "reports/reportservice.h"
#include "testdatabase.h"
#include "trends/quarterlyreportbuilder.h"
#include "trends/quarterlyreportwriter.h"
#include "trends/trendswidget.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::FixtureShop;

class TestPdfReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsTheFigures_data();
    void holdsTheFigures();
    void screenExportsThePdf();

private:
    QString textOf(const QString &pdf);

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<reports::ReportService> m_service;
    std::unique_ptr<reports::LocalReportSource> m_source;
    QTemporaryDir m_dir;
    QString m_text;
    QLocale m_locale{QLocale::English, QLocale::Ireland};
};

QString TestPdfReport::textOf(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPdfReport::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    m_database = std::make_unique<test::TestDatabase>();
    const QString error = m_database->open();
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    FixtureShop(m_database->db()).writeStandard();
    m_service = std::make_unique<reports::ReportService>(m_database->db(), u"EUR"_s);
    m_service->setClock(
        [] { return FixtureShop::at(u"2026-07-15T00:00:00"_s).toMSecsSinceEpoch(); });
    m_source = std::make_unique<reports::LocalReportSource>(*m_service, u"manager"_s);

    ui::QuarterlyReportBuilder builder(m_source.get());
    QSignalSpy finished(&builder, &ui::QuarterlyReportBuilder::finished);
    builder.start(QUrlQuery(u"quarter=2026-Q2"_s));
    QVERIFY(finished.wait(10000));
    const auto reports = finished.first().first().value<ui::QuarterlyReportBuilder::Reports>();
    QCOMPARE(reports.size(), ui::QuarterlyReportBuilder::parts(QUrlQuery()).size());
    const QString path = m_dir.filePath(u"q2.pdf"_s);
    auto written = ui::QuarterlyReportWriter(reports, m_locale).writePdf(path, u"Trailhead"_s);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    // SHOPDESK_TEST_KEEP_PDF=DIR keeps a copy to look at.
    if (const QString keep = qEnvironmentVariable("SHOPDESK_TEST_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(path, keep + u"/trends-q2.pdf"_s);
    m_text = textOf(path);
    QVERIFY(!m_text.isEmpty());
}

void TestPdfReport::holdsTheFigures_data()
{
    QTest::addColumn<QString>("expected");
    auto eur = [this](qint64 minor) {
        return Money(minor, Currency::parse(u"EUR"_s).value()).format(m_locale);
    };
    QTest::newRow("title") << u"Trailhead: quarterly trends report"_s;
    QTest::newRow("range") << u"2026-Q2"_s;
    QTest::newRow("counted statuses") << u"paid, shipped and delivered"_s;
    QTest::newRow("revenue") << eur(32000);
    QTest::newRow("outdoor revenue") << eur(22000);
    QTest::newRow("growth vs q1") << u"+20.8%"_s;
    QTest::newRow("growth vs a year ago") << u"+220.0%"_s;
    QTest::newRow("repeat-customer rate") << u"66.7%"_s;
    QTest::newRow("top product") << u"Camp stove"_s;
    QTest::newRow("biggest fall") << eur(-10000);
    QTest::newRow("stock-out") << u"Down jacket"_s;
    QTest::newRow("time out of stock") << u"5 d 6 h"_s;
    QTest::newRow("lost revenue") << eur(45000);
    QTest::newRow("agent") << u"carol"_s;
    QTest::newRow("median time to payment") << u"35 min"_s;
}

void TestPdfReport::holdsTheFigures()
{
    QFETCH(QString, expected);
    // pdftotext spaces table cells by their position; compare without any white space.
    static const QRegularExpression space(u"\\s+"_s);
    QString text = m_text;
    QString wanted = expected;
    text.remove(space);
    wanted.remove(space);
    QVERIFY2(text.contains(wanted), qPrintable(u"missing: "_s + expected));
}

void TestPdfReport::screenExportsThePdf()
{
    ui::TrendsWidget widget(m_source.get());
    widget.setQuarter(QDate(2026, 4, 1));
    QVERIFY(QTest::qWaitFor([&widget] { return !widget.isBusy(); }, 10000));
    QSignalSpy exported(&widget, &ui::TrendsWidget::pdfExported);
    const QString path = m_dir.filePath(u"screen.pdf"_s);
    widget.exportPdf(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().first().toString(), path);
    QVERIFY(textOf(path).contains(u"Down jacket"_s));
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
