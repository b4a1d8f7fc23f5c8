#include "../client/clientfixture.h"

#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/producttablemodel.h"
#include "common/language.h"
#include "products/productfilterproxymodel.h"
#include "products/productsview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::client::ChangeRecord;
using shopdesk::client::ProductTableModel;

namespace {

QJsonObject productData(const QString &sku, const QString &name, qint64 priceMinor, qint64 onHand,
                        qint64 reserved)
{
    return QJsonObject{
        {u"sku"_s, sku},
        {u"name"_s, name},
        {u"category"_s, u"Kitchen"_s},
        {u"price"_s, QJsonObject{{u"amount_minor"_s, priceMinor}, {u"currency"_s, u"EUR"_s}}},
        {u"stock"_s, QJsonObject{{u"sku"_s, sku},
                                 {u"on_hand"_s, onHand},
                                 {u"reserved"_s, reserved},
                                 {u"available"_s, onHand - reserved}}}};
}

QStringList shownSkus(ui::ProductsView &view)
{
    QStringList skus;
    QAbstractItemModel *model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        skus.append(model->index(row, ProductTableModel::SkuColumn).data().toString());
    return skus;
}

} // namespace

// The products view over a filled cache: search as you type, sort, filter, live rows.
class TestProducts : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<client::LocalCache> m_cache;
    qint64 m_seq = 0;
    // The English the user reads, plural forms included.
    ui::Translations m_english;

    void apply(const QString &entity, const QString &id, const QJsonObject &data)
    {
        QVERIFY(m_cache->changes()
                    ->apply({ChangeRecord{++m_seq, entity, id, u"update"_s, data, {}, {}}})
                    .ok());
    }

