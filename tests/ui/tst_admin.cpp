#include "admindesk.h"

#include "admin/adminview.h"
#include "admin/newpassworddialog.h"
#include "admin/newuserdialog.h"
#include "admin/usersview.h"
#include "client/admin/userservice.h"
#include "client/clientsession.h"
#include "common/messagebar.h"
#include "shell/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

// The Admin module's Users tab against a real server: each action shows in the table, and the
// server agrees; its refusals are worded.
class TestAdmin : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ClientShop m_shop;
    test::AdminDesk m_desk;
    ui::UsersView *m_users = nullptr;

    // The server's view of a user (GET /users as the fixture's admin).
    QJsonObject serverUser(const QString &name)
    {
        const QJsonArray items =
            m_shop.admin().get(u"/api/v1/users"_s).json()[u"items"_s].toArray();
        for (const QJsonValue &user : items) {
            if (user[u"username"_s].toString() == name)
                return user.toObject();
        }
        return {};
    }

    // The table's text of a user's row in a column (empty: no such row).
    QString cell(const QString &name, int column)
    {
        auto *model = m_users->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, column).data().toString();
        }
        return {};
    }

    void select(const QString &name)
    {
        m_users->selectUser(name);
        QVERIFY(!m_users->table()->selectionModel()->selectedRows().isEmpty());
    }

    void reloaded() { QTRY_VERIFY(!m_users->isLoading()); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        // An admin of the client's own, with the fixture's client password.
        QVERIFY(test::AdminDesk::addUser(m_shop, u"adam"_s, u"admin"_s));
        QString why;
        QVERIFY2(m_desk.open(m_shop.url(), u"adam"_s, &why, QSize(1100, 700)), qPrintable(why));
        m_users = m_desk.admin()->users();
        QVERIFY(m_users);
        QTRY_VERIFY(m_users->model()->rowCount() >= 5);
    }
    void cleanupTestCase() { m_desk.close(); }

    void theTableListsEveryUser()
    {
        QCOMPARE(m_users->model()->headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(m_users->model()->headerData(3, Qt::Horizontal).toString(), u"Last log-in"_s);
        QCOMPARE(cell(u"alice"_s, 1), u"Agent"_s);
        QCOMPARE(cell(u"wanda"_s, 1), u"Warehouse"_s);
        QCOMPARE(cell(u"alice"_s, 2), u"Active"_s);
        // Adam has logged in; Wanda never has.
        QVERIFY(!cell(u"adam"_s, 3).isEmpty());
        QVERIFY(cell(u"wanda"_s, 3).isEmpty());
        // Nobody disables themselves.
        select(u"adam"_s);
        QVERIFY(!m_users->disableButton()->isEnabled());
        select(u"alice"_s);
        QVERIFY(m_users->disableButton()->isEnabled());
    }

    void aNewUserIsCreated()
    {
        ui::NewUserDialog *dialog = m_users->startNewUser();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->usernameField(), u"paula"_s);
        dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(u"warehouse"_s));
        QTest::keyClicks(dialog->passwordField(), u"short"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog->problem(), u"A password has at least 8 characters."_s);
        QTest::keyClicks(dialog->passwordField(), u"-but-now-long"_s);
        QVERIFY(dialog->mustChangeBox()->isChecked());
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!cell(u"paula"_s, 0).isEmpty());
        QCOMPARE(cell(u"paula"_s, 1), u"Warehouse"_s);
        QCOMPARE(cell(u"paula"_s, 2), u"Must change password"_s);
        const QJsonObject onServer = serverUser(u"paula"_s);
        QCOMPARE(onServer[u"role"_s].toString(), u"warehouse"_s);
        QCOMPARE(onServer[u"must_change_password"_s], QJsonValue(true));
    }

    void aTakenNameIsSaid()
    {
        ui::NewUserDialog *dialog = m_users->startNewUser();
        QTest::keyClicks(dialog->usernameField(), u"alice"_s);
        QTest::keyClicks(dialog->passwordField(), u"long enough"_s);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(dialog->problem(), u"This user name is taken: choose another."_s);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void theRoleIsChanged()
    {
        select(u"alice"_s);
        m_users->roleChoice()->setCurrentIndex(m_users->roleChoice()->findData(u"manager"_s));
        QVERIFY(m_users->roleButton()->isEnabled());
        QTest::mouseClick(m_users->roleButton(), Qt::LeftButton);
        QTRY_COMPARE(cell(u"alice"_s, 1), u"Manager"_s);
        QCOMPARE(serverUser(u"alice"_s)[u"role"_s].toString(), u"manager"_s);
    }

    void theLastAdminRefusalIsWorded()
    {
        // Adam disables the fixture's admin: he is the last enabled admin then.
        select(u"admin"_s);
        QTest::mouseClick(m_users->disableButton(), Qt::LeftButton);
        QTRY_COMPARE(cell(u"admin"_s, 2), u"Disabled"_s);
        select(u"adam"_s);
        m_users->roleChoice()->setCurrentIndex(m_users->roleChoice()->findData(u"manager"_s));
        QTest::mouseClick(m_users->roleButton(), Qt::LeftButton);
        QTRY_COMPARE(m_users->messageBar()->text(),
                     u"This is the last admin: make another user an admin first."_s);
        reloaded();
        QCOMPARE(cell(u"adam"_s, 1), u"Admin"_s);
        // Enabled again, through the button that now says so.
        select(u"admin"_s);
        QCOMPARE(m_users->disableButton()->text(), u"&Enable"_s);
        QTest::mouseClick(m_users->disableButton(), Qt::LeftButton);
        QTRY_COMPARE(cell(u"admin"_s, 2), u"Active"_s);
        // Disabling ended the fixture admin's session: it signs in again.
        QVERIFY(m_shop.admin().login(u"admin"_s,
                                     QString::fromLatin1(test::ServerProcess::adminPassword)));
        QCOMPARE(serverUser(u"admin"_s)[u"disabled"_s], QJsonValue(false));
        QCOMPARE(serverUser(u"adam"_s)[u"role"_s].toString(), u"admin"_s);
    }

    void aPasswordIsReset()
    {
        test::TestHttp wanda(m_shop.url());
        QVERIFY(wanda.login(u"wanda"_s, QString::fromLatin1(ClientShop::password)));
        select(u"wanda"_s);
        ui::NewPasswordDialog *dialog = m_users->startPasswordReset();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->passwordField(), u"temporary-pass"_s);
        QTest::keyClicks(dialog->repeatField(), u"temporary-pasz"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog->problem(), u"The two passwords differ."_s);
        dialog->repeatField()->clear();
        QTest::keyClicks(dialog->repeatField(), u"temporary-pass"_s);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(cell(u"wanda"_s, 2), u"Must change password"_s);
        QCOMPARE(serverUser(u"wanda"_s)[u"must_change_password"_s], QJsonValue(true));
        // Her session ended; the new password works, for changing it only.
        QCOMPARE(wanda.get(u"/api/v1/products"_s).status, 401);
        QVERIFY(wanda.login(u"wanda"_s, u"temporary-pass"_s));
        QCOMPARE(wanda.get(u"/api/v1/products"_s).status, 403);
    }

    void aUserIsDisabled()
    {
        test::TestHttp mia(m_shop.url());
        QVERIFY(mia.login(u"mia"_s, QString::fromLatin1(ClientShop::password)));
        select(u"mia"_s);
        QCOMPARE(m_users->disableButton()->text(), u"&Disable"_s);
        QTest::mouseClick(m_users->disableButton(), Qt::LeftButton);
        QTRY_COMPARE(cell(u"mia"_s, 2), u"Disabled"_s);
        QCOMPARE(serverUser(u"mia"_s)[u"disabled"_s], QJsonValue(true));
        QCOMPARE(mia.get(u"/api/v1/products"_s).status, 401);
        QVERIFY(!mia.login(u"mia"_s, QString::fromLatin1(ClientShop::password)));

        // SHOPDESK_SCREENSHOT_DIR set: the Users tab for the admin guide.
        if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            select(u"paula"_s);
            QVERIFY(m_desk.window()->grab().save(QDir(dir).filePath(u"admin-users.png"_s)));
        }
    }
};

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
