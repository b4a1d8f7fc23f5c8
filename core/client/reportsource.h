#pragma once

#include "client/reportresult.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

namespace shopdesk::reports {

// Where the trends screen gets its reports: the server over HTTP (ReportsClient) or a
// ReportService in the same process (LocalReportSource). Answers come as signals carrying
// the id request() returned, so a screen can drop answers it no longer waits for.
//
// A source emits an answer's JSON as reportReady(); the source itself reads it into a
// ReportResult and emits resultReady(), or reportFailed() when the answer cannot be read.
// Screens listen to resultReady() and reportFailed() only.
class ReportSource : public QObject
{
    Q_OBJECT
public:
    explicit ReportSource(QObject *parent = nullptr);

    virtual quint64 request(const QString &report, const QUrlQuery &query) = 0;

signals:
    void reportReady(quint64 id, const QString &report, const QJsonObject &data);
    void resultReady(quint64 id, const QString &report,
                     const shopdesk::reports::ReportResult &result);
    void reportFailed(quint64 id, const QString &report, const shopdesk::Error &error);

protected:
    quint64 nextId() { return ++m_lastId; }

private:
    void read(quint64 id, const QString &report, const QJsonObject &data);

    quint64 m_lastId = 0;
};

} // namespace shopdesk::reports
