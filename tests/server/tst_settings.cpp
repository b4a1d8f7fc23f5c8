#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The server settings an admin edits from the client: defaults, changes stored and audited,
// secrets never read back, the operator's flags winning, bad values and an unusable mail
// relay changing nothing, and a change taking effect on the next mail and the next order
// without a restart. Only admins may read or change them.
class TestSettings : public QObject
{
    Q_OBJECT
    std::unique_ptr<ServerProcess> m_process;
    std::unique_ptr<ShopFixture> m_shop;

    TestHttp &admin() { return m_shop->as(u"admin"_s); }

    static QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    bool startServer(const QStringList &arguments = {})
    {
        m_shop.reset();
        m_process = std::make_unique<ServerProcess>();
        if (!m_process->unavailableReason().isEmpty())
            return false;
        if (!m_process->start(arguments))
            return false;
        m_shop = std::make_unique<ShopFixture>(m_process->baseUrl());
        return m_shop->setUp();
    }

    QJsonArray settings()
    {
        return admin().get(u"/api/v1/settings"_s).json()[u"items"_s].toArray();
    }

    static QJsonObject find(const QJsonArray &items, const QString &name)
    {
        for (const QJsonValue &item : items) {
            if (item[u"key"_s].toString() == name)
                return item.toObject();
        }
        return {};
    }

    QJsonObject setting(const QString &name) { return find(settings(), name); }

    // The setting change records after since.
    QJsonArray settingChanges(qint64 since)
    {
        QJsonArray found;
        const QJsonArray all =
            admin().get(u"/api/v1/changes?since=%1"_s.arg(since)).json()[u"changes"_s].toArray();
        for (const QJsonValue &change : all) {
            if (change[u"entity"_s].toString() == u"setting"_s)
                found.append(change);
        }
        return found;
    }

    HttpReply change(const QJsonObject &values)
    {
        return admin().patch(u"/api/v1/settings"_s, values, key());
    }

    static QString relayUrl(quint16 port)
    {
        return u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(port);
    }

    // An order for a customer with an address, through the agent.
    qint64 placeOrder(const QString &sku)
    {
        const HttpReply customer =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/customers"_s,
                      {{u"name"_s, u"Ada Byron"_s}, {u"email"_s, u"ada@example.org"_s}}, key());
        if (customer.status != 201)
            return -1;
        const HttpReply placed =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(customer.json()[u"id"_s].toInteger(), {{sku, 1}}),
                      key());
        return placed.status == 201 ? placed.json()[u"id"_s].toInteger() : -1;
    }

