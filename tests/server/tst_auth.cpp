#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Users and access: Argon2id hashes, hashed tokens that expire and can be revoked, the
// failed-login limit per user and per address, and the admin bootstrap.
class TestAuth : public QObject
{
    Q_OBJECT
private:
    // Runs one query on the server's own store (SQLite file or PostgreSQL database).
    static QStringList column(const ServerProcess &server, const QString &sql)
    {
        const QStringList args = server.storageArguments();
        const QString name = QUuid::createUuid().toString();
        QStringList values;
        {
            QSqlDatabase db;
            if (args.first() == u"--data"_s) {
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(args.last() + u"/shopdesk.sqlite"_s);
            } else {
                const QUrl url(args.last());
                db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setPassword(url.password());
                db.setDatabaseName(url.path().mid(1));
            }
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(sql);
                while (query.next())
                    values.append(query.value(0).toString());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return values;
    }

private slots:
    void loginLogoutAndStoredSecrets()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp http(server.baseUrl());
        const HttpReply login =
            http.post(u"/api/v1/session"_s,
                      {{u"username"_s, u"admin"_s},
                       {u"password"_s, QString::fromLatin1(ServerProcess::adminPassword)}});
        QCOMPARE(login.status, 200);
        const QString token = login.json()[u"token"_s].toString();
        QVERIFY(token.size() >= 43); // 256 bits in base64
        QCOMPARE(login.json()[u"user"_s][u"username"_s].toString(), u"admin"_s);
        QCOMPARE(login.json()[u"user"_s][u"role"_s].toString(), u"admin"_s);
        QVERIFY(login.json()[u"user"_s][u"id"_s].toInteger() > 0);
        http.setToken(token);

        const HttpReply user = http.post(u"/api/v1/users"_s, {{u"username"_s, u"maria"_s},
                                                              {u"password"_s, u"correct horse"_s},
                                                              {u"role"_s, u"agent"_s}});
        QCOMPARE(user.status, 201);
        QCOMPARE(user.json()[u"role"_s].toString(), u"agent"_s);
        const HttpReply twice = http.post(u"/api/v1/users"_s, {{u"username"_s, u"maria"_s},
                                                               {u"password"_s, u"other password"_s},
                                                               {u"role"_s, u"shop"_s}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), u"username_exists"_s);

        // Only an Argon2id hash and the token's SHA-256 are stored.
        const QStringList hashes = column(server, u"SELECT password_hash FROM users"_s);
        QCOMPARE(hashes.size(), 2);
        for (const QString &hash : hashes) {
            QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
            QVERIFY(!hash.contains(u"correct horse"_s));
        }
        const QStringList tokens = column(server, u"SELECT token_hash FROM sessions"_s);
        QVERIFY(!tokens.isEmpty());
        QVERIFY(!tokens.contains(token));
        QCOMPARE(tokens.first().size(), 64);

        TestHttp maria(server.baseUrl());
        QVERIFY(maria.login(u"maria"_s, u"correct horse"_s));
        QCOMPARE(maria.get(u"/api/v1/session"_s).json()[u"user"_s][u"role"_s].toString(),
                 u"agent"_s);
        const HttpReply out = maria.del(u"/api/v1/session"_s);
        QCOMPARE(out.status, 200);
        const HttpReply after = maria.get(u"/api/v1/products"_s);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), u"unauthorized"_s);
        // The admin's own token is untouched.
        QCOMPARE(http.get(u"/api/v1/products"_s).status, 200);

        const HttpReply wrong = TestHttp(server.baseUrl())
                                    .post(u"/api/v1/session"_s, {{u"username"_s, u"maria"_s},
                                                                 {u"password"_s, u"wrong"_s}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), u"invalid_credentials"_s);
        const HttpReply nobody = TestHttp(server.baseUrl())
                                     .post(u"/api/v1/session"_s,
                                           {{u"username"_s, u"nobody"_s}, {u"password"_s, u"x"_s}});
        QCOMPARE(nobody.status, 401);
        QCOMPARE(nobody.errorCode(), u"invalid_credentials"_s);
        QCOMPARE(server.stop(), 0);
    }

    void tokensExpire()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start({u"--session-seconds"_s, u"1"_s}), qPrintable(server.output()));
        TestHttp http(server.baseUrl());
        QElapsedTimer sinceLogin;
        sinceLogin.start();
        QVERIFY(http.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        QCOMPARE(http.get(u"/api/v1/products"_s).status, 200);
        // Refused once its second is over, and not long after.
        QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/api/v1/products"_s).status, 401, 5000);
        QVERIFY2(sinceLogin.elapsed() >= 1000, qPrintable(QString::number(sinceLogin.elapsed())));
        QCOMPARE(server.stop(), 0);
    }

    void failedLoginsPerUserAreLimited()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp http(server.baseUrl());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(http.post(u"/api/v1/session"_s,
                               {{u"username"_s, u"admin"_s}, {u"password"_s, u"guess %1"_s.arg(i)}})
                         .status,
                     401);
        }
        // Now even the right password waits.
        const HttpReply limited =
            http.post(u"/api/v1/session"_s,
                      {{u"username"_s, u"admin"_s},
                       {u"password"_s, QString::fromLatin1(ServerProcess::adminPassword)}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"too_many_attempts"_s);
        bool retryAfter = false;
        for (const auto &[name, value] : limited.headers)
            retryAfter = retryAfter || (name.toLower() == "retry-after" && value.toInt() > 0);
        QVERIFY(retryAfter);
        QCOMPARE(server.stop(), 0);
    }

    void failedLoginsPerAddressAreLimited()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp http(server.baseUrl());
        // Many names from one address: the address is limited, not just each name.
        int limitedAt = -1;
        for (int i = 0; i < 30 && limitedAt < 0; ++i) {
            const HttpReply reply =
                http.post(u"/api/v1/session"_s,
                          {{u"username"_s, u"user%1"_s.arg(i)}, {u"password"_s, u"guess"_s}});
            if (reply.status == 429)
                limitedAt = i;
            else
                QCOMPARE(reply.status, 401);
        }
        QCOMPARE(limitedAt, 20);
        QCOMPARE(server.stop(), 0);
    }

    // Behind a trusted proxy the limit counts the client X-Forwarded-For names; from anyone
    // else the header is not believed, so forging it does not escape the limit.
    void forwardedClientsAreLimitedEachBehindATrustedProxy_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("trusted proxy") << true;
        QTest::newRow("no proxy trusted") << false;
    }
    void forwardedClientsAreLimitedEachBehindATrustedProxy()
    {
        QFETCH(bool, trusted);
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        const QStringList arguments =
            trusted ? QStringList{u"--trusted-proxy"_s, u"127.0.0.1"_s} : QStringList{};
        QVERIFY2(server.start(arguments), qPrintable(server.output()));
        TestHttp http(server.baseUrl());
        auto attempt = [&](int i, const QByteArray &forwardedFor) {
            const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, u"user%1"_s.arg(i)},
                                                              {u"password"_s, u"guess"_s}})
                                        .toJson(QJsonDocument::Compact);
            return http
                .send("POST", u"/api/v1/session"_s, body,
                      {{"Content-Type", "application/json"}, {"X-Forwarded-For", forwardedFor}})
                .status;
        };
        // 20 failures from one client, the proxy's own hop appended after it.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(attempt(i, "203.0.113.5, 127.0.0.1"), 401);
        QCOMPARE(attempt(20, "203.0.113.5, 127.0.0.1"), 429);
        // Another client behind the same proxy may still try — if the proxy is trusted.
        QCOMPARE(attempt(21, "198.51.100.7"), trusted ? 401 : 429);
        QCOMPARE(server.stop(), 0);
    }

    void aTrustedProxyMustBeAnAddress()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QProcess process;
        process.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                      server.storageArguments() + QStringList{u"--listen"_s, u"127.0.0.1:0"_s,
                                                              u"--trusted-proxy"_s,
                                                              u"proxy.example"_s});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--trusted-proxy"));
    }

    void adminIsCreatedOnlyWhenAsked()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        // Without SHOPDESK_ADMIN_PASSWORD an empty store gets no user at all.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SHOPDESK_ADMIN_PASSWORD"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                      server.storageArguments() + QStringList{u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(process.waitForReadyRead(20000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        TestHttp http(QUrl(line.mid(13)));
        QCOMPARE(http.post(u"/api/v1/session"_s,
                           {{u"username"_s, u"admin"_s},
                            {u"password"_s, QString::fromLatin1(ServerProcess::adminPassword)}})
                     .status,
                 401);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(column(server, u"SELECT username FROM users"_s).isEmpty());

        // With it, "admin" exists and can sign in.
        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp admin(server.baseUrl());
        QVERIFY(admin.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
