#include "reports/reportschema.h"

#include "domain/tr.h"
#include "reports/logging.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

// Step N brings the report tables from version N-1 to N. Append; never edit an old step.
// %ID% is the dialect's auto id; %CLUSTER% lets SQLite store a summary in key order (a range
// of days is then one sequential read); PostgreSQL has no such clause.
const QList<QStringList> &steps()
{
    static const QList<QStringList> list = {
        {
            // Every order the indexer has seen, with what the reports need of it.
            u"CREATE TABLE report_orders (order_id BIGINT PRIMARY KEY, "
            "created_at BIGINT NOT NULL, sale_day BIGINT NOT NULL, channel TEXT NOT NULL, "
            "customer_id BIGINT NOT NULL, agent TEXT NOT NULL, status TEXT NOT NULL, "
            "counted INTEGER NOT NULL, paid_at BIGINT, total_minor BIGINT NOT NULL, "
            "currency TEXT NOT NULL)"_s,
            u"CREATE INDEX report_orders_day ON report_orders(sale_day)"_s,
            u"CREATE INDEX report_orders_customer ON report_orders(customer_id, sale_day)"_s,
            // The order's lines per SKU with the category they were sold under, so taking an
            // order out of the summaries (cancelled after payment, returned) subtracts exactly
            // what was added, even if the product moved category meanwhile.
            u"CREATE TABLE report_order_items (order_id BIGINT NOT NULL, sku TEXT NOT NULL, "
            "category TEXT NOT NULL, units BIGINT NOT NULL, revenue_minor BIGINT NOT NULL, "
            "PRIMARY KEY (order_id, sku))"_s,
            u"CREATE TABLE report_sales_sku (sale_day BIGINT NOT NULL, sku TEXT NOT NULL, "
            "category TEXT NOT NULL, channel TEXT NOT NULL, units BIGINT NOT NULL, "
            "revenue_minor BIGINT NOT NULL, order_count BIGINT NOT NULL, "
            "PRIMARY KEY (sale_day, sku, category, channel))%CLUSTER%"_s,
            u"CREATE TABLE report_sales_category (sale_day BIGINT NOT NULL, "
            "category TEXT NOT NULL, channel TEXT NOT NULL, units BIGINT NOT NULL, "
            "revenue_minor BIGINT NOT NULL, order_count BIGINT NOT NULL, "
            "PRIMARY KEY (sale_day, category, channel))%CLUSTER%"_s,
            u"CREATE TABLE report_sales_channel (sale_day BIGINT NOT NULL, "
            "channel TEXT NOT NULL, units BIGINT NOT NULL, revenue_minor BIGINT NOT NULL, "
            "order_count BIGINT NOT NULL, PRIMARY KEY (sale_day, channel))%CLUSTER%"_s,
            // From the moment a SKU's available stock reached 0 to the moment it rose again;
            // ended_at is NULL while it is still out.
            u"CREATE TABLE report_stockouts (id %ID%, sku TEXT NOT NULL, "
            "started_at BIGINT NOT NULL, ended_at BIGINT)"_s,
            u"CREATE INDEX report_stockouts_sku ON report_stockouts(sku, started_at)"_s,
            // Orders the server refused for want of stock (409 insufficient_stock).
            u"CREATE TABLE lost_demand (id %ID%, sku TEXT NOT NULL, "
            "requested BIGINT NOT NULL, available BIGINT NOT NULL, "
            "unit_price_minor BIGINT NOT NULL, currency TEXT NOT NULL, channel TEXT NOT NULL, "
            "customer_id BIGINT, user_name TEXT NOT NULL, at BIGINT NOT NULL)"_s,
            u"CREATE INDEX lost_demand_at ON lost_demand(at)"_s,
        },
        {
            // Monthly roll-ups of the daily summaries: a quarter reads three months of rows
            // per key instead of ninety days of them.
            u"CREATE TABLE report_sales_sku_month (sale_month BIGINT NOT NULL, "
            "sku TEXT NOT NULL, category TEXT NOT NULL, channel TEXT NOT NULL, "
            "units BIGINT NOT NULL, revenue_minor BIGINT NOT NULL, order_count BIGINT NOT NULL, "
            "PRIMARY KEY (sale_month, sku, category, channel))%CLUSTER%"_s,
            u"CREATE TABLE report_sales_category_month (sale_month BIGINT NOT NULL, "
            "category TEXT NOT NULL, channel TEXT NOT NULL, units BIGINT NOT NULL, "
            "revenue_minor BIGINT NOT NULL, order_count BIGINT NOT NULL, "
            "PRIMARY KEY (sale_month, category, channel))%CLUSTER%"_s,
            u"CREATE TABLE report_sales_channel_month (sale_month BIGINT NOT NULL, "
            "channel TEXT NOT NULL, units BIGINT NOT NULL, revenue_minor BIGINT NOT NULL, "
            "order_count BIGINT NOT NULL, PRIMARY KEY (sale_month, channel))%CLUSTER%"_s,
            // Covering indexes for the customer and service figures.
            u"DROP INDEX report_orders_customer"_s,
            u"CREATE INDEX report_orders_customer ON report_orders(customer_id, counted, "
            "sale_day)"_s,
            u"CREATE INDEX report_orders_counted ON report_orders(sale_day, counted, "
            "customer_id, channel)"_s,
            // The roll-ups start empty: the next catch-up rebuilds everything.
            u"DELETE FROM report_state WHERE name = 'last_seq'"_s,
        },
        {
            // Each customer's first sale: new and repeat customers without a look back
            // through every order of the customer.
            u"CREATE TABLE report_customers (customer_id BIGINT PRIMARY KEY, "
            "first_day BIGINT NOT NULL)"_s,
            u"DELETE FROM report_state WHERE name = 'last_seq'"_s,
        },
        {
            // The service report reads one agent's orders of a range in order of delay.
            u"CREATE INDEX report_orders_agent ON report_orders(agent, sale_day)"_s,
        },
        {
            // Reading a range's orders through the agent index meant a table lookup per
            // order; this index holds every column the service report reads.
            u"DROP INDEX report_orders_agent"_s,
            u"CREATE INDEX report_orders_service ON report_orders(sale_day, agent, counted, "
            "status, total_minor, created_at, paid_at, channel)"_s,
        },
    };
    return list;
}

} // namespace

