// Order intake benchmark (DESIGN.md budget: ratio >= 1.0 at 32 agents, durable, 0 oversold).
//
// Starts shopdesk-server (or uses --url), then runs N agents that place 1-unit orders on one
// hot SKU for T seconds, each agent sending its next order when the last is answered. Prints
// confirmed orders/s, p50 and p99 latency. A second phase lets all agents race for the last
// 100 units and counts oversold units. Then the same writes run as raw single durable SQLite
// transactions (WAL, synchronous=FULL, one transaction per order) for T seconds, and the
// ratio server/raw is printed.
//
// Exits non-zero (3) when a figure is wrong, not only slow: a request that failed (neither
// confirmed nor refused for stock), no confirmed order, reserved stock that does not equal
// the confirmed orders, the last 100 units not sold out, an oversold unit, or a server that
// does not stop cleanly. The smoke run in CTest relies on that.

#include "benchconnection.h"
#include "percentile.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shopdesk::bench;
using namespace shopdesk::test;

namespace {

struct RunResult
{
    int confirmed = 0;
    int refused = 0;
    int failed = 0;
    double seconds = 0;
    QList<qint64> latenciesUs;
};

// N agents ordering one unit of sku each, back to back, until time is up (untilSoldOut: each
// agent stops at its first refusal, so the phase ends when the stock is gone).
RunResult runAgents(const QUrl &base, const QString &token, qint64 customer, const QString &sku,
                    int agents, double seconds, bool untilSoldOut = false)
{
    RunResult result;
    QEventLoop loop;
    const QByteArray body =
        QJsonDocument(ShopFixture::orderBody(customer, {{sku, 1}})).toJson(QJsonDocument::Compact);
    std::vector<std::unique_ptr<BenchConnection>> pool;
    QElapsedTimer clock;
    clock.start();
    const qint64 endNs = qint64(seconds * 1e9);
    int active = agents;
    std::vector<qint64> sentAt(size_t(agents), 0);
    for (int a = 0; a < agents; ++a) {
        pool.push_back(std::make_unique<BenchConnection>(base, token.toUtf8()));
        BenchConnection *agent = pool.back().get();
        agent->done = [&, agent, a](int status, const QByteArray &) {
            if (status == 201) {
                ++result.confirmed;
                result.latenciesUs.append((clock.nsecsElapsed() - sentAt[size_t(a)]) / 1000);
            } else if (status == 409) {
                ++result.refused;
            } else {
                ++result.failed;
            }
            if (status == 0 || clock.nsecsElapsed() >= endNs || (untilSoldOut && status == 409)) {
                agent->done = nullptr;
                if (--active == 0)
                    loop.quit();
                return;
            }
            sentAt[size_t(a)] = clock.nsecsElapsed();
            agent->send("POST", "/api/v1/orders", body);
        };
        sentAt[size_t(a)] = clock.nsecsElapsed();
        agent->send("POST", "/api/v1/orders", body);
    }
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

// The same writes as the server's order path, one durable SQLite transaction per order.
double rawSqlite(double seconds, int &orders, QString &error)
{
    QTemporaryDir dir;
    const QString name = u"bench-raw"_s;
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dir.filePath(u"raw.sqlite"_s));
        if (!db.open()) {
            error = db.lastError().text();
            return 0;
        }
        QSqlQuery q(db);
        for (const QString &sql :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
              u"CREATE TABLE stock (sku TEXT PRIMARY KEY, on_hand BIGINT, reserved BIGINT)"_s,
              u"CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id BIGINT, "
              "status TEXT, total_minor BIGINT, created_at BIGINT)"_s,
              u"CREATE TABLE order_lines (order_id BIGINT, line_no INTEGER, sku TEXT, "
              "quantity BIGINT, unit_price_minor BIGINT)"_s,
              u"CREATE TABLE changes (seq INTEGER PRIMARY KEY, entity TEXT, entity_id TEXT, "
              "data TEXT, at BIGINT)"_s,
              u"INSERT INTO stock VALUES ('HOT', 100000000, 0)"_s}) {
            if (!q.exec(sql)) {
                error = q.lastError().text();
                return 0;
            }
        }
        QElapsedTimer clock;
        clock.start();
        qint64 seq = 0;
        int count = 0;
        while (clock.nsecsElapsed() < qint64(seconds * 1e9)) {
            bool ok = q.exec(u"BEGIN IMMEDIATE"_s);
            ok = ok && q.exec(u"SELECT on_hand - reserved FROM stock WHERE sku = 'HOT'"_s) &&
                 q.next() && q.value(0).toLongLong() >= 1;
            ok = ok && q.exec(u"UPDATE stock SET reserved = reserved + 1 WHERE sku = 'HOT'"_s);
            ok = ok &&
                 q.prepare(u"INSERT INTO orders (customer_id, status, total_minor, created_at) "
                           "VALUES (1, 'reserved', 1999, ?) RETURNING id"_s);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            ok = ok && q.exec() && q.next();
            const qint64 id = ok ? q.value(0).toLongLong() : 0;
            ok = ok && q.prepare(u"INSERT INTO order_lines VALUES (?, 1, 'HOT', 1, 1999)"_s);
            q.addBindValue(id);
            ok = ok && q.exec();
            for (const char *entity : {"stock", "order"}) {
                ok = ok && q.prepare(u"INSERT INTO changes VALUES (?, ?, ?, ?, ?)"_s);
                q.addBindValue(++seq);
                q.addBindValue(QString::fromLatin1(entity));
                q.addBindValue(QString::number(id));
                q.addBindValue(u"{\"sku\":\"HOT\",\"reserved\":1}"_s);
                q.addBindValue(QDateTime::currentMSecsSinceEpoch());
                ok = ok && q.exec();
            }
            ok = ok && q.exec(u"COMMIT"_s);
            if (!ok) {
                error = q.lastError().text();
                return 0;
            }
            ++count;
        }
        orders += count;
        rate = double(count) / (double(clock.nsecsElapsed()) / 1e9);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shopdesk order intake benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption agentsOption(u"agents"_s, u"Concurrent agents (default 8)."_s, u"n"_s,
                                          u"8"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per phase (default 3)."_s,
                                           u"t"_s, u"3"_s);
    const QCommandLineOption urlOption(
        u"url"_s, u"Use this running server instead of starting one."_s, u"url"_s);
    const QCommandLineOption userOption(u"user"_s, u"Admin user for --url (default admin)."_s,
                                        u"name"_s, u"admin"_s);
    const QCommandLineOption passwordOption(
        u"password"_s, u"Admin password for --url (default $SHOPDESK_ADMIN_PASSWORD)."_s,
        u"password"_s);
    parser.addOptions({agentsOption, secondsOption, urlOption, userOption, passwordOption});
    parser.process(app);
    const int agents = std::max(1, parser.value(agentsOption).toInt());
    const double seconds = std::max(0.5, parser.value(secondsOption).toDouble());
    QTextStream out(stdout);

