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
class QTableView;

namespace shopdesk::reports {
class ReportSource;
}

namespace shopdesk::ui {

class ReportTableModel;

// The care desk's part of the trends screen's Service tab: response and resolution times,
// targets kept, breaches, escalations and QA causes by agent, kind or channel, and a chart
// of the QA causes per month, from the report "care".
class CareServicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CareServicePanel(reports::ReportSource *source, QWidget *parent = nullptr);

    // agent, kind or channel; asks again for the range last asked for.
    void setGroup(const QString &group);
    QString group() const;
    // Asks for the figures of a range (the trends screen's quarter or from/to).
    void request(const QUrlQuery &range);
    QUrlQuery query() const;

    ReportTableModel *model() const { return m_model; }
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
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QUrlQuery m_range;
    reports::ReportResult m_answer;
    quint64 m_pending = 0;
};

} // namespace shopdesk::ui
