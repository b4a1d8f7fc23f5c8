#include "trends/trendswidget.h"

#include "common/themecolors.h"

#include "client/reportsource.h"
#include "common/logging.h"
#include "trends/careservicepanel.h"
#include "trends/quarterlyreportbuilder.h"
#include "trends/quarterlyreportwriter.h"
#include "trends/reporttablemodel.h"
#include "trends/returnspanel.h"
#include "trends/tablecsvwriter.h"
#include "trends/trendcharts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QDate quarterStart(QDate date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QString quarterKey(QDate start)
{
    return u"%1-Q%2"_s.arg(start.year()).arg((start.month() - 1) / 3 + 1);
}

} // namespace

TrendsWidget::TrendsWidget(reports::ReportSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_builder(new QuarterlyReportBuilder(source, this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1500);
    connect(m_debounce, &QTimer::timeout, this, &TrendsWidget::refresh);
    connect(m_source, &reports::ReportSource::resultReady, this, &TrendsWidget::answered);
    connect(m_source, &reports::ReportSource::reportFailed, this, &TrendsWidget::failed);
    connect(m_builder, &QuarterlyReportBuilder::finished, this,
            [this](const QuarterlyReportBuilder::Reports &reports) {
                m_pdf->setEnabled(true);
                m_print->setEnabled(true);
                if (m_pdfPath.isEmpty()) {
                    printReport(reports);
                    return;
                }
                auto ok = QuarterlyReportWriter(reports, locale()).writePdf(m_pdfPath);
                if (!ok) {
                    showError(ok.error().message);
                    return;
                }
                m_status->setText(tr("Saved the quarterly report as %1.").arg(m_pdfPath));
                emit pdfExported(m_pdfPath);
            });
    connect(m_builder, &QuarterlyReportBuilder::failed, this, [this](const Error &error) {
        m_pdf->setEnabled(true);
        m_print->setEnabled(true);
        showError(error.message);
    });
    build();
    fillQuarters(); // asks for the current quarter's figures
}

TrendsWidget::~TrendsWidget() = default;

QString TrendsWidget::reportOf(Tab tab)
{
    static const QStringList names{u"sales"_s,     u"growth"_s,    u"movers"_s,
                                   u"stockouts"_s, u"customers"_s, u"service"_s};
    return names.at(tab);
}

void TrendsWidget::build()
{
    m_building = true;
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_quarter = new QComboBox;
    m_quarter->setObjectName(u"quarter"_s);
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_period = new QComboBox;
    m_period->setObjectName(u"period"_s);
    m_period->addItem(tr("by quarter"), u"quarter"_s);
    m_period->addItem(tr("by month"), u"month"_s);
    m_period->addItem(tr("by week"), u"week"_s);
    m_dimension = new QComboBox;
    m_dimension->setObjectName(u"dimension"_s);
    m_dimension->addItem(tr("Products"), u"product"_s);
    m_dimension->addItem(tr("Categories"), u"category"_s);
    m_dimension->addItem(tr("Channels"), u"channel"_s);
    m_dimension->setCurrentIndex(1);
    m_channel = new QComboBox;
    m_channel->setObjectName(u"channel"_s);
    m_channel->addItem(tr("All channels"), QString());
    m_channel->addItem(tr("Chat"), u"chat"_s);
    m_channel->addItem(tr("E-mail"), u"email"_s);
    m_channel->addItem(tr("Phone"), u"phone"_s);
    m_channel->addItem(tr("Web"), u"web"_s);
    m_refresh = new QPushButton(tr("Refresh"));
    m_csv = new QPushButton(tr("Export CSV…"));
    m_csv->setToolTip(tr("Save the table of this tab as a CSV file"));
    m_pdf = new QPushButton(tr("Quarterly report PDF…"));
    m_pdf->setToolTip(tr("Save a printable report of the chosen range with its charts"));
    m_print = new QPushButton(tr("Print…"));
    m_print->setToolTip(tr("Print the quarterly report of the chosen range"));

    m_from->setAccessibleName(tr("Range start"));
    m_to->setAccessibleName(tr("Range end"));
    m_period->setAccessibleName(tr("Period"));
    m_channel->setAccessibleName(tr("Channel"));
    auto *rangeLabel = new QLabel(tr("&Range:"));
    rangeLabel->setBuddy(m_quarter);
    auto *showLabel = new QLabel(tr("S&how:"));
    showLabel->setBuddy(m_dimension);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_quarter);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(showLabel);
    bar->addWidget(m_dimension);
    bar->addWidget(m_channel);
    bar->addStretch();
    bar->addWidget(m_refresh);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);
    bar->addWidget(m_print);
    layout->addLayout(bar);

    auto *drill = new QHBoxLayout;
    m_drillLabel = new QLabel;
    m_drillUp = new QPushButton(tr("All categories"));
    m_status = new QLabel;
    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    drill->addWidget(m_drillLabel);
    drill->addWidget(m_drillUp);
    drill->addStretch();
    drill->addWidget(m_status);
    layout->addLayout(drill);

    m_summary = new QLabel;
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(toneStyleSheet(Tone::Information, m_summary->palette(), u"QLabel"_s) +
                             u" QLabel { padding: 6px 8px; }"_s);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget;
    const QStringList titles{tr("Sales"),      tr("Growth"),    tr("Top movers"),
                             tr("Stock-outs"), tr("Customers"), tr("Service")};
    for (int t = 0; t < TabCount; ++t) {
        auto *model = new ReportTableModel(this);
        model->setLocale(locale());
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(ReportTableModel::SortRole);
        auto *table = new QTableView;
        table->setObjectName(reportOf(Tab(t)) + u"Table"_s);
        table->setAccessibleName(titles.at(t));
        table->setModel(proxy);
        // Unsorted until the user clicks a header: the server's ranking comes first.
        table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        table->setSortingEnabled(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        auto *view = new QChartView;
        view->setObjectName(reportOf(Tab(t)) + u"Chart"_s);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumWidth(360);
        auto *split = new QSplitter(Qt::Horizontal);
        split->addWidget(view);
        split->addWidget(table);
        // The chart takes what the table does not need.
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setSizes({720, 480});
        QWidget *page = split;
        if (t == Service) {
            // The care desk's tickets below the orders the agents handled.
            m_care = new CareServicePanel(m_source);
            connect(m_care, &CareServicePanel::errorOccurred, this, &TrendsWidget::showError);
            auto *stack = new QSplitter(Qt::Vertical);
            stack->addWidget(split);
            stack->addWidget(m_care);
            stack->setSizes({360, 440});
            page = stack;
        }
        m_tabs->addTab(page, titles.at(t));
        connect(table, &QTableView::activated, this,
                [this, t](const QModelIndex &index) { rowActivated(Tab(t), index); });
        m_models << model;
        m_proxies << proxy;
        m_tables << table;
        m_chartViews << view;
    }
    m_returns = new ReturnsPanel(m_source);
    connect(m_returns, &ReturnsPanel::errorOccurred, this, &TrendsWidget::showError);
    m_tabs->addTab(m_returns, tr("Returns"));
    layout->addWidget(m_tabs, 1);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, &TrendsWidget::rangeChosen);
    // Typing a date changes it once per digit: wait for a pause before asking the server.
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_building && !m_quarter->currentData().toDate().isValid())
                scheduleRefresh();
        });
    }
    for (QComboBox *box : {m_period, m_dimension, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &TrendsWidget::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &TrendsWidget::refresh);
    connect(m_drillUp, &QPushButton::clicked, this, &TrendsWidget::clearDrillDown);
    connect(m_csv, &QPushButton::clicked, this, &TrendsWidget::chooseCsvFile);
    connect(m_pdf, &QPushButton::clicked, this, &TrendsWidget::choosePdfFile);
    connect(m_print, &QPushButton::clicked, this, [this] {
        m_pdfPath.clear(); // no file: the report goes to a printer
        m_print->setEnabled(false);
        m_status->setText(tr("Preparing the quarterly report…"));
        m_builder->start(rangeQuery());
    });
    updateDrillBar();
    m_building = false;
}

