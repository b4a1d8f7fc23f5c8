#include "clientfixture.h"

#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/localcachesnapshot.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::client;

namespace {

ChangeRecord change(qint64 seq, const QString &entity, const QString &id, const QJsonObject &data,
                    const QString &op = u"update"_s)
{
    return ChangeRecord{seq, entity, id, op, data, u"2026-11-22T10:00:00Z"_s, u"admin"_s};
}

QJsonObject product(const QString &sku, const QString &name, qint64 onHand)
{
    return QJsonObject{
        {u"sku"_s, sku},
        {u"name"_s, name},
        {u"price"_s, QJsonObject{{u"amount_minor"_s, 1999}, {u"currency"_s, u"EUR"_s}}},
        {u"category"_s, u"Kitchen"_s},
        {u"stock"_s, QJsonObject{{u"sku"_s, sku},
                                 {u"on_hand"_s, onHand},
                                 {u"reserved"_s, 0},
                                 {u"available"_s, onHand}}}};
}

QJsonObject stock(const QString &sku, qint64 onHand, qint64 reserved)
{
    return QJsonObject{{u"sku"_s, sku},
                       {u"on_hand"_s, onHand},
                       {u"reserved"_s, reserved},
                       {u"available"_s, onHand - reserved}};
}

} // namespace

// The local cache: its file, its migrations, and how it applies the change log.
class TestCache : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;
    QTemporaryDir m_dir;

