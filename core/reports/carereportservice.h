#pragma once

#include "domain/result.h"
#include "reports/reportrange.h"
#include "storage/database.h"
#include "storage/sqlrows.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrlQuery>

namespace shopdesk::reports {

// GET /api/v1/reports/care: the care desk's service figures over the tickets created in a
// range, per agent, kind or channel and in total, and the QA findings per month
// (docs/reports.md). Times are the business minutes the tickets' stored clocks counted.
class CareReportService
{
public:
    // now: for a clock still running whose due time has passed since its last change.
    CareReportService(storage::Database &db, qint64 nowMsecs);

    static const QStringList &groups();
    // The value of nearest-rank percentile p (1..100) of sorted values; values is not empty.
    static qint64 percentile(const QList<qint64> &sorted, int p);

    // header: the fields every report answer starts with. group=agent|kind|channel
    // (agent by default); another value fails with unknown_group.
    Result<QJsonObject> run(QJsonObject header, const ReportRange &range, const QUrlQuery &query);

private:
    // One ticket as the report reads it.
    struct Ticket
    {
        qint64 id = 0;
        QString agent;
        QString kind;
        QString channel;
        bool answered = false;
        bool resolved = false;
        qint64 firstResponseMinutes = 0;
        qint64 resolutionMinutes = 0;
        bool firstResponseInTarget = false;
        bool resolutionInTarget = false;
        bool breached = false;
        bool escalated = false;
        QString cause;
    };

    Result<QList<Ticket>> tickets(const ReportRange &range);
    Ticket readTicket(const storage::SqlRows &row) const;
    Result<QJsonArray> causesByMonth(const ReportRange &range);
    static QJsonObject figures(const QList<Ticket> &tickets);
    static QString keyOf(const Ticket &ticket, const QString &group);
    static QString labelOf(const QString &key, const QString &group);

    storage::Database &m_db;
    qint64 m_now;
};

} // namespace shopdesk::reports