void TrendsWidget::fillQuarters()
{
    m_building = true;
    const QDate current = quarterStart(QDate::currentDate());
    for (int i = 0; i < 12; ++i) {
        const QDate start = current.addMonths(-3 * i);
        m_quarter->addItem(quarterKey(start), start);
    }
    m_quarter->addItem(tr("Custom range"), QDate());
    m_quarter->setCurrentIndex(0);
    m_building = false;
    rangeChosen();
}

void TrendsWidget::rangeChosen()
{
    const QDate start = m_quarter->currentData().toDate();
    const bool custom = !start.isValid();
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const bool wasBuilding = m_building;
        m_building = true;
        m_from->setDate(start);
        m_to->setDate(start.addMonths(3).addDays(-1));
        m_building = wasBuilding;
    }
    refresh();
}

void TrendsWidget::setQuarter(QDate anyDayOfQuarter)
{
    const QDate start = quarterStart(anyDayOfQuarter);
    int index = m_quarter->findData(start);
    if (index < 0) {
        m_quarter->insertItem(m_quarter->count() - 1, quarterKey(start), start);
        index = m_quarter->findData(start);
    }
    if (m_quarter->currentIndex() == index)
        rangeChosen();
    else
        m_quarter->setCurrentIndex(index);
}

void TrendsWidget::setCustomRange(QDate from, QDate to)
{
    m_building = true;
    m_quarter->setCurrentIndex(m_quarter->count() - 1);
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_building = false;
    refresh();
}