private slots:
    void profileFileLivesUnderAppData()
    {
        const QString path = LocalCache::pathForProfile(
            LocalCache::profileName(QUrl(u"http://shop.example:8080"_s), u"maria"_s));
        QVERIFY2(path.startsWith(m_home.path()), qPrintable(path));
        QVERIFY(path.endsWith(u"/profiles/maria@shop.example_8080.sqlite"_s));
        QCOMPARE(LocalCache::profileName(QUrl(), u"ann/../x"_s), u"ann_.._x@standalone"_s);
    }

    void freshCacheIsAtTheLatestSchema()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"fresh.sqlite"_s)).ok());
        QCOMPARE(cache.schemaVersion(), LocalCache::latestSchemaVersion());
        QCOMPARE(cache.changes()->cursor(), 0);
        QCOMPARE(cache.outbox()->pendingCount(), 0);
    }

    void migrationKeepsWhatVersionOneHeld()
    {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            LocalCache v1;
            QVERIFY(v1.open(path, 1).ok());
            QCOMPARE(v1.schemaVersion(), 1);
            QVERIFY(v1.setIdentity(u"http://s"_s, u"maria"_s, u"agent"_s).ok());
            // Written as version 1 wrote it (today's writers know later columns).
            QSqlQuery q(v1.database());
            QVERIFY(q.exec(u"INSERT INTO products (sku, name, on_hand, available) "
                           "VALUES ('A-1', 'Apple', 4, 4)"_s));
            QVERIFY(v1.setValue(u"cursor"_s, u"7"_s).ok());
        }
        LocalCache cache;
        QVERIFY(cache.open(path).ok());
        QCOMPARE(cache.schemaVersion(), LocalCache::latestSchemaVersion());
        // Version 3 (tax rates, archived products) starts the sync over with a snapshot.
        QCOMPARE(cache.changes()->cursor(), 0);
        QVERIFY(cache.snapshot()->isNeeded());
        QCOMPARE(cache.role(), u"agent"_s);
        QCOMPARE(cache.queries()->product(u"A-1"_s)->onHand, 4);
        // The outbox of version 2 works on the migrated file.
        OutboxItem item;
        item.kind = u"movement"_s;
        item.method = "POST";
        item.path = u"/api/v1/movements"_s;
        item.body = "{}";
        item.idempotencyKey = u"123e4567-e89b-12d3-a456-426614174000"_s;
        item.summary = u"test"_s;
        QVERIFY(cache.outbox()->enqueue(item).ok());
        QCOMPARE(cache.outbox()->pendingCount(), 1);
    }

    void refusesACacheFromANewerVersion()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        LocalCache cache;
        const auto opened = cache.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"cache_too_new"_s);
        QVERIFY(!cache.isOpen());
    }

    void appliesChangesAndMovesTheCursor()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"apply.sqlite"_s)).ok());
        QVERIFY(cache.setIdentity(u"http://s"_s, u"maria"_s, u"warehouse"_s).ok());
        QSignalSpy changed(&cache, &LocalCache::productsChanged);
        QVERIFY(cache.changes()
                    ->apply({
                        change(1, u"product"_s, u"A-1"_s, product(u"A-1"_s, u"Apple"_s, 0),
                               u"create"_s),
                        change(2, u"stock"_s, u"A-1"_s, stock(u"A-1"_s, 5, 0)),
                        change(3, u"stock"_s, u"A-1"_s, stock(u"A-1"_s, 5, 2)),
                        change(4, u"movement"_s, u"1"_s,
                               QJsonObject{{u"id"_s, 1},
                                           {u"sku"_s, u"A-1"_s},
                                           {u"kind"_s, u"receipt"_s},
                                           {u"quantity"_s, 5}}),
                    })
                    .ok());
        QCOMPARE(cache.changes()->cursor(), 4);
        // One signal for the batch, with the final state of each product touched.
        QCOMPARE(changed.size(), 1);
        const auto products = changed.first().first().value<QList<ProductRecord>>();
        QCOMPARE(products.size(), 1);
        QCOMPARE(products.first().onHand, 5);
        QCOMPARE(products.first().reserved, 2);
        QCOMPARE(products.first().available, 3);
        QCOMPARE(products.first().name, u"Apple"_s);
        QCOMPARE(cache.queries()->movementCount(), 1);

        // A record at or below the cursor (a live frame already pulled) changes nothing.
        QVERIFY(
            cache.changes()->apply({change(3, u"stock"_s, u"A-1"_s, stock(u"A-1"_s, 99, 0))}).ok());
        QCOMPARE(cache.queries()->product(u"A-1"_s)->onHand, 5);

        QSignalSpy removed(&cache, &LocalCache::productsRemoved);
        QVERIFY(cache.changes()->apply({change(5, u"product"_s, u"A-1"_s, {}, u"delete"_s)}).ok());
        QCOMPARE(removed.size(), 1);
        QVERIFY(!cache.queries()->product(u"A-1"_s));
    }

    void keepsOnlyWhatTheRoleMayRead()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"role.sqlite"_s)).ok());
        QVERIFY(cache.setIdentity(u"http://s"_s, u"alice"_s, u"agent"_s).ok());
        QVERIFY(cache.changes()
                    ->apply({
                        change(1, u"movement"_s, u"1"_s,
                               QJsonObject{{u"id"_s, 1},
                                           {u"sku"_s, u"A-1"_s},
                                           {u"kind"_s, u"receipt"_s},
                                           {u"quantity"_s, 5}}),
                        change(2, u"customer"_s, u"9"_s,
                               QJsonObject{{u"id"_s, 9}, {u"name"_s, u"Ada"_s}}),
                        change(3, u"user"_s, u"4"_s, QJsonObject{{u"id"_s, 4}}),
                    })
                    .ok());
        QCOMPARE(cache.queries()->movementCount(), 0); // agents do not read the ledger
        QCOMPARE(cache.queries()->customerCount(), 1);
        QCOMPARE(cache.changes()->cursor(), 3); // skipped records still move the cursor
    }

    void fillsFromASnapshotThenFollowsTheChanges()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"snapshot.sqlite"_s)).ok());
        QVERIFY(cache.setIdentity(u"http://s"_s, u"wanda"_s, u"warehouse"_s).ok());
        QVERIFY(cache.snapshot()->isNeeded());
        // What an interrupted snapshot left goes.
        QVERIFY(cache.snapshot()->apply(u"products"_s, {product(u"GONE-1"_s, u"Gone"_s, 1)}).ok());
        QVERIFY(cache.snapshot()->begin().ok());
        QCOMPARE(cache.queries()->productCount(), 0);

        QSignalSpy changed(&cache, &LocalCache::productsChanged);
        QVERIFY(cache.snapshot()
                    ->apply(u"products"_s, {product(u"A-1"_s, u"Apple"_s, 5),
                                            product(u"B-2"_s, u"Quote \"x\" ünï"_s, 0)})
                    .ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<ProductRecord>>().size(), 2);
        QVERIFY(cache.snapshot()
                    ->apply(u"movements"_s, {QJsonObject{{u"id"_s, 7},
                                                         {u"sku"_s, u"A-1"_s},
                                                         {u"kind"_s, u"receipt"_s},
                                                         {u"quantity"_s, 5},
                                                         {u"location"_s, u"main"_s},
                                                         {u"reason"_s, u"first"_s},
                                                         {u"order_id"_s, QJsonValue::Null},
                                                         {u"user"_s, u"wanda"_s},
                                                         {u"at"_s, u"2026-11-22T10:00:00Z"_s}}})
                    .ok());
        QVERIFY(cache.snapshot()
                    ->apply(u"customers"_s, {QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Ada"_s}}})
                    .ok());
        QCOMPARE(cache.changes()->cursor(),
                 0); // nothing is followed until the snapshot is complete
        QVERIFY(cache.snapshot()->isNeeded());
        QSignalSpy cursor(&cache, &LocalCache::cursorChanged);
        QVERIFY(cache.snapshot()->finish(40).ok());
        QCOMPARE(cache.changes()->cursor(), 40);
        QCOMPARE(cursor.size(), 1);
        QVERIFY(!cache.snapshot()->isNeeded());
        QCOMPARE(cache.queries()->product(u"B-2"_s)->name, u"Quote \"x\" ünï"_s);
        QCOMPARE(cache.queries()->product(u"A-1"_s)->available, 5);
        QCOMPARE(cache.queries()->movementCount(), 1);
        QCOMPARE(cache.queries()->customerCount(),
                 1); // written as it came; the role decides what is asked

        // The ledger's index is back.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(cache.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'movements_by_sku'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"peek"_s);

        // /changes from the snapshot's seq: a replay of what the snapshot showed is harmless,
        // and the cursor never goes back.
        QVERIFY(
            cache.changes()->apply({change(41, u"stock"_s, u"A-1"_s, stock(u"A-1"_s, 5, 1))}).ok());
        QCOMPARE(cache.queries()->product(u"A-1"_s)->available, 4);
        QVERIFY(cache.changes()->advanceCursor(45).ok());
        QCOMPARE(cache.changes()->cursor(), 45);
        QVERIFY(cache.changes()->advanceCursor(44).ok());
        QCOMPARE(cache.changes()->cursor(), 45);
        LocalCache reopened;
        cache.close();
        QVERIFY(reopened.open(m_dir.filePath(u"snapshot.sqlite"_s)).ok());
        QCOMPARE(reopened.changes()->cursor(), 45);
        QVERIFY(!reopened.snapshot()->isNeeded());
    }

    void readsSnapshotRowsByTheirColumnNames()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"rows.sqlite"_s)).ok());
        QVERIFY(cache.setIdentity(u"http://s"_s, u"wanda"_s, u"warehouse"_s).ok());
        QVERIFY(cache.snapshot()->begin().ok());
        // Columns in any order, one the cache does not keep, one it would keep missing.
        const QJsonArray columns{u"name"_s,
                                 u"sku"_s,
                                 u"extra"_s,
                                 u"stock.on_hand"_s,
                                 u"stock.reserved"_s,
                                 u"stock.available"_s,
                                 u"price.amount_minor"_s,
                                 u"price.currency"_s};
        QSignalSpy changed(&cache, &LocalCache::productsChanged);
        QVERIFY(cache.snapshot()
                    ->apply(u"products"_s,
                            {QJsonArray{u"Apple"_s, u"A-1"_s, true, 5, 2, 3, 250, u"EUR"_s},
                             QJsonArray{u"Ünï \"q\""_s, u"B-2"_s, 0, 0, 0, 0, 99, u"EUR"_s}},
                            columns)
                    .ok());
        QCOMPARE(changed.size(), 1);
        QVERIFY(cache.snapshot()
                    ->apply(u"movements"_s,
                            {QJsonArray{7, u"A-1"_s, u"receipt"_s, 5, u"main"_s, u"first"_s,
                                        QJsonValue::Null, u"wanda"_s, u"2026-11-22T10:00:00Z"_s}},
                            QJsonArray{u"id"_s, u"sku"_s, u"kind"_s, u"quantity"_s, u"location"_s,
                                       u"reason"_s, u"order_id"_s, u"user"_s, u"at"_s})
                    .ok());
        QVERIFY(cache.snapshot()->finish(10).ok());
        const auto apple = cache.queries()->product(u"A-1"_s);
        QVERIFY(apple);
        QCOMPARE(apple->name, u"Apple"_s);
        QCOMPARE(apple->priceMinor, 250);
        QCOMPARE(apple->currency, u"EUR"_s);
        QCOMPARE(apple->onHand, 5);
        QCOMPARE(apple->reserved, 2);
        QCOMPARE(apple->available, 3);
        QCOMPARE(apple->category, QString()); // no such column: empty
        QCOMPARE(cache.queries()->product(u"B-2"_s)->name, u"Ünï \"q\""_s);
        QCOMPARE(cache.queries()->movementCount(), 1);
        QCOMPARE(cache.changes()->cursor(), 10);
    }

    void remembersOnlyAPasswordHash()
    {
        const QString path = m_dir.filePath(u"password.sqlite"_s);
        LocalCache cache;
        QVERIFY(cache.open(path).ok());
        QVERIFY(!cache.checkPassword(u"anything"_s));
        QVERIFY(cache.rememberPasswordCheck(u"correct horse"_s).ok());
        QVERIFY(cache.checkPassword(u"correct horse"_s));
        QVERIFY(!cache.checkPassword(u"wrong horse"_s));
        cache.close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("correct horse"));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
