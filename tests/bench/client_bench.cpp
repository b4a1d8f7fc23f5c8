// Client scale benchmark (not a test): a server holding N products, M movements and C
// customers; measures the desktop client's first sync, start-to-usable with that cache,
// search-as-you-type per keystroke on the products view, and resident memory.
//
//   shopdesk-bench-client                 100,000 / 1,000,000 / 200,000 (DESIGN.md budgets)
//   shopdesk-bench-client --small         2,000 / 20,000 / 4,000 (CI smoke run)
//   shopdesk-bench-client --products N --movements M --customers C [--keep DIR]
//
// The shop is written straight through the server's storage layer (ShopStore, in large
// batches), so the change log is the one a real server keeps; then a real shopdesk-server
// process serves it and the client measures against it over loopback. Exits non-zero when a
// step fails: log-in, first sync, the start phase (a child process), or the server dying.

#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/producttablemodel.h"
#include "client/syncengine.h"
#include "products/productfilterproxymodel.h"
#include "products/productsview.h"
#include "server/passwordhasher.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/shopstore.h"
#include "storage/storageconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

const QString adminPassword = u"bench-admin-password"_s;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// Writes the shop into the server's store. The user goes through ShopStore; the bulk rows
// (products, customers, ledger, stock and the change records a server would have logged for
// each, in the shapes API.md gives) are written with plain SQL in one transaction, which is
// a hundred times faster than a million API-level writes.
bool generate(const QString &dataDir, int products, int movements, int customers)
{
    auto config = storage::StorageConfig::fromOptions(dataDir, {});
    if (!config)
        return false;
    auto opened = storage::Database::open(config.value(), u"bench-generate"_s);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return false;
    }
    storage::Database &database = *opened.value();
    if (!storage::Migrations::apply(database))
        return false;
    QElapsedTimer clock;
    clock.start();
    {
        storage::ShopStore store(database, u"EUR"_s);
        const storage::Actor system{0, u"system"_s, u"system"_s};
        auto hash = server::PasswordHasher::hash(adminPassword);
        if (!hash || !store.batch().begin() ||
            !store.users().create(system, u"admin"_s, hash.value(), u"admin"_s) ||
            !store.batch().end())
            return false;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT last_seq FROM change_counter WHERE id = 1"_s) || !q.next())
        return false;
    qint64 seq = q.value(0).toLongLong();
    const qint64 now = storage::StoreClock::nowMsecs();
    const QString iso = storage::StoreClock::isoTime(now);
    const auto json = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QSqlQuery change(db);
    change.prepare(u"INSERT INTO changes (seq, entity, entity_id, op, data, at, user_name) "
                   "VALUES (?, ?, ?, ?, ?, ?, 'admin')"_s);
    const auto log = [&](const QString &entity, const QString &id, const QString &op,
                         const QJsonObject &data) {
        change.addBindValue(++seq);
        change.addBindValue(entity);
        change.addBindValue(id);
        change.addBindValue(op);
        change.addBindValue(json(data));
        change.addBindValue(now);
        return change.exec();
    };
    const auto stockJson = [](const QString &sku, qint64 onHand) {
        return QJsonObject{
            {u"sku"_s, sku}, {u"on_hand"_s, onHand}, {u"reserved"_s, 0}, {u"available"_s, onHand}};
    };
    if (!db.transaction())
        return false;

    QRandomGenerator random(7);
    const QStringList categories{u"Kitchen"_s, u"Garden"_s, u"Outdoor"_s, u"Beauty"_s,
                                 u"Books"_s,   u"Toys"_s,   u"Office"_s,  u"Sports"_s};
    const QStringList words{u"Blue"_s,  u"Large"_s, u"Small"_s,  u"Classic"_s, u"Travel"_s,
                            u"Mug"_s,   u"Lamp"_s,  u"Kettle"_s, u"Chair"_s,   u"Notebook"_s,
                            u"Glove"_s, u"Ball"_s,  u"Teapot"_s, u"Brush"_s,   u"Candle"_s};
    const auto sku = [](int i) { return u"SKU-%1"_s.arg(i, 6, 10, QChar(u'0')); };

    QSqlQuery product(db);
    product.prepare(
        u"INSERT INTO products (sku, name, price_minor, currency, category, barcode, "
        "description, created_at, updated_at) VALUES (?, ?, ?, 'EUR', ?, ?, '', ?, ?)"_s);
    QSqlQuery stock(db);
    stock.prepare(u"INSERT INTO stock (sku, on_hand, reserved) VALUES (?, ?, 0)"_s);
    for (int i = 0; i < products; ++i) {
        const QString name = words.at(random.bounded(int(words.size()))) + u' ' +
                             words.at(random.bounded(int(words.size()))) + u' ' +
                             QString::number(i);
        const qint64 price = 199 + random.bounded(20000);
        const QString category = categories.at(i % categories.size());
        const QString barcode = u"40%1"_s.arg(i, 11, 10, QChar(u'0'));
        for (const QVariant &v :
             {QVariant(sku(i)), QVariant(name), QVariant(price), QVariant(category),
              QVariant(barcode), QVariant(now), QVariant(now)})
            product.addBindValue(v);
        stock.addBindValue(sku(i));
        stock.addBindValue(0);
        const QJsonObject data{
            {u"sku"_s, sku(i)},
            {u"name"_s, name},
            {u"price"_s, QJsonObject{{u"amount_minor"_s, price}, {u"currency"_s, u"EUR"_s}}},
            {u"category"_s, category},
            {u"barcode"_s, barcode},
            {u"description"_s, u""_s},
            {u"created_at"_s, iso},
            {u"updated_at"_s, iso},
            {u"stock"_s, stockJson(sku(i), 0)}};
        if (!product.exec() || !stock.exec() || !log(u"product"_s, sku(i), u"create"_s, data))
            return false;
    }
    QSqlQuery customer(db);
    customer.prepare(u"INSERT INTO customers (id, name, email, phone, address, created_at, "
                     "updated_at) VALUES (?, ?, ?, '', '', ?, ?)"_s);
    for (int i = 1; i <= customers; ++i) {
        const QString name = u"Customer %1"_s.arg(i);
        const QString email = u"customer%1@example.org"_s.arg(i);
        for (const QVariant &v :
             {QVariant(i), QVariant(name), QVariant(email), QVariant(now), QVariant(now)})
            customer.addBindValue(v);
        const QJsonObject data{{u"id"_s, i},          {u"name"_s, name},     {u"email"_s, email},
                               {u"phone"_s, u""_s},   {u"address"_s, u""_s}, {u"created_at"_s, iso},
                               {u"updated_at"_s, iso}};
        if (!customer.exec() || !log(u"customer"_s, QString::number(i), u"create"_s, data))
            return false;
    }
    // The ledger: receipts, and removals where there is stock to take.
    QList<qint64> onHand(products, 0);
    QSqlQuery movement(db);
    movement.prepare(u"INSERT INTO movements (id, sku, kind, quantity, location, reason, "
                     "order_id, user_name, at) VALUES (?, ?, ?, ?, 'main', ?, NULL, 'admin', ?)"_s);
    for (int i = 1; i <= movements && products > 0; ++i) {
        const int p = random.bounded(products);
        const bool receipt = onHand[p] == 0 || random.bounded(3) != 0;
        const qint64 quantity = receipt ? 1 + random.bounded(20) : -1;
        onHand[p] += quantity;
        const QString kind = receipt ? u"receipt"_s : u"removal"_s;
        const QString reason = receipt ? u"delivery"_s : u"damaged"_s;
        for (const QVariant &v : {QVariant(i), QVariant(sku(p)), QVariant(kind), QVariant(quantity),
                                  QVariant(reason), QVariant(now)})
            movement.addBindValue(v);
        const QJsonObject data{{u"id"_s, i},
                               {u"sku"_s, sku(p)},
                               {u"kind"_s, kind},
                               {u"quantity"_s, quantity},
                               {u"location"_s, u"main"_s},
                               {u"reason"_s, reason},
                               {u"order_id"_s, QJsonValue::Null},
                               {u"user"_s, u"admin"_s},
                               {u"at"_s, iso}};
        if (!movement.exec() || !log(u"movement"_s, QString::number(i), u"create"_s, data) ||
            !log(u"stock"_s, sku(p), u"update"_s, stockJson(sku(p), onHand[p])))
            return false;
    }
    QSqlQuery total(db);
    total.prepare(u"UPDATE stock SET on_hand = ? WHERE sku = ?"_s);
    QSqlQuery location(db);
    location.prepare(
        u"INSERT INTO stock_locations (sku, location, on_hand) VALUES (?, 'main', ?)"_s);
    for (int p = 0; p < products; ++p) {
        if (onHand[p] == 0)
            continue;
        total.addBindValue(onHand[p]);
        total.addBindValue(sku(p));
        location.addBindValue(sku(p));
        location.addBindValue(onHand[p]);
        if (!total.exec() || !location.exec())
            return false;
    }
    QSqlQuery counter(db);
    counter.prepare(u"UPDATE change_counter SET last_seq = ? WHERE id = 1"_s);
    counter.addBindValue(seq);
    if (!counter.exec() || !db.commit()) {
        qWarning("%s", qPrintable(db.lastError().text()));
        return false;
    }
    out() << "generated: " << products << " products, " << customers << " customers, " << movements
          << " movements, " << seq << " change records in " << clock.elapsed() / 1000.0 << " s"
          << Qt::endl;
    return true;
}

