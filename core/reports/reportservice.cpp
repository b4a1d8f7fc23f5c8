#include "reports/reportservice.h"

#include "domain/tr.h"
#include "reports/carereportservice.h"
#include "reports/logging.h"
#include "reports/returns/returnsreportservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

const QStringList &dimensions()
{
    static const QStringList list{u"product"_s, u"category"_s, u"channel"_s};
    return list;
}

const QStringList &channels()
{
    static const QStringList list{u"chat"_s, u"email"_s, u"phone"_s, u"web"_s};
    return list;
}

// The query parameters each report reads; anything else is refused, never ignored.
QStringList parametersOf(const QString &report)
{
    QStringList common{u"from"_s, u"to"_s, u"quarter"_s, u"period"_s};
    if (report == u"sales"_s || report == u"growth"_s || report == u"movers"_s)
        return common + QStringList{u"dimension"_s, u"category"_s, u"channel"_s, u"limit"_s};
    if (report == u"stockouts"_s)
        return common + QStringList{u"category"_s, u"limit"_s};
    if (report == u"care"_s || report == u"returns"_s)
        return common + QStringList{u"group"_s};
    return common + QStringList{u"channel"_s};
}

// Growth in percent with one decimal; null when there is nothing to compare with.
QJsonValue percent(qint64 current, qint64 base)
{
    if (base == 0)
        return QJsonValue(QJsonValue::Null);
    return double(std::llround(double(current - base) * 1000.0 / double(base))) / 10.0;
}

QJsonValue share(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QJsonValue(QJsonValue::Null);
    return double(std::llround(double(part) * 1000.0 / double(whole))) / 10.0;
}

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

ReportService::ReportService(storage::Database &db, QString currency)
    : m_db(db)
    , m_currency(std::move(currency))
    , m_indexer(db)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

const QStringList &ReportService::reportNames()
{
    static const QStringList list{u"sales"_s,     u"growth"_s,  u"movers"_s, u"stockouts"_s,
                                  u"customers"_s, u"service"_s, u"care"_s,   u"returns"_s};
    return list;
}

const QStringList &ReportService::allowedRoles()
{
    static const QStringList list{u"manager"_s, u"admin"_s};
    return list;
}

int ReportService::httpStatus(const Error &error)
{
    static const QHash<QString, int> statuses{
        {u"forbidden"_s, 403},          {u"unknown_report"_s, 404},
        {u"invalid_parameter"_s, 400},  {u"unknown_parameter"_s, 400},
        {u"invalid_range"_s, 422},      {u"unknown_dimension"_s, 422},
        {u"unknown_period"_s, 422},     {u"unknown_channel"_s, 422},
        {u"storage_unavailable"_s, 503}};
    if (error.code == u"unknown_group"_s) // the care and returns reports' groups
        return 422;
    return statuses.value(error.code, 500);
}

Result<ReportService::Params> ReportService::parse(const QString &report,
                                                   const QUrlQuery &query) const
{
    const QStringList known = parametersOf(report);
    QSet<QString> seen;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            return Result<Params>::failure(
                u"unknown_parameter"_s,
                Tr::tr("The %1 report has no parameter \"%2\"; it reads %3.")
                    .arg(report, name, known.join(u", "_s)),
                QJsonObject{{u"parameter"_s, name}});
        }
        if (seen.contains(name)) {
            return Result<Params>::failure(u"invalid_parameter"_s,
                                           Tr::tr("The parameter %1 is given twice.").arg(name),
                                           QJsonObject{{u"parameter"_s, name}});
        }
        seen.insert(name);
    }
    Params params;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now(), Qt::UTC).date();
    auto range = ReportRange::fromQuery(query, today);
    if (!range)
        return range.error();
    params.range = range.value();
    if (query.hasQueryItem(u"dimension"_s)) {
        params.dimension = query.queryItemValue(u"dimension"_s, QUrl::FullyDecoded);
        if (!dimensions().contains(params.dimension)) {
            return Result<Params>::failure(
                u"unknown_dimension"_s,
                Tr::tr("Unknown dimension \"%1\"; use product, category or channel.")
                    .arg(params.dimension),
                QJsonObject{{u"dimension"_s, params.dimension}});
        }
    }
    if (query.hasQueryItem(u"channel"_s)) {
        params.hasChannel = true;
        params.channel = query.queryItemValue(u"channel"_s, QUrl::FullyDecoded);
        if (!channels().contains(params.channel)) {
            return Result<Params>::failure(
                u"unknown_channel"_s,
                Tr::tr("Unknown channel \"%1\"; use chat, email, phone or web.")
                    .arg(params.channel),
                QJsonObject{{u"channel"_s, params.channel}});
        }
    }
    if (query.hasQueryItem(u"category"_s)) {
        params.hasCategory = true;
        params.category = query.queryItemValue(u"category"_s, QUrl::FullyDecoded);
        if (params.category.size() > 200) {
            return Result<Params>::failure(u"invalid_parameter"_s,
                                           Tr::tr("A category has at most 200 characters."),
                                           QJsonObject{{u"parameter"_s, u"category"_s}});
        }
    }
    if (report == u"movers"_s)
        params.limit = 5;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        const QString text = query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        params.limit = text.toInt(&ok);
        if (!ok || params.limit < 1 || params.limit > 1000) {
            return Result<Params>::failure(
                u"invalid_parameter"_s,
                Tr::tr("The limit must be a whole number from 1 to 1000, not \"%1\".").arg(text),
                QJsonObject{{u"parameter"_s, u"limit"_s}, {u"value"_s, text}});
        }
    }
    return params;
}

