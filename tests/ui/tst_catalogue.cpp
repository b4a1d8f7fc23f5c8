#include "admindesk.h"

#include "admin/adminview.h"
#include "admin/catalogueview.h"
#include "admin/pricechangedialog.h"
#include "admin/productdialog.h"
#include "client/clientsession.h"
#include "common/language.h"
#include "common/messagebar.h"
#include "shell/mainwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

// The Admin module's Catalogue tab as a manager uses it, against a real server: a product made
// in the dialog, a taken barcode refused in plain words, archiving, and a bulk price change
// whose preview lists every change before Apply changes them all.
class TestCatalogueView : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ClientShop m_shop;
    test::AdminDesk m_desk;
    ui::CatalogueView *m_view = nullptr;
    ui::Translations m_translations; // English's plural forms ("4 prices")

    QString cell(const QString &sku, int column)
    {
        auto *model = m_view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == sku)
                return model->index(row, column).data().toString();
        }
        return {};
    }

    qint64 serverPrice(const QString &sku)
    {
        return m_shop.admin()
            .get(u"/api/v1/products/"_s + sku)
            .json()[u"price"_s][u"amount_minor"_s]
            .toInteger();
    }

    static void type(QLineEdit *field, const QString &text)
    {
        field->clear();
        QTest::keyClicks(field, text);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        QCOMPARE(m_translations.apply(u"en"_s), u"en"_s);
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        QCOMPARE(m_shop.createProduct(u"PAN-01"_s, u"Frying pan"_s, 2995), 201);
        QCOMPARE(m_shop.createProduct(u"POT-01"_s, u"Stock pot"_s, 4000), 201);
        QCOMPARE(m_shop.admin()
                     .patch(u"/api/v1/products/PAN-01"_s, {{u"barcode"_s, u"4006381333931"_s}})
                     .status,
                 200);
        QString why;
        QVERIFY2(m_desk.open(m_shop.url(), u"mia"_s, &why, QSize(1100, 700)), qPrintable(why));
        auto *admin = m_desk.admin();
        QVERIFY(!admin->users()); // a manager keeps the catalogue, not the users
        m_view = admin->catalogue();
        QVERIFY(m_view);
        QCOMPARE(admin->tabs()->tabText(admin->tabs()->indexOf(m_view)), u"&Catalogue"_s);
        QTRY_COMPARE(m_view->model()->rowCount(), 3); // MUG-01 of the fixture too
    }
    void cleanupTestCase() { m_desk.close(); }

    void aProductIsCreatedInTheDialog()
    {
        // Closed, the dialog deletes itself.
        QPointer<ui::ProductDialog> dialog = m_view->startNewProduct();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->skuField(), u"LID-01"_s);
        QTest::keyClicks(dialog->nameField(), u"Glass lid"_s);
        QTest::keyClicks(dialog->categoryField(), u"Kitchen"_s);
        QTest::keyClicks(dialog->priceField(), u"-3"_s);
        QCOMPARE(dialog->problem(), u"A price cannot be negative."_s);
        QVERIFY(!ok->isEnabled());
        type(dialog->priceField(), u"12.50"_s);
        dialog->taxField()->setValue(19);
        dialog->minimumField()->setValue(4);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(cell(u"LID-01"_s, 1), u"Glass lid"_s);
        QCOMPARE(cell(u"LID-01"_s, 5), u"19.00 %"_s);
        QCOMPARE(m_view->messageBar()->text(), u"Product LID-01 was created."_s);
        const QJsonObject onServer = m_shop.admin().get(u"/api/v1/products/LID-01"_s).json();
        QCOMPARE(onServer[u"price"_s][u"amount_minor"_s].toInteger(), 1250);
        QCOMPARE(onServer[u"tax_rate_bp"_s].toInteger(), 1900);
        QCOMPARE(onServer[u"minimum_stock"_s].toInteger(), 4);
    }

    void aTakenBarcodeIsRefusedPlainly()
    {
        ui::ProductDialog *dialog = m_view->startNewProduct();
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->skuField(), u"PAN-02"_s);
        QTest::keyClicks(dialog->nameField(), u"Frying pan, large"_s);
        QTest::keyClicks(dialog->barcodeField(), u"4006381333931"_s);
        QTest::keyClicks(dialog->priceField(), u"39.95"_s);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(dialog->problem(), u"This barcode belongs to product PAN-01 already."_s);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_shop.admin().get(u"/api/v1/products/PAN-02"_s).status, 404);
        dialog->reject();
    }

    void anArchivedProductLeavesTheListUntilAskedFor()
    {
        m_view->selectProduct(u"POT-01"_s);
        QCOMPARE(m_view->archiveButton()->text(), u"Ar&chive"_s);
        QTest::mouseClick(m_view->archiveButton(), Qt::LeftButton);
        QTRY_VERIFY(cell(u"POT-01"_s, 0).isEmpty());
        QVERIFY(m_view->messageBar()->text().startsWith(u"Product POT-01 is archived"_s));
        m_view->showArchivedBox()->setChecked(true);
        QTRY_COMPARE(cell(u"POT-01"_s, 6), u"Archived"_s);
        m_view->selectProduct(u"POT-01"_s);
        QCOMPARE(m_view->archiveButton()->text(), u"&Unarchive"_s);
        QTest::mouseClick(m_view->archiveButton(), Qt::LeftButton);
        QTRY_COMPARE(cell(u"POT-01"_s, 6), u"Active"_s);
        m_view->showArchivedBox()->setChecked(false);
        QTRY_VERIFY(!m_view->isLoading());
    }

    void aBulkChangeIsPreviewedThenApplied()
    {
        QPointer<ui::PriceChangeDialog> dialog = m_view->startPriceChange();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->previewButton()->isEnabled());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QTest::keyClicks(dialog->categoryField(), u"Kitchen"_s);
        dialog->percentField()->setValue(-10);
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->changesTable()->rowCount(), 4);
        QTableWidget *table = dialog->changesTable();
        QCOMPARE(table->item(0, 0)->text(), u"LID-01"_s);
        QCOMPARE(table->item(0, 2)->text(), u"€12.50"_s);
        QCOMPARE(table->item(0, 3)->text(), u"€11.25"_s);
        QCOMPARE(table->item(2, 0)->text(), u"PAN-01"_s);
        QCOMPARE(table->item(2, 3)->text(), u"€26.96"_s); // 26.955 rounds up
        QCOMPARE(dialog->status()->text(),
                 u"4 prices will change. Apply changes them all at once."_s);
        // The preview wrote nothing.
        QCOMPARE(serverPrice(u"PAN-01"_s), 2995);
        QVERIFY(dialog->applyButton()->isEnabled());

        // Editing the rule takes the preview back: Apply waits for a new one.
        dialog->percentField()->setValue(-20);
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->percentField()->setValue(-10);
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->applyButton()->isEnabled());

        // SHOPDESK_SCREENSHOT_DIR set: the preview for the manager's guide.
        if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(dialog->grab().save(QDir(dir).filePath(u"admin-catalogue-prices.png"_s)));
            QVERIFY(m_desk.window()->grab().save(QDir(dir).filePath(u"admin-catalogue.png"_s)));
        }

        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(m_view->messageBar()->text(), u"4 prices changed."_s);
        QCOMPARE(serverPrice(u"PAN-01"_s), 2696);
        QCOMPARE(serverPrice(u"LID-01"_s), 1125);
        QTRY_COMPARE(cell(u"PAN-01"_s, 4), u"€26.96"_s);
    }

    void aCsvWithProblemsCannotBeApplied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"prices.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sku,price\nPAN-01,30.00\nNOPE-9,1.00\nLID-01,cheap\n");
        file.close();
        ui::PriceChangeDialog *dialog = m_view->startPriceChange();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->loadCsv(path));
        QVERIFY(dialog->fromCsv()->isChecked());
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->problemsTable()->rowCount(), 2);
        QCOMPARE(dialog->changesTable()->rowCount(), 1);
        QCOMPARE(dialog->problemsTable()->item(0, 0)->text(), u"3"_s);
        QCOMPARE(dialog->problemsTable()->item(0, 1)->text(), u"NOPE-9"_s);
        QCOMPARE(dialog->problemsTable()->item(1, 0)->text(), u"4"_s);
        QVERIFY(!dialog->applyButton()->isEnabled());
        QCOMPARE(dialog->status()->text(),
                 u"2 problems must be put right before the prices can change."_s);
        dialog->reject();
        QCOMPARE(serverPrice(u"PAN-01"_s), 2696);
    }
};

QTEST_MAIN(TestCatalogueView)
#include "tst_catalogue.moc"
