#pragma once

#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
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
    QuarterlyReportBuilder(reports::ReportSource *source, QObject *parent = nullptr);

    // range holds from/to or quarter (and optionally channel); period is chosen here.
    void start(const QUrlQuery &range);
    // The parts of the PDF report and the report requests they come from.
    static QMap<QString, std::pair<QString, QUrlQuery>> parts(const QUrlQuery &range);

signals:
    void finished(const QMap<QString, QJsonObject> &reports);
    void failed(const shopdesk::Error &error);

private:
    reports::ReportSource *m_source;
    QHash<quint64, QString> m_pending; // request id -> part
    QMap<QString, QJsonObject> m_answers;
    bool m_failed = false;
};

} // namespace shopdesk::ui