Result<QJsonObject> ReportService::run(const QString &report, const QUrlQuery &query,
                                       const QString &role)
{
    if (!allowedRoles().contains(role)) {
        return Result<QJsonObject>::failure(u"forbidden"_s,
                                            Tr::tr("Reports are for managers and admins."),
                                            QJsonObject{{u"role"_s, role}});
    }
    if (!reportNames().contains(report)) {
        return Result<QJsonObject>::failure(u"unknown_report"_s,
                                            Tr::tr("There is no report \"%1\"; the reports are %2.")
                                                .arg(report, reportNames().join(u", "_s)),
                                            QJsonObject{{u"report"_s, report}});
    }
    auto params = parse(report, query);
    if (!params)
        return params.error();
    QElapsedTimer timer;
    timer.start();
    if (m_catchUp) {
        if (auto caught = m_indexer.catchUp(); !caught)
            return caught.error();
    }
    Result<QJsonObject> answer = QJsonObject();
    if (report == u"sales"_s)
        answer = sales(params.value());
    else if (report == u"growth"_s)
        answer = growth(params.value());
    else if (report == u"movers"_s)
        answer = movers(params.value());
    else if (report == u"stockouts"_s)
        answer = stockouts(params.value());
    else if (report == u"customers"_s)
        answer = customers(params.value());
    else if (report == u"care"_s)
        answer = CareReportService(m_db, m_now())
                     .run(header(report, params.value()), params->range, query);
    else if (report == u"returns"_s)
        answer = ReturnsReportService(m_db, m_currency)
                     .run(header(report, params.value()), params->range, query);
    else
        answer = service(params.value());
    qCDebug(lcReports) << report << params->range.label() << "answered in" << timer.elapsed()
                       << "ms";
    return answer;
}

// ---------------------------------------------------------------- building blocks

QJsonObject ReportService::money(qint64 minor) const
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, m_currency}};
}

QJsonObject ReportService::figuresJson(const Figures &f) const
{
    return QJsonObject{
        {u"revenue"_s, money(f.revenue)}, {u"units"_s, f.units}, {u"orders"_s, f.orders}};
}

QJsonObject ReportService::rangeJson(const ReportRange &range) const
{
    return QJsonObject{{u"from"_s, range.from().toString(Qt::ISODate)},
                       {u"to"_s, range.to().toString(Qt::ISODate)},
                       {u"label"_s, range.label()}};
}

QJsonObject ReportService::header(const QString &report, const Params &params) const
{
    QJsonObject range = rangeJson(params.range);
    range.insert(u"period"_s, ReportRange::periodName(params.range.period()));
    QJsonObject filters;
    if (params.hasCategory)
        filters.insert(u"category"_s, params.category);
    if (params.hasChannel)
        filters.insert(u"channel"_s, params.channel);
    return QJsonObject{
        {u"report"_s, report},
        {u"range"_s, range},
        {u"filters"_s, filters},
        {u"currency"_s, m_currency},
        {u"counted_statuses"_s, QJsonArray::fromStringList(ReportIndexer::countedStatuses())}};
}

