#include "trends/returnschart.h"

#include "trends/trendcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
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
    auto *returns = new QBarSet(tr("Returns"));
    auto *refunds = new QBarSet(tr("Refunds"));
    auto *net = new QLineSeries;
    net->setName(tr("Net revenue after refunds (%1)").arg(currency));
    // Its own colour and weight: the bars take the theme's first colours.
    net->setPen(QPen(QColor(0xd9, 0x5f, 0x0e), 3));
    double lowest = 0;
    double highest = 0;
    QStringList labels;
    for (qsizetype i = 0; i < report.months.size(); ++i) {
        const auto &month = report.months.at(i);
        labels << month.key;
        *returns << double(month.returns);
        *refunds << double(month.refunds);
        // Centred on the month's bars.
        const double value = TrendCharts::major(month.netRevenue);
        net->append(double(i), value);
        lowest = qMin(lowest, value);
        highest = qMax(highest, value);
    }
    auto *bars = new QBarSeries;
    bars->append(returns);
    bars->append(refunds);
    chart->addSeries(bars);
    chart->addSeries(net);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *count = new QValueAxis;
    count->setTitleText(tr("returns and refunds"));
    count->setLabelFormat(u"%.0f"_s);
    auto *money = new QValueAxis;
    money->setTitleText(currency);
    money->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(money, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(count);
    net->attachAxis(x);
    net->attachAxis(money);
    // An axis of nothing but zeros has no range to show.
    if (count->max() <= 0)
        count->setRange(0, 1);
    count->applyNiceNumbers();
    // From zero, so a month's net revenue reads against nothing rather than the lowest month.
    money->setRange(lowest, highest > lowest ? highest : lowest + 1);
    money->applyNiceNumbers();
    return chart;
}

} // namespace shopdesk::ui
