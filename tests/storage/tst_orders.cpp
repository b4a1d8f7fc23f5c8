// Order reservation through the ledger: all lines or none, and the lifecycle's effect on stock.

#include "storage/returns/returnreceipt.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using shopdesk::test::StoreFixture;

using Lines = QList<std::pair<QString, qint64>>;

namespace {

qint64 reservedOf(StoreFixture &fixture, const QString &sku)
{
    return fixture.store().ledger().stock(sku).value().value(u"reserved"_s).toInteger();
}

// Runs one lifecycle action on the order through the store.
shopdesk::Result<QJsonObject> runAction(StoreFixture &fixture, const QString &action, qint64 id)
{
    const auto actor = StoreFixture::admin();
    return fixture.write([&](auto &store) -> shopdesk::Result<QJsonObject> {
        auto &orders = store.orders();
        if (action == u"cancel"_s)
            return orders.cancel(actor, id);
        if (action == u"pay"_s)
            return orders.pay(actor, id, u"R1"_s);
        if (action == u"ship"_s)
            return orders.ship(actor, id, u"dhl"_s, u"T1"_s);
        if (action == u"deliver"_s)
            return orders.deliver(actor, id);
        if (action == u"return"_s)
            return shopdesk::storage::ReturnReceipt(store).takeBackOrder(
                actor, id, u"damaged box"_s, u"main"_s);
        auto count = orders.expireReservations(store.clock().now() + 31 * 60 * 1000);
        if (!count)
            return count.error();
        return orders.order(id);
    });
}

qint64 orderCount(StoreFixture &fixture)
{
    auto page = fixture.store().orders().list(QString(), 0, 1000, 0, 0);
    return page.value().value(u"items"_s).toArray().size();
}

} // namespace

class TestOrders : public QObject
{
    Q_OBJECT

private slots:
    void reservationIsAllOrNothing_data()
    {
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("failingSku");
        // A has 5, B has 2, C has 0 in stock.
        QTest::addRow("every line available")
            << Lines{{u"A"_s, 5}, {u"B"_s, 2}} << QString() << QString();
        QTest::addRow("last line short")
            << Lines{{u"A"_s, 1}, {u"B"_s, 3}} << u"insufficient_stock"_s << u"B"_s;
        QTest::addRow("first line short")
            << Lines{{u"B"_s, 3}, {u"A"_s, 1}} << u"insufficient_stock"_s << u"B"_s;
        QTest::addRow("one SKU on two lines")
            << Lines{{u"A"_s, 3}, {u"B"_s, 1}, {u"A"_s, 3}} << u"insufficient_stock"_s << u"A"_s;
        QTest::addRow("nothing in stock")
            << Lines{{u"A"_s, 1}, {u"C"_s, 1}} << u"insufficient_stock"_s << u"C"_s;
        QTest::addRow("unknown product")
            << Lines{{u"A"_s, 1}, {u"X"_s, 1}} << u"unknown_sku"_s << u"X"_s;
    }

