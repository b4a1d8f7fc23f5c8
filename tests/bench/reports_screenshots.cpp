// Renders the trends screen and the quarterly PDF report over a generated, realistic shop
// (two years of orders with seasons, growth, stock-outs and refused orders) for the
// documentation: shopdesk-reports-screenshots OUTPUT_DIR [--quarter YYYY-Qn] [--all-tabs]
// writes trends.png and trends-report.pdf there (and trends-<tab>.png; the service tab shows
// the care desk's tickets too).

#include "localreportsource.h"
#include "reports/reportschema.h"
#include "reports/reportservice.h"
#include "reports/reportstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "trends/quarterlyreportbuilder.h"
#include "trends/quarterlyreportwriter.h"
#include "trends/trendswidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "screenshots: " << what << Qt::endl;
    std::exit(1);
}

void run(storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    if (auto ok = db.exec(sql, values); !ok)
        fail(ok.error().message);
}

qint64 msecs(QDate day, int minuteOfDay)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + qint64(minuteOfDay) * 60000;
}

struct Product
{
    const char *sku;
    const char *name;
    const char *category;
    qint64 price;
    int weight;    // how often it sells
    int peakMonth; // the month it sells best
};

const Product catalogue[] = {
    {"TNT-RDG2", "Ridgeline 2 tent", "Tents", 34900, 6, 6},
    {"TNT-SUM3", "Summit 3 tent", "Tents", 52900, 3, 7},
    {"TNT-TRK1", "Trekker 1 tent", "Tents", 24900, 4, 6},
    {"BAG-ALP", "Alpine down bag -10", "Sleeping bags", 38900, 3, 10},
    {"BAG-SUM", "Summer bag +10", "Sleeping bags", 8900, 6, 6},
    {"JKT-STM", "Stormshell jacket", "Jackets", 27900, 8, 10},
    {"JKT-DWN", "Down jacket", "Jackets", 21900, 7, 12},
    {"JKT-FLC", "Fleece midlayer", "Jackets", 6900, 9, 11},
    {"BOT-TRL", "Trail runner", "Footwear", 13900, 9, 5},
    {"BOT-MTN", "Mountain boot GTX", "Footwear", 22900, 5, 9},
    {"STV-CMP", "Camp stove", "Cooking", 5900, 7, 7},
    {"STV-GAS", "Gas cartridge 230 g", "Cooking", 690, 14, 7},
    {"LMP-400", "Headlamp 400 lm", "Lighting", 4490, 10, 11},
    {"PCK-D25", "Daypack 25 l", "Backpacks", 8900, 9, 5},
    {"PCK-T55", "Trekking pack 55 l", "Backpacks", 19900, 4, 7},
    {"MAP-ALP", "Alps map set", "Maps", 2990, 5, 6},
};

// A clock as the server stores it on a ticket: met after `used` business minutes, or held
// (not met) when used is negative.
QJsonObject clockJson(int used, int target)
{
    if (used < 0) {
        return QJsonObject{{u"state"_s, u"paused"_s},     {u"used_minutes"_s, 0},
                           {u"target_minutes"_s, target}, {u"met_at"_s, QJsonValue()},
                           {u"due_at"_s, QJsonValue()},   {u"breached"_s, false}};
    }
    return QJsonObject{{u"state"_s, u"met"_s},        {u"used_minutes"_s, used},
                       {u"target_minutes"_s, target}, {u"met_at"_s, u"2026-01-01T00:00:00Z"_s},
                       {u"due_at"_s, QJsonValue()},   {u"breached"_s, used > target}};
}

