#include "reports/returns/returnsreportservice.h"

#include "domain/returns/returnreason.h"
#include "domain/tr.h"
#include "reports/reportnumbers.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

// The key of the refunds in the reason grouping that no return of the order explains, and
// of the refund money in the product grouping that belongs to no product.
const QString noReturn = u"none"_s;

QString monthOf(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM"_s);
}

QString quotedList(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << u"'"_s + word + u"'"_s;
    return quoted.join(u", "_s);
}

qint64 sum(const qint64 (&values)[4])
{
    return values[0] + values[1] + values[2] + values[3];
}

} // namespace

ReturnsReportService::ReturnsReportService(storage::Database &db, QString currency)
    : m_db(db)
    , m_currency(std::move(currency))
{}

const QStringList &ReturnsReportService::groups()
{
    static const QStringList list{u"product"_s, u"reason"_s, u"month"_s};
    return list;
}

const QStringList &ReturnsReportService::countedReturnStatuses()
{
    static const QStringList list{u"requested"_s, u"approved"_s, u"received"_s};
    return list;
}

const QStringList &ReturnsReportService::countedRefundStatuses()
{
    static const QStringList list{u"issued"_s};
    return list;
}

const QStringList &ReturnsReportService::soldOrderStatuses()
{
    // Returned orders were sold: their refunds are what takes the money back.
    static const QStringList list{u"paid"_s, u"shipped"_s, u"delivered"_s, u"returned"_s};
    return list;
}

QString ReturnsReportService::Tally::keyOf(const Keys &keys) const
{
    if (m_group == u"reason"_s)
        return keys.reason;
    if (m_group == u"month"_s)
        return keys.month;
    return keys.product;
}

Result<QJsonObject> ReturnsReportService::run(QJsonObject header, const ReportRange &range,
                                              const QUrlQuery &query)
{
    QString group = u"product"_s;
    if (query.hasQueryItem(u"group"_s))
        group = query.queryItemValue(u"group"_s, QUrl::FullyDecoded);
    if (!groups().contains(group)) {
        return Result<QJsonObject>::failure(
            u"unknown_group"_s,
            Tr::tr("Unknown group \"%1\"; use product, reason or month.").arg(group),
            QJsonObject{{u"group"_s, group}});
    }
    Tally tally(group);
    // Every month of the range, empty ones too, so a chart's axis has no gaps.
    for (QDate m(range.from().year(), range.from().month(), 1); m <= range.to();
         m = m.addMonths(1)) {
        tally.month(m.toString(u"yyyy-MM"_s));
        if (group == u"month"_s)
            tally.row(Keys{QString(), QString(), m.toString(u"yyyy-MM"_s)});
    }
    if (auto ok = readReturns(range, tally); !ok)
        return ok.error();
    if (auto ok = readRefunds(range, tally); !ok)
        return ok.error();
    if (auto ok = readSales(range, tally); !ok)
        return ok.error();
    auto rows = rowsJson(tally, group);
    if (!rows)
        return rows.error();
    QJsonArray months;
    for (auto it = tally.months().cbegin(); it != tally.months().cend(); ++it) {
        QJsonObject month = figuresJson(it.value(), true);
        month.insert(u"month"_s, it.key());
        months.append(month);
    }
    header.insert(u"counted_statuses"_s, QJsonArray::fromStringList(soldOrderStatuses()));
    header.insert(u"counted_return_statuses"_s,
                  QJsonArray::fromStringList(countedReturnStatuses()));
    header.insert(u"counted_refund_statuses"_s,
                  QJsonArray::fromStringList(countedRefundStatuses()));
    header.insert(u"group"_s, group);
    header.insert(u"totals"_s, figuresJson(tally.totals(), true));
    header.insert(u"rows"_s, rows.value());
    header.insert(u"months"_s, months);
    return header;
}

Result<void> ReturnsReportService::readReturns(const ReportRange &range, Tally &tally)
{
    auto rows =
        m_db.fetch(u"SELECT r.id, r.reason, r.requested_at, r.status, l.sku, l.quantity, "
                   "l.restocked, l.written_off FROM order_returns r "
                   "JOIN order_return_lines l ON l.return_id = r.id "
                   "WHERE r.requested_at >= ? AND r.requested_at < ? AND r.status IN (%1)"_s.arg(
                       quotedList(countedReturnStatuses())),
                   {range.fromMsecs(), range.endMsecs()});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const storage::SqlRows &r = rows.value();
        const qint64 id = r.value(0).toLongLong();
        const Keys keys{r.value(4).toString(), r.value(1).toString(),
                        monthOf(r.value(2).toLongLong())};
        const bool received = r.value(3).toString() == u"received"_s;
        for (Figures *f : {&tally.row(keys), &tally.month(keys.month), &tally.totals()}) {
            f->returns.insert(id);
            f->units += r.value(5).toLongLong();
            if (received) {
                f->restocked += r.value(6).toLongLong();
                f->writtenOff += r.value(7).toLongLong();
            }
        }
    }
    return {};
}