struct Server
{
    QProcess process;
    QUrl url;

    bool start(const QString &dataDir, quint16 port)
    {
        process.setProgram(QStringLiteral(SHOPDESK_SERVER_BIN));
        process.setArguments(
            {u"--data"_s, dataDir, u"--listen"_s, u"127.0.0.1:"_s + QString::number(port)});
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        if (!process.waitForStarted())
            return false;
        while (process.waitForReadyRead(30000)) {
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (line.startsWith(u"listening on "_s)) {
                    url = QUrl(line.mid(13));
                    return true;
                }
            }
        }
        return false;
    }
    ~Server()
    {
        process.terminate();
        process.waitForFinished(15000);
    }
};

client::ConnectionSettings remote(const QUrl &url)
{
    client::ConnectionSettings settings;
    settings.standalone = false;
    settings.server = url;
    return settings;
}

// Types a query into the products view's search field key by key; milliseconds per key.
QList<double> typeQuery(ui::ProductsView *view, const QString &query)
{
    QList<double> perKey;
    view->searchField()->clear();
    QApplication::processEvents();
    for (const QChar c : query) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(view->searchField(), c.toLatin1());
        // The keystroke is done when the table has been filtered and repainted.
        view->table()->viewport()->repaint();
        QApplication::processEvents();
        perKey.append(clock.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("SHOPDESK_BENCH_KEYS"))
            out() << "key '" << view->searchField()->text() << "' " << perKey.last() << " ms, "
                  << view->table()->model()->rowCount() << " rows" << Qt::endl;
    }
    for (int i = 0; i < query.size(); ++i) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(view->searchField(), Qt::Key_Backspace);
        view->table()->viewport()->repaint();
        QApplication::processEvents();
        perKey.append(clock.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("SHOPDESK_BENCH_KEYS"))
            out() << "key '" << view->searchField()->text() << "' " << perKey.last() << " ms, "
                  << view->table()->model()->rowCount() << " rows" << Qt::endl;
    }
    return perKey;
}

