#include "clientfixture.h"
#include "serverorders.h"

#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/syncengine.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::client;
using shopdesk::test::ClientShop;

namespace {

constexpr int catalogue = 240; // PRD-0000 … and MUG-01: several pages of the products table

enum class Damage { ProductsPage, Truncated, GarbageHeader };

// Pseudo-random bytes from a fixed seed: the same damage on every run.
QByteArray garbage(int size)
{
    QRandomGenerator random(2026);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

// A leaf page in the middle of the products table, and the file's page size.
std::pair<qint64, int> productsLeafPage(const QString &file)
{
    std::pair<qint64, int> found{0, 0};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            QList<qint64> leaves;
            if (q.exec(u"SELECT pageno FROM dbstat WHERE name = 'products' AND pagetype = "
                       "'leaf' ORDER BY pageno"_s)) {
                while (q.next())
                    leaves.append(q.value(0).toLongLong());
            }
            if (q.exec(u"PRAGMA page_size"_s) && q.next() && !leaves.isEmpty())
                found = {leaves.at(leaves.size() / 2), q.value(0).toInt()};
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return found;
}

bool damage(const QString &file, Damage how)
{
    QFile f(file);
    if (how == Damage::ProductsPage) {
        const auto [page, pageSize] = productsLeafPage(file);
        if (page == 0 || !f.open(QIODevice::ReadWrite))
            return false;
        return f.seek((page - 1) * pageSize + pageSize / 2) && f.write(garbage(64)) == 64;
    }
    if (how == Damage::Truncated)
        return f.resize(f.size() * 3 / 4);
    return f.open(QIODevice::ReadWrite) && f.write(garbage(100)) == 100;
}

OrderDraft order(qint64 customerId, const QString &note, qint64 quantity)
{
    OrderDraft d;
    d.customerId = customerId;
    d.channel = u"email"_s;
    d.paymentMethod = u"card"_s;
    d.notes = note;
    d.lines = {{u"MUG-01"_s, quantity}};
    return d;
}

void removeProfile(const QString &path)
{
    QDir dir = QFileInfo(path).dir();
    for (const QString &name : dir.entryList({QFileInfo(path).fileName() + u"*"_s}))
        dir.remove(name);
}

} // namespace

Q_DECLARE_METATYPE(Damage)

// A cache file damaged on disk is found when it is opened, kept aside, and made afresh from
// the server, with the queued changes it still held sent once under their own keys.
class TestCacheDamage : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;
    ClientShop m_shop;

    QString profilePath() const
    {
        return LocalCache::pathForProfile(LocalCache::profileName(m_shop.url(), u"alice"_s));
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        QCOMPARE(m_shop.postMovement(u"MUG-01"_s, u"receipt"_s, 1000), 201);
        for (int i = 0; i < catalogue; ++i) {
            QCOMPARE(m_shop.createProduct(u"PRD-%1"_s.arg(i, 4, 10, QChar(u'0')),
                                          u"Product %1 of the damaged cache drill, with a name "
                                          "long enough to fill pages"_s.arg(i),
                                          100 + i),
                     201);
        }
    }

    void init() { removeProfile(profilePath()); }

    void damagedCacheIsRebuiltFromTheServerKeepingTheOutbox_data()
    {
        QTest::addColumn<Damage>("how");
        QTest::newRow("products page overwritten") << Damage::ProductsPage;
        QTest::newRow("file truncated") << Damage::Truncated;
        QTest::newRow("garbage header") << Damage::GarbageHeader;
    }