    void reservationIsAllOrNothing()
    {
        QFETCH(Lines, lines);
        QFETCH(QString, refusal);
        QFETCH(QString, failingSku);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"A"_s, 5).ok());
        QVERIFY(fixture.addProduct(u"B"_s, 2).ok());
        QVERIFY(fixture.addProduct(u"C"_s).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        const qint64 seqBefore = fixture.store().changes().lastSeq().value();

        auto order = fixture.addOrder(customer, lines);
        if (refusal.isEmpty()) {
            QVERIFY(order.ok());
            QCOMPARE(order.value().value(u"status"_s).toString(), u"reserved"_s);
            QCOMPARE(reservedOf(fixture, u"A"_s), 5);
            QCOMPARE(reservedOf(fixture, u"B"_s), 2);
            QCOMPARE(orderCount(fixture), 1);
            return;
        }
        QVERIFY(!order.ok());
        QCOMPARE(order.error().code, refusal);
        QCOMPARE(order.error().details.value(u"sku"_s).toString(), failingSku);
        // Nothing of the order stayed: no reservation, no order, no change record.
        for (const QString &sku : {u"A"_s, u"B"_s, u"C"_s})
            QCOMPARE(reservedOf(fixture, sku), 0);
        QCOMPARE(orderCount(fixture), 0);
        QCOMPARE(fixture.store().changes().lastSeq().value(), seqBefore);
    }

    void cancelReleasesAndShipSells()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"A"_s, 5).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        const auto actor = StoreFixture::admin();
        const qint64 id = fixture.addOrder(customer, {{u"A"_s, 2}}, u"cash_on_delivery"_s)
                              ->value(u"id"_s)
                              .toInteger();
        // Cash on delivery ships straight from reserved.
        auto shipped = fixture.write(
            [&](auto &store) { return store.orders().ship(actor, id, u"dhl"_s, u"T1"_s); });
        QVERIFY(shipped.ok());
        QCOMPARE(shipped.value().value(u"status"_s).toString(), u"shipped"_s);
        auto cancelled =
            fixture.write([&](auto &store) { return store.orders().cancel(actor, id); });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, u"invalid_status"_s);
        const QJsonObject stock = fixture.store().ledger().stock(u"A"_s).value();
        QCOMPARE(stock.value(u"on_hand"_s).toInteger(), 3);
        QCOMPARE(stock.value(u"reserved"_s).toInteger(), 0);

        auto returned = fixture.write([&](auto &store) {
            return shopdesk::storage::ReturnReceipt(store).takeBackOrder(
                actor, id, u"damaged box"_s, u"main"_s);
        });
        QVERIFY(returned.ok());
        QCOMPARE(fixture.store().ledger().stock(u"A"_s)->value(u"on_hand"_s).toInteger(), 5);
    }

    void everyActionAgainstEveryStatus_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("after");
        // What the store allows, written out rather than derived from the rule it asks:
        // the status each action leads to, and the statuses it starts from.
        const QList<std::tuple<QString, QString, QStringList>> actions{
            {u"cancel"_s, u"cancelled"_s, {u"reserved"_s, u"paid"_s}},
            {u"pay"_s, u"paid"_s, {u"reserved"_s}},
            {u"ship"_s, u"shipped"_s, {u"paid"_s}},
            {u"deliver"_s, u"delivered"_s, {u"shipped"_s}},
            {u"return"_s, u"returned"_s, {u"shipped"_s, u"delivered"_s}},
            {u"expire"_s, u"expired"_s, {u"reserved"_s}}};
        const QStringList statuses{u"reserved"_s,  u"paid"_s,    u"shipped"_s, u"delivered"_s,
                                   u"cancelled"_s, u"expired"_s, u"returned"_s};
        for (const QString &method : {u"card"_s, u"cash_on_delivery"_s}) {
            const bool cash = method == u"cash_on_delivery"_s;
            for (const auto &[action, leadsTo, from] : actions) {
                for (const QString &status : statuses) {
                    bool allowed = from.contains(status);
                    // Cash on delivery ships from reserved and has no payment deadline.
                    if (cash && action == u"ship"_s && status == u"reserved"_s)
                        allowed = true;
                    if (cash && action == u"expire"_s)
                        allowed = false;
                    QTest::addRow("%s %s %s", qPrintable(method), qPrintable(status),
                                  qPrintable(action))
                        << method << status << action << (allowed ? leadsTo : QString());
                }
            }
        }
    }

    void everyActionAgainstEveryStatus()
    {
        QFETCH(QString, method);
        QFETCH(QString, status);
        QFETCH(QString, action);
        QFETCH(QString, after);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"A"_s, 5).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        const qint64 id =
            fixture.addOrder(customer, {{u"A"_s, 2}}, method)->value(u"id"_s).toInteger();
        QVERIFY(fixture.database()
                    .exec(u"UPDATE orders SET status = ? WHERE id = ?"_s, {status, id})
                    .ok());

        auto result = runAction(fixture, action, id);
        if (action == u"expire"_s) {
            QVERIFY(result.ok());
            QCOMPARE(result.value().value(u"status"_s).toString(),
                     after.isEmpty() ? status : after);
            return;
        }
        if (!after.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(result.value().value(u"status"_s).toString(), after);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid_status"_s);
        QCOMPARE(result.error().details.value(u"status"_s).toString(), status);
        QCOMPARE(fixture.store().orders().order(id)->value(u"status"_s).toString(), status);
    }

    void expiredReservationsAreReleased()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"A"_s, 5).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        QVERIFY(fixture.addOrder(customer, {{u"A"_s, 4}}).ok());
        const qint64 later = fixture.store().clock().now() + 31 * 60 * 1000;
        auto expired = fixture.write([&](auto &store) -> shopdesk::Result<QJsonObject> {
            auto count = store.orders().expireReservations(later);
            if (!count)
                return count.error();
            return QJsonObject{{u"expired"_s, count.value()}};
        });
        QVERIFY(expired.ok());
        QCOMPARE(expired.value().value(u"expired"_s).toInt(), 1);
        QCOMPARE(reservedOf(fixture, u"A"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
