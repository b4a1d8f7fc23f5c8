// The change log: sequence numbers contiguous in commit order, none for rolled-back work.

#include "storefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::test::StoreFixture;

class TestChangeLog : public QObject
{
    Q_OBJECT

    static void verifyContiguous(const QJsonArray &records, qint64 first)
    {
        qint64 expected = first;
        for (const QJsonValue &record : records)
            QCOMPARE(record.toObject().value(u"seq"_s).toInteger(), expected++);
    }

private slots:
    void seqsAreContiguous()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        QVERIFY(fixture.addProduct(u"A"_s, 5).ok());
        const qint64 customer = fixture.addCustomer(u"Ada"_s).value();
        QVERIFY(fixture.addOrder(customer, {{u"A"_s, 2}}).ok());

        auto &log = fixture.store().changes();
        const qint64 last = log.lastSeq().value();
        const QJsonArray all = log.read(0, 1000).value();
        QCOMPARE(all.size(), last);
        verifyContiguous(all, 1);
        // Reading from the middle continues where the reader left off.
        const QJsonArray tail = log.read(3, 1000).value();
        QCOMPARE(tail.size(), last - 3);
        verifyContiguous(tail, 4);
        QCOMPARE(log.read(last, 1000).value().size(), 0);
    }

    void recordsSayWhatChanged()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 before = fixture.store().changes().lastSeq().value();
        QVERIFY(fixture.addProduct(u"A"_s).ok());
        const QJsonArray records = fixture.store().changes().read(before, 10).value();
        QCOMPARE(records.size(), 1);
        const QJsonObject record = records.first().toObject();
        QCOMPARE(record.value(u"entity"_s).toString(), u"product"_s);
        QCOMPARE(record.value(u"id"_s).toString(), u"A"_s);
        QCOMPARE(record.value(u"op"_s).toString(), u"create"_s);
        QCOMPARE(record.value(u"user"_s).toString(), u"admin"_s);
        QCOMPARE(record.value(u"data"_s).toObject().value(u"sku"_s).toString(), u"A"_s);
    }

    void rolledBackBatchesHandOutNoSeqs()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 before = fixture.store().changes().lastSeq().value();
        auto failed =
            fixture.write([](shopdesk::storage::ShopStore &store) -> shopdesk::Result<QJsonObject> {
                if (auto ok = store.changes().append(StoreFixture::admin(), u"test"_s, u"1"_s,
                                                     u"create"_s, QJsonObject{});
                    !ok) {
                    return ok.error();
                }
                return shopdesk::Error{u"refused"_s, u"refused on purpose"_s, {}};
            });
        QVERIFY(!failed.ok());
        QCOMPARE(fixture.store().changes().lastSeq().value(), before);
        QCOMPARE(fixture.store().batch().seq(), before);

        QVERIFY(fixture.addProduct(u"A"_s).ok());
        const QJsonArray records = fixture.store().changes().read(before, 10).value();
        QCOMPARE(records.size(), 1);
        verifyContiguous(records, before + 1);
    }

    void oneBatchCommitsManyRecords()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 before = fixture.store().changes().lastSeq().value();
        auto written =
            fixture.write([](shopdesk::storage::ShopStore &store) -> shopdesk::Result<QJsonObject> {
                for (int i = 0; i < 5; ++i) {
                    if (auto ok = store.changes().append(StoreFixture::admin(), u"test"_s,
                                                         QString::number(i), u"create"_s, {});
                        !ok) {
                        return ok.error();
                    }
                }
                return QJsonObject{};
            });
        QVERIFY(written.ok());
        QCOMPARE(fixture.store().changes().lastSeq().value(), before + 5);
        verifyContiguous(fixture.store().changes().read(before, 10).value(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
