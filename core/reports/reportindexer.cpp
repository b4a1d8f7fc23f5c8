#include "reports/reportindexer.h"

#include "reports/logging.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

constexpr qint64 msecsPerDay = 86400000;

qint64 msecsOf(const QJsonValue &isoTime)
{
    const QDateTime time = QDateTime::fromString(isoTime.toString(), Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

// The SQL list of counted statuses, for the bulk statements.
qint64 monthOfDay(qint64 day)
{
    const QDate date = QDate(1970, 1, 1).addDays(day);
    return qint64(date.year()) * 12 + date.month() - 1;
}

QString countedList()
{
    QStringList quoted;
    for (const QString &status : ReportIndexer::countedStatuses())
        quoted << u"'"_s + status + u"'"_s;
    return quoted.join(u", "_s);
}

} // namespace

ReportIndexer::ReportIndexer(storage::Database &db)
    : m_db(db)
{}

const QStringList &ReportIndexer::countedStatuses()
{
    static const QStringList list{u"paid"_s, u"shipped"_s, u"delivered"_s};
    return list;
}

bool ReportIndexer::isCounted(const QString &status)
{
    return countedStatuses().contains(status);
}

Result<qint64> ReportIndexer::cursor()
{
    auto value = m_db.scalar(u"SELECT value FROM report_state WHERE name = 'last_seq'"_s, {}, 0);
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

Result<qint64> ReportIndexer::catchUp(int batchSize)
{
    qint64 applied = 0;
    bool more = true;
    while (more) {
        auto n = applyBatch(qMax(1, batchSize), false, &more);
        if (!n)
            return n.error();
        applied += n.value();
    }
    return applied;
}

Result<void> ReportIndexer::rebuild()
{
    bool more = false;
    auto n = applyBatch(1, true, &more);
    if (!n)
        return n.error();
    if (auto caught = catchUp(); !caught)
        return caught.error();
    return {};
}

Result<qint64> ReportIndexer::applyBatch(int batchSize, bool forceRebuild, bool *more)
{
    *more = false;
    if (auto ok = m_db.exec(m_db.dialect().beginWrite()); !ok)
        return ok.error();
    auto fail = [this](const Error &error) -> Result<qint64> {
        (void)m_db.exec(u"ROLLBACK"_s);
        // What was cached may describe rows that were just rolled back.
        m_categories.clear();
        return error;
    };
    // Several servers sharing one PostgreSQL database index one at a time: the advisory lock
    // also covers the first run, when there is no cursor row to lock yet.
    if (!m_db.dialect().migrationLock().isEmpty()) {
        if (auto ok = m_db.exec(m_db.dialect().migrationLock()); !ok)
            return fail(ok.error());
    }
    auto current = m_db.run(u"SELECT value FROM report_state WHERE name = 'last_seq'"_s +
                            m_db.dialect().forUpdate());
    if (!current)
        return fail(current.error());
    if (forceRebuild || !current.value().next()) {
        if (auto ok = rebuildLocked(); !ok)
            return fail(ok.error());
        if (auto ok = m_db.exec(u"COMMIT"_s); !ok)
            return fail(ok.error());
        *more = true; // records that arrived during the rebuild follow
        return qint64(0);
    }
    const qint64 from = current.value().value(0).toLongLong();
    auto records = m_db.run(u"SELECT seq, entity, data, at FROM changes WHERE seq > ? "
                            "AND entity IN ('order', 'stock', 'product') ORDER BY seq LIMIT ?"_s,
                            {from, batchSize});
    if (!records)
        return fail(records.error());
    struct Record
    {
        qint64 seq;
        QString entity;
        QJsonObject data;
        qint64 at;
    };
    QList<Record> batch;
    while (records.value().next()) {
        const QSqlQuery &r = records.value();
        batch.append(Record{r.value(0).toLongLong(), r.value(1).toString(),
                            QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object(),
                            r.value(3).toLongLong()});
    }
    if (batch.isEmpty()) {
        (void)m_db.exec(u"ROLLBACK"_s);
        return qint64(0);
    }
    for (const Record &record : batch) {
        Result<void> ok;
        if (record.entity == u"order"_s) {
            ok = applyOrder(record.data);
        } else if (record.entity == u"stock"_s) {
            ok = applyStock(record.data, record.at);
        } else if (record.data.contains(u"category"_s)) {
            m_categories.insert(record.data.value(u"sku"_s).toString(),
                                record.data.value(u"category"_s).toString());
        }
        if (!ok)
            return fail(ok.error());
    }
    if (auto ok = setCursor(batch.last().seq); !ok)
        return fail(ok.error());
    if (auto ok = m_db.exec(u"COMMIT"_s); !ok)
        return fail(ok.error());
    *more = batch.size() == batchSize;
    qCDebug(lcReports) << "indexed change records up to" << batch.last().seq;
    return qint64(batch.size());
}

Result<void> ReportIndexer::setCursor(qint64 seq)
{
    if (auto ok = m_db.exec(u"DELETE FROM report_state WHERE name = 'last_seq'"_s); !ok)
        return ok;
    return m_db.exec(u"INSERT INTO report_state (name, value) VALUES ('last_seq', ?)"_s, {seq});
}

Result<void> ReportIndexer::rebuildLocked()
{
    QElapsedTimer timer;
    timer.start();
    m_categories.clear();
    // Read the cutoff first: the shop tables read below are at least this new, and the
    // records after it are applied again by catchUp(), which is harmless because applying
    // an order record only moves the summaries when the order's counted state changes.
    auto cutoff = m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s);
    if (!cutoff)
        return cutoff.error();
    const QString counted = countedList();
    const QStringList statements{
        u"DELETE FROM report_orders"_s,
        u"DELETE FROM report_order_items"_s,
        u"DELETE FROM report_sales_sku"_s,
        u"DELETE FROM report_sales_category"_s,
        u"DELETE FROM report_sales_channel"_s,
        u"DELETE FROM report_sales_sku_month"_s,
        u"DELETE FROM report_sales_category_month"_s,
        u"DELETE FROM report_sales_channel_month"_s,
        u"DELETE FROM report_stockouts"_s,
        u"DELETE FROM report_customers"_s,
        u"INSERT INTO report_orders (order_id, created_at, sale_day, channel, customer_id, "
        "agent, status, counted, paid_at, total_minor, currency) "
        "SELECT o.id, o.created_at, o.created_at / %1, o.channel, o.customer_id, o.created_by, "
        "o.status, CASE WHEN o.status IN (%2) THEN 1 ELSE 0 END, "
        "(SELECT MIN(h.at) FROM order_history h WHERE h.order_id = o.id AND h.status = 'paid'), "
        "o.total_minor, o.currency FROM orders o"_s.arg(msecsPerDay)
            .arg(counted),
        u"INSERT INTO report_order_items (order_id, sku, category, units, revenue_minor) "
        "SELECT l.order_id, l.sku, COALESCE(MAX(p.category), ''), SUM(l.quantity), "
        "SUM(l.quantity * l.unit_price_minor) FROM order_lines l "
        "LEFT JOIN products p ON p.sku = l.sku GROUP BY l.order_id, l.sku"_s,
        u"INSERT INTO report_sales_sku (sale_day, sku, category, channel, units, "
        "revenue_minor, order_count) SELECT o.sale_day, i.sku, i.category, o.channel, "
        "SUM(i.units), SUM(i.revenue_minor), COUNT(*) FROM report_order_items i "
        "JOIN report_orders o ON o.order_id = i.order_id WHERE o.counted = 1 "
        "GROUP BY o.sale_day, i.sku, i.category, o.channel"_s,
        u"INSERT INTO report_sales_category (sale_day, category, channel, units, "
        "revenue_minor, order_count) SELECT o.sale_day, i.category, o.channel, SUM(i.units), "
        "SUM(i.revenue_minor), COUNT(DISTINCT o.order_id) FROM report_order_items i "
        "JOIN report_orders o ON o.order_id = i.order_id WHERE o.counted = 1 "
        "GROUP BY o.sale_day, i.category, o.channel"_s,
        u"INSERT INTO report_sales_channel (sale_day, channel, units, revenue_minor, "
        "order_count) SELECT o.sale_day, o.channel, SUM(i.units), SUM(i.revenue_minor), "
        "COUNT(DISTINCT o.order_id) FROM report_order_items i "
        "JOIN report_orders o ON o.order_id = i.order_id WHERE o.counted = 1 "
        "GROUP BY o.sale_day, o.channel"_s,
        u"INSERT INTO report_customers (customer_id, first_day) SELECT customer_id, "
        "MIN(sale_day) FROM report_orders WHERE counted = 1 GROUP BY customer_id"_s,
    };
    for (const QString &sql : statements) {
        if (auto ok = m_db.exec(sql); !ok)
            return ok;
    }
    // Months roll up from the days, one month at a time: portable SQL, no date functions.
    auto span = m_db.run(u"SELECT MIN(sale_day), MAX(sale_day) FROM report_sales_channel"_s);
    if (!span)
        return span.error();
    if (span.value().next() && !span.value().value(0).isNull()) {
        const QDate first = QDate(1970, 1, 1).addDays(span.value().value(0).toLongLong());
        const QDate last = QDate(1970, 1, 1).addDays(span.value().value(1).toLongLong());
        const QStringList rollups{
            u"INSERT INTO report_sales_sku_month (sale_month, sku, category, channel, units, "
            "revenue_minor, order_count) SELECT ?, sku, category, channel, SUM(units), "
            "SUM(revenue_minor), SUM(order_count) FROM report_sales_sku "
            "WHERE sale_day BETWEEN ? AND ? GROUP BY sku, category, channel"_s,
            u"INSERT INTO report_sales_category_month (sale_month, category, channel, units, "
            "revenue_minor, order_count) SELECT ?, category, channel, SUM(units), "
            "SUM(revenue_minor), SUM(order_count) FROM report_sales_category "
            "WHERE sale_day BETWEEN ? AND ? GROUP BY category, channel"_s,
            u"INSERT INTO report_sales_channel_month (sale_month, channel, units, "
            "revenue_minor, order_count) SELECT ?, channel, SUM(units), SUM(revenue_minor), "
            "SUM(order_count) FROM report_sales_channel "
            "WHERE sale_day BETWEEN ? AND ? GROUP BY channel"_s};
        for (QDate month(first.year(), first.month(), 1); month <= last;
             month = month.addMonths(1)) {
            const qint64 from = QDate(1970, 1, 1).daysTo(month);
            const qint64 to = QDate(1970, 1, 1).daysTo(month.addMonths(1)) - 1;
            for (const QString &sql : rollups) {
                if (auto ok =
                        m_db.exec(sql, {qint64(month.year()) * 12 + month.month() - 1, from, to});
                    !ok) {
                    return ok;
                }
            }
        }
    }
    // Stock-outs follow from the stock records of the log: replay them in order.
    auto stock = m_db.run(u"SELECT data, at FROM changes WHERE entity = 'stock' AND seq <= ? "
                          "ORDER BY seq"_s,
                          {cutoff.value()});
    if (!stock)
        return stock.error();
    QList<std::pair<QJsonObject, qint64>> stockRecords;
    while (stock.value().next()) {
        stockRecords.append(
            {QJsonDocument::fromJson(stock.value().value(0).toString().toUtf8()).object(),
             stock.value().value(1).toLongLong()});
    }
    for (const auto &[data, at] : stockRecords) {
        if (auto ok = applyStock(data, at); !ok)
            return ok;
    }
    if (auto ok = setCursor(cutoff.value().toLongLong()); !ok)
        return ok;
    qCInfo(lcReports) << "report summaries rebuilt up to change" << cutoff.value().toLongLong()
                      << "in" << timer.elapsed() << "ms";
    return {};
}

Result<QString> ReportIndexer::categoryOf(const QString &sku)
{
    const auto cached = m_categories.constFind(sku);
    if (cached != m_categories.constEnd())
        return cached.value();
    auto category = m_db.scalar(u"SELECT category FROM products WHERE sku = ?"_s, {sku}, QString());
    if (!category)
        return category.error();
    m_categories.insert(sku, category.value().toString());
    return category.value().toString();
}

Result<void> ReportIndexer::applyOrder(const QJsonObject &order)
{
    const qint64 id = order.value(u"id"_s).toInteger();
    const QString status = order.value(u"status"_s).toString();
    const bool counted = isCounted(status);
    qint64 paidAt = -1;
    const QJsonArray history = order.value(u"status_history"_s).toArray();
    for (const QJsonValue &entry : history) {
        if (entry.toObject().value(u"status"_s).toString() == u"paid"_s) {
            paidAt = msecsOf(entry.toObject().value(u"at"_s));
            break;
        }
    }
    const QVariant paid = paidAt >= 0 ? QVariant(paidAt) : QVariant(QMetaType(QMetaType::LongLong));

    auto known = m_db.run(u"SELECT counted, sale_day, channel, customer_id FROM report_orders "
                          "WHERE order_id = ?"_s,
                          {id});
    if (!known)
        return known.error();
    bool wasCounted = false;
    qint64 day = 0;
    QString channel;
    qint64 customer = order.value(u"customer_id"_s).toInteger();
    if (known.value().next()) {
        wasCounted = known.value().value(0).toInt() == 1;
        day = known.value().value(1).toLongLong();
        channel = known.value().value(2).toString();
        customer = known.value().value(3).toLongLong();
        if (auto ok = m_db.exec(u"UPDATE report_orders SET status = ?, counted = ?, "
                                "paid_at = COALESCE(paid_at, ?) WHERE order_id = ?"_s,
                                {status, counted ? 1 : 0, paid, id});
            !ok) {
            return ok;
        }
    } else {
        const qint64 createdAt = msecsOf(order.value(u"created_at"_s));
        day = createdAt / msecsPerDay;
        channel = order.value(u"channel"_s).toString();
        const QJsonObject total = order.value(u"total"_s).toObject();
        if (auto ok =
                m_db.exec(u"INSERT INTO report_orders (order_id, created_at, sale_day, channel, "
                          "customer_id, agent, status, counted, paid_at, total_minor, currency) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {id, createdAt, day, channel, order.value(u"customer_id"_s).toInteger(),
                           order.value(u"created_by"_s).toString(), status, counted ? 1 : 0, paid,
                           total.value(u"amount_minor"_s).toInteger(),
                           total.value(u"currency"_s).toString()});
            !ok) {
            return ok;
        }
        struct Item
        {
            qint64 units = 0;
            qint64 revenue = 0;
        };
        QMap<QString, Item> items;
        for (const QJsonValue &value : order.value(u"lines"_s).toArray()) {
            const QJsonObject line = value.toObject();
            Item &item = items[line.value(u"sku"_s).toString()];
            const qint64 quantity = line.value(u"quantity"_s).toInteger();
            item.units += quantity;
            item.revenue +=
                quantity *
                line.value(u"unit_price"_s).toObject().value(u"amount_minor"_s).toInteger();
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            auto category = categoryOf(it.key());
            if (!category)
                return category.error();
            if (auto ok = m_db.exec(
                    u"INSERT INTO report_order_items (order_id, sku, category, "
                    "units, revenue_minor) VALUES (?, ?, ?, ?, ?)"_s,
                    {id, it.key(), category.value(), it.value().units, it.value().revenue});
                !ok) {
                return ok;
            }
        }
    }
    if (counted == wasCounted)
        return {};
    if (auto ok = addToSummaries(id, day, channel, counted ? 1 : -1); !ok)
        return ok;
    return refreshCustomer(customer);
}

