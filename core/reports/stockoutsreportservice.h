#pragma once

#include "domain/result.h"
#include "reports/reportparams.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QVariantList>

namespace shopdesk::reports {

// GET /api/v1/reports/stockouts: per product how often and how long it was out of stock in
// a range, and the demand lost meanwhile (docs/reports.md).
class StockoutsReportService
{
public:
    StockoutsReportService(storage::Database &db, ReportParams params, QString currency,
                           qint64 nowMsecs);

    // header: the fields every report answer starts with.
    Result<QJsonObject> run(QJsonObject header);

private:
    // One product's stock-outs and lost demand in the range.
    struct Row
    {
        QString sku;
        QString name;
        QString category;
        qint64 stockouts = 0;
        qint64 outMsecs = 0;
        bool currentlyOut = false;
        QJsonArray intervals;
        qint64 lostOrders = 0;
        qint64 lostUnits = 0;
        qint64 lostRevenue = 0;
    };

    // The stock-outs overlapping start to end, and how long of it each product was out.
    Result<void> readOutages(QMap<QString, Row> &rows, qint64 start, qint64 end) const;
    // The orders refused for want of stock in the range.
    Result<void> readLostDemand(QMap<QString, Row> &rows) const;
    QString categoryFilter() const;
    QVariantList categoryValues() const;
    QJsonObject rowJson(const Row &row, qint64 window) const;

    storage::Database &m_db;
    ReportParams m_params;
    QString m_currency;
    qint64 m_now;
};

} // namespace shopdesk::reports