// The second process: a client starting with the cache the first sync left behind.
int runStartPhase(const QUrl &url)
{
    QElapsedTimer clock;
    clock.start();
    client::ClientSession session;
    bool opened = false;
    QObject::connect(&session, &client::ClientSession::opened, [&] { opened = true; });
    session.open(remote(url), u"admin"_s, adminPassword);
    if (!waitFor([&] { return opened; }, 60000))
        return 1;
    out() << "logged_in_ms " << clock.elapsed() << Qt::endl;
    ui::MainWindow window(&session);
    out() << "window_built_ms " << clock.elapsed() << Qt::endl;
    window.setProperty("quitWithoutAsking", true);
    window.show();
    session.engine()->start();
    QApplication::processEvents();
    window.repaint();
    const qint64 usable = clock.elapsed();
    out() << "usable_ms " << usable << Qt::endl;
    if (!waitFor([&] { return !window.productModel()->isLoading(); }, 60000)) {
        out() << "the products were not listed" << Qt::endl;
        return 1;
    }
    out() << "products_listed_ms " << clock.elapsed() << Qt::endl;
    if (!waitFor([&] { return session.engine()->state() == client::SyncEngine::State::Live; },
                 60000)) {
        out() << "the client did not go live" << Qt::endl;
        return 1;
    }
    out() << "rows " << window.productModel()->rowCount() << Qt::endl;

    ui::ProductsView *view = window.productsView();
    QList<double> keys;
    for (const QString &query : {u"kettle"_s, u"sku-0421"_s, u"blue mug"_s})
        keys += typeQuery(view, query);
    std::sort(keys.begin(), keys.end());
    double sum = 0;
    for (double k : keys)
        sum += k;
    out() << "keystroke_ms_mean " << sum / keys.size() << Qt::endl;
    out() << "keystroke_ms_p95 " << keys.at(int(keys.size() * 0.95)) << Qt::endl;
    out() << "keystroke_ms_max " << keys.last() << Qt::endl;
    out() << "rss_mb " << residentMegabytes() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "*.info=false;*.debug=false");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Shopdesk"_s);
    QApplication::setApplicationName(u"shopdesk-bench"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption small(u"small"_s, u"A small shop, for a smoke run."_s);
    const QCommandLineOption products(u"products"_s, u"Products."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption movements(u"movements"_s, u"Movements."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption customers(u"customers"_s, u"Customers."_s, u"n"_s, u"200000"_s);
    const QCommandLineOption keep(u"keep"_s, u"Work in DIR and keep it (reuses a shop)."_s,
                                  u"dir"_s);
    const QCommandLineOption startPhase(u"start-phase"_s, u"(internal)"_s, u"url"_s);
    const QCommandLineOption startOnly(
        u"start-only"_s, u"With --keep: skip the first sync, measure a start on the kept cache."_s);
    parser.addOptions({small, products, movements, customers, keep, startPhase, startOnly});
    parser.process(app);

    if (parser.isSet(startPhase))
        return runStartPhase(QUrl(parser.value(startPhase)));

    int n = parser.value(products).toInt();
    int m = parser.value(movements).toInt();
    int c = parser.value(customers).toInt();
    if (parser.isSet(small)) {
        n = 2000;
        m = 20000;
        c = 4000;
    }
    QTemporaryDir temp;
    const QString work = parser.isSet(keep) ? parser.value(keep) : temp.path();
    const QString serverData = work + u"/server"_s;
    const QString clientHome = work + u"/client"_s;
    QDir().mkpath(clientHome);
    qputenv("XDG_DATA_HOME", clientHome.toUtf8());
    qputenv("XDG_CONFIG_HOME", (clientHome + u"/config"_s).toUtf8());

    if (!QFile::exists(serverData + u"/shopdesk.sqlite"_s) || !parser.isSet(keep)) {
        QDir(serverData).removeRecursively();
        QDir().mkpath(serverData);
        if (!generate(serverData, n, m, c)) {
            out() << "generating the shop failed" << Qt::endl;
            return 1;
        }
    }
    // A kept shop is served on the port it had, so that the client finds its cache (the
    // profile is named after the server's address).
    QFile portFile(work + u"/port"_s);
    quint16 port = 0;
    if (parser.isSet(keep) && portFile.open(QIODevice::ReadOnly))
        port = quint16(portFile.readAll().trimmed().toUInt());
    portFile.close();
    Server server;
    if (!server.start(serverData, port)) {
        out() << "the server did not start" << Qt::endl;
        return 1;
    }
    if (portFile.open(QIODevice::WriteOnly))
        portFile.write(QByteArray::number(server.url.port()));
    portFile.close();
    const bool measureSync = !(parser.isSet(startOnly) && parser.isSet(keep));
    if (measureSync)
        QDir(clientHome + u"/Shopdesk"_s).removeRecursively();

    // 1. First sync into an empty cache.
    double firstSync = 0;
    double syncRss = 0;
    if (measureSync) {
        QElapsedTimer clock;
        clock.start();
        client::ClientSession session;
        bool opened = false;
        QObject::connect(&session, &client::ClientSession::opened, [&] { opened = true; });
        session.open(remote(server.url), u"admin"_s, adminPassword);
        if (!waitFor([&] { return opened; }, 60000)) {
            out() << "log-in failed" << Qt::endl;
            return 1;
        }
        session.engine()->start();
        if (!waitFor([&] { return session.engine()->state() == client::SyncEngine::State::Live; },
                     600000)) {
            out() << "first sync did not finish" << Qt::endl;
            return 1;
        }
        firstSync = clock.elapsed() / 1000.0;
        syncRss = residentMegabytes();
        out() << "cache: " << session.cache()->queries()->productCount() << " products, "
              << session.cache()->queries()->customerCount() << " customers, "
              << session.cache()->queries()->movementCount() << " movements, "
              << QFileInfo(session.cache()->path()).size() / (1024 * 1024) << " MB" << Qt::endl;
        session.close();
    }

    // 2. A fresh client process starting on that cache.
    QProcess start;
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer startClock;
    startClock.start();
    start.start(QCoreApplication::applicationFilePath(),
                {u"--start-phase"_s, server.url.toString()});
    qint64 processUsable = -1;
    QMap<QString, QString> figures;
    while (start.waitForReadyRead(600000) || start.canReadLine()) {
        while (start.canReadLine()) {
            const QStringList parts = QString::fromUtf8(start.readLine()).trimmed().split(u' ');
            if (parts.size() == 2)
                figures.insert(parts.at(0), parts.at(1));
            if (parts.first() == u"usable_ms"_s && processUsable < 0)
                processUsable = startClock.elapsed();
        }
        if (start.state() == QProcess::NotRunning)
            break;
    }
    start.waitForFinished();
    // The figures of a start phase that failed, or of a server that died, mean nothing.
    if (start.exitStatus() != QProcess::NormalExit || start.exitCode() != 0 || processUsable < 0) {
        out() << "FAILED: the start phase ended with " << start.exitCode() << Qt::endl;
        return 1;
    }
    if (server.process.state() != QProcess::Running) {
        out() << "FAILED: shopdesk-server exited with " << server.process.exitCode() << Qt::endl;
        return 1;
    }

    out() << Qt::endl << "| figure | value | budget |" << Qt::endl << "|---|---|---|" << Qt::endl;
    out() << "| first sync (log-in to live, empty cache) | " << firstSync << " s | < 15 s |"
          << Qt::endl;
    out() << "| start to usable window (process start to painted shell, with that cache) | "
          << processUsable << " ms (in-process " << figures.value(u"usable_ms"_s)
          << " ms) | < 1 s |" << Qt::endl;
    out() << "| start to all products listed (in-process) | "
          << figures.value(u"products_listed_ms"_s) << " ms | |" << Qt::endl;
    out() << "| search-as-you-type, per keystroke (mean / p95 / max over "
          << "typing and erasing 3 queries) | " << figures.value(u"keystroke_ms_mean"_s) << " / "
          << figures.value(u"keystroke_ms_p95"_s) << " / " << figures.value(u"keystroke_ms_max"_s)
          << " ms | < 16 ms |" << Qt::endl;
    out() << "| resident memory, started client with shell and products view | "
          << figures.value(u"rss_mb"_s) << " MB | < 250 MB |" << Qt::endl;
    out() << "| resident memory, after the first sync | " << syncRss << " MB | |" << Qt::endl;
    return 0;
}