Result<void> ReportIndexer::refreshCustomer(qint64 customerId)
{
    // The day of the customer's first sale tells new customers from returning ones.
    auto first = m_db.scalar(u"SELECT MIN(sale_day) FROM report_orders WHERE customer_id = ? "
                             "AND counted = 1"_s,
                             {customerId});
    if (!first)
        return first.error();
    if (first.value().isNull())
        return m_db.exec(u"DELETE FROM report_customers WHERE customer_id = ?"_s, {customerId});
    return m_db.exec(u"INSERT INTO report_customers (customer_id, first_day) VALUES (?, ?) "
                     "ON CONFLICT (customer_id) DO UPDATE SET first_day = excluded.first_day"_s,
                     {customerId, first.value()});
}

Result<void> ReportIndexer::upsert(const QString &table, bool monthly, const QStringList &keys,
                                   const QVariantList &keyValues, qint64 units, qint64 revenue,
                                   int orders)
{
    const QString period = monthly ? u"sale_month"_s : u"sale_day"_s;
    const QString keyList = (QStringList{period} + keys).join(u", "_s);
    QStringList marks;
    for (qsizetype i = 0; i < keyValues.size() + 3; ++i)
        marks << u"?"_s;
    const QString sql = u"INSERT INTO %1 (%2, units, revenue_minor, order_count) VALUES (%3) "
                        "ON CONFLICT (%2) DO UPDATE SET units = %1.units + excluded.units, "
                        "revenue_minor = %1.revenue_minor + excluded.revenue_minor, "
                        "order_count = %1.order_count + excluded.order_count"_s.arg(
                            table, keyList, marks.join(u", "_s));
    return m_db.exec(sql, keyValues + QVariantList{units, revenue, orders});
}

