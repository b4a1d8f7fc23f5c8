#include "trends/groupedreportpanel.h"

#include "client/reportsource.h"
#include "trends/reporttablemodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

GroupedReportPanel::GroupedReportPanel(reports::ReportSource *source, const QString &report,
                                       const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_report(report)
{
    m_group = new QComboBox;
    m_group->setObjectName(name + u"Group"_s);
    m_totals = new QLabel;
    m_totals->setObjectName(name + u"Totals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ReportTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(name + u"Table"_s);
    m_table->setModel(m_proxy);
    // Unsorted until the user clicks a header: the server's order comes first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_chartView = new QChartView;
    m_chartView->setObjectName(name + u"Chart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);

    connect(m_source, &reports::ReportSource::resultReady, this, &GroupedReportPanel::answered);
    connect(m_source, &reports::ReportSource::reportFailed, this, &GroupedReportPanel::failed);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_range.isEmpty())
            request(m_range);
    });
}

QHBoxLayout *GroupedReportPanel::makeBar(QWidget *lead) const
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(lead);
    bar->addWidget(m_group);
    bar->addWidget(m_totals, 1);
    return bar;
}

void GroupedReportPanel::setGroup(const QString &group)
{
    m_group->setCurrentIndex(qMax(0, m_group->findData(group)));
}

QString GroupedReportPanel::group() const
{
    return m_group->currentData().toString();
}

QUrlQuery GroupedReportPanel::query() const
{
    QUrlQuery query = m_range;
    query.addQueryItem(u"group"_s, group());
    return query;
}

void GroupedReportPanel::request(const QUrlQuery &range)
{
    m_range = range;
    // A newer request replaces the one still outstanding: its answer is dropped.
    m_pending = m_source->request(m_report, query());
}

QChart *GroupedReportPanel::chart() const
{
    return m_chartView->chart();
}

QString GroupedReportPanel::totalsText() const
{
    return m_totals->text();
}

void GroupedReportPanel::answered(quint64 id, const QString &report,
                                  const reports::ReportResult &result)
{
    Q_UNUSED(report);
    if (id != m_pending)
        return;
    m_pending = 0;
    showAnswer(result);
    emit refreshed();
}

void GroupedReportPanel::failed(quint64 id, const QString &report, const Error &error)
{
    Q_UNUSED(report);
    if (id != m_pending)
        return;
    m_pending = 0;
    emit errorOccurred(error.message);
    emit refreshed();
}

void GroupedReportPanel::showAnswer(const reports::ReportResult &result)
{
    m_answer = result;
    const QLocale here = locale();
    m_model->setLocale(here);
    m_model->setReport(result);
    m_table->resizeColumnsToContents();
    m_totals->setText(totalsFor(result, here));
    // The view does not delete the chart it showed before.
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chartFor(result, here));
    delete old;
}

} // namespace shopdesk::ui
