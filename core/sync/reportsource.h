#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

namespace shopdesk::reports {

// Where the trends screen gets its reports: the server over HTTP (ReportsClient) or a
// ReportService in the same process (LocalReportSource). Answers come as signals carrying
// the id request() returned, so a screen can drop answers it no longer waits for.
class ReportSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual quint64 request(const QString &report, const QUrlQuery &query) = 0;

signals:
    void reportReady(quint64 id, const QString &report, const QJsonObject &data);
    void reportFailed(quint64 id, const QString &report, const shopdesk::Error &error);

protected:
    quint64 nextId() { return ++m_lastId; }

private:
    quint64 m_lastId = 0;
};

} // namespace shopdesk::reports
