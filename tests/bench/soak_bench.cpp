// Soak benchmark: does the server hold a mixed load for long without growing?
//
// Starts shopdesk-server on a fresh store filled with the demo shop (or uses --url), makes its
// own users, a customer and stock for 40 products, connects --live WebSocket clients to
// /live, then runs a steady mix for --minutes: agents placing orders (each with its own
// Idempotency-Key), warehouse receipts and removals, product text saved by an editor, and
// reports read by a manager (soakload.h). Every interval (a minute by default) it prints one
// line: requests by kind, errors, p50/p99 latency, the server's resident memory (VmRSS) and
// open file descriptors, live clients connected and the most records one of them is behind.
//
// At the end: the resident memory's growth per minute after the warm-up interval (the
// least-squares slope over the samples), the open files' change between two quiet moments
// (end of warm-up, end of run, the same connections open), and a verdict. Exits 3 when a
// request failed, a live client missed a record or was dropped, the open files grew, the
// server did not stop cleanly, or — on a run of 5 minutes or more — memory grew by 1 MiB a
// minute or more. The smoke run in CTest relies on that.

#include "benchconnection.h"
#include "benchwait.h"
#include "livefollowers.h"
#include "percentile.h"
#include "processprobe.h"
#include "serverprocess.h"
#include "soakload.h"
#include "testhttp.h"

#include "server/demodata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace shopdesk::bench;
using namespace shopdesk::test;