// The care desk's tickets, a few a day: each agent answers at their own pace, some tickets
// breach their targets, and about one in twelve goes to QA with a cause.
void addTickets(storage::Database &db, QRandomGenerator &random, const QStringList &agents,
                QDate first, QDate today, int customers)
{
    const QStringList kinds{u"complaint"_s,       u"return_request"_s,   u"refund_request"_s,
                            u"payment_problem"_s, u"delivery_problem"_s, u"question"_s};
    const QStringList channels{u"email"_s, u"email"_s, u"chat"_s, u"phone"_s, u"web"_s};
    const QStringList causes{u"courier"_s, u"courier"_s,     u"packing"_s,         u"stock_error"_s,
                             u"payment"_s, u"agent_error"_s, u"product_quality"_s, u"other"_s};
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        const int count = 2 + random.bounded(4);
        for (int t = 0; t < count; ++t) {
            const int who = random.bounded(agents.size() + 1);
            const QString agent = who < agents.size() ? agents[who] : QString();
            const int pace = 15 + 10 * (who % 4);
            const bool answered = !agent.isEmpty() || random.bounded(3) == 0;
            const int firstResponse = answered ? 2 + random.bounded(pace * 2) : -1;
            const int age = int(day.daysTo(today));
            const bool resolved = age > 3 || random.bounded(2) == 0;
            const int resolution = resolved ? 30 + random.bounded(1100) : -1;
            const bool toQa = random.bounded(12) == 0;
            const QJsonObject sla{
                {u"first_response"_s, clockJson(firstResponse, 60)},
                {u"next_update"_s, clockJson(-1, 240)},
                {u"resolution"_s, clockJson(resolution, 960)},
                {u"escalation"_s, QJsonObject{{u"clock"_s, QJsonValue()}, {u"level"_s, 0}}}};
            const qint64 at = msecs(day, 8 * 60 + random.bounded(10 * 60));
            const qint64 qaAt = at + qint64(1 + random.bounded(72)) * 3600000;
            run(db,
                u"INSERT INTO tickets (kind, status, priority, channel, subject, customer_id, "
                "assignee, created_by, created_by_id, created_at, updated_at, escalation_level, "
                "in_qa_queue, qa_cause, qa_at, sla) VALUES (?, ?, 'normal', ?, 'Ticket', ?, ?, "
                "'anna', 1, ?, ?, ?, 0, ?, ?, ?)"_s,
                {kinds[random.bounded(kinds.size())], resolved ? u"resolved"_s : u"open"_s,
                 channels[random.bounded(channels.size())], 1 + random.bounded(customers),
                 agent.isEmpty() ? QVariant() : QVariant(agent), at, at, toQa ? 2 : 0,
                 toQa ? QVariant(causes[random.bounded(causes.size())]) : QVariant(),
                 toQa ? QVariant(qaAt) : QVariant(),
                 QString::fromUtf8(QJsonDocument(sla).toJson(QJsonDocument::Compact))});
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"output"_s, u"Folder for trends.png and trends-report.pdf"_s);
    const QCommandLineOption quarterOption(u"quarter"_s, u"Quarter to show."_s, u"YYYY-Qn"_s,
                                           u"2026-Q3"_s);
    const QCommandLineOption tabsOption(u"all-tabs"_s,
                                        u"Also save trends-<tab>.png for every tab."_s);
    parser.addOption(quarterOption);
    parser.addOption(tabsOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QDir output(parser.positionalArguments().first());

    QTemporaryDir dir;
    auto config = storage::StorageConfig::fromOptions(dir.path(), QString());
    auto opened = storage::Database::open(config.value(), u"screens"_s);
    if (!opened)
        fail(opened.error().message);
    storage::Database &db = *opened.value();
    if (auto ok = storage::Migrations::apply(db); !ok)
        fail(ok.error().message);
    if (auto ok = reports::ReportSchema::ensure(db); !ok)
        fail(ok.error().message);
    run(db, u"PRAGMA synchronous=OFF"_s);

    QRandomGenerator random(4711);
    run(db, db.dialect().beginWrite());
    for (const Product &p : catalogue) {
        run(db,
            u"INSERT INTO products (sku, name, price_minor, currency, category, barcode, "
            "description, created_at, updated_at) VALUES (?, ?, ?, 'EUR', ?, '', '', 0, 0)"_s,
            {QString::fromLatin1(p.sku), QString::fromUtf8(p.name), p.price,
             QString::fromLatin1(p.category)});
        run(db, u"INSERT INTO stock (sku, on_hand, reserved) VALUES (?, 40, 0)"_s,
            {QString::fromLatin1(p.sku)});
    }
    const int customers = 9000;
    for (int c = 1; c <= customers; ++c) {
        run(db,
            u"INSERT INTO customers (id, name, email, phone, address, created_at, updated_at) "
            "VALUES (?, ?, '', '', '', 0, 0)"_s,
            {c, u"Customer %1"_s.arg(c)});
    }

    const QStringList channels{u"web"_s,   u"web"_s,   u"web"_s,   u"email"_s,
                               u"email"_s, u"phone"_s, u"phone"_s, u"chat"_s};
    const QStringList agents{u"anna"_s, u"ben"_s, u"chiara"_s, u"dmitri"_s, u"emma"_s};
    const QDate first(2025, 1, 1);
    const QDate today = QDate::currentDate();
    qint64 id = 0;
    int weightSum = 0;
    for (const Product &p : catalogue)
        weightSum += p.weight;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        // About 14 % more orders a year, more at weekends and in December.
        const double years = double(first.daysTo(day)) / 365.0;
        double perDay = 9.0 * std::pow(1.14, years) * (day.dayOfWeek() >= 6 ? 1.3 : 1.0);
        if (day.month() == 12)
            perDay *= 1.6;
        const int orders = int(perDay + random.generateDouble() * 4.0);
        for (int o = 0; o < orders; ++o) {
            ++id;
            const int minute = 7 * 60 + random.bounded(15 * 60);
            const qint64 at = msecs(day, minute);
            const QString channel = channels[random.bounded(channels.size())];
            const QString agent =
                channel == u"web"_s ? u"webshop"_s : agents[random.bounded(agents.size())];
            // A third of the orders come from a small circle of regulars.
            const int customer =
                random.bounded(3) == 0 ? 1 + random.bounded(250) : 1 + random.bounded(customers);
            const int age = int(day.daysTo(today));
            const int roll = random.bounded(100);
            QString status;
            if (age > 10)
                status = roll < 84   ? u"delivered"_s
                         : roll < 92 ? u"cancelled"_s
                         : roll < 97 ? u"expired"_s
                                     : u"returned"_s;
            else
                status = roll < 25 ? u"reserved"_s : roll < 60 ? u"paid"_s : u"shipped"_s;
            QList<QVariantList> lines;
            qint64 total = 0;
            const int count = 1 + random.bounded(3);
            for (int l = 1; l <= count; ++l) {
                // Pick by weight, favouring products in their season.
                const Product *chosen = &catalogue[0];
                for (int tries = 0; tries < 4; ++tries) {
                    int pick = random.bounded(weightSum);
                    for (const Product &p : catalogue) {
                        pick -= p.weight;
                        if (pick < 0) {
                            chosen = &p;
                            break;
                        }
                    }
                    const int distance = qMin(qAbs(day.month() - chosen->peakMonth),
                                              12 - qAbs(day.month() - chosen->peakMonth));
                    if (random.bounded(6) >= distance)
                        break;
                }
                const qint64 quantity = chosen->price < 1000 ? 1 + random.bounded(4) : 1;
                total += quantity * chosen->price;
                lines.append({id, l, QString::fromLatin1(chosen->sku),
                              QString::fromUtf8(chosen->name), quantity, chosen->price});
            }
            run(db,
                u"INSERT INTO orders (id, customer_id, channel, payment_method, status, "
                "total_minor, currency, reservation_expires_at, notes, payment_reference, "
                "carrier, tracking, created_by, created_by_id, created_at, updated_at) "
                "VALUES (?, ?, ?, 'card', ?, ?, 'EUR', NULL, '', '', '', '', ?, 1, ?, ?)"_s,
                {id, customer, channel, status, total, agent, at, at});
            for (const QVariantList &line : lines) {
                run(db,
                    u"INSERT INTO order_lines (order_id, line_no, sku, name, quantity, "
                    "unit_price_minor) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    line);
            }
            run(db,
                u"INSERT INTO order_history (order_id, status, at, user_name) "
                "VALUES (?, 'reserved', ?, ?)"_s,
                {id, at, agent});
            if (status != u"reserved"_s && status != u"expired"_s) {
                const int delay =
                    channel == u"phone"_s ? 3 + random.bounded(30) : 5 + random.bounded(240);
                run(db,
                    u"INSERT INTO order_history (order_id, status, at, user_name) "
                    "VALUES (?, 'paid', ?, ?)"_s,
                    {id, at + qint64(delay) * 60000, agent});
            }
        }
    }
    // Stock-outs from the warehouse's stock records, and orders refused meanwhile.
    struct Out
    {
        const char *sku;
        QDate from;
        int fromMinute;
        QDate to;
        int toMinute;
        int refused;
    };
    const QList<Out> outs{
        {"TNT-RDG2", QDate(2026, 7, 18), 14 * 60, QDate(2026, 7, 27), 9 * 60, 9},
        {"STV-GAS", QDate(2026, 8, 1), 11 * 60, QDate(2026, 8, 4), 8 * 60, 6},
        {"LMP-400", QDate(2026, 8, 20), 16 * 60, QDate(2026, 8, 22), 10 * 60, 3},
        {"BAG-SUM", QDate(2026, 7, 5), 10 * 60, QDate(2026, 7, 6), 15 * 60, 2},
        {"TNT-RDG2", QDate(2026, 9, 12), 9 * 60, QDate(2026, 9, 15), 12 * 60, 4},
        {"JKT-DWN", QDate(2026, 11, 18), 12 * 60, QDate(), 0, 5},
    };
    qint64 seq = 0;
    reports::ReportStore store(db);
    auto stockRecord = [&](const QString &sku, qint64 available, qint64 at) {
        const QJsonObject data{{u"sku"_s, sku},
                               {u"on_hand"_s, available},
                               {u"reserved"_s, 0},
                               {u"available"_s, available}};
        run(db,
            u"INSERT INTO changes (seq, entity, entity_id, op, data, at, user_name) "
            "VALUES (?, 'stock', ?, 'update', ?, ?, 'warehouse')"_s,
            {++seq, sku, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
             at});
    };
    for (const Out &out : outs) {
        const QString sku = QString::fromLatin1(out.sku);
        const qint64 start = msecs(out.from, out.fromMinute);
        stockRecord(sku, 0, start);
        const qint64 end =
            out.to.isValid() ? msecs(out.to, out.toMinute) : QDateTime::currentMSecsSinceEpoch();
        for (int r = 0; r < out.refused; ++r) {
            const reports::ReportStore::LostDemand lost{sku,
                                                        1 + random.bounded(2),
                                                        0,
                                                        channels[random.bounded(channels.size())],
                                                        1 + random.bounded(customers),
                                                        agents[random.bounded(agents.size())],
                                                        start + (end - start) * (r + 1) /
                                                                    (out.refused + 1)};
            if (auto ok = store.recordLostDemand(lost); !ok)
                fail(ok.error().message);
        }
        if (out.to.isValid())
            stockRecord(sku, 24, end);
    }
    addTickets(db, random, agents, first, today, customers);
    run(db, u"UPDATE change_counter SET last_seq = ? WHERE id = 1"_s, {seq});
    run(db, u"COMMIT"_s);

    reports::ReportService service(db, u"EUR"_s);
    if (auto ok = service.indexer().catchUp(); !ok)
        fail(ok.error().message);
    reports::LocalReportSource source(service, u"manager"_s);

    const QString quarter = parser.value(quarterOption);
    const QDate start(quarter.left(4).toInt(), (quarter.right(1).toInt() - 1) * 3 + 1, 1);
    ui::TrendsWidget widget(&source);
    widget.setLocale(QLocale(QLocale::English, QLocale::Ireland));
    widget.resize(1440, 820);
    widget.setWindowTitle(u"Shopdesk: Trends"_s);
    widget.show();
    widget.setQuarter(start);
    widget.setPeriod(u"month"_s);
    widget.setDimension(u"category"_s);
    if (!QTest::qWaitFor([&widget] { return !widget.isBusy(); }, 20000))
        fail(u"the reports did not arrive"_s);
    // Time for the charts' animations to end before the picture: there is no state to wait on.
    QTest::qWait(200);
    if (!widget.grab().save(output.filePath(u"trends.png"_s)))
        fail(u"cannot save trends.png"_s);
    if (parser.isSet(tabsOption)) {
        for (int tab = 0; tab < ui::TrendsWidget::TabCount; ++tab) {
            widget.setCurrentTab(ui::TrendsWidget::Tab(tab));
            QTest::qWait(100); // the tab's chart animation, as above
            const QString name = ui::TrendsWidget::reportOf(ui::TrendsWidget::Tab(tab));
            widget.grab().save(output.filePath(u"trends-%1.png"_s.arg(name)));
        }
    }

    ui::QuarterlyReportBuilder builder(&source);
    bool done = false;
    QObject::connect(&builder, &ui::QuarterlyReportBuilder::finished,
                     [&](const ui::QuarterlyReportBuilder::Reports &reports) {
                         auto ok = ui::QuarterlyReportWriter(reports, widget.locale())
                                       .writePdf(output.filePath(u"trends-report.pdf"_s),
                                                 u"Trailhead Outdoor"_s);
                         if (!ok)
                             fail(ok.error().message);
                         done = true;
                     });
    builder.start(QUrlQuery(u"quarter="_s + quarter));
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        fail(u"the quarterly report did not arrive"_s);
    QTextStream(stdout) << "wrote " << output.filePath(u"trends.png"_s) << " and "
                        << output.filePath(u"trends-report.pdf"_s) << " (" << id << " orders)"
                        << Qt::endl;
    return 0;
}