void TrendsWidget::setPeriod(const QString &period)
{
    m_period->setCurrentIndex(qMax(0, m_period->findData(period)));
}

void TrendsWidget::setDimension(const QString &dimension)
{
    m_dimension->setCurrentIndex(qMax(0, m_dimension->findData(dimension)));
}

void TrendsWidget::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
}

void TrendsWidget::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void TrendsWidget::drillDown(const QString &category)
{
    m_category = category;
    m_building = true;
    m_dimension->setCurrentIndex(m_dimension->findData(u"product"_s));
    m_building = false;
    updateDrillBar();
    refresh();
}

void TrendsWidget::clearDrillDown()
{
    m_category.clear();
    m_building = true;
    m_dimension->setCurrentIndex(m_dimension->findData(u"category"_s));
    m_building = false;
    updateDrillBar();
    refresh();
}

void TrendsWidget::updateDrillBar()
{
    const bool drilled = !m_category.isEmpty();
    m_drillLabel->setText(
        drilled ? tr("Products of the category <b>%1</b>").arg(m_category.toHtmlEscaped())
                : tr("Double-click a category or channel to see its "
                     "products."));
    m_drillUp->setVisible(drilled);
}

QUrlQuery TrendsWidget::rangeQuery() const
{
    QUrlQuery query;
    const QDate start = m_quarter->currentData().toDate();
    if (start.isValid()) {
        query.addQueryItem(u"quarter"_s, quarterKey(start));
    } else {
        query.addQueryItem(u"from"_s, m_from->date().toString(Qt::ISODate));
        query.addQueryItem(u"to"_s, m_to->date().toString(Qt::ISODate));
    }
    const QString channel = m_channel->currentData().toString();
    if (!channel.isEmpty())
        query.addQueryItem(u"channel"_s, channel);
    return query;
}

QUrlQuery TrendsWidget::queryFor(Tab tab) const
{
    QUrlQuery query = rangeQuery();
    const QString period = m_period->currentData().toString();
    const QString dimension = m_dimension->currentData().toString();
    switch (tab) {
    case Sales:
    case Growth:
    case Movers:
        query.addQueryItem(u"dimension"_s, dimension);
        if (!m_category.isEmpty())
            query.addQueryItem(u"category"_s, m_category);
        if (tab == Sales) {
            query.addQueryItem(u"period"_s, period);
            query.addQueryItem(u"limit"_s, u"200"_s);
        } else if (tab == Movers) {
            query.addQueryItem(u"limit"_s, u"8"_s);
        } else {
            query.addQueryItem(u"limit"_s, u"200"_s);
        }
        break;
    case StockOuts:
        query.removeAllQueryItems(u"channel"_s); // stock is not per channel
        if (!m_category.isEmpty())
            query.addQueryItem(u"category"_s, m_category);
        query.addQueryItem(u"limit"_s, u"200"_s);
        break;
    case Customers:
        query.addQueryItem(u"period"_s, period);
        break;
    case Service:
    case TabCount:
        break;
    }
    return query;
}