private slots:
    void init()
    {
        m_process = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_process);
        QVERIFY2(startServer(), qPrintable(m_process->output()));
    }

    void cleanup()
    {
        m_shop.reset();
        m_process.reset();
    }

    void readDefaults()
    {
        const QJsonArray items = settings();
        QVERIFY(items.size() >= 10);
        for (const QJsonValue &item : items)
            QCOMPARE(item[u"source"_s].toString(), u"default"_s);
        QCOMPARE(find(items, u"orders.reservation_minutes"_s)[u"value"_s].toInt(), 30);
        QCOMPARE(find(items, u"shop.name"_s)[u"value"_s].toString(), u"Shopdesk"_s);
        const QJsonObject password = find(items, u"mail.relay_password"_s);
        QCOMPARE(password[u"set"_s].toBool(), false);
        QVERIFY(!password.contains(u"value"_s));
        QCOMPARE(find(items, u"mail.relay_url"_s)[u"live"_s].toBool(), true);
    }

    void changeIsStoredAndAudited()
    {
        const qint64 since = m_shop->lastSeq();
        const HttpReply changed =
            change({{u"shop.name"_s, u"Kaufhaus Nord"_s}, {u"orders.return_window_days"_s, 14}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(find(changed.json()[u"items"_s].toArray(), u"shop.name"_s)[u"value"_s].toString(),
                 u"Kaufhaus Nord"_s);
        const QJsonObject name = setting(u"shop.name"_s);
        QCOMPARE(name[u"value"_s].toString(), u"Kaufhaus Nord"_s);
        QCOMPARE(name[u"source"_s].toString(), u"stored"_s);
        QCOMPARE(setting(u"orders.return_window_days"_s)[u"value"_s].toInt(), 14);
        const QJsonArray records = settingChanges(since);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0][u"user"_s].toString(), u"admin"_s);
        QCOMPARE(records[0][u"data"_s][u"values"_s][u"shop.name"_s].toString(), u"Kaufhaus Nord"_s);

        // null: back to the default
        QCOMPARE(change({{u"shop.name"_s, QJsonValue::Null}}).status, 200);
        QCOMPARE(setting(u"shop.name"_s)[u"source"_s].toString(), u"default"_s);
        QCOMPARE(setting(u"shop.name"_s)[u"value"_s].toString(), u"Shopdesk"_s);

        // a stored setting outlives a restart
        QCOMPARE(m_process->stop(), 0);
        QVERIFY2(m_process->start(), qPrintable(m_process->output()));
        QCOMPARE(setting(u"orders.return_window_days"_s)[u"value"_s].toInt(), 14);
    }

    void secretsAreNeverReadBack()
    {
        const qint64 since = m_shop->lastSeq();
        const QString secret = u"s3cret-relay-password"_s;
        const HttpReply changed = change({{u"mail.relay_password"_s, secret}});
        QCOMPARE(changed.status, 200);
        QVERIFY(!changed.body.contains(secret.toUtf8()));
        const HttpReply read = admin().get(u"/api/v1/settings"_s);
        QVERIFY(!read.body.contains(secret.toUtf8()));
        const QJsonObject password =
            find(read.json()[u"items"_s].toArray(), u"mail.relay_password"_s);
        QCOMPARE(password[u"set"_s].toBool(), true);
        QCOMPARE(password[u"source"_s].toString(), u"stored"_s);
        const HttpReply records = admin().get(u"/api/v1/changes?since=%1"_s.arg(since));
        QVERIFY(!records.body.contains(secret.toUtf8()));
        QCOMPARE(settingChanges(since).size(), 1);
        QCOMPARE(settingChanges(since)[0][u"data"_s][u"keys"_s].toArray(),
                 QJsonArray{u"mail.relay_password"_s});
    }

    void operatorFlagsWin()
    {
        QVERIFY2(startServer(
                     {u"--shop-name"_s, u"Operator Shop"_s, u"--reservation-minutes"_s, u"45"_s}),
                 qPrintable(m_process->output()));
        QCOMPARE(setting(u"shop.name"_s)[u"source"_s].toString(), u"operator"_s);
        QCOMPARE(setting(u"shop.name"_s)[u"value"_s].toString(), u"Operator Shop"_s);
        QCOMPARE(setting(u"orders.reservation_minutes"_s)[u"value"_s].toInt(), 45);
        const qint64 since = m_shop->lastSeq();
        // All or nothing: the editable phone is not stored either.
        const HttpReply refused =
            change({{u"shop.phone"_s, u"+49 40 1"_s}, {u"shop.name"_s, u"Admin Shop"_s}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"set_by_operator"_s);
        QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"key"_s].toString(), u"shop.name"_s);
        QCOMPARE(setting(u"shop.name"_s)[u"value"_s].toString(), u"Operator Shop"_s);
        QCOMPARE(setting(u"shop.phone"_s)[u"source"_s].toString(), u"default"_s);
        QCOMPARE(settingChanges(since).size(), 0);
    }

    void badValuesChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *name, const QJsonObject &body, int status,
                            const QString &code, const QString &key) {
            QTest::newRow(name) << body << status << code << key;
        };
        row("unknown key", {{u"shop.colour"_s, u"red"_s}}, 422, u"unknown_setting"_s,
            u"shop.colour"_s);
        row("text for a number", {{u"orders.reservation_minutes"_s, u"ten"_s}}, 422,
            u"invalid_setting"_s, u"orders.reservation_minutes"_s);
        row("zero minutes", {{u"orders.reservation_minutes"_s, 0}}, 422, u"invalid_setting"_s,
            u"orders.reservation_minutes"_s);
        row("fraction", {{u"orders.return_window_days"_s, 1.5}}, 422, u"invalid_setting"_s,
            u"orders.return_window_days"_s);
        row("number for text", {{u"shop.phone"_s, 12}}, 422, u"invalid_setting"_s, u"shop.phone"_s);
        row("empty shop name", {{u"shop.name"_s, u""_s}}, 422, u"invalid_setting"_s,
            u"shop.name"_s);
        row("bad sender", {{u"mail.from"_s, u"not an address"_s}}, 422, u"invalid_setting"_s,
            u"mail.from"_s);
        row("bad relay url", {{u"mail.relay_url"_s, u"http://mail.example"_s}}, 422,
            u"invalid_setting"_s, u"mail.relay_url"_s);
        row("password in relay url", {{u"mail.relay_url"_s, u"smtp://u:pw@127.0.0.1:25"_s}}, 422,
            u"invalid_setting"_s, u"mail.relay_url"_s);
        row("list of numbers", {{u"orders.carrier_urls"_s, QJsonArray{1, 2}}}, 422,
            u"invalid_setting"_s, u"orders.carrier_urls"_s);
        row("payment page without secret",
            {{u"orders.payment_urls"_s, QJsonArray{u"card=https://pay.example/{order_id}"_s}}}, 422,
            u"invalid_setting"_s, u"orders.payment_urls"_s);
        // A valid value next to a bad one is not stored either.
        row("valid with invalid",
            {{u"shop.phone"_s, u"+49 40 1"_s}, {u"orders.reservation_minutes"_s, -5}}, 422,
            u"invalid_setting"_s, u"orders.reservation_minutes"_s);
        row("nothing named", {}, 400, u"missing_field"_s, QString());
    }

    void badValuesChangeNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, key);
        const QJsonArray before = settings();
        const qint64 since = m_shop->lastSeq();
        const HttpReply refused = change(body);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        if (!key.isEmpty())
            QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"key"_s].toString(), key);
        QVERIFY(!refused.json()[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(settings(), before);
        QCOMPARE(settingChanges(since).size(), 0);
    }

    void unreachableRelayIsRefused()
    {
        const qint64 since = m_shop->lastSeq();
        const QJsonArray before = settings();
        const HttpReply refused =
            change({{u"mail.relay_url"_s, relayUrl(SmtpSinkProcess::freePort())},
                    {u"mail.from"_s, u"New <new@shop.example>"_s}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"mail_relay_unreachable"_s);
        const QString message = refused.json()[u"error"_s][u"message"_s].toString();
        QVERIFY2(message.contains(u"127.0.0.1"_s), qPrintable(message));
        QCOMPARE(settings(), before);
        QCOMPARE(settingChanges(since).size(), 0);
    }

    // The test on the server: the next mail goes to the new relay with the new
    // sender, without a restart.
    void nextMailUsesChangedRelayAndSender()
    {
        SmtpSinkProcess first;
        QVERIFY2(first.start(), qPrintable(first.output()));
        SmtpSinkProcess second;
        QVERIFY2(second.start(), qPrintable(second.output()));
        QVERIFY(m_shop->addProduct(u"LAMP-1"_s, 1999, 10));

        QCOMPARE(change({{u"mail.relay_url"_s, relayUrl(first.port())},
                         {u"mail.from"_s, u"First Shop <first@shop.example>"_s}})
                     .status,
                 200);
        QVERIFY(placeOrder(u"LAMP-1"_s) > 0);
        QVERIFY2(first.waitForMessages(1, 20000), qPrintable(m_process->standardError()));
        QCOMPARE(first.envelopes().constFirst()[u"mail_from"_s].toString(),
                 u"first@shop.example"_s);

        QCOMPARE(change({{u"mail.relay_url"_s, relayUrl(second.port())},
                         {u"mail.from"_s, u"Second Shop <second@shop.example>"_s},
                         {u"shop.name"_s, u"Second Shop"_s}})
                     .status,
                 200);
        QVERIFY(placeOrder(u"LAMP-1"_s) > 0);
        QVERIFY2(second.waitForMessages(1, 20000), qPrintable(m_process->standardError()));
        QCOMPARE(second.envelopes().constFirst()[u"mail_from"_s].toString(),
                 u"second@shop.example"_s);
        const QJsonObject mail = TestPython::parseMail(second.messages().constFirst());
        QCOMPARE(mail[u"from_addresses"_s][0][u"name"_s].toString(), u"Second Shop"_s);
        QVERIFY2(mail[u"headers"_s][u"subject"_s].toString().contains(u"Second Shop"_s),
                 qPrintable(mail[u"headers"_s][u"subject"_s].toString()));
        QCOMPARE(first.messages().size(), 1);
    }

    void reservationTimeAppliesToNextOrder()
    {
        QVERIFY(m_shop->addProduct(u"MUG-2"_s, 450, 10));
        QCOMPARE(change({{u"orders.reservation_minutes"_s, 7}}).status, 200);
        const qint64 customer = m_shop->addCustomer(u"Grace Hopper"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpReply placed =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"MUG-2"_s, 1}}),
                      key());
        QCOMPARE(placed.status, 201);
        const QDateTime expires = QDateTime::fromString(
            placed.json()[u"reservation_expires_at"_s].toString(), Qt::ISODateWithMs);
        const qint64 seconds = before.secsTo(expires);
        QVERIFY2(seconds >= 7 * 60 - 5 && seconds <= 7 * 60 + 5,
                 qPrintable(QString::number(seconds)));
    }

    void retryGetsTheFirstAnswer()
    {
        const qint64 since = m_shop->lastSeq();
        const QString once = key();
        const QJsonObject body{{u"shop.phone"_s, u"+49 40 2"_s}};
        const HttpReply first = admin().patch(u"/api/v1/settings"_s, body, once);
        const HttpReply again = admin().patch(u"/api/v1/settings"_s, body, once);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), first.json());
        QCOMPARE(settingChanges(since).size(), 1);
    }

    void onlyAdmins_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("agent") << u"agent"_s;
        QTest::newRow("manager") << u"manager"_s;
        QTest::newRow("warehouse") << u"warehouse"_s;
    }

    void onlyAdmins()
    {
        QFETCH(QString, role);
        TestHttp &http = m_shop->as(role);
        QCOMPARE(http.get(u"/api/v1/settings"_s).status, 403);
        QCOMPARE(http.patch(u"/api/v1/settings"_s, {{u"shop.name"_s, u"Mine"_s}}, key()).status,
                 403);
        QCOMPARE(setting(u"shop.name"_s)[u"value"_s].toString(), u"Shopdesk"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