    std::unique_ptr<ServerProcess> server;
    QUrl base;
    QString adminPassword = parser.value(passwordOption);
    if (parser.isSet(urlOption)) {
        base = QUrl(parser.value(urlOption));
        if (adminPassword.isEmpty())
            adminPassword = qEnvironmentVariable("SHOPDESK_ADMIN_PASSWORD");
    } else {
        server = std::make_unique<ServerProcess>();
        if (!server->unavailableReason().isEmpty() || !server->start()) {
            out << "cannot start shopdesk-server: " << server->unavailableReason()
                << server->output() << Qt::endl;
            return 1;
        }
        base = server->baseUrl();
        adminPassword = QString::fromLatin1(ServerProcess::adminPassword);
    }

    TestHttp admin(base);
    if (!admin.login(parser.value(userOption), adminPassword)) {
        out << "cannot sign in as " << parser.value(userOption) << Qt::endl;
        return 1;
    }
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString hot = u"BENCH-HOT-"_s + run;
    const QString last = u"BENCH-LAST-"_s + run;
    for (const auto &[sku, units] : {std::pair{hot, 1000000}, std::pair{last, 100}}) {
        admin.post(u"/api/v1/products"_s, {{u"sku"_s, sku},
                                           {u"name"_s, u"Benchmark item"_s},
                                           {u"price"_s, QJsonObject{{u"amount_minor"_s, 1999},
                                                                    {u"currency"_s, u"EUR"_s}}}});
        const HttpReply receipt =
            admin.post(u"/api/v1/movements"_s, {{u"sku"_s, sku},
                                                {u"kind"_s, u"receipt"_s},
                                                {u"quantity"_s, units},
                                                {u"reason"_s, u"benchmark"_s}});
        if (receipt.status != 201) {
            out << "cannot stock " << sku << ": " << receipt.body << Qt::endl;
            return 1;
        }
    }
    const qint64 customer =
        admin.post(u"/api/v1/customers"_s, {{u"name"_s, u"Benchmark Customer"_s}})
            .json()[u"id"_s]
            .toInteger();

