#include "trends/careservicepanel.h"

#include "trends/reporttablemodel.h"
#include "trends/trendcharts.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CareServicePanel::CareServicePanel(reports::ReportSource *source, QWidget *parent)
    : GroupedReportPanel(source, u"care"_s, u"care"_s, parent)
{
    groupBox()->addItem(tr("by agent"), u"agent"_s);
    groupBox()->addItem(tr("by kind"), u"kind"_s);
    groupBox()->addItem(tr("by channel"), u"channel"_s);
    groupBox()->setAccessibleName(tr("Group the tickets"));
    table()->setAccessibleName(tr("Care desk tickets"));
    chartView()->setMinimumWidth(320);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(makeBar(new QLabel(tr("<b>Care desk tickets</b>"))));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(table());
    split->addWidget(chartView());
    // The table's eleven columns need the room more than the chart.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 450});
    layout->addWidget(split, 1);
}

QString CareServicePanel::totalsFor(const reports::ReportResult &result, const QLocale &here) const
{
    const auto &t = result.care().totals;
    auto minutes = [](const std::optional<qint64> &value) {
        return ReportTableModel::duration(value ? std::optional<qint64>(*value * 60)
                                                : std::nullopt);
    };
    return tr("%1 tickets · first response %2 (90%: %3), %4 in target · resolution %5 (90%: %6), "
              "%7 in target · %8 breaches · %9 escalations")
        .arg(here.toString(t.tickets), minutes(t.firstResponse.medianMinutes),
             minutes(t.firstResponse.p90Minutes),
             ReportTableModel::percent(t.firstResponse.withinTargetPct, here, false),
             minutes(t.resolution.medianMinutes), minutes(t.resolution.p90Minutes),
             ReportTableModel::percent(t.resolution.withinTargetPct, here, false),
             here.toString(t.breaches), here.toString(t.escalations));
}

QChart *CareServicePanel::chartFor(const reports::ReportResult &result, const QLocale &here) const
{
    return TrendCharts::careCauses(result.care(), here);
}

} // namespace shopdesk::ui
