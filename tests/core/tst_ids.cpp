#include "domain/ids.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

class TestIds : public QObject
{
    Q_OBJECT
private slots:
    void sku_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << u"TSHIRT-RED-M"_s << true;
        QTest::addRow("dots and underscores") << u"a.b_c-9"_s << true;
        QTest::addRow("64 chars") << QString(64, u'x') << true;
        QTest::addRow("65 chars") << QString(65, u'x') << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("space") << u"A B"_s << false;
        QTest::addRow("slash") << u"A/B"_s << false;
        QTest::addRow("umlaut") << u"Ä1"_s << false;
    }
    void sku()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto sku = Sku::parse(text);
        QCOMPARE(sku.ok(), valid);
        QCOMPARE(Sku::isValid(text), valid);
        if (valid)
            QCOMPARE(sku->toString(), text);
        else
            QCOMPARE(sku.error().code, u"invalid_sku"_s);
    }

    void idempotencyKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("uuid") << u"123e4567-e89b-12d3-a456-426614174000"_s << true;
        QTest::addRow("upper case") << u"123E4567-E89B-12D3-A456-426614174000"_s << true;
        QTest::addRow("braces") << u"{123e4567-e89b-12d3-a456-426614174000}"_s << false;
        QTest::addRow("short") << u"123e4567-e89b-12d3-a456-42661417400"_s << false;
        QTest::addRow("word") << u"retry-1"_s << false;
        QTest::addRow("empty") << QString() << false;
    }
    void idempotencyKey()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto key = IdempotencyKey::parse(text);
        QCOMPARE(key.ok(), valid);
        if (valid)
            QCOMPARE(key->toString(), text.toLower());
        else
            QCOMPARE(key.error().code, u"invalid_idempotency_key"_s);
    }

    void generatedKeysAreDistinctAndParse()
    {
        const IdempotencyKey a = IdempotencyKey::generate();
        const IdempotencyKey b = IdempotencyKey::generate();
        QVERIFY(!(a == b));
        QVERIFY(IdempotencyKey::parse(a.toString()).ok());
    }

    void typedIds()
    {
        const OrderId order(42);
        QVERIFY(order.isValid());
        QVERIFY(!OrderId().isValid());
        QCOMPARE(order.toString(), u"42"_s);
        QVERIFY(OrderId(1) < OrderId(2));
        // Different entities' ids are different types.
        static_assert(!std::is_same_v<OrderId, CustomerId>);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