private slots:
    void initTestCase() { m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland)); }

    void init()
    {
        m_cache = std::make_unique<client::LocalCache>();
        QVERIFY(m_cache->open(m_dir.filePath(u"products-%1.sqlite"_s.arg(m_seq))).ok());
        QVERIFY(m_cache->setIdentity(u"http://s"_s, u"alice"_s, u"agent"_s).ok());
        apply(u"product"_s, u"MUG-01"_s, productData(u"MUG-01"_s, u"Blue mug"_s, 1250, 10, 2));
        apply(u"product"_s, u"MUG-02"_s, productData(u"MUG-02"_s, u"Red mug"_s, 1150, 0, 0));
        apply(u"product"_s, u"TEA-01"_s, productData(u"TEA-01"_s, u"Green tea"_s, 450, 40, 0));
    }

    void showsTheColumnsAnAgentNeeds()
    {
        ProductTableModel model(m_cache.get());
        ui::ProductsView view(&model);
        view.show();
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers.append(view.table()->model()->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{u"SKU"_s, u"Name"_s, u"Category"_s, u"Price"_s, u"On hand"_s,
                                       u"Reserved"_s, u"Available"_s}));
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s, u"TEA-01"_s}));
        const QModelIndex mug = view.table()->model()->index(0, 0);
        QCOMPARE(mug.siblingAtColumn(ProductTableModel::OnHandColumn).data().toString(), u"10"_s);
        QCOMPARE(mug.siblingAtColumn(ProductTableModel::ReservedColumn).data().toString(), u"2"_s);
        QCOMPARE(mug.siblingAtColumn(ProductTableModel::AvailableColumn).data().toString(), u"8"_s);
        QVERIFY(mug.siblingAtColumn(ProductTableModel::PriceColumn)
                    .data()
                    .toString()
                    .contains(u"12.50"_s));
        // Nothing left to sell is shown in red.
        const QModelIndex red = view.table()->model()->index(1, ProductTableModel::AvailableColumn);
        QCOMPARE(red.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x1e, 0x1e));
    }

    void searchAsYouType()
    {
        ProductTableModel model(m_cache.get());
        ui::ProductsView view(&model);
        view.show();
        QTest::keyClicks(view.searchField(), u"mu"_s);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s}));
        QTest::keyClicks(view.searchField(), u"g re"_s); // "mug re": every word must match
        QCOMPARE(shownSkus(view), QStringList{u"MUG-02"_s});
        QCOMPARE(view.findChild<QLabel *>(u"productCount"_s)->text(), u"1 of 3 products"_s);
        view.searchField()->clear();
        QTest::keyClicks(view.searchField(), u"KITCHEN tea"_s);
        QCOMPARE(shownSkus(view), QStringList{u"TEA-01"_s});
        view.searchField()->clear();
        QCOMPARE(shownSkus(view).size(), 3);
        QCOMPARE(view.findChild<QLabel *>(u"productCount"_s)->text(), u"3 products"_s);
    }

    void erasingLettersShowsTheEarlierListsAndFollowsChanges()
    {
        ProductTableModel model(m_cache.get());
        ui::ProductsView view(&model);
        view.show();
        QAbstractItemModelTester tester(view.table()->model());
        QTest::keyClicks(view.searchField(), u"mug"_s);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s}));
        QTest::keyClicks(view.searchField(), u" b"_s);
        QCOMPARE(shownSkus(view), QStringList{u"MUG-01"_s});
        // Erasing goes back through the lists each prefix had.
        QTest::keyClick(view.searchField(), Qt::Key_Backspace);
        QCOMPARE(view.searchField()->text(), u"mug "_s);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s}));
        QTest::keyClick(view.searchField(), Qt::Key_Backspace);
        QTest::keyClick(view.searchField(), Qt::Key_Backspace);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s}));

        // A product renamed while "mu" is shown: the lists kept for shorter queries are not
        // trusted any more.
        QCOMPARE(view.searchField()->text(), u"mu"_s);
        apply(u"product"_s, u"TEA-01"_s, productData(u"TEA-01"_s, u"Tea mug"_s, 450, 40, 0));
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s, u"TEA-01"_s}));
        QTest::keyClick(view.searchField(), Qt::Key_Backspace);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s, u"TEA-01"_s}));
        apply(u"product"_s, u"MUG-02"_s, productData(u"MUG-02"_s, u"Red cup"_s, 1150, 0, 0));
        QTest::keyClicks(view.searchField(), u"ug"_s);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s, u"TEA-01"_s}));
        QTest::keyClicks(view.searchField(), u" cup"_s); // only the renamed cup
        QCOMPARE(shownSkus(view), QStringList{u"MUG-02"_s});
        view.searchField()->clear();
        QCOMPARE(shownSkus(view).size(), 3);
    }

    void sortsAndFilters()
    {
        ProductTableModel model(m_cache.get());
        ui::ProductsView view(&model);
        view.show();
        QHeaderView *header = view.table()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(ProductTableModel::AvailableColumn) + 5,
                   header->height() / 2));
        const QStringList ascending = shownSkus(view);
        QCOMPARE(ascending, (QStringList{u"MUG-02"_s, u"MUG-01"_s, u"TEA-01"_s}));
        view.table()->sortByColumn(ProductTableModel::PriceColumn, Qt::DescendingOrder);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s, u"TEA-01"_s}));
        QTest::mouseClick(view.findChild<QCheckBox *>(u"availableOnly"_s), Qt::LeftButton);
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"TEA-01"_s}));
    }

    void rowsChangeInPlace()
    {
        ProductTableModel model(m_cache.get());
        ui::ProductsView view(&model);
        QAbstractItemModelTester tester(view.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        view.table()->sortByColumn(ProductTableModel::AvailableColumn, Qt::AscendingOrder);
        QTest::keyClicks(view.searchField(), u"mug"_s);
        view.showProduct(u"MUG-01"_s);
        QSignalSpy reset(view.table()->model(), &QAbstractItemModel::modelReset);
        apply(u"stock"_s, u"MUG-02"_s,
              QJsonObject{{u"sku"_s, u"MUG-02"_s},
                          {u"on_hand"_s, 30},
                          {u"reserved"_s, 0},
                          {u"available"_s, 30}});
        // Re-sorted by the new figure, the search kept, the selection kept.
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-01"_s, u"MUG-02"_s}));
        QCOMPARE(view.currentSku(), u"MUG-01"_s);
        apply(u"product"_s, u"MUG-03"_s, productData(u"MUG-03"_s, u"Yellow mug"_s, 990, 3, 0));
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-03"_s, u"MUG-01"_s, u"MUG-02"_s}));
        QCOMPARE(view.searchField()->text(), u"mug"_s);
        QCOMPARE(reset.size(), 0);

        // A product that stops matching leaves, one that starts matching comes in.
        apply(u"product"_s, u"MUG-03"_s, productData(u"MUG-03"_s, u"Yellow cup"_s, 990, 3, 0));
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-03"_s, u"MUG-01"_s, u"MUG-02"_s}));
        view.searchField()->setText(u"mug"_s + QString()); // unchanged
        QTest::keyClicks(view.searchField(), u" r"_s);     // "mug r": Red mug only
        QCOMPARE(shownSkus(view), QStringList{u"MUG-02"_s});
        reset.clear(); // a new search is a new list; what follows are sync changes
        apply(u"product"_s, u"TEA-01"_s, productData(u"TEA-01"_s, u"Red mug tea"_s, 450, 40, 0));
        QCOMPARE(shownSkus(view), (QStringList{u"MUG-02"_s, u"TEA-01"_s}));
        apply(u"product"_s, u"MUG-02"_s, productData(u"MUG-02"_s, u"Blue mug"_s, 1150, 30, 0));
        QCOMPARE(shownSkus(view), QStringList{u"TEA-01"_s});
        QCOMPARE(reset.size(), 0);
    }

    void showProductClearsASearchThatHidesIt()
    {
        ProductTableModel model(m_cache.get());
        ui::ProductsView view(&model);
        view.show();
        QTest::keyClicks(view.searchField(), u"tea"_s);
        QVERIFY(view.showProduct(u"MUG-02"_s));
        QVERIFY(view.searchField()->text().isEmpty());
        QCOMPARE(view.currentSku(), u"MUG-02"_s);
        QVERIFY(!view.showProduct(u"NOPE"_s));
    }
};

QTEST_MAIN(TestProducts)
#include "tst_products.moc"
