#include "client/salesreport.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

QList<SalesReport::Point> readSeries(const QJsonObject &json, JsonFieldReader &read)
{
    QList<SalesReport::Point> series;
    for (const QJsonValue &value : read.array(json, u"series"_s)) {
        const QJsonObject point = read.element(value, u"series"_s);
        series.append({read.text(point, u"bucket"_s), ReportFigures::fromJson(point, read)});
    }
    return series;
}

QJsonArray seriesJson(const QList<SalesReport::Point> &series)
{
    QJsonArray array;
    for (const SalesReport::Point &point : series) {
        QJsonObject json = point.figures.toJson();
        json.insert(u"bucket"_s, point.bucket);
        array.append(json);
    }
    return array;
}

} // namespace

Result<SalesReport> SalesReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"sales"_s);
    SalesReport report;
    report.header = ReportHeader::fromJson(json, read);
    report.dimension = read.text(json, u"dimension"_s);
    for (const QJsonValue &value : read.array(json, u"buckets"_s)) {
        const QJsonObject bucket = read.element(value, u"buckets"_s);
        report.buckets.append({read.text(bucket, u"key"_s), read.date(bucket, u"from"_s),
                               read.date(bucket, u"to"_s)});
    }
    const QJsonObject totals = read.object(json, u"totals"_s);
    report.totals = ReportFigures::fromJson(totals, read);
    report.totalSeries = readSeries(totals, read);
    for (const QJsonValue &value : read.array(json, u"rows"_s)) {
        const QJsonObject row = read.element(value, u"rows"_s);
        report.rows.append({read.text(row, u"key"_s), read.text(row, u"label"_s),
                            ReportFigures::fromJson(row, read),
                            read.numberOrNull(row, u"revenue_share_pct"_s), readSeries(row, read)});
    }
    report.rowCount = read.count(json, u"row_count"_s);
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject SalesReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"dimension"_s, dimension);
    QJsonArray bucketArray;
    for (const Bucket &bucket : buckets) {
        bucketArray.append(QJsonObject{{u"key"_s, bucket.key},
                                       {u"from"_s, bucket.from.toString(Qt::ISODate)},
                                       {u"to"_s, bucket.to.toString(Qt::ISODate)}});
    }
    json.insert(u"buckets"_s, bucketArray);
    QJsonObject total = totals.toJson();
    total.insert(u"series"_s, seriesJson(totalSeries));
    json.insert(u"totals"_s, total);
    QJsonArray rowArray;
    for (const Row &row : rows) {
        QJsonObject item = row.figures.toJson();
        item.insert(u"key"_s, row.key);
        item.insert(u"label"_s, row.label);
        item.insert(u"revenue_share_pct"_s, optionalJson(row.revenueSharePct));
        item.insert(u"series"_s, seriesJson(row.series));
        rowArray.append(item);
    }
    json.insert(u"rows"_s, rowArray);
    json.insert(u"row_count"_s, rowCount);
    return json;
}

} // namespace shopdesk::reports
