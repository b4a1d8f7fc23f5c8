// The stock ledger: totals always equal what the movements and reservations say, and nothing
// but a count takes available stock below zero.

#include "storefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::test::StoreFixture;

namespace {

qint64 movementSum(StoreFixture &fixture, const QString &sku)
{
    auto page = fixture.store().ledger().listMovements(sku, 0, 1000, 0);
    qint64 sum = 0;
    for (const QJsonValue &m : page.value().value(u"items"_s).toArray())
        sum += m.toObject().value(u"quantity"_s).toInteger();
    return sum;
}

QJsonObject stockOf(StoreFixture &fixture, const QString &sku)
{
    auto stock = fixture.store().ledger().stock(sku);
    return stock ? stock.value() : QJsonObject{};
}

shopdesk::Result<QJsonObject> move(StoreFixture &fixture, const QString &sku, const QString &kind,
                                   qint64 quantity, const QString &location = u"main"_s)
{
    return fixture.write([&](shopdesk::storage::ShopStore &store) {
        shopdesk::storage::MovementInput in;
        in.sku = sku;
        in.kind = kind;
        in.quantity = quantity;
        in.location = location;
        in.reason = u"test"_s;
        return store.ledger().addMovement(StoreFixture::admin(), in);
    });
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void onHandIsTheSumOfMovements_data()
    {
        QTest::addColumn<QList<qint64>>("quantities");
        QTest::addColumn<qint64>("onHand");
        QTest::addRow("one receipt") << QList<qint64>{7} << qint64(7);
        QTest::addRow("receipts and removals") << QList<qint64>{10, -3, 5, -12} << qint64(0);
        QTest::addRow("many small") << QList<qint64>{1, 1, 1, 1, -1, 1} << qint64(4);
    }

    void onHandIsTheSumOfMovements()
    {
        QFETCH(QList<qint64>, quantities);
        QFETCH(qint64, onHand);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"SKU-1"_s).ok());
        for (qint64 quantity : quantities) {
            auto moved =
                move(fixture, u"SKU-1"_s, quantity > 0 ? u"receipt"_s : u"removal"_s, quantity);
            QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        }
        const QJsonObject stock = stockOf(fixture, u"SKU-1"_s);
        QCOMPARE(stock.value(u"on_hand"_s).toInteger(), onHand);
        QCOMPARE(movementSum(fixture, u"SKU-1"_s), onHand);
        QCOMPARE(stock.value(u"available"_s).toInteger(), onHand);
    }

    void reservedIsTheActiveReservations()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"SKU-1"_s, 10).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        const qint64 a = fixture.addOrder(customer, {{u"SKU-1"_s, 3}})->value(u"id"_s).toInteger();
        const qint64 b = fixture.addOrder(customer, {{u"SKU-1"_s, 2}})->value(u"id"_s).toInteger();
        QCOMPARE(stockOf(fixture, u"SKU-1"_s).value(u"reserved"_s).toInteger(), 5);
        QCOMPARE(stockOf(fixture, u"SKU-1"_s).value(u"available"_s).toInteger(), 5);

        const auto actor = StoreFixture::admin();
        QVERIFY(fixture.write([&](auto &store) { return store.orders().cancel(actor, a); }).ok());
        QCOMPARE(stockOf(fixture, u"SKU-1"_s).value(u"reserved"_s).toInteger(), 2);
        QCOMPARE(stockOf(fixture, u"SKU-1"_s).value(u"on_hand"_s).toInteger(), 10);

        QVERIFY(
            fixture.write([&](auto &store) { return store.orders().pay(actor, b, u"r"_s); }).ok());
        QVERIFY(fixture
                    .write([&](auto &store) {
                        return store.orders().ship(actor, b, u"dhl"_s, u"T1"_s);
                    })
                    .ok());
        const QJsonObject after = stockOf(fixture, u"SKU-1"_s);
        QCOMPARE(after.value(u"reserved"_s).toInteger(), 0);
        QCOMPARE(after.value(u"on_hand"_s).toInteger(), 8);
        QCOMPARE(movementSum(fixture, u"SKU-1"_s), 8);
    }

    void takingMoreThanAvailableIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<bool>("accepted");
        // 5 on hand, 3 of them reserved: 2 available.
        QTest::addRow("removal of the available") << u"removal"_s << qint64(-2) << true;
        QTest::addRow("removal of reserved units") << u"removal"_s << qint64(-3) << false;
        QTest::addRow("removal of more than on hand") << u"removal"_s << qint64(-6) << false;
        QTest::addRow("adjustment below reserved") << u"adjustment"_s << qint64(-4) << false;
    }

    void takingMoreThanAvailableIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, quantity);
        QFETCH(bool, accepted);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"SKU-1"_s, 5).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        QVERIFY(fixture.addOrder(customer, {{u"SKU-1"_s, 3}}).ok());
        const QJsonObject before = stockOf(fixture, u"SKU-1"_s);

        auto moved = move(fixture, u"SKU-1"_s, kind, quantity);
        QCOMPARE(moved.ok(), accepted);
        const QJsonObject after = stockOf(fixture, u"SKU-1"_s);
        if (accepted) {
            QCOMPARE(after.value(u"on_hand"_s).toInteger(), 5 + quantity);
        } else {
            QCOMPARE(moved.error().code, u"insufficient_stock"_s);
            QCOMPARE(after, before);
        }
        QVERIFY(after.value(u"available"_s).toInteger() >= 0);
        QCOMPARE(movementSum(fixture, u"SKU-1"_s), after.value(u"on_hand"_s).toInteger());
    }

    void theLedgerRefusesAReservationBeyondAvailable()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"SKU-1"_s, 4).ok());
        // Even a caller that forgot to check cannot oversell: the ledger refuses.
        auto reserved =
            fixture.write([](shopdesk::storage::ShopStore &store) -> shopdesk::Result<QJsonObject> {
                if (auto ok = store.ledger().reserve(u"SKU-1"_s, 5); !ok)
                    return ok.error();
                return QJsonObject{};
            });
        QVERIFY(!reserved.ok());
        QCOMPARE(reserved.error().code, u"insufficient_stock"_s);
        QCOMPARE(reserved.error().details.value(u"available"_s).toInteger(), 4);
        QCOMPARE(stockOf(fixture, u"SKU-1"_s).value(u"reserved"_s).toInteger(), 0);
    }

    void unknownSkuIsRefused()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto moved = move(fixture, u"NOPE"_s, u"receipt"_s, 1);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, u"unknown_sku"_s);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