namespace {

constexpr double judgedMinutes = 5; // shorter runs are not judged on memory
constexpr double slopeLimitMiB = 1;

struct Options
{
    double seconds = 600;
    int interval = 60;
    int live = 200;
    QString url;
    QString user;
    QString password;
    qint64 pid = 0;
    QString demoSize;
    SoakLoad::Plan plan;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shopdesk soak benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption minutes(u"minutes"_s, u"Length of the run (default 10)."_s, u"m"_s,
                                     u"10"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Length in seconds (instead of --minutes)."_s,
                                     u"s"_s);
    const QCommandLineOption interval(u"interval"_s, u"Seconds a line (default 60)."_s, u"s"_s,
                                      u"60"_s);
    const QCommandLineOption live(u"live"_s, u"Live clients (default 200)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption agents(u"agents"_s, u"Connections placing orders (default 4)."_s,
                                    u"n"_s, u"4"_s);
    const QCommandLineOption orders(u"orders-per-second"_s, u"Orders a second (default 20)."_s,
                                    u"r"_s, u"20"_s);
    const QCommandLineOption movements(u"movements-per-second"_s, u"Default 5."_s, u"r"_s, u"5"_s);
    const QCommandLineOption edits(u"edits-per-second"_s, u"Default 1."_s, u"r"_s, u"1"_s);
    const QCommandLineOption reports(u"reports-per-second"_s, u"Default 1."_s, u"r"_s, u"1"_s);
    const QCommandLineOption url(u"url"_s, u"Use this running server."_s, u"url"_s);
    const QCommandLineOption pid(u"pid"_s, u"Its process id, for memory and files."_s, u"pid"_s);
    const QCommandLineOption user(u"user"_s, u"Admin user for --url (default admin)."_s, u"name"_s,
                                  u"admin"_s);
    const QCommandLineOption password(
        u"password"_s, u"Admin password for --url (default $SHOPDESK_ADMIN_PASSWORD)."_s, u"p"_s);
    const QCommandLineOption demo(u"demo-size"_s, u"small (default) or full demo shop."_s,
                                  u"size"_s, u"small"_s);
    parser.addOptions({minutes, seconds, interval, live, agents, orders, movements, edits, reports,
                       url, pid, user, password, demo});
    parser.process(app);
    Options options;
    options.seconds = parser.isSet(seconds) ? parser.value(seconds).toDouble()
                                            : parser.value(minutes).toDouble() * 60;
    options.interval = std::max(1, parser.value(interval).toInt());
    options.live = std::max(0, parser.value(live).toInt());
    options.url = parser.value(url);
    options.pid = parser.value(pid).toLongLong();
    options.user = parser.value(user);
    options.password = parser.isSet(password) ? parser.value(password)
                                              : qEnvironmentVariable("SHOPDESK_ADMIN_PASSWORD");
    options.demoSize = parser.value(demo);
    options.plan.agents = std::max(1, parser.value(agents).toInt());
    options.plan.perSecond = {parser.value(orders).toDouble(), parser.value(movements).toDouble(),
                              parser.value(edits).toDouble(), parser.value(reports).toDouble()};
    return options;
}

// A fresh store filled with the demo shop, and the server on it; the admin's password in
// *password. Null (with why on out) when either failed.
std::unique_ptr<ServerProcess> startServer(const Options &options, QString *password,
                                           QTextStream &out)
{
    auto server = std::make_unique<ServerProcess>();
    if (!server->unavailableReason().isEmpty()) {
        out << "no store: " << server->unavailableReason() << Qt::endl;
        return nullptr;
    }
    QProcess demo;
    demo.start(QStringLiteral(SHOPDESK_SERVER_BIN),
               QStringList{u"demo"_s, u"--demo-size"_s, options.demoSize} +
                   server->storageArguments());
    if (!demo.waitForFinished(30 * 60 * 1000) || demo.exitCode() != 0) {
        out << "the demo shop was not made: " << demo.readAllStandardError() << Qt::endl;
        return nullptr;
    }
    out << "demo shop: " << QString::fromUtf8(demo.readAllStandardOutput()).trimmed() << Qt::endl;
    // Every live client is a connection from this one address, besides the load's own.
    if (!server->start({u"--max-connections-per-address"_s, QString::number(options.live + 64)})) {
        out << "cannot start shopdesk-server: " << server->output() << Qt::endl;
        return nullptr;
    }
    for (const auto &[name, demoPassword] : shopdesk::server::DemoData::users()) {
        if (name == u"admin"_s)
            *password = demoPassword;
    }
    return server;
}

// The bench's own users (one per kind of load), a customer without e-mail (so no mail
// queues up) and 40 of the catalogue's products with plenty of stock, made as admin.
bool prepareShop(TestHttp &admin, SoakLoad::Plan &plan, QTextStream &out)
{
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString roles[] = {u"agent"_s, u"warehouse"_s, u"editor"_s, u"manager"_s};
    for (int kind = 0; kind < SoakLoad::KindCount; ++kind) {
        const QString name = u"soak-%1-%2"_s.arg(roles[kind], run);
        const QString password = u"soak-password-"_s + run;
        admin.post(u"/api/v1/users"_s,
                   {{u"username"_s, name}, {u"password"_s, password}, {u"role"_s, roles[kind]}});
        TestHttp user(admin.baseUrl());
        if (!user.login(name, password)) {
            out << "cannot sign in as " << name << Qt::endl;
            return false;
        }
        plan.tokens[kind] = user.token().toUtf8();
    }
    plan.customer = admin.post(u"/api/v1/customers"_s, {{u"name"_s, u"Soak Customer "_s + run}})
                        .json()[u"id"_s]
                        .toInteger();
    const QJsonArray products =
        admin.get(u"/api/v1/products?limit=40"_s).json()[u"items"_s].toArray();
    for (const QJsonValue &product : products) {
        const QString sku = product[u"sku"_s].toString();
        const HttpReply receipt =
            admin.post(u"/api/v1/movements"_s, {{u"sku"_s, sku},
                                                {u"kind"_s, u"receipt"_s},
                                                {u"quantity"_s, 100000},
                                                {u"reason"_s, u"soak stock"_s}});
        if (receipt.status != 201) {
            out << "cannot stock " << sku << ": " << receipt.body << Qt::endl;
            return false;
        }
        plan.skus.append(sku);
    }
    if (plan.customer <= 0 || plan.skus.isEmpty()) {
        out << "no customer or no products to order" << Qt::endl;
        return false;
    }
    return true;
}

// The change log's newest seq, asked over a connection of its own; -1 if not answered.
qint64 headSeq(BenchConnection &connection)
{
    qint64 head = -1;
    connection.done = [&head](int status, const QByteArray &body) {
        head = status == 200 ? QJsonDocument::fromJson(body)[u"seq"_s].toInteger() : -2;
    };
    connection.send("GET", "/api/v1/changes/head");
    waitFor([&head] { return head != -1; }, 30000);
    connection.done = nullptr;
    return std::max<qint64>(head, -1);
}

struct Sample
{
    double minutes = 0;
    double residentMiB = 0;
};

// Least-squares slope of resident memory over time, MiB a minute.
double slope(const QList<Sample> &samples)
{
    const double n = double(samples.size());
    double t = 0, m = 0, tt = 0, tm = 0;
    for (const Sample &s : samples) {
        t += s.minutes;
        m += s.residentMiB;
        tt += s.minutes * s.minutes;
        tm += s.minutes * s.residentMiB;
    }
    const double d = n * tt - t * t;
    return samples.size() < 2 || d == 0 ? 0 : (n * tm - t * m) / d;
}

QString figure(qint64 value)
{
    return value < 0 ? u"-"_s : QString::number(value);
}

void printHeader(QTextStream &out)
{
    out << QString::asprintf("%7s %7s %9s %6s %7s %6s %8s %8s %8s %5s %5s %7s", "minute", "orders",
                             "movements", "edits", "reports", "errors", "p50 ms", "p99 ms",
                             "RSS MiB", "fds", "live", "behind")
        << Qt::endl;
}

void printLine(QTextStream &out, double minutes, const SoakLoad::Tally &tally,
               const ProcessProbe &probe, const LiveFollowers &live, qint64 head)
{
    const QList<qint64> latencies = tally.allLatencies();
    const qint64 rss = probe.residentKiB();
    out << QString::asprintf(
               "%7.2f %7d %9d %6d %7d %6d %8.2f %8.2f %8s %5s %5d %7lld", minutes,
               tally.requests[SoakLoad::Order], tally.requests[SoakLoad::Movement],
               tally.requests[SoakLoad::Edit], tally.requests[SoakLoad::Report], tally.errorCount(),
               percentile(latencies, 0.5) / 1000.0, percentile(latencies, 0.99) / 1000.0,
               qPrintable(rss < 0 ? u"-"_s : QString::number(double(rss) / 1024, 'f', 1)),
               qPrintable(figure(probe.openFiles())), live.connected(),
               head < 0 ? -1LL : (long long)live.behind(head))
        << Qt::endl;
}

// Runs the event loop for ms milliseconds.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::max(0, ms), &loop, &QEventLoop::quit);
    loop.exec();
}

