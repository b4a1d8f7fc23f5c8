#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Users managed by an admin: role changes, disabling (the user's sessions and live feeds end
// at once, and the user cannot sign in), passwords an admin sets that must be changed at the
// next sign-in, and the last admin who keeps the role. Bad input changes nothing.
class TestUsers : public QObject
{
    Q_OBJECT
    std::unique_ptr<ServerProcess> m_process; // a fresh store for each test
    std::unique_ptr<ShopFixture> m_shop;

    ServerProcess &server() const { return *m_process; }

    TestHttp &admin() { return m_shop->as(u"admin"_s); }

    QJsonArray users() { return admin().get(u"/api/v1/users"_s).json()[u"items"_s].toArray(); }

    QJsonObject user(const QString &name)
    {
        for (const QJsonValue &value : users()) {
            if (value[u"username"_s].toString() == name)
                return value.toObject();
        }
        return {};
    }

    QString userPath(const QString &name, const QString &tail = {})
    {
        return u"/api/v1/users/%1"_s.arg(user(name)[u"id"_s].toInteger()) + tail;
    }

    // A new user of the role, signed in on http (the password is name + "-password").
    bool addUser(const QString &name, const QString &role, TestHttp *http = nullptr)
    {
        const HttpReply made = admin().post(
            u"/api/v1/users"_s,
            {{u"username"_s, name}, {u"password"_s, name + u"-password"_s}, {u"role"_s, role}});
        if (made.status != 201)
            return false;
        return !http || http->login(name, name + u"-password"_s);
    }

    QUrl liveUrl(const QString &token) const
    {
        QUrl url = server().baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/api/v1/live"_s);
        url.setQuery(u"token="_s + token);
        return url;
    }

    HttpReply login(const QString &name, const QString &password)
    {
        return TestHttp(server().baseUrl())
            .post(u"/api/v1/session"_s, {{u"username"_s, name}, {u"password"_s, password}});
    }

    // The user change records after since, as the admin reads them.
    QJsonArray userChanges(qint64 since)
    {
        QJsonArray found;
        const QJsonArray all =
            admin().get(u"/api/v1/changes?since=%1"_s.arg(since)).json()[u"changes"_s].toArray();
        for (const QJsonValue &change : all) {
            if (change[u"entity"_s].toString() == u"user"_s)
                found.append(change);
        }
        return found;
    }

private slots:
    void init()
    {
        m_process = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_process);
        QVERIFY2(server().start(), qPrintable(server().output()));
        m_shop = std::make_unique<ShopFixture>(server().baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
    }
    void cleanup()
    {
        m_shop.reset();
        QCOMPARE(server().stop(), 0);
        m_process.reset();
    }

    void theListShowsStatusAndLastLogIn()
    {
        const QJsonObject adminUser = user(u"admin"_s);
        QCOMPARE(adminUser[u"disabled"_s], QJsonValue(false));
        QCOMPARE(adminUser[u"must_change_password"_s], QJsonValue(false));
        QVERIFY(adminUser[u"last_login_at"_s].toString().endsWith(u'Z'));
        QVERIFY(!adminUser.contains(u"password_hash"_s));
        QVERIFY(addUser(u"nora"_s, u"agent"_s));
        QCOMPARE(user(u"nora"_s)[u"last_login_at"_s], QJsonValue(QJsonValue::Null));
    }

    void anAdminChangesTheRole()
    {
        TestHttp nora(server().baseUrl());
        QVERIFY(addUser(u"nora"_s, u"agent"_s, &nora));
        QCOMPARE(nora.get(u"/api/v1/reports/sales"_s).status, 403);
        const qint64 since = m_shop->lastSeq();
        const HttpReply changed = admin().patch(userPath(u"nora"_s), {{u"role"_s, u"manager"_s}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json()[u"role"_s].toString(), u"manager"_s);
        QCOMPARE(user(u"nora"_s)[u"role"_s].toString(), u"manager"_s);
        // The open session has the new role at once.
        QCOMPARE(nora.get(u"/api/v1/session"_s).json()[u"user"_s][u"role"_s].toString(),
                 u"manager"_s);
        const QJsonArray records = userChanges(since);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first()[u"op"_s].toString(), u"update"_s);
        QCOMPARE(records.first()[u"user"_s].toString(), u"admin"_s);
        QCOMPARE(records.first()[u"data"_s][u"role"_s].toString(), u"manager"_s);
        // The change log of users is for admins only.
        const QJsonArray agentChanges = m_shop->as(u"manager"_s)
                                            .get(u"/api/v1/changes?since=%1"_s.arg(since))
                                            .json()[u"changes"_s]
                                            .toArray();
        for (const QJsonValue &change : agentChanges)
            QVERIFY(change[u"entity"_s].toString() != u"user"_s);
    }

