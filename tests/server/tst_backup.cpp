#include "orderload.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

// One run of a shopdesk-server store command, as an operator types it.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandRun runCommand(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    CommandRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"did not finish"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Overwrites a stretch of every page but the first with junk, as a failing disk would.
bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageSize = 4096;
    for (qint64 page = 1; (page + 1) * pageSize <= file.size(); ++page) {
        file.seek(page * pageSize + 16);
        file.write(QByteArray(512, '\xA5'));
    }
    return file.flush();
}

QString storeFile(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(u"shopdesk.sqlite"_s);
}

} // namespace

// Backups of a SQLite store: an online copy while intake runs, restore that checks first and
// keeps what it replaces, check, and POST /backups from the admin screen. On PostgreSQL the
// server says to use pg_dump.
class TestBackup : public QObject
{
    Q_OBJECT

    static bool onPostgres() { return ServerProcess::backend() == u"postgres"_s; }

    // On PostgreSQL the store commands refuse and name PostgreSQL's own tools.
    static void refusedOnPostgres(ServerProcess &server, const QString &command, int exitCode,
                                  const QString &tool)
    {
        const QString program = server.process().program();
        QStringList arguments = QStringList{command} + server.storageArguments();
        if (command != u"check"_s)
            arguments.append(QDir::temp().filePath(u"shopdesk-never-written.sqlite"_s));
        const CommandRun run = runCommand(program, arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(tool), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(QDir::temp().filePath(u"shopdesk-never-written.sqlite"_s)));
    }

private slots:
    // A backup taken while 32 agents place orders restores to a store that passes the
    // check and holds every order acknowledged before the backup began.
    void backupWhileOrdersRunRestoresEveryAcknowledgedOrder()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        if (onPostgres())
            return refusedOnPostgres(server, u"backup"_s, 5, u"pg_dump"_s);
        const QString program = server.process().program();
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"HOT-1"_s, 1999, 1000000));
        const qint64 customer = shop.addCustomer(u"Anna Koch"_s);

        OrderLoad load(server.baseUrl(), shop.token(u"agent"_s),
                       ShopFixture::orderBody(customer, {{u"HOT-1"_s, 1}}), 32);
        load.start();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() > 100, 60000);

        QTemporaryDir backups;
        const QString file = backups.filePath(u"shopdesk-backup.sqlite"_s);
        const QSet<qint64> before = load.acknowledged();
        QProcess backup;
        backup.start(program, {u"backup"_s, u"--data"_s, server.dataDir(), file});
        QVERIFY(backup.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(backup.state(), QProcess::NotRunning, 120000);
        QVERIFY2(backup.exitCode() == 0, backup.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(backup.readAllStandardOutput()).contains(u"Check passed"_s));
        // Intake kept going: orders are still acknowledged after the copy.
        const qsizetype afterBackup = load.acknowledged().size();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() > afterBackup + 20, 60000);
        load.stop();
        QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 30000);
        QCOMPARE(server.stop(), 0);
        QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
        QCOMPARE(QDir(backups.path()).entryList(QDir::Files),
                 QStringList{u"shopdesk-backup.sqlite"_s});

        // Restored into a fresh folder, the store checks out and a server serves every order.
        ServerProcess restored;
        const CommandRun restore =
            runCommand(program, {u"restore"_s, u"--data"_s, restored.dataDir(), file});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        const CommandRun check = runCommand(program, {u"check"_s, u"--data"_s, restored.dataDir()});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY2(restored.start(), qPrintable(restored.output()));
        TestHttp agent(restored.baseUrl());
        agent.setToken(shop.token(u"agent"_s)); // the sessions came back with the store
        for (const qint64 id : before) {
            const HttpReply order = agent.get(u"/api/v1/orders/%1"_s.arg(id));
            QVERIFY2(order.status == 200, qPrintable(u"order %1 is missing"_s.arg(id)));
        }
        const QJsonObject stock = agent.get(u"/api/v1/stock/HOT-1"_s).json();
        QVERIFY(stock[u"reserved"_s].toInteger() >= before.size());
        QCOMPARE(stock[u"on_hand"_s].toInteger(), 1000000);
        QCOMPARE(restored.stop(), 0);
    }

    // A damaged backup is refused with its findings; the store it would replace is unchanged.
    void damagedBackupIsRefused()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        if (onPostgres())
            return refusedOnPostgres(server, u"check"_s, 5, u"pg_dump"_s);
        const QString program = server.process().program();
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"DMG-1"_s, 500, 40));
        QTemporaryDir backups;
        const QString file = backups.filePath(u"good.sqlite"_s);
        QCOMPARE(runCommand(program, {u"backup"_s, u"--data"_s, server.dataDir(), file}).exitCode,
                 0);
        QCOMPARE(server.stop(), 0);

        const QString broken = backups.filePath(u"broken.sqlite"_s);
        QVERIFY(QFile::copy(file, broken));
        QVERIFY(damage(broken));
        const QByteArray storeBefore = fileHash(storeFile(server.dataDir()));
        const QStringList filesBefore = QDir(server.dataDir()).entryList(QDir::Files);
        const CommandRun restore =
            runCommand(program, {u"restore"_s, u"--data"_s, server.dataDir(), broken});
        QCOMPARE(restore.exitCode, 3);
        QVERIFY2(restore.err.contains(u"found problems"_s), qPrintable(restore.err));
        QVERIFY2(restore.err.contains(u"  - "_s), qPrintable(restore.err));
        QCOMPARE(fileHash(storeFile(server.dataDir())), storeBefore);
        QCOMPARE(QDir(server.dataDir()).entryList(QDir::Files), filesBefore);

        // check says the same of the file; the good one passes.
        QCOMPARE(runCommand(program, {u"check"_s, broken}).exitCode, 3);
        QCOMPARE(runCommand(program, {u"check"_s, file}).exitCode, 0);
        // A file that is no store at all is refused too.
        const QString text = backups.filePath(u"notes.txt"_s);
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray(8192, 'x'));
        notes.close();
        QCOMPARE(runCommand(program, {u"restore"_s, u"--data"_s, server.dataDir(), text}).exitCode,
                 3);
        QCOMPARE(fileHash(storeFile(server.dataDir())), storeBefore);

        // A good one replaces the store and keeps the previous one beside it.
        const CommandRun good =
            runCommand(program, {u"restore"_s, u"--data"_s, server.dataDir(), file});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        const QStringList kept =
            QDir(server.dataDir()).entryList({u"shopdesk.sqlite.before-restore-*"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fileHash(QDir(server.dataDir()).absoluteFilePath(kept.first())), storeBefore);
        QCOMPARE(fileHash(storeFile(server.dataDir())), fileHash(file));
    }

    void restoreIsRefusedWhileServerRuns()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        if (onPostgres())
            return refusedOnPostgres(server, u"restore"_s, 2, u"pg_restore"_s);
        const QString program = server.process().program();
        QTemporaryDir backups;
        const QString file = backups.filePath(u"copy.sqlite"_s);
        QCOMPARE(runCommand(program, {u"backup"_s, u"--data"_s, server.dataDir(), file}).exitCode,
                 0);
        const CommandRun restore =
            runCommand(program, {u"restore"_s, u"--data"_s, server.dataDir(), file});
        QCOMPARE(restore.exitCode, 4);
        QVERIFY2(restore.err.contains(u"Stop it first"_s), qPrintable(restore.err));
        QVERIFY(QDir(server.dataDir()).entryList({u"*before-restore*"_s}, QDir::Files).isEmpty());
        QCOMPARE(server.stop(), 0);
    }

    void commandLineMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("backup without file")
            << QStringList{u"backup"_s, u"--data"_s, u"/tmp"_s} << 2;
        QTest::addRow("restore without data")
            << QStringList{u"restore"_s, u"/tmp/none.sqlite"_s} << 2;
        QTest::addRow("restore of no file")
            << QStringList{u"restore"_s, u"--data"_s, u"/tmp/none-dir"_s, u"/tmp/none.sqlite"_s}
            << 1;
        QTest::addRow("backup on postgres")
            << QStringList{u"backup"_s, u"--database"_s, u"postgresql://u@localhost/db"_s,
                           u"/tmp/x.sqlite"_s}
            << 5;
    }

    void commandLineMistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        ServerProcess server; // only for the program's path
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString program = server.process().program();
        QCOMPARE(server.stop(), 0);
        const CommandRun run = runCommand(program, arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        if (exitCode == 5)
            QVERIFY2(run.err.contains(u"pg_dump"_s), qPrintable(run.err));
    }

    // POST /backups from the admin screen: 202 at once, the copy on the server's worker, and
    // a listed backup that passes the check; a repeated key starts nothing more.
    void backupThroughTheApi()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        TestHttp &admin = shop.as(u"admin"_s);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (onPostgres()) {
            const HttpReply refused = admin.post(u"/api/v1/backups"_s, {}, key);
            QCOMPARE(refused.status, 409);
            QCOMPARE(refused.errorCode(), u"backup_by_pg_dump"_s);
            QCOMPARE(admin.get(u"/api/v1/backups"_s).json()[u"items"_s].toArray().size(), 0);
            QCOMPARE(server.stop(), 0);
            return;
        }
        const qint64 seqBefore = shop.lastSeq();
        const HttpReply started = admin.post(u"/api/v1/backups"_s, {}, key);
        QCOMPARE(started.status, 202);
        const qint64 id = started.json()[u"id"_s].toInteger();
        QVERIFY(id > 0);
        QCOMPARE(started.json()[u"status"_s].toString(), u"running"_s);
        QCOMPARE(started.json()[u"by"_s].toString(), u"admin"_s);

        QJsonObject listed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (listed = admin.get(u"/api/v1/backups"_s).json()[u"items"_s].toArray().at(0).toObject(),
             listed[u"status"_s].toString() == u"done"_s),
            60000);
        QCOMPARE(listed[u"id"_s].toInteger(), id);
        QVERIFY(listed[u"size_bytes"_s].toInteger() > 0);
        QCOMPARE(listed[u"check"_s].toObject()[u"passed"_s].toBool(), true);
        QVERIFY(!listed[u"finished_at"_s].isNull());
        const QString file = listed[u"file"_s].toString();
        QCOMPARE(QFileInfo(file).absolutePath(),
                 QDir(server.dataDir()).absoluteFilePath(u"backups"_s));
        QVERIFY(QFileInfo(file).fileName().startsWith(u"shopdesk-"_s));
        // Its start and its end are change records.
        QTRY_VERIFY_WITH_TIMEOUT(shop.lastSeq() >= seqBefore + 2, 10000);
        const QJsonArray changes =
            admin.get(u"/api/v1/changes?since=%1"_s.arg(seqBefore)).json()[u"changes"_s].toArray();
        QStringList ops;
        for (const QJsonValue &change : changes) {
            if (change[u"entity"_s].toString() == u"backup"_s)
                ops.append(change[u"op"_s].toString());
        }
        QCOMPARE(ops, (QStringList{u"create"_s, u"update"_s}));

        // The same key: the first answer, no second backup.
        const HttpReply again = admin.post(u"/api/v1/backups"_s, {}, key);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json()[u"id"_s].toInteger(), id);
        QCOMPARE(admin.get(u"/api/v1/backups"_s).json()[u"items"_s].toArray().size(), 1);

        const QString program = server.process().program();
        QCOMPARE(runCommand(program, {u"check"_s, file}).exitCode, 0);
        // The list survives a restart.
        QCOMPARE(server.stop(), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp later(server.baseUrl());
        later.setToken(shop.token(u"admin"_s));
        const QJsonArray kept = later.get(u"/api/v1/backups"_s).json()[u"items"_s].toArray();
        QCOMPARE(kept.at(0).toObject()[u"id"_s].toInteger(), id);
        QCOMPARE(server.stop(), 0);
    }

    void refusedRequestsChangeNothing_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("agent") << u"agent"_s << QByteArray("{}") << 403 << u"forbidden"_s;
        QTest::addRow("manager") << u"manager"_s << QByteArray("{}") << 403 << u"forbidden"_s;
        QTest::addRow("unknown field")
            << u"admin"_s << QByteArray(R"({"file":"/etc/passwd"})") << 400 << u"unknown_field"_s;
        QTest::addRow("not json") << u"admin"_s << QByteArray("nonsense") << 400
                                  << u"invalid_json"_s;
    }

    void refusedRequestsChangeNothing()
    {
        QFETCH(QString, role);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        const qint64 seqBefore = shop.lastSeq();
        const HttpReply reply = shop.as(role).send(
            "POST", u"/api/v1/backups"_s, body,
            {{"Content-Type", "application/json"},
             {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(shop.as(role).get(u"/api/v1/backups"_s).status, role == u"admin"_s ? 200 : 403);
        QCOMPARE(shop.as(u"admin"_s).get(u"/api/v1/backups"_s).json()[u"items"_s].toArray().size(),
                 0);
        QCOMPARE(shop.lastSeq(), seqBefore);
        if (!onPostgres())
            QVERIFY(!QFileInfo::exists(QDir(server.dataDir()).absoluteFilePath(u"backups"_s)));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
