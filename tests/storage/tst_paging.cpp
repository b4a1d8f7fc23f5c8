// Keyset paging of every list: each row once across the pages, in key order, also when rows
// are inserted between two pages.

#include "storefixture.h"

#include <QJsonArray>
#include <QSet>
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

} // namespace

Q_DECLARE_METATYPE(List)

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
};

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
