#pragma once

#include "client/reportresult.h"
#include "domain/result.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QUrlQuery>

namespace shopdesk::reports {
class ReportSource;
}

namespace shopdesk::ui {

// Fetches every report the printable quarterly report needs for one range, then hands them
// over at once: finished() with all answers, or failed() with the first error.
class QuarterlyReportBuilder : public QObject
{
    Q_OBJECT
public:
    // The parts of the PDF report, each one report answer.
    enum Part {
        SalesByMonth,
        SalesByCategory,
        SalesByChannel,
        SalesByProduct,
        Growth,
        Movers,
        StockOuts,
        Customers,
        Service,
        CareByAgent,
        ReturnsByMonth,
        ReturnsByReason
    };
    Q_ENUM(Part)
    using Reports = QMap<Part, reports::ReportResult>;

    QuarterlyReportBuilder(reports::ReportSource *source, QObject *parent = nullptr);

    // range holds from/to or quarter (and optionally channel); period is chosen here.
    void start(const QUrlQuery &range);
    // The parts of the PDF report and the report requests they come from.
    static QMap<Part, std::pair<QString, QUrlQuery>> parts(const QUrlQuery &range);

signals:
    void finished(const shopdesk::ui::QuarterlyReportBuilder::Reports &reports);
    void failed(const shopdesk::Error &error);

private:
    reports::ReportSource *m_source;
    QHash<quint64, Part> m_pending; // request id -> part
    Reports m_answers;
    bool m_failed = false;
};

} // namespace shopdesk::ui
