#include "admindesk.h"

#include "admin/adminview.h"
#include "admin/settingsview.h"
#include "client/clientsession.h"
#include "common/messagebar.h"
#include "shell/mainwindow.h"
#include "smtpsinkprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;

// The Admin module's Settings tab against a real server and a real SMTP sink: the admin types
// a new relay and sender, saves, and the next order's confirmation goes out through that relay
// with that sender, without a restart; an unusable relay is refused next to its group; secrets
// are never filled in; what the operator set is read-only.
class TestSettingsView : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ClientShop m_shop;
    test::SmtpSinkProcess m_sink;
    test::AdminDesk m_desk;
    ui::SettingsView *m_settings = nullptr;

    template<typename T>
    T *editor(const QString &key)
    {
        return qobject_cast<T *>(m_settings->editor(key));
    }

    // Types text into a line edit, replacing what it held.
    void retype(const QString &key, const QString &text)
    {
        auto *line = editor<QLineEdit>(key);
        QVERIFY(line);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }

    void clickSave()
    {
        QTest::mouseClick(m_settings->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_settings->isBusy(), 20000);
    }

    static QString relayUrl(quint16 port)
    {
        return u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(port);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_sink.start(), qPrintable(m_sink.output()));
        // The operator fixes the phone number on the command line.
        m_shop.server().setEnvironment({u"SHOPDESK_SHOP_PHONE=+49 40 555 0100"_s});
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        QVERIFY(test::AdminDesk::addUser(m_shop, u"adam"_s, u"admin"_s));
        QString why;
        QVERIFY2(m_desk.open(m_shop.url(), u"adam"_s, &why, QSize(1100, 900)), qPrintable(why));
        auto *admin = m_desk.admin();
        m_settings = admin->settings();
        QVERIFY(m_settings);
        admin->tabs()->setCurrentWidget(m_settings);
        QTRY_VERIFY(!m_settings->isBusy());
        QTRY_COMPARE(editor<QLineEdit>(u"shop.name"_s)->text(), u"Shopdesk"_s);
    }

    void cleanupTestCase() { m_desk.close(); }

    void operatorValuesAreReadOnly()
    {
        auto *phone = editor<QLineEdit>(u"shop.phone"_s);
        QCOMPARE(phone->text(), u"+49 40 555 0100"_s);
        QVERIFY(phone->isReadOnly());
        auto *note = m_settings->findChild<QLabel *>(u"shop.phone-note"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(u"operator"_s));
        QVERIFY(!editor<QLineEdit>(u"shop.name"_s)->isReadOnly());
    }

    void anUnusableRelayIsRefusedBesideItsGroup()
    {
        retype(u"mail.relay_url"_s, relayUrl(test::SmtpSinkProcess::freePort()));
        clickSave();
        QLabel *error = m_settings->groupError(u"mailGroup"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"mail relay"_s), qPrintable(error->text()));
        const QJsonArray items =
            m_shop.admin().get(u"/api/v1/settings"_s).json()[u"items"_s].toArray();
        for (const QJsonValue &item : items) {
            if (item[u"key"_s].toString() == u"mail.relay_url"_s)
                QCOMPARE(item[u"value"_s].toString(), QString());
        }
    }

    // The test: settings changed in the client take effect on the next mail.
    void theNextMailUsesTheNewRelayAndSender()
    {
        retype(u"mail.relay_url"_s, relayUrl(m_sink.port()));
        retype(u"mail.from"_s, u"Kaufhaus Nord <orders@kaufhaus.example>"_s);
        retype(u"shop.name"_s, u"Kaufhaus Nord"_s);
        QTest::keyClicks(editor<QLineEdit>(u"mail.relay_password"_s), u"relay-secret"_s);
        clickSave();
        QVERIFY(!m_settings->groupError(u"mailGroup"_s)->isVisible());
        QCOMPARE(m_settings->messageBar()->text(), u"The settings are saved."_s);
        // The secret is never filled in: the field says it is set.
        auto *password = editor<QLineEdit>(u"mail.relay_password"_s);
        QVERIFY(password->text().isEmpty());
        QCOMPARE(password->placeholderText(), u"(set)"_s);

        const HttpReply placed = m_shop.admin().post(
            u"/api/v1/orders"_s,
            {{u"customer_id"_s, m_shop.customerId()},
             {u"channel"_s, u"phone"_s},
             {u"payment_method"_s, u"bank_transfer"_s},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 1}}}}},
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(placed.status, 201);
        QVERIFY2(m_sink.waitForMessages(1, 20000), qPrintable(m_shop.server().standardError()));
        QCOMPARE(m_sink.envelopes().constFirst()[u"mail_from"_s].toString(),
                 u"orders@kaufhaus.example"_s);
        const QByteArray mail = m_sink.messages().constFirst();
        QVERIFY2(mail.contains("Kaufhaus Nord <orders@kaufhaus.example>"), mail.constData());

        // SHOPDESK_SCREENSHOT_DIR set: the Settings tab for the admin guide.
        if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_desk.window()->grab().save(QDir(dir).filePath(u"admin-settings.png"_s)));
    }

    void nothingChangedSendsNothing()
    {
        clickSave();
        QCOMPARE(m_settings->messageBar()->text(), u"Nothing was changed."_s);
    }

    void orderTimesAreSpinBoxes()
    {
        auto *minutes = editor<QSpinBox>(u"orders.reservation_minutes"_s);
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 30);
        minutes->setValue(12);
        clickSave();
        QCOMPARE(m_settings->messageBar()->text(), u"The settings are saved."_s);
        const QJsonArray items =
            m_shop.admin().get(u"/api/v1/settings"_s).json()[u"items"_s].toArray();
        for (const QJsonValue &item : items) {
            if (item[u"key"_s].toString() == u"orders.reservation_minutes"_s)
                QCOMPARE(item[u"value"_s].toInt(), 12);
        }
    }
};

QTEST_MAIN(TestSettingsView)
#include "tst_settings.moc"
