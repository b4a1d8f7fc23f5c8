#include "trends/returnspanel.h"

#include "trends/reporttablemodel.h"
#include "trends/returnschart.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ReturnsPanel::ReturnsPanel(reports::ReportSource *source, QWidget *parent)
    : GroupedReportPanel(source, u"returns"_s, u"returns"_s, parent)
{
    groupBox()->addItem(tr("by product"), u"product"_s);
    groupBox()->addItem(tr("by reason"), u"reason"_s);
    groupBox()->addItem(tr("by month"), u"month"_s);
    groupBox()->setAccessibleName(tr("Group the returns and refunds"));
    table()->setAccessibleName(tr("Returns and refunds"));
    chartView()->setMinimumHeight(240);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Group:"));
    label->setBuddy(groupBox());
    layout->addLayout(makeBar(label));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(chartView());
    split->addWidget(table());
    split->setSizes({320, 360});
    layout->addWidget(split, 1);
}

QString ReturnsPanel::totalsFor(const reports::ReportResult &result, const QLocale &here) const
{
    const reports::ReturnsReport::Figures &t = result.returns().totals;
    return tr("%1 returns, %2 units (%3 restocked, %4 written off) · %5 refunds, %6 · "
              "%7 of units sold came back · net revenue %8 (gross %9)")
        .arg(here.toString(t.returns), here.toString(t.unitsReturned),
             here.toString(t.unitsRestocked), here.toString(t.unitsWrittenOff),
             here.toString(t.refunds), ReportTableModel::money(t.refunded, here),
             ReportTableModel::percent(t.returnedSharePct, here, false),
             ReportTableModel::money(t.netRevenue, here),
             ReportTableModel::money(t.grossRevenue, here));
}

QChart *ReturnsPanel::chartFor(const reports::ReportResult &result, const QLocale &here) const
{
    return ReturnsChart::build(result.returns(), here);
}

} // namespace shopdesk::ui
