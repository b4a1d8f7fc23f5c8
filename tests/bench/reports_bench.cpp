// Trends benchmark: fills a shop with N order lines, builds the report summaries, times the
// quarterly reports, then takes new orders through the server's own write path and times
// how long the summaries take to catch up and the reports to answer again.
//
//   shopdesk-bench-reports [--lines N] [--from DATE --to DATE] [--quarter YYYY-Qn]
//                          [--database postgresql://...] [--runs R]
//
// Exits non-zero when a step fails or when today's sales report does not count exactly the
// new orders (the smoke run in CTest relies on that).

#include "reports/reportschema.h"
#include "reports/reportservice.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/shopstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "reports bench: " << what << Qt::endl;
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const char *what)
{
    if (!result)
        fail(QString::fromLatin1(what) + u": "_s + result.error().message);
    return std::move(result).value();
}

void check(Result<void> result, const char *what)
{
    if (!result)
        fail(QString::fromLatin1(what) + u": "_s + result.error().message);
}

// A prepared insert run once per row: the generator's only hot loop.
class Inserter
{
public:
    Inserter(QSqlDatabase db, const QString &sql)
        : m_query(db)
    {
        if (!m_query.prepare(sql))
            fail(m_query.lastError().text());
    }
    void operator()(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values[i]);
        if (!m_query.exec())
            fail(m_query.lastError().text());
    }

private:
    QSqlQuery m_query;
};

struct Timing
{
    double medianMs = 0;
    double bestMs = 0;
};

