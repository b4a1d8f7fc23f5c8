#include "clientfixture.h"
#include "serverorders.h"

#include "client/localcache.h"
#include "client/localcacheoutbox.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::client;
using shopdesk::test::ClientShop;

namespace {

constexpr int orderCount = 40;

qint64 quantityOf(int i)
{
    return 1 + i % 3;
}

// The drill program with its own home, so that each run finds the cache the last one left.
class Drill
{
public:
    Drill(const QString &home, const QUrl &server)
        : m_home(home)
        , m_server(server)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"SHOPDESK_PASSWORD"_s, QString::fromLatin1(ClientShop::password));
        m_process.setProcessEnvironment(env);
        m_process.setProgram(QStringLiteral(SHOPDESK_OUTBOX_DRILL_BIN));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Killed from here, the moment the line arrives: a test's polling would be too late
        // for the last few sends.
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            m_output += m_process.readAllStandardOutput();
            if (!m_killOn.isEmpty() && said(m_killOn)) {
                m_killOn.clear();
                m_process.kill();
            }
        });
    }

    void start(const QStringList &extra = {})
    {
        m_output = "\n";
        m_process.setArguments(
            QStringList{u"--server"_s, m_server.toString(), u"--user"_s, u"alice"_s} + extra);
        m_process.start();
    }
    // kill -9 as soon as the program says line.
    void killOn(const QByteArray &line) { m_killOn = line; }
    bool said(const QByteArray &line) const { return m_output.contains(line + '\n'); }
    int count(const QByteArray &prefix) const { return int(m_output.count('\n' + prefix)); }
    QProcess &process() { return m_process; }
    QByteArray output() const { return m_output; }
    // The profile's cache file, wherever AppDataLocation put it.
    QString cacheFile() const
    {
        QDirIterator it(m_home + u"/data"_s, {u"*.sqlite"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

private:
    QString m_home;
    QUrl m_server;
    QProcess m_process;
    QByteArray m_output{"\n"};
    QByteArray m_killOn;
};

} // namespace

// The client killed (kill -9) while its outbox is sending: the restarted client delivers
// every queued order exactly once, with the key it was queued with, and stock moves once.
class TestKillDrill : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;

private slots:
    void killedWhileSendingDeliversEachOrderOnce_data()
    {
        // The outbox entry the client is sending when it is killed.
        QTest::addColumn<int>("killAt");
        QTest::newRow("first send") << 1;
        QTest::newRow("second send") << 2;
        QTest::newRow("midway") << orderCount / 2;
        QTest::newRow("near the end") << orderCount - 6;
    }

    void killedWhileSendingDeliversEachOrderOnce()
    {
        QFETCH(int, killAt);
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.postMovement(u"MUG-01"_s, u"receipt"_s, 1000), 201);
        QTemporaryDir home;
        const QString tag = u"drill-%1"_s.arg(killAt);

        Drill drill(home.path(), shop.url());
        const QByteArray killLine = "sending " + QByteArray::number(killAt);
        drill.killOn(killLine);
        drill.start({u"--queue"_s, QString::number(orderCount), u"--customer"_s,
                     QString::number(shop.customerId()), u"--sku"_s, u"MUG-01"_s, u"--tag"_s, tag});
        QTRY_VERIFY2_WITH_TIMEOUT(drill.process().state() == QProcess::NotRunning,
                                  drill.output().constData(), 30000);
        QVERIFY(drill.said(killLine));
        QCOMPARE(drill.process().exitStatus(), QProcess::CrashExit);
        QCOMPARE(drill.count("queued "), orderCount);

        // Killed while sending: some orders are still waiting in the file.
        const QString file = drill.cacheFile();
        QVERIFY(!file.isEmpty());
        int pendingAtKill = 0;
        {
            LocalCache cache;
            QVERIFY(cache.open(file).ok());
            pendingAtKill = cache.outbox()->pendingCount();
        }
        QVERIFY2(pendingAtKill > 0 && pendingAtKill <= orderCount - killAt + 1,
                 qPrintable(QString::number(pendingAtKill)));
        bool ok = false;
        const QHash<QString, int> before = shopdesk::test::ordersByNote(shop.admin(), &ok);
        QVERIFY(ok);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        // The restart drains what was left.
        drill.start();
        QTRY_VERIFY2_WITH_TIMEOUT(drill.process().state() == QProcess::NotRunning,
                                  drill.output().constData(), 60000);
        QVERIFY2(drill.said("drained"), drill.output().constData());
        QCOMPARE(drill.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(drill.process().exitCode(), 0);
        QCOMPARE(drill.count("refused "), 0);

        const QHash<QString, int> after = shopdesk::test::ordersByNote(shop.admin(), &ok);
        QVERIFY(ok);
        qint64 quantity = 0;
        for (int i = 0; i < orderCount; ++i) {
            const QString note = tag + u'-' + QString::number(i);
            QVERIFY2(after.value(note) == 1,
                     qPrintable(u"%1 arrived %2 times"_s.arg(note).arg(after.value(note))));
            quantity += quantityOf(i);
        }
        QCOMPARE(after.size(), orderCount);
        QCOMPARE(shopdesk::test::stockOf(shop.admin(), u"MUG-01"_s, u"reserved"_s), quantity);
        QCOMPARE(shopdesk::test::stockOf(shop.admin(), u"MUG-01"_s, u"on_hand"_s), 1010);

        // Each entry kept its key and holds the answer for its own order.
        LocalCache cache;
        QVERIFY(cache.open(file).ok());
        const QList<OutboxItem> items = cache.outbox()->items();
        QCOMPARE(items.size(), orderCount);
        QSet<QString> keys;
        QSet<qint64> orders;
        for (const OutboxItem &item : items) {
            QCOMPARE(item.state, OutboxItem::State::Accepted);
            keys.insert(item.idempotencyKey);
            orders.insert(qint64(item.response.value(u"id"_s).toDouble()));
            QCOMPARE(item.response.value(u"notes"_s).toString(),
                     QJsonDocument::fromJson(item.body).object().value(u"notes"_s).toString());
        }
        QCOMPARE(keys.size(), orderCount);
        QCOMPARE(orders.size(), orderCount);
    }
};

QTEST_GUILESS_MAIN(TestKillDrill)
#include "tst_killdrill.moc"