Result<QHash<QString, ReportService::Figures>> ReportService::aggregate(const QString &key,
                                                                        const QString &table,
                                                                        const ReportRange &range,
                                                                        const Params &params)
{
    // Whole calendar months come from the monthly roll-up, the days before and after them
    // from the daily summary: a quarter is three rows per key instead of ninety.
    struct Part
    {
        bool monthly;
        qint64 from;
        qint64 to;
    };
    QList<Part> parts;
    const QDate firstWhole = range.from().day() == 1
                                 ? range.from()
                                 : QDate(range.from().year(), range.from().month(), 1).addMonths(1);
    const QDate lastWhole = range.to().addDays(1).day() == 1
                                ? range.to()
                                : QDate(range.to().year(), range.to().month(), 1).addDays(-1);
    auto month = [](QDate d) { return qint64(d.year()) * 12 + d.month() - 1; };
    if (firstWhole < lastWhole) {
        if (range.from() < firstWhole)
            parts.append({false, range.fromDay(), ReportRange::dayNumber(firstWhole) - 1});
        parts.append({true, month(firstWhole), month(lastWhole)});
        if (lastWhole < range.to())
            parts.append({false, ReportRange::dayNumber(lastWhole) + 1, range.toDay()});
    } else {
        parts.append({false, range.fromDay(), range.toDay()});
    }
    QHash<QString, Figures> result;
    for (const Part &part : parts) {
        QString sql = u"SELECT %1, SUM(units), SUM(revenue_minor), SUM(order_count) FROM %2 "
                      "WHERE %3 BETWEEN ? AND ?"_s.arg(
                          key.isEmpty() ? u"''"_s : key, part.monthly ? table + u"_month"_s : table,
                          part.monthly ? u"sale_month"_s : u"sale_day"_s);
        QVariantList values{part.from, part.to};
        if (params.hasCategory) {
            sql += u" AND category = ?"_s;
            values << params.category;
        }
        if (params.hasChannel) {
            sql += u" AND channel = ?"_s;
            values << params.channel;
        }
        if (!key.isEmpty())
            sql += u" GROUP BY %1"_s.arg(key);
        auto q = m_db.run(sql, values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            if (r.value(1).isNull())
                continue; // no rows: the aggregate of nothing
            Figures &f = result[r.value(0).toString()];
            f.units += r.value(1).toLongLong();
            f.revenue += r.value(2).toLongLong();
            f.orders += r.value(3).toLongLong();
        }
    }
    return result;
}

Result<QHash<QString, ReportService::Figures>> ReportService::figures(const ReportRange &range,
                                                                      const Params &params)
{
    if (params.dimension == u"product"_s)
        return aggregate(u"sku"_s, u"report_sales_sku"_s, range, params);
    if (params.dimension == u"category"_s)
        return aggregate(u"category"_s, u"report_sales_category"_s, range, params);
    // Orders per channel within one category need the category summary's distinct counts.
    return aggregate(u"channel"_s,
                     params.hasCategory ? u"report_sales_category"_s : u"report_sales_channel"_s,
                     range, params);
}

Result<ReportService::Figures> ReportService::totals(const ReportRange &range, const Params &params)
{
    // Order counts are distinct orders: from the channel summary, or the category summary
    // when one category is asked for (an order with two of its products counts once).
    auto all = aggregate(
        QString(), params.hasCategory ? u"report_sales_category"_s : u"report_sales_channel"_s,
        range, params);
    if (!all)
        return all.error();
    return all.value().value(QString());
}

Result<QHash<QString, QString>> ReportService::labels(const QStringList &keys,
                                                      const QString &dimension)
{
    QHash<QString, QString> result;
    for (const QString &key : keys)
        result.insert(key, key);
    if (dimension != u"product"_s || keys.isEmpty())
        return result;
    // In slices, so no statement exceeds the databases' limits on bound values.
    for (qsizetype start = 0; start < keys.size(); start += 500) {
        const QStringList slice = keys.mid(start, 500);
        QVariantList values;
        for (const QString &key : slice)
            values << key;
        auto q = m_db.run(
            u"SELECT sku, name FROM products WHERE sku IN (%1)"_s.arg(placeholders(slice.size())),
            values);
        if (!q)
            return q.error();
        while (q.value().next())
            result.insert(q.value().value(0).toString(), q.value().value(1).toString());
    }
    return result;
}

// ---------------------------------------------------------------- the reports

