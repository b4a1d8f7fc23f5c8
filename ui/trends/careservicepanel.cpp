#include "trends/careservicepanel.h"

#include "client/reportsource.h"
#include "trends/reporttablemodel.h"
#include "trends/trendcharts.h"

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

CareServicePanel::CareServicePanel(reports::ReportSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Care desk tickets</b>"));
    m_group = new QComboBox;
    m_group->setObjectName(u"careGroup"_s);
    m_group->addItem(tr("by agent"), u"agent"_s);
    m_group->addItem(tr("by kind"), u"kind"_s);
    m_group->addItem(tr("by channel"), u"channel"_s);
    m_group->setAccessibleName(tr("Group the tickets"));
    m_totals = new QLabel;
    m_totals->setObjectName(u"careTotals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(title);
    bar->addWidget(m_group);
    bar->addWidget(m_totals, 1);
    layout->addLayout(bar);

    m_model = new ReportTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ReportTableModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(u"careTable"_s);
    m_table->setAccessibleName(tr("Care desk tickets"));
    m_table->setModel(proxy);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_chartView = new QChartView;
    m_chartView->setObjectName(u"careChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(320);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_chartView);
    // The table's eleven columns need the room more than the chart.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 450});
    layout->addWidget(split, 1);

    connect(m_source, &reports::ReportSource::resultReady, this, &CareServicePanel::answered);
    connect(m_source, &reports::ReportSource::reportFailed, this, &CareServicePanel::failed);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_range.isEmpty())
            request(m_range);
    });
}

void CareServicePanel::setGroup(const QString &group)
{
    m_group->setCurrentIndex(qMax(0, m_group->findData(group)));
}

QString CareServicePanel::group() const
{
    return m_group->currentData().toString();
}

QUrlQuery CareServicePanel::query() const
{
    QUrlQuery query = m_range;
    query.addQueryItem(u"group"_s, group());
    return query;
}

void CareServicePanel::request(const QUrlQuery &range)
{
    m_range = range;
    // A newer request replaces the one still outstanding: its answer is dropped.
    m_pending = m_source->request(u"care"_s, query());
}

QChart *CareServicePanel::chart() const
{
    return m_chartView->chart();
}

QString CareServicePanel::totalsText() const
{
    return m_totals->text();
}

void CareServicePanel::answered(quint64 id, const QString &report,
                                const reports::ReportResult &result)
{
    Q_UNUSED(report);
    if (id != m_pending)
        return;
    m_pending = 0;
    showAnswer(result);
    emit refreshed();
}

void CareServicePanel::failed(quint64 id, const QString &report, const Error &error)
{
    Q_UNUSED(report);
    if (id != m_pending)
        return;
    m_pending = 0;
    emit errorOccurred(error.message);
    emit refreshed();
}

void CareServicePanel::showAnswer(const reports::ReportResult &result)
{
    m_answer = result;
    m_model->setLocale(locale());
    m_model->setReport(result);
    m_table->resizeColumnsToContents();
    const reports::CareReport &care = result.care();
    const auto &t = care.totals;
    const QLocale here = locale();
    auto minutes = [](const std::optional<qint64> &value) {
        return ReportTableModel::duration(value ? std::optional<qint64>(*value * 60)
                                                : std::nullopt);
    };
    m_totals->setText(
        tr("%1 tickets · first response %2 (90%: %3), %4 in target · resolution %5 (90%: %6), "
           "%7 in target · %8 breaches · %9 escalations")
            .arg(here.toString(t.tickets), minutes(t.firstResponse.medianMinutes),
                 minutes(t.firstResponse.p90Minutes),
                 ReportTableModel::percent(t.firstResponse.withinTargetPct, here, false),
                 minutes(t.resolution.medianMinutes), minutes(t.resolution.p90Minutes),
                 ReportTableModel::percent(t.resolution.withinTargetPct, here, false),
                 here.toString(t.breaches), here.toString(t.escalations)));
    // The view does not delete the chart it showed before.
    QChart *old = m_chartView->chart();
    m_chartView->setChart(TrendCharts::careCauses(care, here));
    delete old;
}

} // namespace shopdesk::ui
