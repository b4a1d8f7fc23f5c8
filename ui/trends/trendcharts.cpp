#include "trends/trendcharts.h"

#include "domain/care/ticket.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QValueAxis *y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // Nothing but zeros (or nothing at all) leaves the axis without a range, and rounding
    // that computes NaN: show an empty scale and say so.
    if (!(y->max() > y->min())) {
        y->setRange(0, 1);
        chart->setTitle(TrendCharts::tr("%1: nothing in this period").arg(chart->title()));
        return;
    }
    y->applyNiceNumbers();
}

QValueAxis *valueAxis(const QString &title, const char *format = "%.0f")
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QString::fromLatin1(format));
    return axis;
}

} // namespace

double TrendCharts::major(const std::optional<Money> &money)
{
    if (!money)
        return 0;
    return double(money->amountMinor()) / std::pow(10.0, money->currency().decimals());
}

QString TrendCharts::shortLabel(const QString &label, int length)
{
    return label.size() <= length ? label : label.left(length - 1) + u"…"_s;
}

QChart *TrendCharts::sales(const reports::SalesReport &report, const QLocale &locale, int maxRows)
{
    Q_UNUSED(locale);
    const QString currency = report.header.currency;
    QChart *chart = newChart(TrendCharts::tr("Revenue (%1)").arg(currency));
    if (report.buckets.size() > 1) {
        QStringList categories;
        for (const auto &bucket : report.buckets)
            categories << bucket.key;
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        QValueAxis *y = valueAxis(currency);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double top = 0;
        for (const auto &row : report.rows.mid(0, maxRows)) {
            auto *line = new QLineSeries;
            line->setName(shortLabel(row.label));
            line->setPointsVisible(true);
            for (qsizetype i = 0; i < row.series.size(); ++i) {
                const double v = major(row.series[i].figures.revenue);
                top = qMax(top, v);
                line->append(double(i), v);
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        // The category axis places bucket i at x = i.
        y->setRange(0, top > 0 ? top * 1.1 : 1);
        y->applyNiceNumbers();
        return chart;
    }
    auto *set = new QBarSet(TrendCharts::tr("Revenue"));
    QStringList labels;
    for (const auto &row : report.rows.mid(0, qMax(maxRows, 8))) {
        labels << shortLabel(row.label, 14);
        *set << major(row.figures.revenue);
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(currency));
    chart->legend()->setVisible(false);
    return chart;
}

QChart *TrendCharts::growth(const reports::GrowthReport &report, const QLocale &locale, int maxRows)
{
    Q_UNUSED(locale);
    const QString currency = report.header.currency;
    QChart *chart = newChart(
        TrendCharts::tr("Revenue against the previous period and a year ago (%1)").arg(currency));
    auto *yearAgo = new QBarSet(TrendCharts::tr("A year ago (%1)").arg(report.yearAgo.label));
    auto *previous = new QBarSet(TrendCharts::tr("Previous (%1)").arg(report.previous.label));
    auto *current = new QBarSet(TrendCharts::tr("Current (%1)").arg(report.header.range.label));
    QStringList labels;
    for (const auto &row : report.rows.mid(0, maxRows)) {
        labels << shortLabel(row.label, 14);
        *yearAgo << major(row.figures.yearAgo.revenue);
        *previous << major(row.figures.previous.revenue);
        *current << major(row.figures.current.revenue);
    }
    auto *series = new QBarSeries;
    series->append({yearAgo, previous, current});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(currency));
    return chart;
}

QChart *TrendCharts::movers(const reports::MoversReport &report, const QLocale &locale)
{
    Q_UNUSED(locale);
    const QString currency = report.header.currency;
    QChart *chart = newChart(TrendCharts::tr("Top movers: change in revenue (%1)").arg(currency));
    auto *up = new QBarSet(TrendCharts::tr("Up"));
    auto *down = new QBarSet(TrendCharts::tr("Down"));
    up->setColor(QColor(0x2e, 0x7d, 0x32));
    down->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    for (const auto &m : report.up) {
        labels << shortLabel(m.label, 14);
        *up << major(m.change.revenue);
        *down << 0.0;
    }
    for (const auto &m : report.down) {
        labels << shortLabel(m.label, 14);
        *up << 0.0;
        *down << major(m.change.revenue);
    }
    // Stacked, so each product has one bar, green above zero and red below.
    auto *series = new QStackedBarSeries;
    series->append({up, down});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(currency));
    return chart;
}

QChart *TrendCharts::stockouts(const reports::StockoutReport &report, const QLocale &locale,
                               int maxRows)
{
    Q_UNUSED(locale);
    QChart *chart = newChart(TrendCharts::tr("Hours out of stock"));
    auto *hours = new QBarSet(TrendCharts::tr("Hours out of stock"));
    hours->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList labels;
    for (const auto &row : report.rows.mid(0, maxRows)) {
        labels << shortLabel(row.label, 14);
        *hours << double(row.outSeconds) / 3600.0;
    }
    auto *series = new QBarSeries;
    series->append(hours);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(TrendCharts::tr("hours")));
    chart->legend()->setVisible(false);
    return chart;
}

QChart *TrendCharts::customers(const reports::CustomerReport &report, const QLocale &locale)
{
    Q_UNUSED(locale);
    QChart *chart = newChart(TrendCharts::tr("Customers and repeat customers"));
    auto *all = new QBarSet(TrendCharts::tr("Customers"));
    auto *repeat = new QBarSet(TrendCharts::tr("Repeat customers"));
    QStringList labels;
    for (const auto &point : report.series) {
        labels << point.bucket;
        *all << double(point.customers);
        *repeat << double(point.repeatCustomers);
    }
    auto *series = new QBarSeries;
    series->append({all, repeat});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(TrendCharts::tr("customers")));
    return chart;
}

QChart *TrendCharts::service(const reports::ServiceReport &report, const QLocale &locale,
                             int maxRows)
{
    Q_UNUSED(locale);
    QChart *chart = newChart(TrendCharts::tr("Orders per agent"));
    auto *handled = new QBarSet(TrendCharts::tr("Orders handled"));
    auto *sales = new QBarSet(TrendCharts::tr("Sales"));
    QStringList labels;
    for (const auto &row : report.rows.mid(0, maxRows)) {
        labels << shortLabel(row.label, 14);
        *handled << double(row.ordersHandled);
        *sales << double(row.salesOrders);
    }
    auto *series = new QBarSeries;
    series->append({handled, sales});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(TrendCharts::tr("orders")));
    return chart;
}

QChart *TrendCharts::careCauses(const reports::CareReport &report, const QLocale &locale)
{
    Q_UNUSED(locale);
    QChart *chart = newChart(TrendCharts::tr("QA causes per month"));
    auto *series = new QStackedBarSeries;
    for (care::QaCause cause : care::allQaCauses()) {
        const QString name = care::qaCauseName(cause);
        qint64 found = 0;
        for (const auto &month : report.causesByMonth)
            found += month.causes.value(name);
        if (found == 0)
            continue;
        auto *set = new QBarSet(care::qaCauseText(cause));
        for (const auto &month : report.causesByMonth)
            *set << double(month.causes.value(name));
        series->append(set);
    }
    if (series->count() == 0) {
        // Nothing found: an axis without values has no range to show.
        delete series;
        chart->setTitle(TrendCharts::tr("QA causes per month: no findings"));
        return chart;
    }
    QStringList labels;
    for (const auto &month : report.causesByMonth)
        labels << month.month;
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(TrendCharts::tr("findings")));
    return chart;
}

} // namespace shopdesk::ui
