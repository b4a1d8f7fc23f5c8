#pragma once

#include "client/reportresult.h"
#include "domain/result.h"

#include <QUrlQuery>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLocale;
class QSortFilterProxyModel;
class QTableView;

namespace shopdesk::reports {
class ReportSource;
}

namespace shopdesk::ui {

class ReportTableModel;

// A panel of the trends screen over one report asked for by group: the grouping combo, the
// totals line, the table (sortable, the source of the CSV export) and a chart, answered for
// the range last asked for. A subclass names the groups, lays the parts out and says what
// the totals line and the chart show.
class GroupedReportPanel : public QWidget
{
    Q_OBJECT
public:
    // One of the combo's groups; asks again for the range last asked for.
    void setGroup(const QString &group);
    QString group() const;
    // Asks for the figures of a range (the trends screen's quarter or from/to).
    void request(const QUrlQuery &range);
    QUrlQuery query() const;

    ReportTableModel *model() const { return m_model; }
    // The table as the user sorted it, for the CSV export.
    const QSortFilterProxyModel &sortedModel() const { return *m_proxy; }
    QTableView *table() const { return m_table; }
    QChart *chart() const;
    QString totalsText() const;
    reports::ReportResult answer() const { return m_answer; }
    bool isBusy() const { return m_pending != 0; }

signals:
    void refreshed();
    void errorOccurred(const QString &message);

protected:
    // report: the name asked of the source; name: the object names' prefix ("returns" gives
    // returnsGroup, returnsTotals, returnsTable, returnsChart).
    GroupedReportPanel(reports::ReportSource *source, const QString &report, const QString &name,
                       QWidget *parent);

    QComboBox *groupBox() const { return m_group; }
    QChartView *chartView() const { return m_chartView; }
    // lead, then the grouping combo, then the totals line taking the rest.
    QHBoxLayout *makeBar(QWidget *lead) const;

    virtual QString totalsFor(const reports::ReportResult &result, const QLocale &here) const = 0;
    virtual QChart *chartFor(const reports::ReportResult &result, const QLocale &here) const = 0;

private:
    void answered(quint64 id, const QString &report, const reports::ReportResult &result);
    void failed(quint64 id, const QString &report, const Error &error);
    void showAnswer(const reports::ReportResult &result);

    reports::ReportSource *m_source;
    QString m_report;
    QComboBox *m_group = nullptr;
    QLabel *m_totals = nullptr;
    ReportTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QUrlQuery m_range;
    reports::ReportResult m_answer;
    quint64 m_pending = 0;
};

} // namespace shopdesk::ui
