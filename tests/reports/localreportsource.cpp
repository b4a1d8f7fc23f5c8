#include "localreportsource.h"

#include <QTimer>

namespace shopdesk::reports {

LocalReportSource::LocalReportSource(ReportService &service, QString role, QObject *parent)
    : ReportSource(parent)
    , m_service(service)
    , m_role(std::move(role))
{}

quint64 LocalReportSource::request(const QString &report, const QUrlQuery &query)
{
    const quint64 id = nextId();
    QTimer::singleShot(0, this, [this, id, report, query] {
        auto answer = m_service.run(report, query, m_role);
        if (answer)
            emit reportReady(id, report, answer.value());
        else
            emit reportFailed(id, report, answer.error());
    });
    return id;
}

} // namespace shopdesk::reports
