#include "clientfixture.h"

#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/producttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::client;

namespace {

ChangeRecord stockChange(qint64 seq, const QString &sku, qint64 onHand, qint64 reserved = 0)
{
    return ChangeRecord{seq,
                        u"stock"_s,
                        sku,
                        u"update"_s,
                        QJsonObject{{u"sku"_s, sku},
                                    {u"on_hand"_s, onHand},
                                    {u"reserved"_s, reserved},
                                    {u"available"_s, onHand - reserved}},
                        {},
                        {}};
}

ChangeRecord productChange(qint64 seq, const QString &sku, const QString &name)
{
    return ChangeRecord{
        seq,
        u"product"_s,
        sku,
        u"create"_s,
        QJsonObject{{u"sku"_s, sku},
                    {u"name"_s, name},
                    {u"price"_s, QJsonObject{{u"amount_minor"_s, 500}, {u"currency"_s, u"EUR"_s}}}},
        {},
        {}};
}

} // namespace

// The product table follows the cache row by row: no reset for a change.
class TestProductModel : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;
    QTemporaryDir m_dir;

private slots:
    void followsChangesRowByRow()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"model.sqlite"_s)).ok());
        QVERIFY(cache.setIdentity(u"http://s"_s, u"maria"_s, u"agent"_s).ok());
        QVERIFY(cache.changes()
                    ->apply({productChange(1, u"A-1"_s, u"Apple"_s),
                             productChange(2, u"B-2"_s, u"Banana"_s)})
                    .ok());
        ProductTableModel model(&cache);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QVERIFY(cache.changes()->apply({stockChange(3, u"B-2"_s, 8, 3)}).ok());
        QCOMPARE(changed.size(), 1);
        const QModelIndex topLeft = changed.first().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), model.rowOfSku(u"B-2"_s));
        QCOMPARE(bottomRight.row(), topLeft.row());
        QCOMPARE(topLeft.column(), int(ProductTableModel::OnHandColumn));
        QCOMPARE(bottomRight.column(), int(ProductTableModel::AvailableColumn));
        const int row = model.rowOfSku(u"B-2"_s);
        QCOMPARE(model.index(row, ProductTableModel::AvailableColumn).data().toString(), u"5"_s);
        QCOMPARE(model.index(row, ProductTableModel::ReservedColumn)
                     .data(ProductTableModel::SortRole)
                     .toLongLong(),
                 3);

        QVERIFY(cache.changes()->apply({productChange(4, u"C-3"_s, u"Cherry"_s)}).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.searchKey(model.rowOfSku(u"C-3"_s)).contains(u"cherry"_s));

        QVERIFY(cache.changes()
                    ->apply({ChangeRecord{5, u"product"_s, u"A-1"_s, u"delete"_s, {}, {}, {}}})
                    .ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOfSku(u"A-1"_s), -1);
        QCOMPARE(model.product(model.rowOfSku(u"C-3"_s)).name, u"Cherry"_s);
        QCOMPARE(reset.size(), 0);
    }

    void loadsInTheBackgroundWithoutLosingChanges()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"background.sqlite"_s)).ok());
        QVERIFY(cache.setIdentity(u"http://s"_s, u"maria"_s, u"agent"_s).ok());
        QList<ChangeRecord> many;
        for (int i = 0; i < 2000; ++i)
            many.append(productChange(i + 1, u"P-%1"_s.arg(i, 4, 10, QChar(u'0')), u"Thing"_s));
        QVERIFY(cache.changes()->apply(many).ok());

        ProductTableModel model(&cache, nullptr, ProductTableModel::Load::Later);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy loaded(&model, &ProductTableModel::loaded);
        model.loadInBackground();
        QVERIFY(model.isLoading());
        // Changes committed while the reader runs are not lost.
        QVERIFY(cache.changes()
                    ->apply({stockChange(5000, u"P-0007"_s, 42),
                             productChange(5001, u"NEW-1"_s, u"Newcomer"_s)})
                    .ok());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 2001);
        QCOMPARE(model.product(model.rowOfSku(u"P-0007"_s)).onHand, 42);
        QVERIFY(model.rowOfSku(u"NEW-1"_s) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestProductModel)
#include "tst_productmodel.moc"
