#include "domain/lowstockitem.h"
#include "domain/picklistentry.h"
#include "domain/stocklocation.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

QJsonObject location()
{
    return QJsonObject{{u"name"_s, u"shelf-a"_s},
                       {u"description"_s, u"Aisle 1, left"_s},
                       {u"created_by"_s, u"wanda"_s},
                       {u"created_at"_s, u"2026-11-22T10:15:00Z"_s},
                       {u"on_hand"_s, 14}};
}

QJsonObject lowStock()
{
    return QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"name"_s, u"Mug"_s}, {u"location"_s, u"main"_s},
                       {u"on_hand"_s, 2},      {u"minimum"_s, 5},     {u"missing"_s, 3},
                       {u"low"_s, true}};
}

QJsonObject pickEntry()
{
    return QJsonObject{
        {u"order_id"_s, 17},
        {u"status"_s, u"paid"_s},
        {u"payment_method"_s, u"card"_s},
        {u"customer"_s, QJsonObject{{u"id"_s, 4},
                                    {u"name"_s, u"Ada Lovelace"_s},
                                    {u"email"_s, u"ada@example.org"_s},
                                    {u"phone"_s, u""_s},
                                    {u"address"_s, u"12 St James's Square\nLondon"_s},
                                    {u"language"_s, u"en"_s}}},
        {u"created_at"_s, u"2026-11-22T10:15:00Z"_s},
        {u"notes"_s, u"gift wrap"_s},
        {u"stock_at_risk"_s, true},
        {u"lines"_s,
         QJsonArray{QJsonObject{
             {u"sku"_s, u"MUG-1"_s},
             {u"name"_s, u"Mug"_s},
             {u"barcode"_s, u"4001234567897"_s},
             {u"quantity"_s, 2},
             {u"locations"_s,
              QJsonArray{QJsonObject{{u"location"_s, u"main"_s}, {u"on_hand"_s, 1}},
                         QJsonObject{{u"location"_s, u"shelf-a"_s}, {u"on_hand"_s, 5}}}}}}}};
}

// Removes `key` (a value of undefined) or sets it, following "lines[0].quantity" paths.
QJsonObject changed(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path);
        else
            object[path] = value;
        return object;
    }
    const QString head = path.left(dot);
    const QString rest = path.mid(dot + 1);
    const qsizetype bracket = head.indexOf(u'[');
    if (bracket < 0) {
        object[head] = changed(object.value(head).toObject(), rest, value);
        return object;
    }
    const QString key = head.left(bracket);
    const int index = head.mid(bracket + 1, head.size() - bracket - 2).toInt();
    QJsonArray array = object.value(key).toArray();
    array[index] = changed(array.at(index).toObject(), rest, value);
    object[key] = array;
    return object;
}

} // namespace

class TestWarehouseTypes : public QObject
{
    Q_OBJECT
private slots:
    void locationReadsAndWrites()
    {
        const auto read = StockLocation::fromJson(location());
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read->name, u"shelf-a"_s);
        QCOMPARE(read->description, u"Aisle 1, left"_s);
        QCOMPARE(read->createdBy, u"wanda"_s);
        QCOMPARE(read->createdAt, QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
        QCOMPARE(read->onHand, 14);
        QCOMPARE(read->toJson(), location());
    }

    void locationNamedBeforeLocationsExisted()
    {
        QJsonObject json = location();
        json[u"created_at"_s] = QJsonValue();
        const auto read = StockLocation::fromJson(json);
        QVERIFY(read.ok());
        QVERIFY(!read->createdAt.isValid());
        QCOMPARE(read->toJson(), json);
    }