void TrendsWidget::refresh()
{
    if (m_building)
        return;
    m_debounce->stop();
    if (m_from->date() > m_to->date()) {
        showError(tr("The range starts after it ends."));
        return;
    }
    m_pending.clear(); // answers to earlier requests are dropped when they arrive
    for (int t = 0; t < TabCount; ++t)
        m_pending.insert(m_source->request(reportOf(Tab(t)), queryFor(Tab(t))), Tab(t));
    QUrlQuery care = rangeQuery();
    care.removeAllQueryItems(u"channel"_s); // grouped by channel instead
    m_care->request(care);
    m_returns->request(care); // returns are not per channel
    m_status->setText(tr("Updating…"));
    m_status->setStyleSheet(QString());
}

void TrendsWidget::scheduleRefresh()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void TrendsWidget::answered(quint64 id, const QString &report, const reports::ReportResult &result)
{
    Q_UNUSED(report);
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return;
    const Tab tab = it.value();
    m_pending.erase(it);
    showAnswer(tab, result);
    if (m_pending.isEmpty()) {
        updateSummary();
        m_status->setText(tr("Figures as of %1")
                              .arg(locale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        emit refreshed();
    }
}

void TrendsWidget::failed(quint64 id, const QString &report, const Error &error)
{
    Q_UNUSED(report);
    if (!m_pending.remove(id))
        return;
    showError(error.message);
    if (m_pending.isEmpty())
        emit refreshed();
}

void TrendsWidget::showError(const QString &message)
{
    qCWarning(lcUi) << "trends:" << message;
    m_status->setText(message);
    m_status->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));
    emit errorOccurred(message);
}

void TrendsWidget::showAnswer(Tab tab, const reports::ReportResult &result)
{
    m_answers.insert(tab, result);
    m_models[tab]->setLocale(locale());
    m_models[tab]->setReport(result);
    m_tables[tab]->resizeColumnsToContents();
    QChart *chart = nullptr;
    switch (tab) {
    case Sales:
        chart = TrendCharts::sales(result.sales(), locale());
        break;
    case Growth:
        chart = TrendCharts::growth(result.growth(), locale());
        break;
    case Movers:
        chart = TrendCharts::movers(result.movers(), locale());
        break;
    case StockOuts:
        chart = TrendCharts::stockouts(result.stockouts(), locale());
        break;
    case Customers:
        chart = TrendCharts::customers(result.customers(), locale());
        break;
    case Service:
    case TabCount:
        chart = TrendCharts::service(result.service(), locale());
        break;
    }
    // The view does not delete the chart it showed before.
    QChart *old = m_chartViews[tab]->chart();
    m_chartViews[tab]->setChart(chart);
    delete old;
}

void TrendsWidget::rowActivated(Tab tab, const QModelIndex &index)
{
    if (tab != Sales && tab != Growth && tab != Movers)
        return;
    const QString key = index.data(ReportTableModel::KeyRole).toString();
    const QString dimension = m_dimension->currentData().toString();
    if (dimension == u"category"_s) {
        drillDown(key);
    } else if (dimension == u"channel"_s) {
        m_building = true;
        setChannel(key);
        m_dimension->setCurrentIndex(m_dimension->findData(u"product"_s));
        m_building = false;
        refresh();
    }
}

bool TrendsWidget::isBusy() const
{
    return !m_pending.isEmpty() || m_care->isBusy() || m_returns->isBusy();
}