Result<void> ReportIndexer::addToSummaries(qint64 orderId, qint64 day, const QString &channel,
                                           int sign)
{
    auto items = m_db.run(u"SELECT sku, category, units, revenue_minor FROM report_order_items "
                          "WHERE order_id = ?"_s,
                          {orderId});
    if (!items)
        return items.error();
    struct Sum
    {
        qint64 units = 0;
        qint64 revenue = 0;
    };
    QList<std::tuple<QString, QString, Sum>> perSku;
    QMap<QString, Sum> perCategory;
    Sum all;
    while (items.value().next()) {
        const QSqlQuery &r = items.value();
        const Sum sum{r.value(2).toLongLong() * sign, r.value(3).toLongLong() * sign};
        perSku.append({r.value(0).toString(), r.value(1).toString(), sum});
        Sum &c = perCategory[r.value(1).toString()];
        c.units += sum.units;
        c.revenue += sum.revenue;
        all.units += sum.units;
        all.revenue += sum.revenue;
    }
    const qint64 month = monthOfDay(day);
    for (const auto &[sku, category, sum] : perSku) {
        for (const bool monthly : {false, true}) {
            if (auto ok = upsert(monthly ? u"report_sales_sku_month"_s : u"report_sales_sku"_s,
                                 monthly, {u"sku"_s, u"category"_s, u"channel"_s},
                                 {monthly ? month : day, sku, category, channel}, sum.units,
                                 sum.revenue, sign);
                !ok) {
                return ok;
            }
        }
    }
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
        for (const bool monthly : {false, true}) {
            if (auto ok =
                    upsert(monthly ? u"report_sales_category_month"_s : u"report_sales_category"_s,
                           monthly, {u"category"_s, u"channel"_s},
                           {monthly ? month : day, it.key(), channel}, it.value().units,
                           it.value().revenue, sign);
                !ok) {
                return ok;
            }
        }
    }
    for (const bool monthly : {false, true}) {
        if (auto ok = upsert(monthly ? u"report_sales_channel_month"_s : u"report_sales_channel"_s,
                             monthly, {u"channel"_s}, {monthly ? month : day, channel}, all.units,
                             all.revenue, sign);
            !ok) {
            return ok;
        }
    }
    if (sign < 0) {
        // A day that lost its last order holds no sale: drop the empty rows.
        for (const QString &table :
             {u"report_sales_sku"_s, u"report_sales_category"_s, u"report_sales_channel"_s}) {
            if (auto ok = m_db.exec(u"DELETE FROM "_s + table +
                                        u" WHERE sale_day = ? AND order_count = 0"_s,
                                    {day});
                !ok) {
                return ok;
            }
            if (auto ok = m_db.exec(u"DELETE FROM "_s + table +
                                        u"_month WHERE sale_month = ? AND order_count = 0"_s,
                                    {month});
                !ok) {
                return ok;
            }
        }
    }
    return {};
}

Result<void> ReportIndexer::applyStock(const QJsonObject &stock, qint64 at)
{
    const QString sku = stock.value(u"sku"_s).toString();
    if (sku.isEmpty() || !stock.contains(u"available"_s))
        return {};
    const qint64 available = stock.value(u"available"_s).toInteger();
    auto open = m_db.scalar(u"SELECT COUNT(*) FROM report_stockouts WHERE sku = ? "
                            "AND ended_at IS NULL"_s,
                            {sku}, 0);
    if (!open)
        return open.error();
    const bool isOut = open.value().toLongLong() > 0;
    if (available <= 0 && !isOut) {
        return m_db.exec(u"INSERT INTO report_stockouts (sku, started_at) VALUES (?, ?)"_s,
                         {sku, at});
    }
    if (available > 0 && isOut) {
        return m_db.exec(u"UPDATE report_stockouts SET ended_at = ? WHERE sku = ? "
                         "AND ended_at IS NULL"_s,
                         {at, sku});
    }
    return {};
}

} // namespace shopdesk::reports