Result<void> ReturnsReportService::readRefunds(const ReportRange &range, Tally &tally)
{
    const QVariantList span{range.fromMsecs(), range.endMsecs()};
    const QString issued = quotedList(countedRefundStatuses());
    // A refund's reason is that of the order's latest counted return requested before it
    // was issued; a double charge is never about a return.
    auto refunds = m_db.fetch(
        u"SELECT f.id, f.decided_at, f.shipping_minor, f.goodwill_minor, f.double_charge, "
        "f.amount_minor, (SELECT r.reason FROM order_returns r WHERE r.order_id = f.order_id "
        "AND r.status IN (%1) AND r.requested_at <= f.decided_at "
        "ORDER BY r.requested_at DESC, r.id DESC LIMIT 1) FROM refunds f "
        "WHERE f.status IN (%2) AND f.decided_at >= ? AND f.decided_at < ?"_s.arg(
            quotedList(countedReturnStatuses()), issued),
        span);
    if (!refunds)
        return refunds.error();
    QHash<qint64, Keys> keysOf;
    auto add = [&tally](qint64 id, const Keys &keys, Kind kind, qint64 amount) {
        if (amount == 0)
            return;
        for (Figures *f : {&tally.row(keys), &tally.month(keys.month), &tally.totals()}) {
            f->refunds.insert(id);
            f->refunded[kind] += amount;
        }
    };
    while (refunds.value().next()) {
        const storage::SqlRows &r = refunds.value();
        const qint64 id = r.value(0).toLongLong();
        const bool doubleCharge = r.value(4).toInt() != 0;
        const QString reason =
            r.value(6).isNull() || doubleCharge ? noReturn : r.value(6).toString();
        const Keys keys{QString(), reason, monthOf(r.value(1).toLongLong())};
        if (doubleCharge) {
            add(id, keys, DoubleCharge, r.value(5).toLongLong());
            continue;
        }
        keysOf.insert(id, keys);
        add(id, keys, Shipping, r.value(2).toLongLong());
        add(id, keys, Goodwill, r.value(3).toLongLong());
    }
    auto lines = m_db.fetch(u"SELECT l.refund_id, l.sku, l.quantity * l.unit_price_minor "
                            "FROM refund_lines l JOIN refunds f ON f.id = l.refund_id "
                            "WHERE f.status IN (%1) AND f.decided_at >= ? AND f.decided_at < ? "
                            "AND f.double_charge = 0"_s.arg(issued),
                            span);
    if (!lines)
        return lines.error();
    while (lines.value().next()) {
        const storage::SqlRows &r = lines.value();
        const qint64 id = r.value(0).toLongLong();
        Keys keys = keysOf.value(id);
        keys.product = r.value(1).toString();
        add(id, keys, Line, r.value(2).toLongLong());
    }
    return {};
}

Result<void> ReturnsReportService::readSales(const ReportRange &range, Tally &tally)
{
    // The sales summaries' own order rows, so the lines are priced as the sales report prices
    // them; an exchange's replacement order brought no money and sold nothing new.
    auto rows = m_db.fetch(
        u"SELECT o.sale_day, i.sku, SUM(i.units), SUM(i.revenue_minor) FROM report_orders o "
        "JOIN report_order_items i ON i.order_id = o.order_id "
        "WHERE o.sale_day BETWEEN ? AND ? AND o.status IN (%1) AND NOT EXISTS "
        "(SELECT 1 FROM order_returns x WHERE x.exchange_order_id = o.order_id) "
        "GROUP BY o.sale_day, i.sku"_s.arg(quotedList(soldOrderStatuses())),
        {range.fromDay(), range.toDay()});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const storage::SqlRows &r = rows.value();
        const QString sku = r.value(1).toString();
        const QString month =
            QDate(1970, 1, 1).addDays(r.value(0).toLongLong()).toString(u"yyyy-MM"_s);
        const qint64 units = r.value(2).toLongLong();
        const qint64 revenue = r.value(3).toLongLong();
        QList<Figures *> targets{&tally.month(month), &tally.totals()};
        // Only products and months with a row get their sales; a reason row's share is of
        // every unit sold (below).
        const QString key = tally.keyOf(Keys{sku, QString(), month});
        if (tally.rows().contains(key) && !key.isEmpty())
            targets.append(&tally.row(Keys{sku, QString(), month}));
        for (Figures *f : targets) {
            f->unitsSold += units;
            f->grossRevenue += revenue;
        }
    }
    return {};
}

