#include "domain/product.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

QJsonObject sample()
{
    return QJsonDocument::fromJson(
               "{\"sku\": \"KIT-00042\", \"name\": \"Nordhaus Chef's Knife, Slate\", "
               " \"price\": {\"amount_minor\": 4999, \"currency\": \"EUR\"}, "
               " \"category\": \"Kitchen\", \"barcode\": \"4001234567897\", \"description\": "
               "\"sharp\", "
               " \"created_at\": \"2026-11-22T10:15:00Z\", \"updated_at\": "
               "\"2026-11-22T10:16:00Z\", "
               " \"stock\": {\"sku\": \"KIT-00042\", \"on_hand\": 12, \"reserved\": 3, "
               "\"available\": 9, "
               "           \"locations\": [{\"location\": \"main\", \"on_hand\": 12}]}}")
        .object();
}

} // namespace

class TestProduct : public QObject
{
    Q_OBJECT
private slots:
    void readsTheApiProduct()
    {
        const auto product = Product::fromJson(sample());
        QVERIFY2(product.ok(), qPrintable(product.error().message));
        QCOMPARE(product->sku, u"KIT-00042"_s);
        QCOMPARE(product->name, u"Nordhaus Chef's Knife, Slate"_s);
        QCOMPARE(product->category, u"Kitchen"_s);
        QCOMPARE(product->barcode, u"4001234567897"_s);
        QCOMPARE(product->priceMinor, 4999);
        QCOMPARE(product->currency, u"EUR"_s);
        QCOMPARE(product->price(), Money(4999, Currency::parse(u"EUR"_s).value()));
        QCOMPARE(product->onHand, 12);
        QCOMPARE(product->reserved, 3);
        QCOMPARE(product->available, 9);
        QCOMPARE(product->updatedAt, u"2026-11-22T10:16:00Z"_s);
    }

    void writesWhatItReads()
    {
        const Product product = Product::fromJson(sample()).value();
        const auto again = Product::fromJson(product.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), product.toJson());
        QCOMPARE(again->available, 9);
    }

    void withoutStockHoldsNothing()
    {
        QJsonObject json = sample();
        json.remove(u"stock"_s);
        json.remove(u"category"_s);
        const auto product = Product::fromJson(json);
        QVERIFY(product.ok());
        QCOMPARE(product->onHand, 0);
        QCOMPARE(product->available, 0);
        QCOMPARE(product->category, u""_s);
        QVERIFY(!product->category.isNull());
    }

    void badOrMissingFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove it
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::addRow("no sku") << u"sku"_s << gone << u"invalid_field"_s << u"sku"_s;
        QTest::addRow("bad sku") << u"sku"_s << QJsonValue(u"no spaces"_s) << u"invalid_sku"_s
                                 << u"sku"_s;
        QTest::addRow("no name") << u"name"_s << gone << u"invalid_field"_s << u"name"_s;
        QTest::addRow("no price") << u"price"_s << gone << u"invalid_field"_s << u"price"_s;
        QTest::addRow("price a number")
            << u"price"_s << QJsonValue(4999) << u"invalid_money"_s << u"price"_s;
        QTest::addRow("price in no currency")
            << u"price"_s
            << QJsonValue(QJsonObject{{u"amount_minor"_s, 1}, {u"currency"_s, u"euro"_s}})
            << u"invalid_currency"_s << u"price"_s;
        QTest::addRow("category a number")
            << u"category"_s << QJsonValue(1) << u"invalid_field"_s << u"category"_s;
        QTest::addRow("stock a list")
            << u"stock"_s << QJsonValue(QJsonArray()) << u"invalid_field"_s << u"stock"_s;
        QTest::addRow("stock without available")
            << u"stock"_s
            << QJsonValue(
                   QJsonObject{{u"sku"_s, u"KIT-00042"_s}, {u"on_hand"_s, 1}, {u"reserved"_s, 0}})
            << u"invalid_field"_s << u"stock.available"_s;
    }
    void badOrMissingFields()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QJsonObject json = sample();
        if (value.isUndefined())
            json.remove(key);
        else
            json[key] = value;
        const auto product = Product::fromJson(json);
        QVERIFY(!product.ok());
        QCOMPARE(product.error().code, code);
        QCOMPARE(product.error().details.value(u"field"_s).toString(), field);
    }

    void stockLevel_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<bool>("valid");
        const QJsonObject good{
            {u"sku"_s, u"MUG-1"_s}, {u"on_hand"_s, 5}, {u"reserved"_s, 2}, {u"available"_s, 3}};
        QTest::addRow("complete") << good << true;
        QJsonObject fractional = good;
        fractional[u"on_hand"_s] = 2.5;
        QTest::addRow("fractional") << fractional << false;
        QJsonObject textual = good;
        textual[u"reserved"_s] = u"2"_s;
        QTest::addRow("text") << textual << false;
        QJsonObject noSku = good;
        noSku.remove(u"sku"_s);
        QTest::addRow("no sku") << noSku << false;
    }
    void stockLevel()
    {
        QFETCH(QJsonObject, json);
        QFETCH(bool, valid);
        const auto stock = StockLevel::fromJson(json);
        QCOMPARE(stock.ok(), valid);
        if (valid) {
            QCOMPARE(stock->available, 3);
            QCOMPARE(stock->toJson(), json);
        }
    }
};

QTEST_GUILESS_MAIN(TestProduct)
#include "tst_product.moc"
