#include "reports/moversreportservice.h"

#include "reports/reportnumbers.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

MoversReportService::MoversReportService(storage::Database &db, ReportParams params,
                                         QString currency)
    : m_params(params)
    , m_figures(db, std::move(params), std::move(currency))
{}

Result<QJsonObject> MoversReportService::run(QJsonObject header)
{
    const ReportParams &params = m_params;
    const ReportRange previous = params.range.previous();
    auto now = m_figures.byKey(params.range);
    if (!now)
        return now.error();
    auto before = m_figures.byKey(previous);
    if (!before)
        return before.error();
    struct Move
    {
        QString key;
        Figures current;
        Figures previous;
        qint64 delta = 0;
    };
    QList<Move> moves;
    QSet<QString> keys;
    for (const auto *map : {&now.value(), &before.value()}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            keys.insert(it.key());
    }
    for (const QString &key : keys) {
        const Figures c = now.value().value(key);
        const Figures p = before.value().value(key);
        if (c.revenue != p.revenue)
            moves.append(Move{key, c, p, c.revenue - p.revenue});
    }
    // Ranked by the change in revenue; ties by the change in units, then by key, so the
    // order never depends on the database's.
    std::sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
        if (a.delta != b.delta)
            return a.delta > b.delta;
        const qint64 ua = a.current.units - a.previous.units;
        const qint64 ub = b.current.units - b.previous.units;
        return ua != ub ? ua > ub : a.key < b.key;
    });
    QList<Move> up;
    QList<Move> down;
    for (const Move &m : moves) {
        if (m.delta > 0 && up.size() < params.limit)
            up.append(m);
    }
    for (auto it = moves.crbegin(); it != moves.crend(); ++it) {
        if (it->delta < 0 && down.size() < params.limit)
            down.append(*it);
    }
    QStringList named;
    for (const Move &m : up + down)
        named << m.key;
    auto names = m_figures.labels(named);
    if (!names)
        return names.error();
    auto list = [this, &names](const QList<Move> &items) {
        QJsonArray array;
        for (const Move &m : items) {
            array.append(QJsonObject{
                {u"key"_s, m.key},
                {u"label"_s, names.value().value(m.key)},
                {u"current"_s, m_figures.json(m.current)},
                {u"previous"_s, m_figures.json(m.previous)},
                {u"change"_s, QJsonObject{{u"revenue"_s, m_figures.money(m.delta)},
                                          {u"units"_s, m.current.units - m.previous.units},
                                          {u"orders"_s, m.current.orders - m.previous.orders}}},
                {u"revenue_change_pct"_s, percentChange(m.current.revenue, m.previous.revenue)}});
        }
        return array;
    };
    QJsonObject answer = std::move(header);
    answer.insert(u"dimension"_s, params.dimension);
    answer.insert(u"previous"_s, rangeJson(previous));
    answer.insert(u"ranked_by"_s, u"revenue_change"_s);
    answer.insert(u"up"_s, list(up));
    answer.insert(u"down"_s, list(down));
    return answer;
}

} // namespace shopdesk::reports
