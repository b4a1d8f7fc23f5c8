#include "client/stockoutreport.h"

#include "client/reportfigures.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

StockoutReport::Row readRow(const QJsonObject &json, JsonFieldReader &read)
{
    StockoutReport::Row row;
    row.key = read.text(json, u"key"_s);
    row.label = read.text(json, u"label"_s);
    row.category = read.text(json, u"category"_s);
    row.stockouts = read.count(json, u"stockouts"_s);
    row.outSeconds = read.count(json, u"out_seconds"_s);
    row.outSharePct = read.numberOrNull(json, u"out_share_pct"_s);
    row.currentlyOut = read.flag(json, u"currently_out"_s);
    for (const QJsonValue &value : read.array(json, u"intervals"_s)) {
        const QJsonObject interval = read.element(value, u"intervals"_s);
        row.intervals.append(
            {read.timeOrNull(interval, u"from"_s), read.timeOrNull(interval, u"to"_s)});
    }
    row.lostOrders = read.count(json, u"lost_orders"_s);
    row.lostUnits = read.count(json, u"lost_units"_s);
    row.lostRevenue = read.money(json, u"lost_revenue"_s);
    return row;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<StockoutReport> StockoutReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"stockouts"_s);
    StockoutReport report;
    report.header = ReportHeader::fromJson(json, read);
    const QJsonObject totals = read.object(json, u"totals"_s);
    report.totals.productsAffected = read.count(totals, u"products_affected"_s);
    report.totals.stockouts = read.count(totals, u"stockouts"_s);
    report.totals.outSeconds = read.count(totals, u"out_seconds"_s);
    report.totals.currentlyOut = read.count(totals, u"currently_out"_s);
    report.totals.lostOrders = read.count(totals, u"lost_orders"_s);
    report.totals.lostUnits = read.count(totals, u"lost_units"_s);
    report.totals.lostRevenue = read.money(totals, u"lost_revenue"_s);
    for (const QJsonValue &value : read.array(json, u"rows"_s))
        report.rows.append(readRow(read.element(value, u"rows"_s), read));
    report.rowCount = read.count(json, u"row_count"_s);
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject StockoutReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"totals"_s, QJsonObject{{u"products_affected"_s, totals.productsAffected},
                                         {u"stockouts"_s, totals.stockouts},
                                         {u"out_seconds"_s, totals.outSeconds},
                                         {u"currently_out"_s, totals.currentlyOut},
                                         {u"lost_orders"_s, totals.lostOrders},
                                         {u"lost_units"_s, totals.lostUnits},
                                         {u"lost_revenue"_s, optionalJson(totals.lostRevenue)}});
    QJsonArray rowArray;
    for (const Row &row : rows) {
        QJsonArray intervals;
        for (const Interval &interval : row.intervals) {
            intervals.append(
                QJsonObject{{u"from"_s, isoTime(interval.from)},
                            {u"to"_s, interval.to.isValid() ? QJsonValue(isoTime(interval.to))
                                                            : QJsonValue(QJsonValue::Null)}});
        }
        rowArray.append(QJsonObject{{u"key"_s, row.key},
                                    {u"label"_s, row.label},
                                    {u"category"_s, row.category},
                                    {u"stockouts"_s, row.stockouts},
                                    {u"out_seconds"_s, row.outSeconds},
                                    {u"out_share_pct"_s, optionalJson(row.outSharePct)},
                                    {u"currently_out"_s, row.currentlyOut},
                                    {u"intervals"_s, intervals},
                                    {u"lost_orders"_s, row.lostOrders},
                                    {u"lost_units"_s, row.lostUnits},
                                    {u"lost_revenue"_s, optionalJson(row.lostRevenue)}});
    }
    json.insert(u"rows"_s, rowArray);
    json.insert(u"row_count"_s, rowCount);
    return json;
}

} // namespace shopdesk::reports
