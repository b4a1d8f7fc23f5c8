#pragma once

#include "domain/result.h"
#include "reports/reportparams.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QMap>
#include <QVariantList>

namespace shopdesk::reports {

// GET /api/v1/reports/service: per agent the orders handled, sales, cancellations and the
// time from order to payment (average and median) over a range (docs/reports.md).
class ServiceReportService
{
public:
    ServiceReportService(storage::Database &db, ReportParams params, QString currency);

    // header: the fields every report answer starts with.
    Result<QJsonObject> run(QJsonObject header);

private:
    // One agent's orders, or everyone's.
    struct Agent
    {
        qint64 handled = 0;
        qint64 sales = 0;
        qint64 revenue = 0;
        qint64 cancelled = 0;
        qint64 paid = 0;
        qint64 delaySum = 0;
        qint64 medianSum = 0;
        qint64 medianCount = 0;
    };

    // The WHERE clause of the range and channel asked for; values gets its bound values.
    QString rangeFilter(QVariantList &values) const;
    Result<void> readTallies(QMap<QString, Agent> &agents, Agent &all) const;
    Result<void> readMedians(QMap<QString, Agent> &agents, Agent &all) const;
    QJsonObject agentJson(const Agent &a) const;

    storage::Database &m_db;
    ReportParams m_params;
    QString m_currency;
};

} // namespace shopdesk::reports
