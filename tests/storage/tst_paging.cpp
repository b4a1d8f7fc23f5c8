// Keyset paging of every list: each row once across the pages, in key order, also when rows
// are inserted between two pages.

#include "storefixture.h"

#include "storage/care/ticketinput.h"
#include "storage/care/ticketstore.h"
#include "storage/keysetquery.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using shopdesk::test::StoreFixture;

namespace {

enum class List { Products, Customers, Movements, Orders };

// Reads one page of the list after cursor.
QJsonObject readPage(StoreFixture &fixture, List list, const QString &cursor, int limit)
{
    auto &store = fixture.store();
    shopdesk::Result<QJsonObject> page = QJsonObject{};
    switch (list) {
    case List::Products:
        page = store.products().list(QString(), limit, cursor);
        break;
    case List::Customers:
        page = store.customers().list(QString(), limit, cursor.toLongLong());
        break;
    case List::Movements:
        page = store.ledger().listMovements(QString(), 0, limit, cursor.toLongLong());
        break;
    case List::Orders:
        page = store.orders().list(QString(), 0, limit, cursor.toLongLong(), 0);
        break;
    }
    return page ? page.value() : QJsonObject{};
}

QString keyOf(List list, const QJsonObject &item)
{
    if (list == List::Products)
        return item.value(u"sku"_s).toString();
    return QString::number(item.value(u"id"_s).toInteger());
}

// Adds row n of the list (products are keyed P-000n, so they sort by n).
bool addRow(StoreFixture &fixture, List list, int n, qint64 customer)
{
    const QString sku = u"P-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
    switch (list) {
    case List::Products:
        return fixture.addProduct(sku).ok();
    case List::Customers:
        return fixture.addCustomer(u"Customer %1"_s.arg(n)).ok();
    case List::Movements:
        return fixture.addProduct(sku, 1).ok();
    case List::Orders:
        return fixture.addOrder(customer, {{u"STOCK"_s, 1}}).ok();
    }
    return false;
}

// Opens a ticket of the customer; its id, 0 when refused.
qint64 addTicket(StoreFixture &fixture, qint64 customer, int n)
{
    shopdesk::storage::TicketInput input;
    input.kind = u"question"_s;
    input.channel = u"email"_s;
    input.subject = u"Question %1"_s.arg(n);
    input.customerId = customer;
    auto made = fixture.write([&](shopdesk::storage::ShopStore &store) {
        return store.tickets().create(StoreFixture::admin(), input);
    });
    return made ? made.value().value(u"id"_s).toInteger() : 0;
}

// The steps of the query plan for statement: SQLite's EXPLAIN QUERY PLAN details, or the lines
// of PostgreSQL's EXPLAIN (which cannot be prepared, so the values, all numbers, are written in).
QStringList planOf(shopdesk::storage::Database &db, const QString &statement,
                   const QVariantList &values)
{
    QStringList steps;
    if (!db.dialect().isPostgres()) {
        auto plan = db.fetch(u"EXPLAIN QUERY PLAN "_s + statement, values);
        if (!plan)
            return {plan.error().message};
        while (plan.value().next())
            steps.append(plan.value().value(3).toString());
        return steps;
    }
    QString inlined = statement;
    for (const QVariant &value : values)
        inlined.replace(inlined.indexOf(u'?'), 1, QString::number(value.toLongLong()));
    QSqlQuery plan(db.connection());
    if (!plan.exec(u"EXPLAIN "_s + inlined))
        return {plan.lastError().text()};
    while (plan.next())
        steps.append(plan.value(0).toString());
    return steps;
}

} // namespace

Q_DECLARE_METATYPE(List)
Q_DECLARE_METATYPE(shopdesk::storage::KeysetQuery::Order)

class TestPaging : public QObject
{
    Q_OBJECT

private slots:
    void everyRowOnceInOrder_data()
    {
        QTest::addColumn<List>("list");
        QTest::addColumn<int>("limit");
        QTest::addRow("products by 3") << List::Products << 3;
        QTest::addRow("products by 1") << List::Products << 1;
        QTest::addRow("customers by 4") << List::Customers << 4;
        QTest::addRow("movements by 3") << List::Movements << 3;
        QTest::addRow("orders by 2") << List::Orders << 2;
    }

    void everyRowOnceInOrder()
    {
        QFETCH(List, list);
        QFETCH(int, limit);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"STOCK"_s, 1000).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        int next = 0;
        for (; next < 7; ++next)
            QVERIFY(addRow(fixture, list, 2 * next + 1, customer));

