// Idempotency records: a retried mutation gets its first answer back; old records go.

#include "storefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::test::StoreFixture;

namespace {

shopdesk::Result<QJsonObject> store(StoreFixture &fixture, qint64 userId, const QString &key,
                                    const QByteArray &body)
{
    return fixture.write([&](shopdesk::storage::ShopStore &s) -> shopdesk::Result<QJsonObject> {
        if (auto ok = s.idempotency().storeResponse(userId, key, u"POST /orders abc"_s, 201, body);
            !ok)
            return ok.error();
        return QJsonObject{};
    });
}

} // namespace

class TestIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void storedResponseIsReturned()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto &idempotency = fixture.store().idempotency();
        QVERIFY(!idempotency.storedResponse(1, u"key-1"_s).value().has_value());
        QVERIFY(store(fixture, 1, u"key-1"_s, R"({"id":7})").ok());

        auto stored = idempotency.storedResponse(1, u"key-1"_s);
        QVERIFY(stored.ok());
        QVERIFY(stored.value().has_value());
        QCOMPARE(stored.value()->fingerprint, u"POST /orders abc"_s);
        QCOMPARE(stored.value()->status, 201);
        QCOMPARE(stored.value()->body, QByteArray(R"({"id":7})"));
        // Keys belong to their user.
        QVERIFY(!idempotency.storedResponse(2, u"key-1"_s).value().has_value());
    }

    void aKeyIsStoredOnce()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(store(fixture, 1, u"key-1"_s, "first").ok());
        QVERIFY(!store(fixture, 1, u"key-1"_s, "second").ok());
        QCOMPARE(fixture.store().idempotency().storedResponse(1, u"key-1"_s).value()->body,
                 QByteArray("first"));
    }

    void purgeDropsOnlyOldRecords()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 start = fixture.store().clock().now();
        fixture.store().clock().set(start - 48 * 3600 * 1000LL);
        QVERIFY(store(fixture, 1, u"old"_s, "old").ok());
        fixture.store().clock().set(0);
        QVERIFY(store(fixture, 1, u"new"_s, "new").ok());

        auto purged = fixture.write([&](auto &s) -> shopdesk::Result<QJsonObject> {
            if (auto ok = s.idempotency().purge(start, 24 * 3600 * 1000LL); !ok)
                return ok.error();
            return QJsonObject{};
        });
        QVERIFY(purged.ok());
        auto &idempotency = fixture.store().idempotency();
        QVERIFY(!idempotency.storedResponse(1, u"old"_s).value().has_value());
        QVERIFY(idempotency.storedResponse(1, u"new"_s).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