int ReportSchema::latestVersion()
{
    return int(steps().size());
}

Result<int> ReportSchema::ensure(storage::Database &db)
{
    const storage::SqlDialect &dialect = db.dialect();
    if (auto ok = db.exec(dialect.beginWrite()); !ok)
        return ok.error();
    auto fail = [&db](const Error &error) -> Result<int> {
        (void)db.exec(u"ROLLBACK"_s);
        return error;
    };
    // The same lock the shop's migrations take: one schema change at a time per database.
    if (!dialect.migrationLock().isEmpty()) {
        if (auto ok = db.exec(dialect.migrationLock()); !ok)
            return fail(ok.error());
    }
    if (auto ok = db.exec(u"CREATE TABLE IF NOT EXISTS report_state (name TEXT PRIMARY KEY, "
                          "value BIGINT NOT NULL)"_s);
        !ok) {
        return fail(ok.error());
    }
    auto current =
        db.scalar(u"SELECT value FROM report_state WHERE name = 'schema_version'"_s, {}, 0);
    if (!current)
        return fail(current.error());
    const int from = current.value().toInt();
    if (from > latestVersion()) {
        return fail(Error{u"schema_too_new"_s,
                          Tr::tr("The report tables have version %1; this server knows %2. "
                                 "Use a newer server.")
                              .arg(from)
                              .arg(latestVersion()),
                          {}});
    }
    for (int version = from + 1; version <= latestVersion(); ++version) {
        for (const QString &statement : steps().at(version - 1)) {
            if (auto ok = db.exec(dialect.schema(statement)); !ok)
                return fail(ok.error());
        }
        qCInfo(lcReports) << "report tables now at version" << version;
    }
    if (from != latestVersion()) {
        if (auto ok = db.exec(u"DELETE FROM report_state WHERE name = 'schema_version'"_s); !ok)
            return fail(ok.error());
        if (auto ok = db.exec(u"INSERT INTO report_state (name, value) "
                              "VALUES ('schema_version', ?)"_s,
                              {latestVersion()});
            !ok) {
            return fail(ok.error());
        }
    }
    if (auto ok = db.exec(u"COMMIT"_s); !ok)
        return fail(ok.error());
    return latestVersion();
}

} // namespace shopdesk::reports
