#pragma once

#include "client/reportfigures.h"
#include "client/reportheader.h"
#include "domain/result.h"

#include <QList>

namespace shopdesk::reports {

// The sales report: revenue, units and orders by product, category or channel, over the
// range and per bucket (month, week...) of it.
struct SalesReport
{
    struct Bucket
    {
        QString key; // "2026-04", "2026-W15"
        QDate from;
        QDate to;
    };
    // The figures of one bucket.
    struct Point
    {
        QString bucket;
        ReportFigures figures;
    };
    struct Row
    {
        QString key;   // SKU, category or channel
        QString label; // the product's name for SKUs, else the key
        ReportFigures figures;
        std::optional<double> revenueSharePct;
        QList<Point> series;
    };

    ReportHeader header;
    QString dimension;
    QList<Bucket> buckets;
    ReportFigures totals;
    QList<Point> totalSeries;
    QList<Row> rows;     // the top rows, at most the limit asked for
    qint64 rowCount = 0; // rows there were before the limit

    static Result<SalesReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