Result<QJsonObject> ReportService::sales(const Params &params)
{
    const QList<ReportRange::Bucket> buckets = params.range.buckets();
    QList<QHash<QString, Figures>> perBucket;
    QList<Figures> bucketTotals;
    QHash<QString, Figures> overall;
    for (const ReportRange::Bucket &bucket : buckets) {
        const ReportRange slice(bucket.from, bucket.to, params.range.period());
        auto f = figures(slice, params);
        if (!f)
            return f.error();
        for (auto it = f.value().cbegin(); it != f.value().cend(); ++it) {
            Figures &sum = overall[it.key()];
            sum.units += it.value().units;
            sum.revenue += it.value().revenue;
            sum.orders += it.value().orders;
        }
        perBucket.append(f.value());
        auto t = totals(slice, params);
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
    auto names = labels(keys, params.dimension);
    if (!names)
        return names.error();

    QJsonArray bucketArray;
    QJsonArray totalSeries;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        bucketArray.append(QJsonObject{{u"key"_s, buckets[i].key},
                                       {u"from"_s, buckets[i].from.toString(Qt::ISODate)},
                                       {u"to"_s, buckets[i].to.toString(Qt::ISODate)}});
        QJsonObject point = figuresJson(bucketTotals[i]);
        point.insert(u"bucket"_s, buckets[i].key);
        totalSeries.append(point);
    }
    QJsonArray rows;
    for (const QString &key : keys) {
        QJsonObject row = figuresJson(overall[key]);
        row.insert(u"key"_s, key);
        row.insert(u"label"_s, names.value().value(key));
        row.insert(u"revenue_share_pct"_s, share(overall[key].revenue, all.revenue));
        QJsonArray series;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            QJsonObject point = figuresJson(perBucket[i].value(key));
            point.insert(u"bucket"_s, buckets[i].key);
            series.append(point);
        }
        row.insert(u"series"_s, series);
        rows.append(row);
    }
    QJsonObject total = figuresJson(all);
    total.insert(u"series"_s, totalSeries);
    QJsonObject answer = header(u"sales"_s, params);
    answer.insert(u"dimension"_s, params.dimension);
    answer.insert(u"buckets"_s, bucketArray);
    answer.insert(u"totals"_s, total);
    answer.insert(u"rows"_s, rows);
    answer.insert(u"row_count"_s, rowCount);
    return answer;
}

Result<QJsonObject> ReportService::growth(const Params &params)
{
    const ReportRange previous = params.range.previous();
    const ReportRange yearAgo = params.range.yearAgo();
    auto now = figures(params.range, params);
    auto before = figures(previous, params);
    auto lastYear = figures(yearAgo, params);
    auto nowTotal = totals(params.range, params);
    auto beforeTotal = totals(previous, params);
    auto lastYearTotal = totals(yearAgo, params);
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
            {u"current"_s, figuresJson(c)},
            {u"previous"_s, figuresJson(p)},
            {u"year_ago"_s, figuresJson(y)},
            {u"vs_previous_pct"_s, QJsonObject{{u"revenue"_s, percent(c.revenue, p.revenue)},
                                               {u"units"_s, percent(c.units, p.units)},
                                               {u"orders"_s, percent(c.orders, p.orders)}}},
            {u"vs_year_ago_pct"_s, QJsonObject{{u"revenue"_s, percent(c.revenue, y.revenue)},
                                               {u"units"_s, percent(c.units, y.units)},
                                               {u"orders"_s, percent(c.orders, y.orders)}}}};
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
    auto names = labels(keys, params.dimension);
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
    QJsonObject answer = header(u"growth"_s, params);
    answer.insert(u"dimension"_s, params.dimension);
    answer.insert(u"previous"_s, rangeJson(previous));
    answer.insert(u"year_ago"_s, rangeJson(yearAgo));
    answer.insert(u"totals"_s,
                  compare(nowTotal.value(), beforeTotal.value(), lastYearTotal.value()));
    answer.insert(u"rows"_s, rows);
    answer.insert(u"row_count"_s, rowCount);
    return answer;
}

