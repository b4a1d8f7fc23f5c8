#include "../client/clientfixture.h"

#include "admin/newpassworddialog.h"
#include "client/clientsession.h"
#include "client/standaloneserver.h"
#include "client/syncengine.h"
#include "shell/credentialstore.h"
#include "shell/logindialog.h"
#include "shell/preferences.h"
#include "standalone/hostedserver.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

namespace {

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qWarning("no %s", qPrintable(name));
    return widget;
}

void typeInto(QWidget &dialog, const QString &name, const QString &text)
{
    auto *field = child<QLineEdit>(dialog, name);
    field->clear();
    QTest::keyClicks(field, text);
}

// True when a file under dir holds needle: where a password must never be.
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

// The log-in dialog as a user meets it: typing, clicking, and what it says back.
class TestLogin : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        // Standalone mode hosts the server in process, as the desktop program does.
        standalone::HostedServer::install();
    }

    void init() { QSettings().clear(); }

    void wrongPasswordIsSaidAndRightOneLogsIn()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        client::ClientSession session;
        ui::CredentialStore credentials;
        ui::LoginDialog dialog(&session, &credentials);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QTest::mouseClick(child<QRadioButton>(dialog, u"serverMode"_s), Qt::LeftButton);
        typeInto(dialog, u"serverAddress"_s, shop.url().toString());
        typeInto(dialog, u"username"_s, u"alice"_s);
        typeInto(dialog, u"password"_s, u"not-her-password"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"loginButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.statusText().isEmpty() && !dialog.statusText().endsWith(u"…"_s));
        QCOMPARE(dialog.statusText(), u"The user name or password is not right."_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(!session.isOpen());

        typeInto(dialog, u"password"_s, QString::fromLatin1(ClientShop::password));
        QTest::keyClick(child<QLineEdit>(dialog, u"password"_s), Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(session.isOpen());
        QCOMPARE(session.info().username, u"alice"_s);
        QCOMPARE(session.info().role, u"agent"_s);
        // The choices come back next time; the password does not, unless remembered.
        QCOMPARE(ui::prefs::serverAddress.get(), shop.url().toString());
        QCOMPARE(ui::prefs::lastUser.get(), u"alice"_s);
        QCOMPARE(ui::prefs::standalone.get(), false);
        ui::LoginDialog next(&session, &credentials);
        QCOMPARE(child<QLineEdit>(next, u"username"_s)->text(), u"alice"_s);
        QVERIFY(child<QRadioButton>(next, u"serverMode"_s)->isChecked());
        QVERIFY(child<QLineEdit>(next, u"password"_s)->text().isEmpty());
    }

    // A password an admin set is replaced before anything opens: the server's refusal is said
    // in the step, and the chosen password is the one that works afterwards.
    void aPasswordSetByAnAdminIsReplacedFirst()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        qint64 alice = 0;
        for (const QJsonValue &user :
             shop.admin().get(u"/api/v1/users"_s).json()[u"items"_s].toArray()) {
            if (user[u"username"_s].toString() == u"alice"_s)
                alice = user[u"id"_s].toInteger();
        }
        QCOMPARE(shop.admin()
                     .post(u"/api/v1/users/%1/password"_s.arg(alice),
                           {{u"password"_s, u"from-the-admin"_s}})
                     .status,
                 200);
        client::ClientSession session;
        ui::CredentialStore credentials;
        ui::LoginDialog dialog(&session, &credentials);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QRadioButton>(dialog, u"serverMode"_s), Qt::LeftButton);
        typeInto(dialog, u"serverAddress"_s, shop.url().toString());
        typeInto(dialog, u"username"_s, u"alice"_s);
        typeInto(dialog, u"password"_s, u"from-the-admin"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"loginButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.newPasswordDialog() && dialog.newPasswordDialog()->isVisible());
        ui::NewPasswordDialog *step = dialog.newPasswordDialog();
        QVERIFY(!session.isOpen());

        // The same password again: the server refuses, the step says why and stays.
        QTest::keyClicks(step->passwordField(), u"from-the-admin"_s);
        QTest::keyClicks(step->repeatField(), u"from-the-admin"_s);
        QTest::mouseClick(step->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(step->problem(), u"The new password must differ from the old one."_s);
        QVERIFY(step->isVisible());
        QVERIFY(!session.isOpen());

        step->passwordField()->clear();
        step->repeatField()->clear();
        QTest::keyClicks(step->passwordField(), u"alice-own-password"_s);
        QTest::keyClicks(step->repeatField(), u"alice-own-password"_s);
        QTest::mouseClick(step->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(session.isOpen());
        QCOMPARE(session.info().username, u"alice"_s);
        QVERIFY(!session.info().mustChangePassword);
        test::TestHttp check(shop.url());
        QVERIFY(check.login(u"alice"_s, u"alice-own-password"_s));
        QCOMPARE(check.get(u"/api/v1/products"_s).status, 200);
    }

    void unreachableServerIsSaid()
    {
        client::ClientSession session;
        ui::CredentialStore credentials;
        ui::LoginDialog dialog(&session, &credentials);
        dialog.show();
        dialog.setServer(u"http://127.0.0.1:9"_s);
        dialog.setUsername(u"nobody"_s);
        dialog.setPassword(u"whatever-password"_s);
        dialog.logIn();
        QTRY_VERIFY(dialog.statusText().startsWith(u"The server cannot be reached"_s));
        QVERIFY(dialog.isVisible());
    }

    void rememberMeWithoutAKeychainFailsClearly()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        client::ClientSession session;
        ui::CredentialStore credentials;
        ui::LoginDialog dialog(&session, &credentials);
        dialog.show();
        dialog.setServer(shop.url().toString());
        dialog.setUsername(u"wanda"_s);
        dialog.setPassword(QString::fromLatin1(ClientShop::password));
        QTest::mouseClick(child<QCheckBox>(dialog, u"rememberMe"_s), Qt::LeftButton);
        QVERIFY(child<QCheckBox>(dialog, u"rememberMe"_s)->isChecked());
        dialog.logIn();
        // This test runs with no secret service: logged in, and told why nothing was kept.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(session.isOpen());
        QVERIFY2(dialog.notice().contains(u"keychain"_s), qPrintable(dialog.notice()));
        QCOMPARE(ui::prefs::rememberMe.get(), false);
        // And never a plain copy anywhere in the user's files.
        QVERIFY(!anyFileContains(m_home.path(), ClientShop::password));
    }

    void standaloneFirstStartMakesTheAdministrator()
    {
        QTemporaryDir data;
        client::ClientSession session;
        ui::CredentialStore credentials;
        ui::LoginDialog dialog(&session, &credentials);
        dialog.setStandaloneDataDir(data.path());
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(dialog, u"standaloneMode"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, u"firstStartHint"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"username"_s)->text(), u"admin"_s);
        QVERIFY(!child<QLineEdit>(dialog, u"serverAddress"_s)->isEnabled());
        typeInto(dialog, u"password"_s, u"our-shop-password"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"loginButton"_s), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(session.standaloneServer());
        QCOMPARE(session.info().role, u"admin"_s);
        QVERIFY(!client::StandaloneServer::isFirstStart(data.path()));
        QVERIFY(ui::prefs::standalone.get());
        session.close();

        // Second start: no hint, and the password chosen the first time is the one.
        ui::LoginDialog again(&session, &credentials);
        again.setStandaloneDataDir(data.path());
        QVERIFY(!child<QLabel>(again, u"firstStartHint"_s)->isVisibleTo(&again));
        again.setUsername(u"admin"_s);
        again.setPassword(u"wrong-password"_s);
        again.logIn();
        QTRY_VERIFY(again.statusText().contains(u"not right"_s));
        again.setPassword(u"our-shop-password"_s);
        again.logIn();
        QTRY_COMPARE(again.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