Result<QMap<QString, QString>> ReturnsReportService::productNames(const QStringList &skus)
{
    QMap<QString, QString> names;
    // In slices, so no statement exceeds the databases' limits on bound values.
    for (qsizetype start = 0; start < skus.size(); start += 500) {
        const QStringList slice = skus.mid(start, 500);
        QStringList marks;
        QVariantList values;
        for (const QString &sku : slice) {
            marks << u"?"_s;
            values << sku;
        }
        auto rows = m_db.fetch(
            u"SELECT sku, name FROM products WHERE sku IN (%1)"_s.arg(marks.join(u", "_s)), values);
        if (!rows)
            return rows.error();
        while (rows.value().next())
            names.insert(rows.value().value(0).toString(), rows.value().value(1).toString());
    }
    return names;
}

Result<QJsonArray> ReturnsReportService::rowsJson(const Tally &tally, const QString &group)
{
    QStringList keys = tally.rows().keys();
    const auto refunded = [&tally](const QString &key) {
        return sum(tally.rows().value(key).refunded);
    };
    if (group == u"product"_s) {
        // Most units back first; the money of no product last.
        std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            const Figures &fa = tally.rows().value(a);
            const Figures &fb = tally.rows().value(b);
            if (fa.units != fb.units)
                return fa.units > fb.units;
            return refunded(a) > refunded(b);
        });
    } else if (group == u"reason"_s) {
        // The order staff pick reasons in; refunds without a return last.
        QStringList ordered;
        for (returns::ReturnReason reason : returns::allReturnReasons()) {
            if (keys.contains(returns::returnReasonName(reason)))
                ordered << returns::returnReasonName(reason);
        }
        for (const QString &key : std::as_const(keys)) {
            if (!ordered.contains(key))
                ordered << key;
        }
        keys = ordered;
    }
    QMap<QString, QString> names;
    if (group == u"product"_s) {
        auto found = productNames(keys);
        if (!found)
            return found.error();
        names = found.value();
    }
    QJsonArray rows;
    for (const QString &key : std::as_const(keys)) {
        Figures f = tally.rows().value(key);
        if (group == u"reason"_s)
            f.unitsSold = tally.totals().unitsSold;
        QJsonObject row = figuresJson(f, group == u"month"_s);
        row.insert(u"key"_s, key);
        if (group == u"product"_s) {
            row.insert(u"label"_s, key.isEmpty() ? Tr::tr("Shipping, goodwill and double charges")
                                                 : names.value(key, key));
        } else if (group == u"reason"_s) {
            row.insert(u"label"_s, reasonLabel(key));
        } else {
            row.insert(u"label"_s, key);
        }
        rows.append(row);
    }
    return rows;
}

QJsonObject ReturnsReportService::figuresJson(const Figures &f, bool withRevenue) const
{
    const qint64 refunded = sum(f.refunded);
    QJsonObject json{
        {u"returns"_s, qint64(f.returns.size())},
        {u"units_returned"_s, f.units},
        {u"units_restocked"_s, f.restocked},
        {u"units_written_off"_s, f.writtenOff},
        {u"refunds"_s, qint64(f.refunds.size())},
        {u"refunded"_s, money(refunded)},
        {u"refunded_by_kind"_s, QJsonObject{{u"line"_s, money(f.refunded[Line])},
                                            {u"shipping"_s, money(f.refunded[Shipping])},
                                            {u"goodwill"_s, money(f.refunded[Goodwill])},
                                            {u"double_charge"_s, money(f.refunded[DoubleCharge])}}},
        {u"units_sold"_s, f.unitsSold},
        {u"returned_share_pct"_s, sharePercent(f.units, f.unitsSold)},
    };
    if (withRevenue) {
        json.insert(u"gross_revenue"_s, money(f.grossRevenue));
        json.insert(u"net_revenue"_s, money(f.grossRevenue - refunded));
    }
    return json;
}

QJsonObject ReturnsReportService::money(qint64 minor) const
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, m_currency}};
}

QString ReturnsReportService::reasonLabel(const QString &key)
{
    if (key == noReturn)
        return Tr::tr("No return (refund only)");
    const auto reason = returns::parseReturnReason(key);
    return reason ? returns::returnReasonText(reason.value()) : key;
}

} // namespace shopdesk::reports
