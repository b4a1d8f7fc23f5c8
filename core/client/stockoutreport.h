#pragma once

#include "client/reportheader.h"
#include "domain/result.h"

#include "domain/money.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shopdesk::reports {

// Stock-outs and lost sales: how long each product was out of stock in the range and the
// orders refused for want of it.
struct StockoutReport
{
    struct Interval
    {
        QDateTime from;
        QDateTime to; // invalid while the product is still out
    };
    struct Row
    {
        QString key; // SKU
        QString label;
        QString category;
        qint64 stockouts = 0;
        qint64 outSeconds = 0;
        std::optional<double> outSharePct;
        bool currentlyOut = false;
        QList<Interval> intervals;
        qint64 lostOrders = 0;
        qint64 lostUnits = 0;
        std::optional<Money> lostRevenue;
    };
    struct Totals
    {
        qint64 productsAffected = 0;
        qint64 stockouts = 0;
        qint64 outSeconds = 0;
        qint64 currentlyOut = 0; // products out now
        qint64 lostOrders = 0;
        qint64 lostUnits = 0;
        std::optional<Money> lostRevenue;
    };

    ReportHeader header;
    Totals totals;
    QList<Row> rows;
    qint64 rowCount = 0;

    static Result<StockoutReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
