#include "reports/salesreportservice.h"

#include "reports/reportnumbers.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

SalesReportService::SalesReportService(storage::Database &db, ReportParams params, QString currency)
    : m_params(params)
    , m_figures(db, std::move(params), std::move(currency))
{}

Result<QJsonObject> SalesReportService::run(QJsonObject header)
{
    const ReportParams &params = m_params;
    const QList<ReportRange::Bucket> buckets = params.range.buckets();
    QList<QHash<QString, Figures>> perBucket;
    QList<Figures> bucketTotals;
    QHash<QString, Figures> overall;
    for (const ReportRange::Bucket &bucket : buckets) {
        const ReportRange slice(bucket.from, bucket.to, params.range.period());
        auto f = m_figures.byKey(slice);
        if (!f)
            return f.error();
        for (auto it = f.value().cbegin(); it != f.value().cend(); ++it) {
            Figures &sum = overall[it.key()];
            sum.units += it.value().units;
            sum.revenue += it.value().revenue;
            sum.orders += it.value().orders;
        }
        perBucket.append(f.value());
        auto t = m_figures.totals(slice);
        if (!t)
            return t.error();
        bucketTotals.append(t.value());
    }
    Figures all;
    for (const Figures &t : bucketTotals) {
        all.units += t.units;
        all.revenue += t.revenue;
        all.orders += t.orders;
    }
    QStringList keys = overall.keys();
    std::sort(keys.begin(), keys.end(), [&overall](const QString &a, const QString &b) {
        const Figures &fa = overall[a];
        const Figures &fb = overall[b];
        if (fa.revenue != fb.revenue)
            return fa.revenue > fb.revenue;
        if (fa.units != fb.units)
            return fa.units > fb.units;
        return a < b;
    });
    const qsizetype rowCount = keys.size();
    keys = keys.mid(0, params.limit);
    auto names = m_figures.labels(keys);
    if (!names)
        return names.error();

    QJsonArray bucketArray;
    QJsonArray totalSeries;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        bucketArray.append(QJsonObject{{u"key"_s, buckets[i].key},
                                       {u"from"_s, buckets[i].from.toString(Qt::ISODate)},
                                       {u"to"_s, buckets[i].to.toString(Qt::ISODate)}});
        QJsonObject point = m_figures.json(bucketTotals[i]);
        point.insert(u"bucket"_s, buckets[i].key);
        totalSeries.append(point);
    }
    QJsonArray rows;
    for (const QString &key : keys) {
        QJsonObject row = m_figures.json(overall[key]);
        row.insert(u"key"_s, key);
        row.insert(u"label"_s, names.value().value(key));
        row.insert(u"revenue_share_pct"_s, sharePercent(overall[key].revenue, all.revenue));
        QJsonArray series;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            QJsonObject point = m_figures.json(perBucket[i].value(key));
            point.insert(u"bucket"_s, buckets[i].key);
            series.append(point);
        }
        row.insert(u"series"_s, series);
        rows.append(row);
    }
    QJsonObject total = m_figures.json(all);
    total.insert(u"series"_s, totalSeries);
    QJsonObject answer = std::move(header);
    answer.insert(u"dimension"_s, params.dimension);
    answer.insert(u"buckets"_s, bucketArray);
    answer.insert(u"totals"_s, total);
    answer.insert(u"rows"_s, rows);
    answer.insert(u"row_count"_s, rowCount);
    return answer;
}

} // namespace shopdesk::reports
