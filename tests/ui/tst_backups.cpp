#include "admindesk.h"

#include "admin/adminview.h"
#include "admin/backupsview.h"
#include "client/clientsession.h"
#include "common/messagebar.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

// The Admin module's Backups tab against a real server: "Back up now" is busy while the copy
// runs, then the list shows the new backup with its check; on PostgreSQL the refusal says
// that pg_dump does this.
class TestBackups : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ClientShop m_shop;
    test::AdminDesk m_desk;
    ui::BackupsView *m_backups = nullptr;

    static bool onPostgres() { return test::ServerProcess::backend() == u"postgres"_s; }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        QVERIFY(test::AdminDesk::addUser(m_shop, u"adam"_s, u"admin"_s));
        QString why;
        QVERIFY2(m_desk.open(m_shop.url(), u"adam"_s, &why, QSize(1100, 700)), qPrintable(why));
        auto *admin = m_desk.admin();
        m_backups = admin->backups();
        QVERIFY(m_backups);
        admin->tabs()->setCurrentWidget(m_backups);
        QTRY_COMPARE(m_backups->lastBackup()->text(), u"No backup yet."_s);
    }
    void cleanupTestCase() { m_desk.close(); }

    // SQLite: the new backup heads the list with its check; PostgreSQL: the refusal explains.
    void backUpNow()
    {
        if (onPostgres())
            return postgresRefusalIsExplained();
        QPushButton *button = m_backups->backUpButton();
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // busy at once
        QTRY_COMPARE_WITH_TIMEOUT(m_backups->model()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_backups->model()->index(0, 5).data().toString(), u"Done"_s,
                                  30000);
        QCOMPARE(m_backups->model()->index(0, 6).data().toString(), u"OK"_s);
        QCOMPARE(m_backups->model()->index(0, 4).data().toString(), u"adam"_s);
        QVERIFY(m_backups->model()->index(0, 0).data().toString().startsWith(u"shopdesk-"_s));
        QVERIFY(m_backups->lastBackup()->text().contains(u"Check OK"_s));
        QVERIFY(m_backups->lastBackup()->text().contains(u"adam"_s));
        QTRY_VERIFY(button->isEnabled());
        // The server agrees.
        const QJsonArray items =
            m_shop.admin().get(u"/api/v1/backups"_s).json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject()[u"check"_s].toObject()[u"passed"_s].toBool(), true);

        // SHOPDESK_SCREENSHOT_DIR set: the Backups tab for the admin guide.
        if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_desk.window()->grab().save(QDir(dir).filePath(u"admin-backups.png"_s)));
    }

private:
    void postgresRefusalIsExplained()
    {
        QTest::mouseClick(m_backups->backUpButton(), Qt::LeftButton);
        QTRY_VERIFY(m_backups->messageBar()->isVisible());
        QTRY_VERIFY(m_backups->backUpButton()->isEnabled());
        const QString text = m_backups->messageBar()->text();
        QVERIFY2(text.contains(u"pg_dump"_s), qPrintable(text));
        QCOMPARE(m_backups->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
