#include "admindesk.h"

#include "admin/adminview.h"
#include "admin/auditview.h"
#include "client/admin/auditmodel.h"
#include "client/clientsession.h"
#include "common/messagebar.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

// The Admin module's Audit tab against a real server: a manager filters the change log by
// user, reads a change's fields and exports the list as CSV; an agent has no Admin module.
class TestAuditView : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ClientShop m_shop;
    test::AdminDesk m_desk;
    ui::AuditView *m_audit = nullptr;

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_audit->model()->index(row, column).data(role).toString();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        // Alice (agent) adds two customers.
        test::TestHttp alice(m_shop.url());
        QVERIFY(alice.login(u"alice"_s, QString::fromLatin1(ClientShop::password)));
        for (const QString &name : {u"Bea Brandt"_s, u"Carl \"Cee\", Jr."_s})
            QCOMPARE(alice.post(u"/api/v1/customers"_s, {{u"name"_s, name}}).status, 201);

        QString why;
        QVERIFY2(m_desk.open(m_shop.url(), u"mia"_s, &why, QSize(1200, 700)), qPrintable(why));
        auto *admin = m_desk.admin();
        // A manager has the audit but not the users.
        QVERIFY(!admin->users());
        m_audit = admin->audit();
        QVERIFY(m_audit);
        admin->tabs()->setCurrentWidget(m_audit);
        QTRY_VERIFY(!m_audit->isLoading());
        QTRY_VERIFY(m_audit->model()->rowCount() > 0);
    }
    void cleanupTestCase() { m_desk.close(); }

    void theManagerSeesNoUserRecords()
    {
        QCOMPARE(m_audit->model()->headerData(0, Qt::Horizontal).toString(), u"Time"_s);
        for (int row = 0; row < m_audit->model()->rowCount(); ++row)
            QVERIFY(cell(row, client::AuditModel::Entity, Qt::EditRole) != u"user"_s);
        QCOMPARE(m_audit->entityBox()->findData(u"user"_s), -1);
        QVERIFY(m_audit->entityBox()->findData(u"customer"_s) > 0);
    }

    void filteringByUserShowsTheirChanges()
    {
        QSignalSpy loaded(m_audit, &ui::AuditView::loaded);
        QTest::keyClicks(m_audit->userField(), u"alice"_s);
        QTest::keyClick(m_audit->userField(), Qt::Key_Return);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(m_audit->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(row, client::AuditModel::User), u"alice"_s);
            QCOMPARE(cell(row, client::AuditModel::Address), u"127.0.0.1"_s);
            QCOMPARE(cell(row, client::AuditModel::Entity), u"Customer"_s);
            QCOMPARE(cell(row, client::AuditModel::Operation), u"Created"_s);
            QVERIFY(!cell(row, client::AuditModel::Time).isEmpty());
        }
        // Newest first; the summary names the customer.
        QVERIFY(cell(0, client::AuditModel::Summary).contains(u"Carl"_s));
        QVERIFY(cell(1, client::AuditModel::Summary).contains(u"Bea Brandt"_s));
        QVERIFY(!m_audit->moreButton()->isEnabled());

        // The chosen change's fields beside the list.
        m_audit->table()->selectRow(1);
        QTableWidget *details = m_audit->details();
        QTRY_VERIFY(details->rowCount() > 0);
        bool named = false;
        for (int row = 0; row < details->rowCount(); ++row) {
            if (details->item(row, 0)->text() == u"name"_s)
                named = details->item(row, 1)->text() == u"Bea Brandt"_s;
        }
        QVERIFY(named);

        // SHOPDESK_SCREENSHOT_DIR set: the Audit tab for the guides.
        if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_desk.window()->grab().save(QDir(dir).filePath(u"admin-audit.png"_s)));
    }

    void theFilteredListIsExportedAsCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"alice-audit.csv"_s);
        bool chosen = false;
        int seen = 0;
        QTimer driver;
        driver.setInterval(50);
        // The user types the full path into the dialog's file name and saves; a few ticks
        // after it opened, when the dialog has read its folder.
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || chosen || ++seen < 4)
                return;
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            if (!name)
                return;
            chosen = true;
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
        });
        driver.start();
        QSignalSpy exported(m_audit, &ui::AuditView::exported);
        QTest::mouseClick(m_audit->exportButton(), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        driver.stop();
        QVERIFY(chosen);
        QCOMPARE(exported.first().first().toBool(), true);

        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_audit->messageBar()->text()));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty tail after the last CRLF
        QCOMPARE(lines[0], QByteArray("seq,at,user,address,entity,entity_id,op,data\r"));
        for (int i = 1; i <= 2; ++i) {
            QVERIFY2(lines[i].contains(",alice,127.0.0.1,customer,"), lines[i].constData());
            QVERIFY(lines[i].endsWith("\"\r"));
        }
        QVERIFY2(lines[1].contains("Carl \\\"\"Cee\\\"\", Jr."), lines[1].constData());
        QVERIFY(lines[2].contains("Bea Brandt"));
        QVERIFY(m_audit->messageBar()->text().contains(u"Saved 2 change"_s));
    }

    void anAgentHasNoAdminModule()
    {
        auto agent = test::openSession(m_shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow window(agent.get());
        QVERIFY(!window.moduleIds().contains(u"admin"_s));
        QVERIFY(!window.findChild<ui::AuditView *>());
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_audit.moc"
