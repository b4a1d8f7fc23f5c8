#include "trends/returnspanel.h"

#include "client/reportsource.h"
#include "trends/reporttablemodel.h"
#include "trends/returnschart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ReturnsPanel::ReturnsPanel(reports::ReportSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Group:"));
    m_group = new QComboBox;
    m_group->setObjectName(u"returnsGroup"_s);
    m_group->addItem(tr("by product"), u"product"_s);
    m_group->addItem(tr("by reason"), u"reason"_s);
    m_group->addItem(tr("by month"), u"month"_s);
    m_group->setAccessibleName(tr("Group the returns and refunds"));
    label->setBuddy(m_group);
    m_totals = new QLabel;
    m_totals->setObjectName(u"returnsTotals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(label);
    bar->addWidget(m_group);
    bar->addWidget(m_totals, 1);
    layout->addLayout(bar);

    m_model = new ReportTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(u"returnsTable"_s);
    m_table->setAccessibleName(tr("Returns and refunds"));
    m_table->setModel(m_proxy);
    // Unsorted until the user clicks a header: the server's order comes first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_chartView = new QChartView;
    m_chartView->setObjectName(u"returnsChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setSizes({320, 360});
    layout->addWidget(split, 1);

    connect(m_source, &reports::ReportSource::resultReady, this, &ReturnsPanel::answered);
    connect(m_source, &reports::ReportSource::reportFailed, this, &ReturnsPanel::failed);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_range.isEmpty())
            request(m_range);
    });
}

void ReturnsPanel::setGroup(const QString &group)
{
    m_group->setCurrentIndex(qMax(0, m_group->findData(group)));
}

QString ReturnsPanel::group() const
{
    return m_group->currentData().toString();
}

QUrlQuery ReturnsPanel::query() const
{
    QUrlQuery query = m_range;
    query.addQueryItem(u"group"_s, group());
    return query;
}

void ReturnsPanel::request(const QUrlQuery &range)
{
    m_range = range;
    // A newer request replaces the one still outstanding: its answer is dropped.
    m_pending = m_source->request(u"returns"_s, query());
}

QChart *ReturnsPanel::chart() const
{
    return m_chartView->chart();
}

QString ReturnsPanel::totalsText() const
{
    return m_totals->text();
}

void ReturnsPanel::answered(quint64 id, const QString &report, const reports::ReportResult &result)
{
    Q_UNUSED(report);
    if (id != m_pending)
        return;
    m_pending = 0;
    showAnswer(result);
    emit refreshed();
}

void ReturnsPanel::failed(quint64 id, const QString &report, const Error &error)
{
    Q_UNUSED(report);
    if (id != m_pending)
        return;
    m_pending = 0;
    emit errorOccurred(error.message);
    emit refreshed();
}

void ReturnsPanel::showAnswer(const reports::ReportResult &result)
{
    m_answer = result;
    m_model->setLocale(locale());
    m_model->setReport(result);
    m_table->resizeColumnsToContents();
    const reports::ReturnsReport::Figures &t = result.returns().totals;
    const QLocale here = locale();
    m_totals->setText(tr("%1 returns, %2 units (%3 restocked, %4 written off) · %5 refunds, %6 · "
                         "%7 of units sold came back · net revenue %8 (gross %9)")
                          .arg(here.toString(t.returns), here.toString(t.unitsReturned),
                               here.toString(t.unitsRestocked), here.toString(t.unitsWrittenOff),
                               here.toString(t.refunds), ReportTableModel::money(t.refunded, here),
                               ReportTableModel::percent(t.returnedSharePct, here, false),
                               ReportTableModel::money(t.netRevenue, here),
                               ReportTableModel::money(t.grossRevenue, here)));
    // The view does not delete the chart it showed before.
    QChart *old = m_chartView->chart();
    m_chartView->setChart(ReturnsChart::build(result.returns(), here));
    delete old;
}

} // namespace shopdesk::ui