Result<QJsonObject> ReportService::movers(const Params &params)
{
    const ReportRange previous = params.range.previous();
    auto now = figures(params.range, params);
    if (!now)
        return now.error();
    auto before = figures(previous, params);
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
    auto names = labels(named, params.dimension);
    if (!names)
        return names.error();
    auto list = [this, &names](const QList<Move> &items) {
        QJsonArray array;
        for (const Move &m : items) {
            array.append(QJsonObject{
                {u"key"_s, m.key},
                {u"label"_s, names.value().value(m.key)},
                {u"current"_s, figuresJson(m.current)},
                {u"previous"_s, figuresJson(m.previous)},
                {u"change"_s, QJsonObject{{u"revenue"_s, money(m.delta)},
                                          {u"units"_s, m.current.units - m.previous.units},
                                          {u"orders"_s, m.current.orders - m.previous.orders}}},
                {u"revenue_change_pct"_s, percent(m.current.revenue, m.previous.revenue)}});
        }
        return array;
    };
    QJsonObject answer = header(u"movers"_s, params);
    answer.insert(u"dimension"_s, params.dimension);
    answer.insert(u"previous"_s, rangeJson(previous));
    answer.insert(u"ranked_by"_s, u"revenue_change"_s);
    answer.insert(u"up"_s, list(up));
    answer.insert(u"down"_s, list(down));
    return answer;
}

Result<QJsonObject> ReportService::stockouts(const Params &params)
{
    const qint64 start = params.range.fromMsecs();
    // A stock-out still open counts up to now, never into the future.
    const qint64 end = qMin(params.range.endMsecs(), m_now());
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
    QMap<QString, Row> rows;
    QString filter;
    QVariantList filterValues;
    if (params.hasCategory) {
        filter = u" AND p.category = ?"_s;
        filterValues << params.category;
    }
    auto q = m_db.run(u"SELECT s.sku, COALESCE(p.name, s.sku), COALESCE(p.category, ''), "
                      "s.started_at, s.ended_at FROM report_stockouts s "
                      "LEFT JOIN products p ON p.sku = s.sku WHERE s.started_at < ? "
                      "AND (s.ended_at IS NULL OR s.ended_at > ?)"_s +
                          filter + u" ORDER BY s.sku, s.started_at"_s,
                      QVariantList{end, start} + filterValues);
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
    auto lost = m_db.run(u"SELECT l.sku, COALESCE(p.name, l.sku), COALESCE(p.category, ''), "
                         "COUNT(*), SUM(l.requested), SUM(l.requested * l.unit_price_minor) "
                         "FROM lost_demand l LEFT JOIN products p ON p.sku = l.sku "
                         "WHERE l.at >= ? AND l.at < ?"_s +
                             filter + u" GROUP BY l.sku, p.name, p.category"_s,
                         QVariantList{start, params.range.endMsecs()} + filterValues);
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
    QJsonArray array;
    for (const Row &row : ordered) {
        total.stockouts += row.stockouts;
        total.outMsecs += row.outMsecs;
        total.lostOrders += row.lostOrders;
        total.lostUnits += row.lostUnits;
        total.lostRevenue += row.lostRevenue;
        total.currentlyOut = total.currentlyOut || row.currentlyOut;
        if (array.size() >= params.limit)
            continue;
        array.append(QJsonObject{{u"key"_s, row.sku},
                                 {u"label"_s, row.name},
                                 {u"category"_s, row.category},
                                 {u"stockouts"_s, row.stockouts},
                                 {u"out_seconds"_s, row.outMsecs / 1000},
                                 {u"out_share_pct"_s, share(row.outMsecs, window)},
                                 {u"currently_out"_s, row.currentlyOut},
                                 {u"intervals"_s, row.intervals},
                                 {u"lost_orders"_s, row.lostOrders},
                                 {u"lost_units"_s, row.lostUnits},
                                 {u"lost_revenue"_s, money(row.lostRevenue)}});
    }
    qint64 outNow = 0;
    for (const Row &row : ordered)
        outNow += row.currentlyOut ? 1 : 0;
    QJsonObject answer = header(u"stockouts"_s, params);
    answer.insert(u"totals"_s, QJsonObject{{u"products_affected"_s, qint64(ordered.size())},
                                           {u"stockouts"_s, total.stockouts},
                                           {u"out_seconds"_s, total.outMsecs / 1000},
                                           {u"currently_out"_s, outNow},
                                           {u"lost_orders"_s, total.lostOrders},
                                           {u"lost_units"_s, total.lostUnits},
                                           {u"lost_revenue"_s, money(total.lostRevenue)}});
    answer.insert(u"rows"_s, array);
    answer.insert(u"row_count"_s, qint64(ordered.size()));
    return answer;
}

Result<QJsonObject> ReportService::customers(const Params &params)
{
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
                                  {u"repeat_rate_pct"_s, share(repeat, active)},
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
    QJsonObject answer = header(u"customers"_s, params);
    answer.insert(u"totals"_s, whole.value());
    answer.insert(u"series"_s, series);
    return answer;
}

