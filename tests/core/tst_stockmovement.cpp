#include "domain/stockmovement.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

Q_DECLARE_METATYPE(shopdesk::MovementKind)

namespace {

QJsonObject sample()
{
    return QJsonObject{
        {u"id"_s, 31},       {u"sku"_s, u"MUG-1"_s},      {u"kind"_s, u"sale"_s},
        {u"quantity"_s, -2}, {u"location"_s, u"main"_s},  {u"reason"_s, u"shipment of order 17"_s},
        {u"order_id"_s, 17}, {u"user"_s, u"warehouse"_s}, {u"at"_s, u"2026-11-22T10:15:00Z"_s}};
}

} // namespace

class TestStockMovement : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MovementKind>("kind");
        QTest::addRow("receipt") << u"receipt"_s << MovementKind::Receipt;
        QTest::addRow("sale") << u"sale"_s << MovementKind::Sale;
        QTest::addRow("return") << u"return"_s << MovementKind::Return;
        QTest::addRow("adjustment") << u"adjustment"_s << MovementKind::Adjustment;
        QTest::addRow("removal") << u"removal"_s << MovementKind::Removal;
        QTest::addRow("transfer") << u"transfer"_s << MovementKind::Transfer;
    }
    void kinds()
    {
        QFETCH(QString, name);
        QFETCH(MovementKind, kind);
        QCOMPARE(movementKindName(kind), name);
        QCOMPARE(parseMovementKind(name).value(), kind);
        QVERIFY(allMovementKinds().contains(kind));
    }

    void unknownKind()
    {
        const auto kind = parseMovementKind(u"theft"_s);
        QVERIFY(!kind.ok());
        QCOMPARE(kind.error().code, u"unknown_movement_kind"_s);
    }

    void readsAndWrites()
    {
        const auto movement = StockMovement::fromJson(sample());
        QVERIFY2(movement.ok(), qPrintable(movement.error().message));
        QCOMPARE(movement->id, MovementId(31));
        QCOMPARE(movement->sku, u"MUG-1"_s);
        QCOMPARE(movement->kind, MovementKind::Sale);
        QCOMPARE(movement->quantity, -2);
        QCOMPARE(movement->location, u"main"_s);
        QCOMPARE(movement->orderId, OrderId(17));
        QCOMPARE(movement->user, u"warehouse"_s);
        QCOMPARE(movement->at, QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
        QCOMPARE(movement->toJson(), sample());
    }

    void withoutOrder()
    {
        QJsonObject json = sample();
        json[u"kind"_s] = u"receipt"_s;
        json[u"quantity"_s] = 24;
        json[u"order_id"_s] = QJsonValue();
        const auto movement = StockMovement::fromJson(json);
        QVERIFY(movement.ok());
        QVERIFY(!movement->orderId.isValid());
        QCOMPARE(movement->toJson(), json);
    }

    void badOrMissingFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove it
        QTest::addColumn<QString>("code");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::addRow("no id") << u"id"_s << gone << u"invalid_field"_s;
        QTest::addRow("no sku") << u"sku"_s << gone << u"invalid_field"_s;
        QTest::addRow("bad sku") << u"sku"_s << QJsonValue(u"a/b"_s) << u"invalid_sku"_s;
        QTest::addRow("no kind") << u"kind"_s << gone << u"invalid_field"_s;
        QTest::addRow("unknown kind")
            << u"kind"_s << QJsonValue(u"theft"_s) << u"unknown_movement_kind"_s;
        QTest::addRow("no quantity") << u"quantity"_s << gone << u"invalid_field"_s;
        QTest::addRow("fractional quantity")
            << u"quantity"_s << QJsonValue(1.25) << u"invalid_field"_s;
        QTest::addRow("order as text")
            << u"order_id"_s << QJsonValue(u"17"_s) << u"invalid_field"_s;
        QTest::addRow("time not a time") << u"at"_s << QJsonValue(u"noon"_s) << u"invalid_field"_s;
    }
    void badOrMissingFields()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject json = sample();
        if (value.isUndefined())
            json.remove(key);
        else
            json[key] = value;
        const auto movement = StockMovement::fromJson(json);
        QVERIFY(!movement.ok());
        QCOMPARE(movement.error().code, code);
        QCOMPARE(movement.error().details.value(u"field"_s).toString(), key);
    }
};

QTEST_GUILESS_MAIN(TestStockMovement)
#include "tst_stockmovement.moc"
