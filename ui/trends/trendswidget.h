#pragma once

#include "client/reportresult.h"
#include "domain/result.h"
#include "trends/quarterlyreportbuilder.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QUrlQuery>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace shopdesk::reports {
class ReportSource;
}

namespace shopdesk::ui {

class CareServicePanel;
class ReturnsPanel;
class ReportTableModel;

// The managers' trends screen: sales, growth, top movers, stock-outs, customers and service,
// each a chart beside its table, for a quarter or any range, by product, category or channel;
// the Service tab adds the care desk's ticket figures (CareServicePanel), the Returns tab
// returns, refunds and net revenue (ReturnsPanel).
// Double-clicking a category (or channel) drills down to its products. The figures come from
// a ReportSource (the server, or the in-process one) and follow new orders through
// scheduleRefresh(), which the shell connects to the sync layer's order changes.
class TrendsWidget : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Sales, Growth, Movers, StockOuts, Customers, Service, TabCount };

    explicit TrendsWidget(reports::ReportSource *source, QWidget *parent = nullptr);
    ~TrendsWidget() override;

    static QString reportOf(Tab tab);

    void setQuarter(QDate anyDayOfQuarter);
    void setCustomRange(QDate from, QDate to);
    void setPeriod(const QString &period);       // quarter, month, week
    void setDimension(const QString &dimension); // product, category, channel
    void setChannel(const QString &channel);     // empty: every channel
    void drillDown(const QString &category);
    void clearDrillDown();
    void setCurrentTab(Tab tab);

    QUrlQuery rangeQuery() const;
    QUrlQuery queryFor(Tab tab) const;
    QString category() const { return m_category; }
    ReportTableModel *model(Tab tab) const;
    QTableView *table(Tab tab) const;
    QChart *chart(Tab tab) const;
    reports::ReportResult answer(Tab tab) const { return m_answers.value(tab); }
    CareServicePanel *careService() const { return m_care; }
    ReturnsPanel *returnsPanel() const { return m_returns; }
    bool isBusy() const;

    Result<void> exportCsv(Tab tab, const QString &path) const;
    Result<void> exportReturnsCsv(const QString &path) const;
    // Fetches the quarterly report's figures and writes the PDF; pdfExported() or
    // errorOccurred() tells how it went.
    void exportPdf(const QString &path);

public slots:
    void refresh();
    // For change notifications: refreshes once, shortly, however many arrive.
    void scheduleRefresh();

signals:
    void refreshed();
    void pdfExported(const QString &path);
    void errorOccurred(const QString &message);

private:
    void build();
    void fillQuarters();
    void rangeChosen();
    void answered(quint64 id, const QString &report, const reports::ReportResult &result);
    void failed(quint64 id, const QString &report, const Error &error);
    void showAnswer(Tab tab, const reports::ReportResult &result);
    void rowActivated(Tab tab, const QModelIndex &index);
    void updateDrillBar();
    void updateSummary();
    void chooseCsvFile();
    void choosePdfFile();
    void printReport(const QuarterlyReportBuilder::Reports &reports);
    void showError(const QString &message);

    reports::ReportSource *m_source;
    QuarterlyReportBuilder *m_builder;
    QString m_pdfPath;

    QComboBox *m_quarter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_dimension = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_drillLabel = nullptr;
    QPushButton *m_drillUp = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    CareServicePanel *m_care = nullptr;
    ReturnsPanel *m_returns = nullptr;

    QList<ReportTableModel *> m_models;
    QList<QSortFilterProxyModel *> m_proxies;
    QList<QTableView *> m_tables;
    QList<QChartView *> m_chartViews;
    QHash<int, reports::ReportResult> m_answers;
    QHash<quint64, Tab> m_pending;
    QString m_category;
    QTimer *m_debounce = nullptr;
    bool m_building = false;
};

} // namespace shopdesk::ui