    out << "shopdesk order intake: " << agents << " agents, " << seconds << " s, server "
        << base.toString() << Qt::endl;
    // The disk's fsync speed drifts on a shared machine: measure raw SQLite right before and
    // right after the server run, half the time each, and compare with the mean.
    int rawOrders = 0;
    QString error;
    const double rawBefore = rawSqlite(seconds / 2, rawOrders, error);
    if (!error.isEmpty()) {
        out << "raw SQLite failed: " << error << Qt::endl;
        return 1;
    }
    const RunResult hotRun = runAgents(base, admin.token(), customer, hot, agents, seconds);
    const double serverRate = hotRun.confirmed / hotRun.seconds;
    out << QString::asprintf(
               "server:  %d orders confirmed, %.1f orders/s, p50 %.2f ms, p99 %.2f ms, "
               "%d refused, %d failed",
               hotRun.confirmed, serverRate, percentile(hotRun.latenciesUs, 0.5) / 1000.0,
               percentile(hotRun.latenciesUs, 0.99) / 1000.0, hotRun.refused, hotRun.failed)
        << Qt::endl;

    // Oversold: the hot SKU must hold exactly what was confirmed; the last 100 units must
    // go to exactly 100 orders (the race runs until they are gone, a minute at most).
    const RunResult lastRun = runAgents(base, admin.token(), customer, last, agents, 60.0, true);
    const QJsonObject hotStock = admin.get(u"/api/v1/stock/"_s + hot).json();
    const QJsonObject lastStock = admin.get(u"/api/v1/stock/"_s + last).json();
    qint64 oversold = std::max<qint64>(0, lastRun.confirmed - 100);
    oversold += std::max<qint64>(0, -lastStock[u"available"_s].toInteger());
    oversold += std::max<qint64>(0, -hotStock[u"available"_s].toInteger());
    QStringList wrong;
    if (hotStock[u"reserved"_s].toInteger() != hotRun.confirmed ||
        lastStock[u"reserved"_s].toInteger() != lastRun.confirmed) {
        wrong << u"MISMATCH: reserved does not equal confirmed orders"_s;
    }
    if (hotRun.failed + lastRun.failed > 0)
        wrong << u"%1 requests failed"_s.arg(hotRun.failed + lastRun.failed);
    if (hotRun.confirmed == 0)
        wrong << u"no order was confirmed"_s;
    if (lastStock[u"available"_s].toInteger() != 0 || lastRun.confirmed != 100)
        wrong << u"the last 100 units were not sold out"_s;
    if (oversold > 0)
        wrong << u"%1 units oversold"_s.arg(oversold);
    out << "last 100 units: " << lastRun.confirmed << " confirmed, " << lastRun.refused
        << " refused; oversold units: " << oversold << Qt::endl;

    const double rawAfter = rawSqlite(seconds / 2, rawOrders, error);
    if (!error.isEmpty()) {
        out << "raw SQLite failed: " << error << Qt::endl;
        return 1;
    }
    const double rawRate = (rawBefore + rawAfter) / 2;
    out << QString::asprintf("raw SQLite single durable transactions: %d orders, %.1f orders/s "
                             "(%.1f before, %.1f after the server run)",
                             rawOrders, rawRate, rawBefore, rawAfter)
        << Qt::endl;
    out << QString::asprintf("ratio server/raw: %.2f", serverRate / rawRate) << Qt::endl;
    if (server) {
        if (const int code = server->stop(); code != 0)
            wrong << u"shopdesk-server exited with %1: %2"_s.arg(code).arg(server->standardError());
    }
    for (const QString &problem : std::as_const(wrong))
        out << "FAILED: " << problem << Qt::endl;
    return wrong.isEmpty() ? 0 : 3;
}
