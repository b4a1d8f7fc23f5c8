#include "reports/stockoutsreportservice.h"

#include "reports/reportnumbers.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

StockoutsReportService::StockoutsReportService(storage::Database &db, ReportParams params,
                                               QString currency, qint64 nowMsecs)
    : m_db(db)
    , m_params(std::move(params))
    , m_currency(std::move(currency))
    , m_now(nowMsecs)
{}

Result<QJsonObject> StockoutsReportService::run(QJsonObject header)
{
    const qint64 start = m_params.range.fromMsecs();
    // A stock-out still open counts up to now, never into the future.
    const qint64 end = qMin(m_params.range.endMsecs(), m_now);
    QMap<QString, Row> rows;
    if (auto read = readOutages(rows, start, end); !read)
        return read.error();
    if (auto read = readLostDemand(rows); !read)
        return read.error();
    QList<Row> ordered = rows.values();
    std::sort(ordered.begin(), ordered.end(), [](const Row &a, const Row &b) {
        if (a.outMsecs != b.outMsecs)
            return a.outMsecs > b.outMsecs;
        if (a.lostRevenue != b.lostRevenue)
            return a.lostRevenue > b.lostRevenue;
        return a.sku < b.sku;
    });
    const qint64 window = qMax<qint64>(0, end - start);
    Row total;
    qint64 outNow = 0;
    QJsonArray array;
    for (const Row &row : ordered) {
        total.stockouts += row.stockouts;
        total.outMsecs += row.outMsecs;
        total.lostOrders += row.lostOrders;
        total.lostUnits += row.lostUnits;
        total.lostRevenue += row.lostRevenue;
        outNow += row.currentlyOut ? 1 : 0;
        if (array.size() < m_params.limit)
            array.append(rowJson(row, window));
    }
    QJsonObject answer = std::move(header);
    answer.insert(u"totals"_s,
                  QJsonObject{{u"products_affected"_s, qint64(ordered.size())},
                              {u"stockouts"_s, total.stockouts},
                              {u"out_seconds"_s, total.outMsecs / 1000},
                              {u"currently_out"_s, outNow},
                              {u"lost_orders"_s, total.lostOrders},
                              {u"lost_units"_s, total.lostUnits},
                              {u"lost_revenue"_s, moneyJson(total.lostRevenue, m_currency)}});
    answer.insert(u"rows"_s, array);
    answer.insert(u"row_count"_s, qint64(ordered.size()));
    return answer;
}

QString StockoutsReportService::categoryFilter() const
{
    return m_params.hasCategory ? u" AND p.category = ?"_s : QString();
}

QVariantList StockoutsReportService::categoryValues() const
{
    return m_params.hasCategory ? QVariantList{m_params.category} : QVariantList();
}

Result<void> StockoutsReportService::readOutages(QMap<QString, Row> &rows, qint64 start,
                                                 qint64 end) const
{
    auto q = m_db.run(u"SELECT s.sku, COALESCE(p.name, s.sku), COALESCE(p.category, ''), "
                      "s.started_at, s.ended_at FROM report_stockouts s "
                      "LEFT JOIN products p ON p.sku = s.sku WHERE s.started_at < ? "
                      "AND (s.ended_at IS NULL OR s.ended_at > ?)"_s +
                          categoryFilter() + u" ORDER BY s.sku, s.started_at"_s,
                      QVariantList{end, start} + categoryValues());
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Row &row = rows[r.value(0).toString()];
        row.sku = r.value(0).toString();
        row.name = r.value(1).toString();
        row.category = r.value(2).toString();
        const qint64 from = r.value(3).toLongLong();
        const bool open = r.value(4).isNull();
        const qint64 to = open ? end : r.value(4).toLongLong();
        row.stockouts += 1;
        row.outMsecs += qMax<qint64>(0, qMin(to, end) - qMax(from, start));
        row.currentlyOut = row.currentlyOut || open;
        row.intervals.append(
            QJsonObject{{u"from"_s, isoTime(from)},
                        {u"to"_s, open ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(to))}});
    }
    return {};
}

Result<void> StockoutsReportService::readLostDemand(QMap<QString, Row> &rows) const
{
    auto lost = m_db.run(u"SELECT l.sku, COALESCE(p.name, l.sku), COALESCE(p.category, ''), "
                         "COUNT(*), SUM(l.requested), SUM(l.requested * l.unit_price_minor) "
                         "FROM lost_demand l LEFT JOIN products p ON p.sku = l.sku "
                         "WHERE l.at >= ? AND l.at < ?"_s +
                             categoryFilter() + u" GROUP BY l.sku, p.name, p.category"_s,
                         QVariantList{m_params.range.fromMsecs(), m_params.range.endMsecs()} +
                             categoryValues());
    if (!lost)
        return lost.error();
    while (lost.value().next()) {
        const QSqlQuery &r = lost.value();
        Row &row = rows[r.value(0).toString()];
        row.sku = r.value(0).toString();
        row.name = r.value(1).toString();
        row.category = r.value(2).toString();
        row.lostOrders = r.value(3).toLongLong();
        row.lostUnits = r.value(4).toLongLong();
        row.lostRevenue = r.value(5).toLongLong();
    }
    return {};
}

QJsonObject StockoutsReportService::rowJson(const Row &row, qint64 window) const
{
    return QJsonObject{{u"key"_s, row.sku},
                       {u"label"_s, row.name},
                       {u"category"_s, row.category},
                       {u"stockouts"_s, row.stockouts},
                       {u"out_seconds"_s, row.outMsecs / 1000},
                       {u"out_share_pct"_s, sharePercent(row.outMsecs, window)},
                       {u"currently_out"_s, row.currentlyOut},
                       {u"intervals"_s, row.intervals},
                       {u"lost_orders"_s, row.lostOrders},
                       {u"lost_units"_s, row.lostUnits},
                       {u"lost_revenue"_s, moneyJson(row.lostRevenue, m_currency)}};
}

} // namespace shopdesk::reports