Timing timeReport(reports::ReportService &service, const QString &report, const QString &query,
                  int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto answer = service.run(report, QUrlQuery(query), u"manager"_s);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!answer)
            fail(report + u": "_s + answer.error().message);
        times << ms;
    }
    std::sort(times.begin(), times.end());
    return Timing{times[times.size() / 2], times.first()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the trend reports over many order lines."_s);
    parser.addHelpOption();
    const QCommandLineOption linesOption(u"lines"_s, u"Order lines to generate."_s, u"N"_s,
                                         u"30000"_s);
    const QCommandLineOption fromOption(u"from"_s, u"First order date."_s, u"DATE"_s,
                                        u"2025-01-01"_s);
    const QCommandLineOption toOption(u"to"_s, u"Last order date."_s, u"DATE"_s, u"2026-12-31"_s);
    const QCommandLineOption quarterOption(u"quarter"_s, u"Quarter to report on."_s, u"YYYY-Qn"_s,
                                           u"2026-Q3"_s);
    const QCommandLineOption productsOption(u"products"_s, u"Products in the shop."_s, u"N"_s,
                                            u"2000"_s);
    const QCommandLineOption databaseOption(
        u"database"_s, u"PostgreSQL URL instead of a SQLite file."_s, u"URL"_s);
    const QCommandLineOption dataOption(
        u"data"_s, u"Keep the SQLite store in this folder (for a look)."_s, u"DIR"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per report (median)."_s, u"R"_s, u"7"_s);
    const QCommandLineOption newOrdersOption(u"new-orders"_s, u"Orders taken after indexing."_s,
                                             u"N"_s, u"1000"_s);
    parser.addOptions({linesOption, fromOption, toOption, quarterOption, productsOption,
                       databaseOption, dataOption, runsOption, newOrdersOption});
    parser.process(app);

    const qint64 lines = parser.value(linesOption).toLongLong();
    const int products = parser.value(productsOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    const QString quarter = parser.value(quarterOption);
    if (!from.isValid() || !to.isValid() || from > to || lines < 1 || products < 1)
        fail(u"bad arguments"_s);

    QTemporaryDir dir;
    auto config = check(storage::StorageConfig::fromOptions(parser.isSet(databaseOption) ? QString()
                                                            : parser.isSet(dataOption)
                                                                ? parser.value(dataOption)
                                                                : dir.path(),
                                                            parser.value(databaseOption)),
                        "storage options");
    auto db = check(storage::Database::open(config, u"bench"_s), "open");
    check(storage::Migrations::apply(*db), "migrations");
    check(reports::ReportSchema::ensure(*db), "report tables");
    if (!config.sqlitePath.isEmpty()) {
        // Generating is not what is measured; the reports run with the server's settings.
        check(db->exec(u"PRAGMA synchronous=OFF"_s), "pragma");
    }
    out << "backend: " << (db->dialect().isPostgres() ? "postgresql" : "sqlite")
        << ", order lines: " << lines << ", products: " << products << ", orders from "
        << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate) << Qt::endl;

    // ---------------------------------------------------------------- generate
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20261122);
    const QStringList channels{u"chat"_s, u"email"_s, u"phone"_s, u"web"_s};
    const QStringList categories{u"Tents"_s,       u"Sleeping bags"_s, u"Jackets"_s, u"Boots"_s,
                                 u"Base layers"_s, u"Stoves"_s,        u"Lamps"_s,   u"Backpacks"_s,
                                 u"Maps"_s,        u"Climbing"_s,      u"Cycling"_s, u"Kids"_s};
    const qint64 customers = qMax<qint64>(100, lines / 20);
    const qint64 epochFrom = QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span =
        QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - epochFrom;
    QList<qint64> prices;
    check(db->exec(db->dialect().beginWrite()), "begin");
    {
        Inserter product(db->connection(),
                         u"INSERT INTO products (sku, name, price_minor, currency, category, "
                         "barcode, description, created_at, updated_at) "
                         "VALUES (?, ?, ?, 'EUR', ?, '', '', 0, 0)"_s);
        Inserter stock(db->connection(),
                       u"INSERT INTO stock (sku, on_hand, reserved) VALUES (?, ?, 0)"_s);
        Inserter location(db->connection(), u"INSERT INTO stock_locations (sku, location, on_hand) "
                                            "VALUES (?, 'main', ?)"_s);
        for (int p = 0; p < products; ++p) {
            const QString sku = u"SKU-%1"_s.arg(p, 5, 10, QLatin1Char('0'));
            const qint64 price = 500 + random.bounded(19500);
            prices << price;
            product({sku, u"Product %1"_s.arg(p), price, categories[p % categories.size()]});
            stock({sku, 1000000000});
            location({sku, 1000000000});
        }
        Inserter customer(db->connection(),
                          u"INSERT INTO customers (id, name, email, phone, address, "
                          "created_at, updated_at) VALUES (?, ?, '', '', '', 0, 0)"_s);
        for (qint64 c = 1; c <= customers; ++c)
            customer({c, u"Customer %1"_s.arg(c)});
    }
    check(db->exec(u"COMMIT"_s), "commit");

    Inserter order(db->connection(),
                   u"INSERT INTO orders (id, customer_id, channel, payment_method, status, "
                   "total_minor, currency, reservation_expires_at, notes, payment_reference, "
                   "carrier, tracking, created_by, created_by_id, created_at, updated_at) "
                   "VALUES (?, ?, ?, 'card', ?, ?, 'EUR', NULL, '', '', '', '', ?, 1, ?, ?)"_s);
    Inserter line(db->connection(),
                  u"INSERT INTO order_lines (order_id, line_no, sku, name, quantity, "
                  "unit_price_minor) VALUES (?, ?, ?, '', ?, ?)"_s);
    Inserter history(db->connection(),
                     u"INSERT INTO order_history (order_id, status, at, user_name) "
                     "VALUES (?, ?, ?, ?)"_s);
    qint64 written = 0;
    qint64 orderId = 0;
    check(db->exec(db->dialect().beginWrite()), "begin");
    while (written < lines) {
        ++orderId;
        const int count = int(qMin<qint64>(1 + random.bounded(5), lines - written));
        const qint64 at = epochFrom + qint64(random.generateDouble() * double(span));
        const int roll = random.bounded(100);
        const QString status = roll < 80   ? u"delivered"_s
                               : roll < 88 ? u"paid"_s
                               : roll < 95 ? u"cancelled"_s
                                           : u"expired"_s;
        const QString agent = u"agent%1"_s.arg(random.bounded(20));
        qint64 total = 0;
        QList<QVariantList> orderLines;
        for (int l = 1; l <= count; ++l) {
            const int p = random.bounded(products);
            const qint64 quantity = 1 + random.bounded(3);
            total += quantity * prices[p];
            orderLines.append(
                {orderId, l, u"SKU-%1"_s.arg(p, 5, 10, QLatin1Char('0')), quantity, prices[p]});
        }
        order({orderId, 1 + random.bounded(int(customers)), channels[random.bounded(4)], status,
               total, agent, at, at});
        for (const QVariantList &values : orderLines)
            line(values);
        history({orderId, u"reserved"_s, at, agent});
        if (status != u"expired"_s)
            history({orderId, u"paid"_s, at + 60000 * (1 + random.bounded(240)), agent});
        written += count;
        if (orderId % 20000 == 0) {
            check(db->exec(u"COMMIT"_s), "commit");
            check(db->exec(db->dialect().beginWrite()), "begin");
        }
    }
    check(db->exec(u"COMMIT"_s), "commit");
    // The ids were given explicitly: move the sequences past them for the OrderStore's orders.
    for (const QString &table : {u"orders"_s, u"customers"_s}) {
        const QString advance = db->dialect().advanceIdSequence(table);
        if (!advance.isEmpty())
            check(db->exec(advance), "sequence");
    }
    out << "generated " << orderId << " orders with " << written << " lines in " << timer.elapsed()
        << " ms" << Qt::endl;

    // ---------------------------------------------------------------- index
    reports::ReportService service(*db, u"EUR"_s);
    timer.restart();
    check(service.indexer().catchUp(), "index");
    // What autovacuum does on a live PostgreSQL server: statistics and the visibility map
    // (index-only scans); SQLite just gets its statistics.
    check(db->exec(db->dialect().refreshStatistics()), "analyze");
    auto summaryRows = check(db->scalar(u"SELECT COUNT(*) FROM report_sales_sku"_s), "count");
    out << "built the summaries in " << timer.elapsed() << " ms (" << summaryRows.toLongLong()
        << " daily SKU x channel rows)" << Qt::endl;

    // ---------------------------------------------------------------- reports
    const QString q = u"quarter="_s + quarter;
    const QList<std::pair<QString, QString>> reportsToTime{
        {u"sales"_s, q + u"&dimension=product"_s},
        {u"sales"_s, q + u"&dimension=product&period=week&limit=1000"_s},
        {u"sales"_s, q + u"&dimension=category&period=month"_s},
        {u"sales"_s, q + u"&dimension=channel&period=month"_s},
        {u"sales"_s, q + u"&dimension=product&category=Tents"_s},
        {u"growth"_s, q + u"&dimension=product"_s},
        {u"movers"_s, q + u"&dimension=product&limit=10"_s},
        {u"stockouts"_s, q},
        {u"customers"_s, q + u"&period=month"_s},
        {u"service"_s, q},
    };
    auto timeAll = [&](const QString &title) {
        out << title << Qt::endl;
        for (const auto &[report, query] : reportsToTime) {
            const Timing t = timeReport(service, report, query, runs);
            out << QString::asprintf("  %-10s %-62s median %8.1f ms  best %8.1f ms",
                                     qPrintable(report), qPrintable(query), t.medianMs, t.bestMs)
                << Qt::endl;
        }
    };
    timeAll(u"reports (%1 runs each):"_s.arg(runs));

    // ---------------------------------------------------------------- new orders
    // Through the OrderStore, as the server takes them: reserved, then paid, each batch one
    // transaction with its change records.
    const int newOrders = parser.value(newOrdersOption).toInt();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto ordersToday = [&] {
        auto answer =
            check(service.run(u"sales"_s, QUrlQuery(u"from="_s + today + u"&to="_s + today),
                              u"manager"_s),
                  "today");
        return answer.value(u"totals"_s).toObject().value(u"orders"_s).toInteger();
    };
    const qint64 ordersBefore = ordersToday();
    storage::ShopStore store(*db, u"EUR"_s);
    const storage::Actor actor{1, u"agent0"_s, u"agent"_s};
    timer.restart();
    for (int i = 0; i < newOrders; i += 50) {
        check(store.batch().begin(), "batch");
        for (int j = i; j < qMin(newOrders, i + 50); ++j) {
            storage::OrderInput input;
            input.customerId = 1 + random.bounded(int(customers));
            input.channel = channels[random.bounded(4)];
            input.paymentMethod = u"card"_s;
            for (int l = 0; l < 3; ++l) {
                input.lines.append(
                    {u"SKU-%1"_s.arg(random.bounded(products), 5, 10, QLatin1Char('0')), 1});
            }
            auto created = check(store.orders().create(actor, input, 1800000), "order");
            check(store.orders().pay(actor, created.value(u"id"_s).toInteger(), u"bench"_s),
                  "payment");
        }
        check(store.batch().end(), "commit");
    }
    out << "took " << newOrders << " new orders (3 lines each, paid) in " << timer.elapsed()
        << " ms" << Qt::endl;
    timer.restart();
    const qint64 caught = check(service.indexer().catchUp(), "catch up");
    out << "summaries caught up with " << caught << " change records in " << timer.elapsed()
        << " ms" << Qt::endl;
    const qint64 ordersAfter = ordersToday();
    out << "today's sales report went from " << ordersBefore << " to " << ordersAfter << " orders ("
        << newOrders << " new)" << Qt::endl;
    if (ordersAfter - ordersBefore != newOrders)
        fail(u"the report counts %1 new orders, not %2"_s.arg(ordersAfter - ordersBefore)
                 .arg(newOrders));
    timeAll(u"reports after the new orders:"_s);
    return 0;
}