    void aRetryWithTheSameKeyChangesNothingMore()
    {
        QVERIFY(addUser(u"nora"_s, u"agent"_s));
        const qint64 since = m_shop->lastSeq();
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpReply first =
            admin().patch(userPath(u"nora"_s), {{u"role"_s, u"warehouse"_s}}, key);
        const HttpReply again =
            admin().patch(userPath(u"nora"_s), {{u"role"_s, u"warehouse"_s}}, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(userChanges(since).size(), 1);
        const HttpReply other = admin().patch(userPath(u"nora"_s), {{u"role"_s, u"qa"_s}}, key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.errorCode(), u"idempotency_key_reused"_s);
    }

    // Disabling ends the user's live feed and tokens at once; the user cannot sign in (the
    // same answer as a wrong password) until enabled again.
    void disablingEndsTheSessionsAndTheLiveFeed()
    {
        TestHttp nora(server().baseUrl());
        QVERIFY(addUser(u"nora"_s, u"agent"_s, &nora));
        QWebSocket socket;
        socket.open(liveUrl(nora.token()));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        QCOMPARE(nora.get(u"/api/v1/products"_s).status, 200);

        const HttpReply disabled = admin().patch(userPath(u"nora"_s), {{u"disabled"_s, true}});
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json()[u"disabled"_s], QJsonValue(true));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(int(socket.closeCode()), 4401);
        QCOMPARE(nora.get(u"/api/v1/products"_s).status, 401);
        const HttpReply refused = login(u"nora"_s, u"nora-password"_s);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), u"invalid_credentials"_s);
        QCOMPARE(refused.json()[u"error"_s][u"message"_s],
                 login(u"nora"_s, u"wrong password"_s).json()[u"error"_s][u"message"_s]);
        // The admin's own session is untouched.
        QCOMPARE(admin().get(u"/api/v1/products"_s).status, 200);

        QCOMPARE(admin().patch(userPath(u"nora"_s), {{u"disabled"_s, false}}).status, 200);
        QCOMPARE(login(u"nora"_s, u"nora-password"_s).status, 200);
    }

    void theLastAdminKeepsTheRole()
    {
        const QJsonArray before = users();
        const QString self = userPath(u"admin"_s);
        HttpReply reply = admin().patch(self, {{u"role"_s, u"manager"_s}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"last_admin"_s);
        reply = admin().patch(self, {{u"disabled"_s, true}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"cannot_disable_self"_s);
        QCOMPARE(users(), before);

        // A second admin, disabled, does not count; enabled, the first may step down.
        TestHttp ada(server().baseUrl());
        QVERIFY(addUser(u"ada"_s, u"admin"_s, &ada));
        const QString adaPath = userPath(u"ada"_s);
        QCOMPARE(admin().patch(adaPath, {{u"disabled"_s, true}}).status, 200);
        reply = admin().patch(self, {{u"role"_s, u"agent"_s}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"last_admin"_s);
        QCOMPARE(user(u"admin"_s)[u"role"_s].toString(), u"admin"_s);
        QCOMPARE(admin().patch(adaPath, {{u"disabled"_s, false}}).status, 200);
        QVERIFY(ada.login(u"ada"_s, u"ada-password"_s));
        QCOMPARE(ada.patch(self, {{u"role"_s, u"agent"_s}}).status, 200);
        // Ada, now the only admin left, may not leave the role.
        const QJsonArray withAda = ada.get(u"/api/v1/users"_s).json()[u"items"_s].toArray();
        reply = ada.patch(adaPath, {{u"role"_s, u"manager"_s}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"last_admin"_s);
        QCOMPARE(ada.get(u"/api/v1/users"_s).json()[u"items"_s].toArray(), withAda);
        // The former admin manages users no more.
        QCOMPARE(admin().get(u"/api/v1/users"_s).status, 403);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("as");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString nora = u"{nora}"_s;
        QTest::addRow("unknown role")
            << nora << QByteArray("PATCH") << QByteArray(R"({"role":"owner"})") << u"admin"_s << 422
            << u"unknown_role"_s;
        QTest::addRow("unknown user")
            << u"/api/v1/users/99999"_s << QByteArray("PATCH") << QByteArray(R"({"role":"agent"})")
            << u"admin"_s << 404 << u"not_found"_s;
        QTest::addRow("unknown field")
            << nora << QByteArray("PATCH") << QByteArray(R"({"role":"agent","colour":"red"})")
            << u"admin"_s << 400 << u"unknown_field"_s;
        QTest::addRow("disabled not a bool")
            << nora << QByteArray("PATCH") << QByteArray(R"({"disabled":"yes"})") << u"admin"_s
            << 400 << u"invalid_type"_s;
        QTest::addRow("nothing to change") << nora << QByteArray("PATCH") << QByteArray("{}")
                                           << u"admin"_s << 400 << u"missing_field"_s;
        QTest::addRow("not an admin")
            << nora << QByteArray("PATCH") << QByteArray(R"({"role":"admin"})") << u"manager"_s
            << 403 << u"forbidden"_s;
        const QString password = u"{nora}/password"_s;
        QTest::addRow("weak password")
            << password << QByteArray("POST") << QByteArray(R"({"password":"short"})") << u"admin"_s
            << 422 << u"weak_password"_s;
        QTest::addRow("password of nobody")
            << u"/api/v1/users/99999/password"_s << QByteArray("POST")
            << QByteArray(R"({"password":"long enough"})") << u"admin"_s << 404 << u"not_found"_s;
        QTest::addRow("password unknown field")
            << password << QByteArray("POST")
            << QByteArray(R"({"password":"long enough","must_change_password":false})")
            << u"admin"_s << 400 << u"unknown_field"_s;
        QTest::addRow("password missing") << password << QByteArray("POST") << QByteArray("{}")
                                          << u"admin"_s << 400 << u"missing_field"_s;
        QTest::addRow("password by an agent")
            << password << QByteArray("POST") << QByteArray(R"({"password":"long enough"})")
            << u"agent"_s << 403 << u"forbidden"_s;
        QTest::addRow("create weak") << u"/api/v1/users"_s << QByteArray("POST")
                                     << QByteArray(R"({"username":"x","password":"1234567",)"
                                                   R"("role":"agent"})")
                                     << u"admin"_s << 422 << u"weak_password"_s;
        QTest::addRow("create must change not a bool")
            << u"/api/v1/users"_s << QByteArray("POST")
            << QByteArray(R"({"username":"x","password":"long enough","role":"agent",)"
                          R"("must_change_password":1})")
            << u"admin"_s << 400 << u"invalid_type"_s;
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QString, as);
        QFETCH(int, status);
        QFETCH(QString, code);
        TestHttp nora(server().baseUrl());
        QVERIFY(addUser(u"nora"_s, u"agent"_s, &nora));
        path.replace(u"{nora}"_s, userPath(u"nora"_s));
        const QJsonArray before = users();
        const qint64 since = m_shop->lastSeq();
        TestHttp &http = m_shop->as(as);
        const HttpReply reply =
            http.send(method, path, body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(users(), before);
        QCOMPARE(userChanges(since).size(), 0);
        QCOMPARE(nora.get(u"/api/v1/products"_s).status, 200);
    }

    // A password an admin sets must be changed at the next sign-in: until then every route
    // but the session's answers 403.
    void aSetPasswordMustBeChanged()
    {
        TestHttp nora(server().baseUrl());
        QVERIFY(addUser(u"nora"_s, u"agent"_s, &nora));
        QWebSocket socket;
        socket.open(liveUrl(nora.token()));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        const qint64 since = m_shop->lastSeq();
        const HttpReply reset =
            admin().post(userPath(u"nora"_s, u"/password"_s), {{u"password"_s, u"temporary-1"_s}});
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json()[u"must_change_password"_s], QJsonValue(true));
        QVERIFY(!reset.body.contains("temporary-1"));
        QCOMPARE(userChanges(since).size(), 1);
        // The old password and its sessions are gone.
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(nora.get(u"/api/v1/products"_s).status, 401);
        QCOMPARE(login(u"nora"_s, u"nora-password"_s).status, 401);

        const HttpReply signedIn = login(u"nora"_s, u"temporary-1"_s);
        QCOMPARE(signedIn.status, 200);
        QCOMPARE(signedIn.json()[u"user"_s][u"must_change_password"_s], QJsonValue(true));
        nora.setToken(signedIn.json()[u"token"_s].toString());
        const HttpReply blocked = nora.get(u"/api/v1/products"_s);
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.errorCode(), u"password_change_required"_s);
        QCOMPARE(nora.post(u"/api/v1/customers"_s, {{u"name"_s, u"Eve"_s}}).status, 403);
        const HttpReply who = nora.get(u"/api/v1/session"_s);
        QCOMPARE(who.status, 200);
        QCOMPARE(who.json()[u"user"_s][u"must_change_password"_s], QJsonValue(true));

        // Wrong, weak or unchanged: refused, and still blocked.
        struct Try
        {
            QString old;
            QString fresh;
            int status;
            QString code;
        };
        for (const Try &t : {Try{u"not it at all"_s, u"my own secret"_s, 422, u"wrong_password"_s},
                             Try{u"temporary-1"_s, u"short"_s, 422, u"weak_password"_s},
                             Try{u"temporary-1"_s, u"temporary-1"_s, 422, u"same_password"_s}}) {
            const HttpReply refused =
                nora.post(u"/api/v1/session/password"_s,
                          {{u"old_password"_s, t.old}, {u"new_password"_s, t.fresh}});
            QCOMPARE(refused.status, t.status);
            QCOMPARE(refused.errorCode(), t.code);
            QCOMPARE(nora.get(u"/api/v1/products"_s).status, 403);
        }
        QCOMPARE(nora.post(u"/api/v1/session/password"_s,
                           {{u"old_password"_s, u"temporary-1"_s}, {u"new"_s, u"x"_s}})
                     .errorCode(),
                 u"unknown_field"_s);

        const HttpReply changed =
            nora.post(u"/api/v1/session/password"_s, {{u"old_password"_s, u"temporary-1"_s},
                                                      {u"new_password"_s, u"my own secret"_s}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json()[u"must_change_password"_s], QJsonValue(false));
        QVERIFY(!changed.body.contains("my own secret"));
        QCOMPARE(nora.get(u"/api/v1/products"_s).status, 200);
        QCOMPARE(user(u"nora"_s)[u"must_change_password"_s], QJsonValue(false));
        QCOMPARE(login(u"nora"_s, u"temporary-1"_s).status, 401);
        const HttpReply again = login(u"nora"_s, u"my own secret"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()[u"user"_s][u"must_change_password"_s], QJsonValue(false));
    }

    void aNewUserCanBeMadeToChangeThePassword()
    {
        const HttpReply made =
            admin().post(u"/api/v1/users"_s, {{u"username"_s, u"olga"_s},
                                              {u"password"_s, u"first-password"_s},
                                              {u"role"_s, u"warehouse"_s},
                                              {u"must_change_password"_s, true}});
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json()[u"must_change_password"_s], QJsonValue(true));
        QVERIFY(!made.body.contains("first-password"));
        const HttpReply signedIn = login(u"olga"_s, u"first-password"_s);
        QCOMPARE(signedIn.json()[u"user"_s][u"must_change_password"_s], QJsonValue(true));
    }

    // The failed sign-ins are kept in the database: a restart forgets none.
    void failedSignInsOutliveARestart()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(u"agent"_s, u"guess %1"_s.arg(i)).status, 401);
        QCOMPARE(server().stop(), 0);
        QVERIFY2(server().start(), qPrintable(server().output()));
        const HttpReply limited = login(u"agent"_s, ShopFixture::passwordFor(u"agent"_s));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"too_many_attempts"_s);
        // Another name from the same address is not limited yet.
        QCOMPARE(login(u"manager"_s, ShopFixture::passwordFor(u"manager"_s)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