    void damagedCacheIsRebuiltFromTheServerKeepingTheOutbox()
    {
        QFETCH(Damage, how);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        auto session = shopdesk::test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        QCOMPARE(session->cache()->queries()->productCount(), catalogue + 1);
        const qint64 reservedBefore =
            shopdesk::test::stockOf(m_shop.admin(), u"MUG-01"_s, u"reserved"_s);

        // Three orders wait in the outbox; the first reached the server, its answer lost.
        session->engine()->stop();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(session->engine()
                        ->queueOrder(order(m_shop.customerId(), tag + u'-' + QString::number(i), 2))
                        .ok());
        }
        const QList<OutboxItem> queued = session->cache()->outbox()->items();
        QCOMPARE(queued.size(), 3);
        shopdesk::test::TestHttp alice(m_shop.url());
        QVERIFY(alice.login(u"alice"_s, QString::fromLatin1(ClientShop::password)));
        const OutboxItem &first = queued.first();
        QCOMPARE(alice
                     .send(first.method, first.path, first.body,
                           {{"Idempotency-Key", first.idempotencyKey.toLatin1()}})
                     .status,
                 201);
        session.reset();

        const QString path = profilePath();
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(damage(path, how));
        QFile damagedFile(path);
        QVERIFY(damagedFile.open(QIODevice::ReadOnly));
        const QByteArray damagedBytes = damagedFile.readAll();
        damagedFile.close();

        session = shopdesk::test::openSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        LocalCache *cache = session->cache();
        QVERIFY(cache->wasRebuilt());
        QCOMPARE(cache->keptChanges(), 3);
        // The damaged file is kept beside, as it was found.
        QVERIFY2(cache->damagedCopy().startsWith(path + u".damaged-"_s),
                 qPrintable(cache->damagedCopy()));
        QFile kept(cache->damagedCopy());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll() == damagedBytes);
        // The same entries with the same keys; nothing else from the old file.
        const QList<OutboxItem> salvaged = cache->outbox()->items();
        QCOMPARE(salvaged.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(salvaged.at(i).idempotencyKey, queued.at(i).idempotencyKey);
            QCOMPARE(salvaged.at(i).body, queued.at(i).body);
            QCOMPARE(salvaged.at(i).state, OutboxItem::State::Pending);
        }
        QCOMPARE(cache->queries()->productCount(), 0);
        QCOMPARE(cache->role(), u"agent"_s);

        QVERIFY(shopdesk::test::startLive(*session));
        QTRY_COMPARE(cache->outbox()->pendingCount(), 0);
        QCOMPARE(cache->queries()->productCount(), catalogue + 1);
        bool ok = false;
        const QHash<QString, int> notes = shopdesk::test::ordersByNote(m_shop.admin(), &ok);
        QVERIFY(ok);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(notes.value(tag + u'-' + QString::number(i)), 1);
        QCOMPARE(shopdesk::test::stockOf(m_shop.admin(), u"MUG-01"_s, u"reserved"_s),
                 reservedBefore + 6);
        for (const OutboxItem &item : cache->outbox()->items())
            QCOMPARE(item.state, OutboxItem::State::Accepted);
    }

    void healthyCacheIsNotTouched()
    {
        auto session = shopdesk::test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        session->engine()->stop();
        QVERIFY(session->engine()->queueOrder(order(m_shop.customerId(), u"healthy"_s, 1)).ok());
        const QString key = session->cache()->outbox()->items().first().idempotencyKey;
        const qint64 cursor = session->cache()->value(u"snapshot_seq"_s).toLongLong();
        session.reset();

        session = shopdesk::test::openSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        QVERIFY(!session->cache()->wasRebuilt());
        QCOMPARE(session->cache()->keptChanges(), 0);
        QVERIFY(QDir(QFileInfo(profilePath()).dir()).entryList({u"*.damaged-*"_s}).isEmpty());
        QCOMPARE(session->cache()->queries()->productCount(), catalogue + 1);
        QCOMPARE(session->cache()->value(u"snapshot_seq"_s).toLongLong(), cursor);
        QCOMPARE(session->cache()->outbox()->items().first().idempotencyKey, key);
    }
};

QTEST_GUILESS_MAIN(TestCacheDamage)
#include "tst_cachedamage.moc"