// What the intervals leave for the verdict.
struct Outcome
{
    QList<Sample> samples; // resident memory at the end of each interval, warm-up's first
    int warmFiles = -1;    // open files at the quiet end of the warm-up
    int endFiles = -1;     // and at the quiet end of the run, the same connections open
    bool caughtUp = false; // every live client held the last record at the end
};

// One line an interval. The load pauses at the end of the warm-up and of the run, so that
// the open files are counted with no request in flight.
Outcome runIntervals(const Options &options, int intervals, SoakLoad &load, LiveFollowers &live,
                     BenchConnection &sampler, const ProcessProbe &probe, QTextStream &out)
{
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    load.start();
    for (int k = 1; k <= intervals; ++k) {
        runFor(int(qint64(k) * options.interval * 1000 - clock.elapsed()));
        const bool quiet = k == 1 || k == intervals;
        if (quiet) {
            load.pause();
            waitFor([&load] { return load.idle(); }, 60000);
        }
        const qint64 head = headSeq(sampler);
        if (k == intervals)
            outcome.caughtUp = head >= 0 && live.catchUp(head, 60000);
        const double minutes = double(k) * options.interval / 60;
        printLine(out, minutes, load.takeTally(), probe, live, head);
        if (quiet)
            (k == 1 ? outcome.warmFiles : outcome.endFiles) = probe.openFiles();
        outcome.samples.append({minutes, double(probe.residentKiB()) / 1024});
        if (k == 1)
            load.start();
    }
    return outcome;
}

void printTotals(const SoakLoad &load, QTextStream &out)
{
    const SoakLoad::Tally &total = load.total();
    for (int k = 0; k < SoakLoad::KindCount; ++k) {
        out << QString::asprintf("%-9s %7d requests, %d errors, p50 %.2f ms, p99 %.2f ms",
                                 SoakLoad::kindName(SoakLoad::Kind(k)), total.requests[k],
                                 total.errors[k], percentile(total.latenciesUs[k], 0.5) / 1000.0,
                                 percentile(total.latenciesUs[k], 0.99) / 1000.0)
            << Qt::endl;
    }
}

