#include "reports/growthreportservice.h"

#include "reports/reportnumbers.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

GrowthReportService::GrowthReportService(storage::Database &db, ReportParams params,
                                         QString currency)
    : m_params(params)
    , m_figures(db, std::move(params), std::move(currency))
{}

Result<QJsonObject> GrowthReportService::run(QJsonObject header)
{
    const ReportParams &params = m_params;
    const ReportRange previous = params.range.previous();
    const ReportRange yearAgo = params.range.yearAgo();
    auto now = m_figures.byKey(params.range);
    auto before = m_figures.byKey(previous);
    auto lastYear = m_figures.byKey(yearAgo);
    auto nowTotal = m_figures.totals(params.range);
    auto beforeTotal = m_figures.totals(previous);
    auto lastYearTotal = m_figures.totals(yearAgo);
    for (const auto *r : {&now, &before, &lastYear}) {
        if (!*r)
            return r->error();
    }
    for (const auto *r : {&nowTotal, &beforeTotal, &lastYearTotal}) {
        if (!*r)
            return r->error();
    }
    auto compare = [this](const Figures &c, const Figures &p, const Figures &y) {
        return QJsonObject{
            {u"current"_s, m_figures.json(c)},
            {u"previous"_s, m_figures.json(p)},
            {u"year_ago"_s, m_figures.json(y)},
            {u"vs_previous_pct"_s, QJsonObject{{u"revenue"_s, percentChange(c.revenue, p.revenue)},
                                               {u"units"_s, percentChange(c.units, p.units)},
                                               {u"orders"_s, percentChange(c.orders, p.orders)}}},
            {u"vs_year_ago_pct"_s, QJsonObject{{u"revenue"_s, percentChange(c.revenue, y.revenue)},
                                               {u"units"_s, percentChange(c.units, y.units)},
                                               {u"orders"_s, percentChange(c.orders, y.orders)}}}};
    };
    QSet<QString> keySet;
    for (const auto *map : {&now.value(), &before.value(), &lastYear.value()}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            keySet.insert(it.key());
    }
    QStringList keys = keySet.values();
    const auto &cur = now.value();
    std::sort(keys.begin(), keys.end(), [&cur](const QString &a, const QString &b) {
        const qint64 ra = cur.value(a).revenue;
        const qint64 rb = cur.value(b).revenue;
        return ra != rb ? ra > rb : a < b;
    });
    const qsizetype rowCount = keys.size();
    keys = keys.mid(0, params.limit);
    auto names = m_figures.labels(keys);
    if (!names)
        return names.error();
    QJsonArray rows;
    for (const QString &key : keys) {
        QJsonObject row =
            compare(cur.value(key), before.value().value(key), lastYear.value().value(key));
        row.insert(u"key"_s, key);
        row.insert(u"label"_s, names.value().value(key));
        rows.append(row);
    }
    QJsonObject answer = std::move(header);
    answer.insert(u"dimension"_s, params.dimension);
    answer.insert(u"previous"_s, rangeJson(previous));
    answer.insert(u"year_ago"_s, rangeJson(yearAgo));
    answer.insert(u"totals"_s,
                  compare(nowTotal.value(), beforeTotal.value(), lastYearTotal.value()));
    answer.insert(u"rows"_s, rows);
    answer.insert(u"row_count"_s, rowCount);
    return answer;
}

} // namespace shopdesk::reports