ReportTableModel *TrendsWidget::model(Tab tab) const
{
    return m_models.at(tab);
}

QTableView *TrendsWidget::table(Tab tab) const
{
    return m_tables.at(tab);
}

QChart *TrendsWidget::chart(Tab tab) const
{
    return m_chartViews.at(tab)->chart();
}

Result<void> TrendsWidget::exportCsv(Tab tab, const QString &path) const
{
    // The proxy keeps the order the user sorted the table in.
    return TableCsvWriter::writeFile(*m_proxies.at(tab), path, ReportTableModel::ExportRole);
}

Result<void> TrendsWidget::exportReturnsCsv(const QString &path) const
{
    return TableCsvWriter::writeFile(m_returns->sortedModel(), path, ReportTableModel::ExportRole);
}

void TrendsWidget::chooseCsvFile()
{
    const bool returns = m_tabs->currentWidget() == m_returns;
    const Tab tab = Tab(m_tabs->currentIndex());
    const QString name = u"%1-%2.csv"_s.arg(returns ? u"returns"_s : reportOf(tab),
                                            m_quarter->currentData().toDate().isValid()
                                                ? m_quarter->currentText()
                                                : m_from->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the table as CSV"), name,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto ok = returns ? exportReturnsCsv(path) : exportCsv(tab, path); !ok)
        showError(ok.error().message);
    else
        m_status->setText(tr("Saved %1.").arg(path));
}

void TrendsWidget::choosePdfFile()
{
    const QString name = u"trends-%1.pdf"_s.arg(m_quarter->currentData().toDate().isValid()
                                                    ? m_quarter->currentText()
                                                    : m_from->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the quarterly report"), name,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void TrendsWidget::exportPdf(const QString &path)
{
    if (path.isEmpty())
        return;
    m_pdfPath = path;
    m_pdf->setEnabled(false);
    m_status->setText(tr("Preparing the quarterly report…"));
    m_builder->start(rangeQuery());
}

void TrendsWidget::updateSummary()
{
    // The headline a manager reads first: the totals of the range and how they moved.
    const reports::ReportFigures sales = m_answers.value(Sales).sales().totals;
    const reports::GrowthReport growth = m_answers.value(Growth).growth();
    const auto repeatRate = m_answers.value(Customers).customers().totals.repeatRatePct;
    const reports::StockoutReport::Totals stock = m_answers.value(StockOuts).stockouts().totals;
    const QLocale here = locale();
    auto pct = [&here](const std::optional<double> &v) {
        return ReportTableModel::percent(v, here, true);
    };
    QStringList parts;
    parts << tr("Revenue <b>%1</b>")
                 .arg(ReportTableModel::money(sales.revenue, here).toHtmlEscaped());
    parts
        << tr("<b>%1</b> vs %2").arg(pct(growth.totals.vsPrevious.revenue), growth.previous.label);
    parts << tr("<b>%1</b> vs %2").arg(pct(growth.totals.vsYearAgo.revenue), growth.yearAgo.label);
    parts << tr("<b>%1</b> orders, <b>%2</b> units")
                 .arg(here.toString(sales.orders), here.toString(sales.units));
    parts
        << tr("repeat customers <b>%1</b>").arg(ReportTableModel::percent(repeatRate, here, false));
    parts << tr("<b>%1</b> products out of stock, <b>%2</b> orders refused (%3)")
                 .arg(stock.productsAffected)
                 .arg(stock.lostOrders)
                 .arg(ReportTableModel::money(stock.lostRevenue, here).toHtmlEscaped());
    m_summary->setText(parts.join(u" &nbsp;·&nbsp; "_s));
}

void TrendsWidget::printReport(const QuarterlyReportBuilder::Reports &reports)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Quarterly trends report"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_status->clear();
        return;
    }
    if (auto ok = QuarterlyReportWriter(reports, locale()).paint(printer); !ok)
        showError(ok.error().message);
    else
        m_status->setText(tr("Sent the quarterly report to %1.").arg(printer.printerName()));
}

} // namespace shopdesk::ui
