#pragma once

#include "domain/result.h"
#include "reports/reportindexer.h"
#include "reports/reportparams.h"
#include "reports/reportrange.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace shopdesk::reports {

// The server side of GET /api/v1/reports/<name>: checks the role and the query, brings the
// summaries up to date with the change log, and answers from them. Reports: sales, growth,
// movers, stockouts, customers, service, care, returns (docs/reports.md).
class ReportService
{
public:
    ReportService(storage::Database &db, QString currency);

    static const QStringList &reportNames();
    static const QStringList &allowedRoles();
    // The HTTP status an Error of run() maps to (400, 403, 404, 422; 500 for storage).
    static int httpStatus(const Error &error);

    // The clock for "today" (the default quarter) and for stock-outs still open; tests fix it.
    void setClock(std::function<qint64()> nowMsecs) { m_now = std::move(nowMsecs); }
    // Off when the caller keeps the index current itself (ReportIndexer::catchUp()).
    void setCatchUpBeforeRun(bool on) { m_catchUp = on; }
    ReportIndexer &indexer() { return m_indexer; }

    Result<QJsonObject> run(const QString &report, const QUrlQuery &query, const QString &role);

private:
    Result<ReportParams> parse(const QString &report, const QUrlQuery &query) const;
    Result<QJsonObject> answerOf(const QString &report, const ReportParams &params,
                                 const QUrlQuery &query);
    QJsonObject header(const QString &report, const ReportParams &params) const;

    storage::Database &m_db;
    QString m_currency;
    ReportIndexer m_indexer;
    std::function<qint64()> m_now;
    bool m_catchUp = true;
};

} // namespace shopdesk::reports
