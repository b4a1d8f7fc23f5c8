#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

const QString sku = u"FAULT-1"_s;

// Orders of about 2 KB each, so a small disk fills within some hundred.
QJsonObject bigOrder(qint64 customer, int n)
{
    QJsonObject body = ShopFixture::orderBody(customer, {{sku, 1}});
    body.insert(u"notes"_s, u"order %1: "_s.arg(n) + QString(1900, u'x'));
    return body;
}

// A folder on a small tmpfs of its own, unmounted when it goes.
class SmallDisk
{
public:
    explicit SmallDisk(int megabytes)
    {
        const QByteArray options = "size=" + QByteArray::number(megabytes) + "m";
        m_mounted = m_dir.isValid() && ::mount("tmpfs", m_dir.path().toLocal8Bit().constData(),
                                               "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes a file until the disk is full.
    void fill()
    {
        QFile filler(path(u"filler"_s));
        filler.open(QIODevice::WriteOnly);
        const QByteArray block(64 * 1024, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    void makeRoom() { QFile::remove(path(u"filler"_s)); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// A PostgreSQL cluster of its own, so stopping it disturbs no other suite.
class PrivatePostgres
{
public:
    PrivatePostgres()
    {
        QDir bins(u"/usr/lib/postgresql"_s);
        const QStringList versions = bins.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (versions.isEmpty())
            return;
        m_bin = bins.filePath(versions.last() + u"/bin"_s);
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        m_port = probe.serverPort();
        probe.close();
        if (geteuid() == 0)
            QProcess::execute(u"chown"_s, {u"postgres:"_s, m_dir.path()});
        m_ready = run(u"initdb"_s, {u"-D"_s, data(), u"-A"_s, u"trust"_s, u"-U"_s, u"shopdesk"_s,
                                    u"-E"_s, u"UTF8"_s, u"--no-sync"_s}) &&
                  start();
    }
    ~PrivatePostgres()
    {
        if (m_ready)
            run(u"pg_ctl"_s, {u"-D"_s, data(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
    }
    bool ready() const { return m_ready; }
    QString url() const { return u"postgresql://shopdesk@127.0.0.1:%1/postgres"_s.arg(m_port); }
    bool start()
    {
        return run(u"pg_ctl"_s,
                   {u"-D"_s, data(), u"-w"_s, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-o"_s,
                    u"-h 127.0.0.1 -p %1 -k %2"_s.arg(m_port).arg(m_dir.path()), u"start"_s});
    }
    bool stop()
    {
        return run(u"pg_ctl"_s, {u"-D"_s, data(), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
    }

private:
    QString data() const { return m_dir.filePath(u"db"_s); }
    bool run(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        // initdb and pg_ctl refuse to run as root.
        if (geteuid() == 0)
            process.start(u"runuser"_s,
                          QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_bin + u'/' + tool} +
                              arguments);
        else
            process.start(m_bin + u'/' + tool, arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_ready = false;
};

} // namespace

// Faults of the store: the disk fills up, PostgreSQL restarts. Writes are refused with 503
// while the store cannot take them, nothing acknowledged is lost, and intake resumes by
// itself once the store is back.
class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    // Places orders until `enough` says stop; the ids acknowledged, and the answers refused.
    struct Intake
    {
        QList<qint64> acknowledged;
        QStringList refusals; // "503 storage_unavailable"
    };
    static Intake placeOrders(TestHttp &agent, qint64 customer, int count, int first)
    {
        Intake intake;
        for (int n = first; n < first + count; ++n) {
            const HttpReply reply = agent.post(u"/api/v1/orders"_s, bigOrder(customer, n));
            if (reply.status == 201)
                intake.acknowledged.append(reply.json().value(u"id"_s).toInteger());
            else
                intake.refusals.append(u"%1 %2"_s.arg(reply.status).arg(reply.errorCode()));
        }
        return intake;
    }
    static void verifyAllThere(TestHttp &agent, const QList<qint64> &ids)
    {
        for (const qint64 id : ids)
            QCOMPARE(agent.get(u"/api/v1/orders/%1"_s.arg(id)).status, 200);
    }

private slots:
    void fullDiskRefusesWritesAndResumes()
    {
        if (ServerProcess::backend() != u"sqlite"_s)
            QSKIP("the SQLite store's disk");
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (the README's test command runs as root)");
        SmallDisk disk(6);
        QVERIFY2(disk.mounted(), "cannot mount a tmpfs");
        const QString data = disk.path(u"store"_s);
        QVERIFY(QDir().mkpath(data));
        ServerProcess server;
        QVERIFY2(server.start({u"--data"_s, data}), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(sku, 500, 100000));
        const qint64 customer = shop.addCustomer(u"Full Disk"_s);
        TestHttp &agent = shop.as(u"agent"_s);
        Intake before = placeOrders(agent, customer, 5, 0);
        QCOMPARE(before.acknowledged.size(), 5);

        disk.fill();
        Intake full = placeOrders(agent, customer, 200, 5);
        QVERIFY2(!full.refusals.isEmpty(), "a full disk took every order");
        for (const QString &refusal : std::as_const(full.refusals))
            QCOMPARE(refusal, u"503 storage_unavailable"_s);
        QCOMPARE(agent.get(u"/api/v1/health"_s).status, 200);
        verifyAllThere(agent, before.acknowledged + full.acknowledged);

        // Space returns: intake resumes without a restart.
        disk.makeRoom();
        int n = 1000;
        QTRY_VERIFY_WITH_TIMEOUT(
            agent.post(u"/api/v1/orders"_s, bigOrder(customer, n++)).status == 201, 10000);
        Intake after = placeOrders(agent, customer, 5, 2000);
        QCOMPARE(after.acknowledged.size(), 5);
        const QList<qint64> all = before.acknowledged + full.acknowledged + after.acknowledged;
        verifyAllThere(agent, all);
        QCOMPARE(server.stop(), 0);

        // The store is whole and holds every acknowledged order.
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(QDir(data).filePath(u"shopdesk.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery check(u"PRAGMA integrity_check"_s, db);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            for (const qint64 id : all) {
                QSqlQuery order(db);
                order.prepare(u"SELECT COUNT(*) FROM orders WHERE id = ?"_s);
                order.addBindValue(id);
                QVERIFY(order.exec() && order.next());
                QCOMPARE(order.value(0).toInt(), 1);
            }
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void postgresRestartIsSurvived()
    {
        PrivatePostgres postgres;
        QVERIFY2(postgres.ready(), "cannot start a PostgreSQL cluster of the test's own");
        ServerProcess server;
        QVERIFY2(server.start({u"--database"_s, postgres.url()}), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(sku, 500, 100000));
        const qint64 customer = shop.addCustomer(u"Restart"_s);
        TestHttp &agent = shop.as(u"agent"_s);
        Intake before = placeOrders(agent, customer, 5, 0);
        QCOMPARE(before.acknowledged.size(), 5);

        QVERIFY(postgres.stop());
        Intake gone = placeOrders(agent, customer, 3, 5);
        QVERIFY(gone.acknowledged.isEmpty());
        for (const QString &refusal : std::as_const(gone.refusals))
            QCOMPARE(refusal, u"503 storage_unavailable"_s);
        QCOMPARE(agent.get(u"/api/v1/health"_s).status, 200);

        QVERIFY(postgres.start());
        int n = 1000;
        QTRY_VERIFY_WITH_TIMEOUT(
            agent.post(u"/api/v1/orders"_s, bigOrder(customer, n++)).status == 201, 15000);
        Intake after = placeOrders(agent, customer, 5, 2000);
        QCOMPARE(after.acknowledged.size(), 5);
        verifyAllThere(agent, before.acknowledged + after.acknowledged);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