        QStringList seen;
        QString cursor;
        int pages = 0;
        for (;;) {
            const QJsonObject page = readPage(fixture, list, cursor, limit);
            const QJsonArray items = page.value(u"items"_s).toArray();
            QVERIFY(items.size() <= limit);
            for (const QJsonValue &item : items)
                seen.append(keyOf(list, item.toObject()));
            // Rows inserted between two pages: one keyed after the cursor is read once; a
            // product keyed before it (P-0000) belongs to the pages already read.
            if (pages == 0) {
                QVERIFY(addRow(fixture, list, 2 * next + 1, customer));
                QVERIFY(addRow(fixture, list, 0, customer));
            }
            ++pages;
            if (page.value(u"next"_s).isNull())
                break;
            cursor = page.value(u"next"_s).toString();
            QCOMPARE(cursor, seen.last());
            QVERIFY(pages < 100);
        }
        const QJsonArray all = readPage(fixture, list, QString(), 1000).value(u"items"_s).toArray();
        QStringList expected;
        for (const QJsonValue &item : all)
            expected.append(keyOf(list, item.toObject()));
        if (list == List::Products)
            expected.removeOne(u"P-0000"_s); // inserted behind the cursor
        QCOMPARE(seen, expected);
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end(), [list](const QString &a, const QString &b) {
            return list == List::Products ? a < b : a.toLongLong() < b.toLongLong();
        });
        QCOMPARE(seen, sorted);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
    }

    // The ticket list runs newest first: every ticket once, ids falling, and a ticket opened
    // between two pages (newer than the cursor) belongs to the pages already read.
    void ticketsNewestFirst()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        for (int n = 0; n < 7; ++n)
            QVERIFY(addTicket(fixture, customer, n) > 0);
        QList<qint64> seen;
        qint64 after = 0;
        for (int pages = 0;; ++pages) {
            auto page = fixture.store().tickets().list({}, 3, after);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
            const QJsonArray items = page.value().value(u"items"_s).toArray();
            QVERIFY(items.size() <= 3);
            for (const QJsonValue &item : items)
                seen.append(item[u"id"_s].toInteger());
            if (pages == 0)
                QVERIFY(addTicket(fixture, customer, 99) > 0);
            const QJsonValue next = page.value().value(u"next"_s);
            if (next.isNull())
                break;
            after = next.toString().toLongLong();
            QCOMPARE(after, seen.last());
            QVERIFY(pages < 10);
        }
        QCOMPARE(seen.size(), 7);
        QList<qint64> falling = seen;
        std::sort(falling.begin(), falling.end(), std::greater<>());
        QCOMPARE(seen, falling);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), seen.size());
    }

    // SQLite's plan of a keyset page: a plain key column, either way, walks the primary key
    // from the cursor; an expression as the key (the ticket list's former -t.id) sorts every
    // row first.
    void keyUsesThePrimaryKey_data()
    {
        using Order = shopdesk::storage::KeysetQuery::Order;
        QTest::addColumn<QString>("key");
        QTest::addColumn<Order>("order");
        QTest::addColumn<QVariant>("after");
        QTest::addColumn<bool>("sortsFirst");
        QTest::addRow("ascending id") << u"t.id"_s << Order::Ascending << QVariant(0) << false;
        QTest::addRow("descending id") << u"t.id"_s << Order::Descending
                                       << QVariant(std::numeric_limits<qint64>::max()) << false;
        QTest::addRow("negated id") << u"-t.id"_s << Order::Ascending
                                    << QVariant(-std::numeric_limits<qint64>::max()) << true;
    }

    void keyUsesThePrimaryKey()
    {
        QFETCH(QString, key);
        QFETCH(shopdesk::storage::KeysetQuery::Order, order);
        QFETCH(QVariant, after);
        QFETCH(bool, sortsFirst);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        // PostgreSQL plans a handful of rows by cost (a sequential scan wins); without that
        // choice it must still walk the primary key rather than sort. SQLite's plan is fixed
        // by the statement's shape.
        const bool postgres = fixture.database().dialect().isPostgres();
        if (postgres)
            QVERIFY(fixture.database().exec(u"SET enable_seqscan = off"_s));
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        for (int n = 0; n < 5; ++n)
            QVERIFY(addTicket(fixture, customer, n) > 0);
        shopdesk::storage::KeysetQuery query(
            u"SELECT t.id, c.name FROM tickets t JOIN customers c ON c.id = t.customer_id"_s, key,
            after, order);
        query.where(u"t.status NOT IN ('resolved', 'closed')"_s);
        QVariantList values = query.values();
        values.append(3);
        const QString text = planOf(fixture.database(), query.statement(), values).join(u" | "_s);
        if (postgres) {
            QVERIFY(fixture.database().exec(u"RESET enable_seqscan"_s));
            QVERIFY2(text.contains(u"Sort Key"_s) == sortsFirst, qPrintable(text));
            if (!sortsFirst)
                QVERIFY2(text.contains(u"Index Scan"_s) && text.contains(u"tickets_pkey"_s),
                         qPrintable(text));
        } else {
            QCOMPARE(text.contains(u"TEMP B-TREE"_s), sortsFirst);
            QCOMPARE(text.contains(u"SEARCH t USING INTEGER PRIMARY KEY"_s), !sortsFirst);
        }
        // Either way the rows come in the list's order.
        auto rows = query.fetch(fixture.database(), 10);
        QVERIFY(rows);
        QList<qint64> ids;
        while (rows.value().next())
            ids.append(rows.value().value(0).toLongLong());
        QCOMPARE(ids.size(), 5);
        QCOMPARE(std::is_sorted(ids.begin(), ids.end()),
                 order == shopdesk::storage::KeysetQuery::Order::Ascending && key == u"t.id"_s);
    }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
