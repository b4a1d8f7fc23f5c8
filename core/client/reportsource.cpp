#include "client/reportsource.h"

#include "client/logging.h"

namespace shopdesk::reports {

ReportSource::ReportSource(QObject *parent)
    : QObject(parent)
{
    connect(this, &ReportSource::reportReady, this, &ReportSource::read);
}

void ReportSource::read(quint64 id, const QString &report, const QJsonObject &data)
{
    auto result = ReportResult::fromJson(report, data);
    if (!result) {
        qCWarning(lcSync) << "report" << report << "unreadable:" << result.error().message;
        emit reportFailed(id, report, result.error());
        return;
    }
    emit resultReady(id, report, result.value());
}

} // namespace shopdesk::reports
