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
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace shopdesk::reports {
class ReportSource;
}

namespace shopdesk::ui {

class ReportTableModel;

// The trends screen's Returns tab: returns and refunds by product, reason or month with the
// share of units sold that came back, and a chart of refunds, net revenue after refunds and
// units returned per month, from the report "returns".
class ReturnsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReturnsPanel(reports::ReportSource *source, QWidget *parent = nullptr);

    // product, reason or month; asks again for the range last asked for.
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

private:
    void answered(quint64 id, const QString &report, const reports::ReportResult &result);
    void failed(quint64 id, const QString &report, const Error &error);
    void showAnswer(const reports::ReportResult &result);

    reports::ReportSource *m_source;
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