    void lowStockReadsAndWrites()
    {
        const auto read = LowStockItem::fromJson(lowStock());
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read->sku, u"MUG-1"_s);
        QCOMPARE(read->name, u"Mug"_s);
        QCOMPARE(read->location, u"main"_s);
        QCOMPARE(read->onHand, 2);
        QCOMPARE(read->minimum, 5);
        QCOMPARE(read->missing, 3);
        QVERIFY(read->low);
        QCOMPARE(read->toJson(), lowStock());
    }

    void lowStockOfANewMinimumHasNoMissing()
    {
        QJsonObject json = lowStock();
        json.remove(u"missing"_s);
        json[u"low"_s] = false;
        const auto read = LowStockItem::fromJson(json);
        QVERIFY(read.ok());
        QCOMPARE(read->missing, 0);
        QVERIFY(!read->low);
    }

    void pickEntryReadsAndWrites()
    {
        const auto read = PickListEntry::fromJson(pickEntry());
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read->order.id, OrderId(17));
        QCOMPARE(read->order.status, OrderStatus::Paid);
        QCOMPARE(read->order.paymentMethod, PaymentMethod::Card);
        QCOMPARE(read->order.customerId, CustomerId(4));
        QCOMPARE(read->order.notes, u"gift wrap"_s);
        QVERIFY(read->order.stockAtRisk);
        QCOMPARE(read->order.createdAt, QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
        QCOMPARE(read->customer.name, u"Ada Lovelace"_s);
        QCOMPARE(read->customer.address, u"12 St James's Square\nLondon"_s);
        QCOMPARE(read->order.lines.size(), 1);
        QCOMPARE(read->order.lines[0].sku, u"MUG-1"_s);
        QCOMPARE(read->order.lines[0].name, u"Mug"_s);
        QCOMPARE(read->order.lines[0].quantity, 2);
        QCOMPARE(read->picking.size(), 1);
        QCOMPARE(read->picking[0].barcode, u"4001234567897"_s);
        QCOMPARE(read->picking[0].locations.size(), 2);
        QCOMPARE(read->picking[0].locations[1].location, u"shelf-a"_s);
        QCOMPARE(read->picking[0].locations[1].onHand, 5);
        QCOMPARE(read->toJson(), pickEntry());
    }

    void badOrMissingFields_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove it
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonValue gone(QJsonValue::Undefined);
        const QString invalid = u"invalid_field"_s;
        QTest::addRow("location without name")
            << u"location"_s << u"name"_s << gone << invalid << u"name"_s;
        QTest::addRow("location name a number")
            << u"location"_s << u"name"_s << QJsonValue(3) << invalid << u"name"_s;
        QTest::addRow("location on hand as text")
            << u"location"_s << u"on_hand"_s << QJsonValue(u"14"_s) << invalid << u"on_hand"_s;
        QTest::addRow("location time not a time")
            << u"location"_s << u"created_at"_s << QJsonValue(u"noon"_s) << invalid
            << u"created_at"_s;
        QTest::addRow("low stock without sku")
            << u"low"_s << u"sku"_s << gone << invalid << u"sku"_s;
        QTest::addRow("low stock bad sku")
            << u"low"_s << u"sku"_s << QJsonValue(u"a/b"_s) << u"invalid_sku"_s << u"sku"_s;
        QTest::addRow("low stock without location")
            << u"low"_s << u"location"_s << gone << invalid << u"location"_s;
        QTest::addRow("low stock without on hand")
            << u"low"_s << u"on_hand"_s << gone << invalid << u"on_hand"_s;
        QTest::addRow("low stock without minimum")
            << u"low"_s << u"minimum"_s << gone << invalid << u"minimum"_s;
        QTest::addRow("low stock fractional missing")
            << u"low"_s << u"missing"_s << QJsonValue(1.5) << invalid << u"missing"_s;
        QTest::addRow("low stock low as text")
            << u"low"_s << u"low"_s << QJsonValue(u"yes"_s) << invalid << u"low"_s;
        QTest::addRow("pick without order")
            << u"pick"_s << u"order_id"_s << gone << invalid << u"order_id"_s;
        QTest::addRow("pick unknown status") << u"pick"_s << u"status"_s << QJsonValue(u"lost"_s)
                                             << u"unknown_status"_s << u"status"_s;
        QTest::addRow("pick without payment method")
            << u"pick"_s << u"payment_method"_s << gone << invalid << u"payment_method"_s;
        QTest::addRow("pick without customer")
            << u"pick"_s << u"customer"_s << gone << invalid << u"customer"_s;
        QTest::addRow("pick customer without name")
            << u"pick"_s << u"customer.name"_s << gone << invalid << u"customer"_s;
        QTest::addRow("pick without lines")
            << u"pick"_s << u"lines"_s << gone << invalid << u"lines"_s;
        QTest::addRow("pick line without quantity")
            << u"pick"_s << u"lines[0].quantity"_s << gone << invalid << u"lines[0].quantity"_s;
        QTest::addRow("pick line bad sku") << u"pick"_s << u"lines[0].sku"_s << QJsonValue(u"a/b"_s)
                                           << u"invalid_sku"_s << u"lines[0].sku"_s;
        QTest::addRow("pick line locations not a list")
            << u"pick"_s << u"lines[0].locations"_s << QJsonValue(u"main"_s) << invalid
            << u"lines[0].locations"_s;
        QTest::addRow("pick at risk as text")
            << u"pick"_s << u"stock_at_risk"_s << QJsonValue(u"no"_s) << invalid
            << u"stock_at_risk"_s;
    }
    void badOrMissingFields()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        Error error;
        if (type == u"location"_s) {
            const auto read = StockLocation::fromJson(changed(location(), path, value));
            QVERIFY(!read.ok());
            error = read.error();
        } else if (type == u"low"_s) {
            const auto read = LowStockItem::fromJson(changed(lowStock(), path, value));
            QVERIFY(!read.ok());
            error = read.error();
        } else {
            const auto read = PickListEntry::fromJson(changed(pickEntry(), path, value));
            QVERIFY(!read.ok());
            error = read.error();
        }
        QCOMPARE(error.code, code);
        QCOMPARE(error.details.value(u"field"_s).toString(), field);
    }

    void badPlace()
    {
        QJsonObject json = pickEntry();
        QJsonArray lines = json.value(u"lines"_s).toArray();
        QJsonObject line = lines.at(0).toObject();
        line[u"locations"_s] = QJsonArray{QJsonObject{{u"location"_s, u"main"_s}}};
        lines[0] = line;
        json[u"lines"_s] = lines;
        const auto read = PickListEntry::fromJson(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().details.value(u"field"_s).toString(),
                 u"lines[0].locations[0].on_hand"_s);
    }
};

QTEST_GUILESS_MAIN(TestWarehouseTypes)
#include "tst_warehousetypes.moc"
