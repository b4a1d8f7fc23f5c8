#include "trends/trendcharts.h"

#include "domain/money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QJsonArray>
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

QString currencyOf(const QJsonObject &answer)
{
    return answer.value(u"currency"_s).toString();
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QValueAxis *y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
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

double TrendCharts::major(const QJsonValue &value)
{
    auto money = Money::fromJson(value);
    if (!money)
        return 0;
    return double(money->amountMinor()) / std::pow(10.0, money->currency().decimals());
}

QString TrendCharts::shortLabel(const QString &label, int length)
{
    return label.size() <= length ? label : label.left(length - 1) + u"…"_s;
}

QChart *TrendCharts::sales(const QJsonObject &answer, const QLocale &locale, int maxRows)
{
    Q_UNUSED(locale);
    const QJsonArray buckets = answer.value(u"buckets"_s).toArray();
    const QJsonArray rows = answer.value(u"rows"_s).toArray();
    const QString currency = currencyOf(answer);
    QChart *chart = newChart(TrendCharts::tr("Revenue (%1)").arg(currency));
    if (buckets.size() > 1) {
        QStringList categories;
        for (const QJsonValue &b : buckets)
            categories << b.toObject().value(u"key"_s).toString();
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        QValueAxis *y = valueAxis(currency);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double top = 0;
        for (qsizetype r = 0; r < qMin<qsizetype>(maxRows, rows.size()); ++r) {
            const QJsonObject row = rows[r].toObject();
            auto *line = new QLineSeries;
            line->setName(shortLabel(row.value(u"label"_s).toString()));
            line->setPointsVisible(true);
            const QJsonArray series = row.value(u"series"_s).toArray();
            for (qsizetype i = 0; i < series.size(); ++i) {
                const double v = major(series[i].toObject().value(u"revenue"_s));
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
    for (qsizetype r = 0; r < qMin<qsizetype>(qMax(maxRows, 8), rows.size()); ++r) {
        const QJsonObject row = rows[r].toObject();
        labels << shortLabel(row.value(u"label"_s).toString(), 14);
        *set << major(row.value(u"revenue"_s));
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(currency));
    chart->legend()->setVisible(false);
    return chart;
}

QChart *TrendCharts::growth(const QJsonObject &answer, const QLocale &locale, int maxRows)
{
    Q_UNUSED(locale);
    const QString currency = currencyOf(answer);
    QChart *chart = newChart(
        TrendCharts::tr("Revenue against the previous period and a year ago (%1)").arg(currency));
    auto *yearAgo =
        new QBarSet(TrendCharts::tr("A year ago (%1)")
                        .arg(answer.value(u"year_ago"_s).toObject().value(u"label"_s).toString()));
    auto *previous =
        new QBarSet(TrendCharts::tr("Previous (%1)")
                        .arg(answer.value(u"previous"_s).toObject().value(u"label"_s).toString()));
    auto *current =
        new QBarSet(TrendCharts::tr("Current (%1)")
                        .arg(answer.value(u"range"_s).toObject().value(u"label"_s).toString()));
    QStringList labels;
    const QJsonArray rows = answer.value(u"rows"_s).toArray();
    for (qsizetype r = 0; r < qMin<qsizetype>(maxRows, rows.size()); ++r) {
        const QJsonObject row = rows[r].toObject();
        labels << shortLabel(row.value(u"label"_s).toString(), 14);
        *yearAgo << major(row.value(u"year_ago"_s).toObject().value(u"revenue"_s));
        *previous << major(row.value(u"previous"_s).toObject().value(u"revenue"_s));
        *current << major(row.value(u"current"_s).toObject().value(u"revenue"_s));
    }
    auto *series = new QBarSeries;
    series->append({yearAgo, previous, current});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(currency));
    return chart;
}

QChart *TrendCharts::movers(const QJsonObject &answer, const QLocale &locale)
{
    Q_UNUSED(locale);
    const QString currency = currencyOf(answer);
    QChart *chart = newChart(TrendCharts::tr("Top movers: change in revenue (%1)").arg(currency));
    auto *up = new QBarSet(TrendCharts::tr("Up"));
    auto *down = new QBarSet(TrendCharts::tr("Down"));
    up->setColor(QColor(0x2e, 0x7d, 0x32));
    down->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    for (const QString &list : {u"up"_s, u"down"_s}) {
        for (const QJsonValue &value : answer.value(list).toArray()) {
            const QJsonObject m = value.toObject();
            labels << shortLabel(m.value(u"label"_s).toString(), 14);
            const double change = major(m.value(u"change"_s).toObject().value(u"revenue"_s));
            *up << (list == u"up"_s ? change : 0.0);
            *down << (list == u"down"_s ? change : 0.0);
        }
    }
    // Stacked, so each product has one bar, green above zero and red below.
    auto *series = new QStackedBarSeries;
    series->append({up, down});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(currency));
    return chart;
}

QChart *TrendCharts::stockouts(const QJsonObject &answer, const QLocale &locale, int maxRows)
{
    Q_UNUSED(locale);
    QChart *chart = newChart(TrendCharts::tr("Hours out of stock"));
    auto *hours = new QBarSet(TrendCharts::tr("Hours out of stock"));
    hours->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList labels;
    const QJsonArray rows = answer.value(u"rows"_s).toArray();
    for (qsizetype r = 0; r < qMin<qsizetype>(maxRows, rows.size()); ++r) {
        const QJsonObject row = rows[r].toObject();
        labels << shortLabel(row.value(u"label"_s).toString(), 14);
        *hours << double(row.value(u"out_seconds"_s).toInteger()) / 3600.0;
    }
    auto *series = new QBarSeries;
    series->append(hours);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(TrendCharts::tr("hours")));
    chart->legend()->setVisible(false);
    return chart;
}

QChart *TrendCharts::customers(const QJsonObject &answer, const QLocale &locale)
{
    Q_UNUSED(locale);
    QChart *chart = newChart(TrendCharts::tr("Customers and repeat customers"));
    auto *all = new QBarSet(TrendCharts::tr("Customers"));
    auto *repeat = new QBarSet(TrendCharts::tr("Repeat customers"));
    QStringList labels;
    for (const QJsonValue &value : answer.value(u"series"_s).toArray()) {
        const QJsonObject point = value.toObject();
        labels << point.value(u"bucket"_s).toString();
        *all << double(point.value(u"customers"_s).toInteger());
        *repeat << double(point.value(u"repeat_customers"_s).toInteger());
    }
    auto *series = new QBarSeries;
    series->append({all, repeat});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(TrendCharts::tr("customers")));
    return chart;
}

QChart *TrendCharts::service(const QJsonObject &answer, const QLocale &locale, int maxRows)
{
    Q_UNUSED(locale);
    QChart *chart = newChart(TrendCharts::tr("Orders per agent"));
    auto *handled = new QBarSet(TrendCharts::tr("Orders handled"));
    auto *sales = new QBarSet(TrendCharts::tr("Sales"));
    QStringList labels;
    const QJsonArray rows = answer.value(u"rows"_s).toArray();
    for (qsizetype r = 0; r < qMin<qsizetype>(maxRows, rows.size()); ++r) {
        const QJsonObject row = rows[r].toObject();
        labels << shortLabel(row.value(u"label"_s).toString(), 14);
        *handled << double(row.value(u"orders_handled"_s).toInteger());
        *sales << double(row.value(u"sales_orders"_s).toInteger());
    }
    auto *series = new QBarSeries;
    series->append({handled, sales});
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    attach(chart, series, x, valueAxis(TrendCharts::tr("orders")));
    return chart;
}

} // namespace shopdesk::ui
