#include "reports/customersreportservice.h"

#include "reports/reportnumbers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

CustomersReportService::CustomersReportService(storage::Database &db, ReportParams params)
    : m_db(db)
    , m_params(std::move(params))
{}

Result<QJsonObject> CustomersReportService::run(QJsonObject header)
{
    const ReportParams &params = m_params;
    // Active: at least one counted order in the range. Repeat: active and with another
    // counted order, in the range or before it. New: no counted order before the range.
    auto measure = [this, &params](const ReportRange &range) -> Result<QJsonObject> {
        QString channel;
        QVariantList values{range.fromDay(), range.fromDay(), range.fromDay(), range.fromDay(),
                            range.toDay()};
        if (params.hasChannel) {
            channel = u" AND channel = ?"_s;
            values << params.channel;
        }
        auto q =
            m_db.run(u"SELECT COUNT(*), "
                     "COALESCE(SUM(CASE WHEN c.n > 1 OR f.first_day < ? THEN 1 ELSE 0 END), 0), "
                     "COALESCE(SUM(CASE WHEN f.first_day >= ? THEN 1 ELSE 0 END), 0), "
                     "COALESCE(SUM(c.n), 0), "
                     "COALESCE(SUM(CASE WHEN c.n > 1 OR f.first_day < ? THEN c.n ELSE 0 END), 0) "
                     "FROM (SELECT customer_id, COUNT(*) AS n FROM report_orders "
                     "WHERE counted = 1 AND sale_day BETWEEN ? AND ?"_s +
                         channel +
                         u" GROUP BY customer_id) c "
                         "JOIN report_customers f ON f.customer_id = c.customer_id"_s,
                     values);
        if (!q)
            return q.error();
        QJsonObject figures;
        if (q.value().next()) {
            const QSqlQuery &r = q.value();
            const qint64 active = r.value(0).toLongLong();
            const qint64 repeat = r.value(1).toLongLong();
            figures = QJsonObject{{u"customers"_s, active},
                                  {u"repeat_customers"_s, repeat},
                                  {u"new_customers"_s, r.value(2).toLongLong()},
                                  {u"repeat_rate_pct"_s, sharePercent(repeat, active)},
                                  {u"orders"_s, r.value(3).toLongLong()},
                                  {u"orders_from_repeat_customers"_s, r.value(4).toLongLong()}};
        }
        return figures;
    };
    auto whole = measure(params.range);
    if (!whole)
        return whole;
    QJsonArray series;
    for (const ReportRange::Bucket &bucket : params.range.buckets()) {
        auto part = measure(ReportRange(bucket.from, bucket.to, params.range.period()));
        if (!part)
            return part;
        QJsonObject point = part.value();
        point.insert(u"bucket"_s, bucket.key);
        series.append(point);
    }
    QJsonObject answer = std::move(header);
    answer.insert(u"totals"_s, whole.value());
    answer.insert(u"series"_s, series);
    return answer;
}

} // namespace shopdesk::reports