// Prints the summary and the verdict; the exit code (3 when something is wrong).
int verdict(const Options &options, const Outcome &outcome, const SoakLoad &load,
            const LiveFollowers &live, const ProcessProbe &probe, ServerProcess *server,
            QTextStream &out)
{
    printTotals(load, out);
    QStringList wrong;
    const SoakLoad::Tally &total = load.total();
    if (total.errorCount() > 0)
        wrong << u"%1 requests failed: %2"_s.arg(total.errorCount())
                     .arg(load.errorSamples().join(u" | "_s));
    for (int k = 0; k < SoakLoad::KindCount; ++k) {
        if (options.plan.perSecond[k] > 0 && total.requests[k] == 0)
            wrong << u"no %1 were answered"_s.arg(
                QLatin1String(SoakLoad::kindName(SoakLoad::Kind(k))));
    }
    out << "live: " << live.frames() << " frames, " << live.missed() << " records missed, "
        << live.outOfOrder() << " out of order, " << live.lost() << " clients dropped" << Qt::endl;
    if (live.missed() > 0 || live.outOfOrder() > 0 || !outcome.caughtUp)
        wrong << u"live clients missed records or did not catch up"_s;
    if (live.lost() > 0)
        wrong << u"%1 live clients were dropped"_s.arg(live.lost());
    const double growth = slope(outcome.samples);
    const bool judged = options.seconds >= judgedMinutes * 60;
    if (probe.isValid()) {
        out << QString::asprintf("memory: %.1f MiB after warm-up, %.1f MiB at the end, "
                                 "growth %.3f MiB a minute (least squares over %lld samples)%s",
                                 outcome.samples.first().residentMiB,
                                 outcome.samples.last().residentMiB, growth,
                                 (long long)outcome.samples.size(),
                                 judged ? "" : "; not judged, shorter than 5 minutes")
            << Qt::endl;
        out << "open files: " << outcome.warmFiles << " after warm-up, " << outcome.endFiles
            << " at the end (" << (outcome.endFiles - outcome.warmFiles) << ")" << Qt::endl;
        if (outcome.endFiles > outcome.warmFiles)
            wrong << u"open files grew"_s;
        if (judged && growth >= slopeLimitMiB)
            wrong << u"memory grew %1 MiB a minute"_s.arg(growth, 0, 'f', 3);
    } else {
        out << "memory and open files: not measured (no --pid)" << Qt::endl;
    }
    if (server) {
        if (const int code = server->stop(); code != 0)
            wrong << u"shopdesk-server exited with %1: %2"_s.arg(code).arg(server->standardError());
    }
    for (const QString &problem : std::as_const(wrong))
        out << "FAILED: " << problem << Qt::endl;
    out << "verdict: " << (wrong.isEmpty() ? "pass" : "FAIL") << Qt::endl;
    return wrong.isEmpty() ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Options options = parse(app);
    const int intervals = int(std::lround(options.seconds / options.interval));
    if (intervals < 2) {
        out << "the run must last at least two intervals (--interval)" << Qt::endl;
        return 1;
    }

    std::unique_ptr<ServerProcess> server;
    QString password = options.password;
    if (options.url.isEmpty()) {
        server = startServer(options, &password, out);
        if (!server)
            return 1;
        options.plan.base = server->baseUrl();
        options.pid = server->process().processId();
    } else {
        options.plan.base = QUrl(options.url);
    }
    TestHttp admin(options.plan.base);
    if (!admin.login(options.user, password)) {
        out << "cannot sign in as " << options.user << Qt::endl;
        return 1;
    }
    if (!prepareShop(admin, options.plan, out))
        return 1;
    const ProcessProbe probe(options.pid);
    BenchConnection sampler(options.plan.base, admin.token().toUtf8());

    LiveFollowers live(options.plan.base, admin.token(), options.live);
    if (!live.open(120000)) {
        out << "only " << live.connected() << " of " << options.live << " live clients connected"
            << Qt::endl;
        return 1;
    }
    live.setStartSeq(headSeq(sampler));
    SoakLoad load(options.plan);
    out << "shopdesk soak: " << options.seconds / 60 << " min, " << options.live
        << " live clients, server " << options.plan.base.toString() << ", pid "
        << figure(options.pid) << Qt::endl;
    printHeader(out);
    const Outcome outcome = runIntervals(options, intervals, load, live, sampler, probe, out);
    return verdict(options, outcome, load, live, probe, server.get(), out);
}
