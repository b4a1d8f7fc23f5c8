#include "reports/salesfigures.h"

#include "reports/reportnumbers.h"

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

SalesFigures::SalesFigures(storage::Database &db, ReportParams params, QString currency)
    : m_db(db)
    , m_params(std::move(params))
    , m_currency(std::move(currency))
{}

QJsonObject SalesFigures::money(qint64 minor) const
{
    return moneyJson(minor, m_currency);
}

QJsonObject SalesFigures::json(const Figures &f) const
{
    return QJsonObject{
        {u"revenue"_s, money(f.revenue)}, {u"units"_s, f.units}, {u"orders"_s, f.orders}};
}

Result<QHash<QString, SalesFigures::Figures>>
SalesFigures::aggregate(const QString &key, const QString &table, const ReportRange &range)
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
        if (m_params.hasCategory) {
            sql += u" AND category = ?"_s;
            values << m_params.category;
        }
        if (m_params.hasChannel) {
            sql += u" AND channel = ?"_s;
            values << m_params.channel;
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

Result<QHash<QString, SalesFigures::Figures>> SalesFigures::byKey(const ReportRange &range)
{
    if (m_params.dimension == u"product"_s)
        return aggregate(u"sku"_s, u"report_sales_sku"_s, range);
    if (m_params.dimension == u"category"_s)
        return aggregate(u"category"_s, u"report_sales_category"_s, range);
    // Orders per channel within one category need the category summary's distinct counts.
    return aggregate(u"channel"_s,
                     m_params.hasCategory ? u"report_sales_category"_s : u"report_sales_channel"_s,
                     range);
}

Result<SalesFigures::Figures> SalesFigures::totals(const ReportRange &range)
{
    // Order counts are distinct orders: from the channel summary, or the category summary
    // when one category is asked for (an order with two of its products counts once).
    auto all = aggregate(
        QString(), m_params.hasCategory ? u"report_sales_category"_s : u"report_sales_channel"_s,
        range);
    if (!all)
        return all.error();
    return all.value().value(QString());
}

Result<QHash<QString, QString>> SalesFigures::labels(const QStringList &keys)
{
    QHash<QString, QString> result;
    for (const QString &key : keys)
        result.insert(key, key);
    if (m_params.dimension != u"product"_s || keys.isEmpty())
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

} // namespace shopdesk::reports