Result<QJsonObject> ReportService::service(const Params &params)
{
    // Everything is aggregated in the database, so only a few rows per agent come back.
    QString where = u" WHERE sale_day BETWEEN ? AND ?"_s;
    QVariantList values{params.range.fromDay(), params.range.toDay()};
    if (params.hasChannel) {
        where += u" AND channel = ?"_s;
        values << params.channel;
    }
    struct Agent
    {
        qint64 handled = 0;
        qint64 sales = 0;
        qint64 revenue = 0;
        qint64 cancelled = 0;
        qint64 paid = 0;
        qint64 delaySum = 0;
        qint64 medianSum = 0;
        qint64 medianCount = 0;
    };
    QMap<QString, Agent> agents;
    Agent all;
    const QString figures =
        u"COUNT(*), SUM(counted), SUM(CASE WHEN counted = 1 THEN total_minor ELSE 0 END), "
        "SUM(CASE WHEN status IN ('cancelled', 'expired') THEN 1 ELSE 0 END), COUNT(paid_at), "
        "COALESCE(SUM(paid_at - created_at), 0) FROM report_orders"_s;
    for (const bool perAgent : {true, false}) {
        auto q = m_db.run(u"SELECT %1, "_s.arg(perAgent ? u"agent"_s : u"''"_s) + figures + where +
                              (perAgent ? u" GROUP BY agent"_s : QString()),
                          values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            if (r.value(1).toLongLong() == 0)
                continue;
            Agent &a = perAgent ? agents[r.value(0).toString()] : all;
            a.handled = r.value(1).toLongLong();
            a.sales = r.value(2).toLongLong();
            a.revenue = r.value(3).toLongLong();
            a.cancelled = r.value(4).toLongLong();
            a.paid = r.value(5).toLongLong();
            a.delaySum = r.value(6).toLongLong();
        }
    }
    // The median time to payment, from every paid order's delay; the covering index makes
    // this one sequential read of the range.
    {
        auto q = m_db.run(u"SELECT agent, paid_at - created_at FROM report_orders"_s + where +
                              u" AND paid_at IS NOT NULL"_s,
                          values);
        if (!q)
            return q.error();
        QHash<QString, QList<qint64>> delays;
        QList<qint64> everyone;
        while (q.value().next()) {
            const qint64 delay = q.value().value(1).toLongLong();
            delays[q.value().value(0).toString()].append(delay);
            everyone.append(delay);
        }
        auto middle = [](QList<qint64> &list, Agent &a) {
            if (list.isEmpty())
                return;
            const qsizetype n = list.size();
            std::nth_element(list.begin(), list.begin() + n / 2, list.end());
            a.medianSum = list[n / 2];
            a.medianCount = 1;
            if (n % 2 == 0) {
                a.medianSum += *std::max_element(list.begin(), list.begin() + n / 2);
                a.medianCount = 2;
            }
        };
        for (auto it = delays.begin(); it != delays.end(); ++it)
            middle(it.value(), agents[it.key()]);
        middle(everyone, all);
    }

    auto describe = [this](const Agent &a) {
        QJsonValue average(QJsonValue::Null);
        QJsonValue median(QJsonValue::Null);
        if (a.paid > 0)
            average = (a.delaySum / a.paid) / 1000;
        if (a.medianCount > 0)
            median = (a.medianSum / a.medianCount) / 1000;
        return QJsonObject{{u"orders_handled"_s, a.handled},
                           {u"sales_orders"_s, a.sales},
                           {u"revenue"_s, money(a.revenue)},
                           {u"cancelled_or_expired"_s, a.cancelled},
                           {u"paid_orders"_s, a.paid},
                           {u"average_seconds_to_payment"_s, average},
                           {u"median_seconds_to_payment"_s, median}};
    };
    QStringList names = agents.keys();
    std::sort(names.begin(), names.end(), [&agents](const QString &a, const QString &b) {
        const qint64 ha = agents[a].handled;
        const qint64 hb = agents[b].handled;
        return ha != hb ? ha > hb : a < b;
    });
    QJsonArray rows;
    for (const QString &name : names) {
        QJsonObject row = describe(agents[name]);
        row.insert(u"key"_s, name);
        row.insert(u"label"_s, name);
        rows.append(row);
    }
    QJsonObject answer = header(u"service"_s, params);
    answer.insert(u"totals"_s, describe(all));
    answer.insert(u"rows"_s, rows);
    return answer;
}

} // namespace shopdesk::reports
