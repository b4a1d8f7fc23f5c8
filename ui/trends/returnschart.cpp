#include "trends/returnschart.h"

#include "trends/trendcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QChart *ReturnsChart::build(const reports::ReturnsReport &report, const QLocale &locale)
{
    Q_UNUSED(locale);
    auto *chart = new QChart;
    chart->setTitle(tr("Returns and refunds per month"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (report.months.isEmpty())
        return chart;
    const QString currency = report.header.currency;
    auto *refunded = new QBarSet(tr("Refunded (%1)").arg(currency));
    auto *net = new QBarSet(tr("Net revenue (%1)").arg(currency));
    auto *units = new QLineSeries;
    units->setName(tr("Units returned"));
    QStringList labels;
    qint64 mostUnits = 0;
    for (qsizetype i = 0; i < report.months.size(); ++i) {
        const auto &month = report.months.at(i);
        labels << month.key;
        *refunded << TrendCharts::major(month.refunded);
        *net << TrendCharts::major(month.netRevenue);
        // Centred on the month's bars.
        units->append(double(i), double(month.unitsReturned));
        mostUnits = qMax(mostUnits, month.unitsReturned);
    }
    auto *bars = new QBarSeries;
    bars->append(refunded);
    bars->append(net);
    chart->addSeries(bars);
    chart->addSeries(units);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *money = new QValueAxis;
    money->setTitleText(currency);
    money->setLabelFormat(u"%.0f"_s);
    auto *count = new QValueAxis;
    count->setTitleText(tr("units returned"));
    count->setLabelFormat(u"%.0f"_s);
    count->setRange(0, double(qMax<qint64>(mostUnits, 1)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(money);
    units->attachAxis(x);
    units->attachAxis(count);
    money->applyNiceNumbers();
    count->applyNiceNumbers();
    return chart;
}

} // namespace shopdesk::ui
