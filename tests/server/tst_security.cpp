#include "serverprocess.h"
#include "testhttp.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The claims of docs/security.md that no other suite shows: tokens and passwords never reach
// the log, the database keeps only hashes of them, and TLS below 1.2 is refused.
class TestSecurity : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *agentPassword = "agent-Secret-4711";

    // Every text value of every row of `table` in the server's SQLite store.
    static QStringList textOf(const QString &sqlitePath, const QString &table)
    {
        QStringList values;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(sqlitePath);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(u"SELECT * FROM "_s + table, db);
                while (query.next()) {
                    for (int i = 0; i < query.record().count(); ++i)
                        values.append(query.value(i).toString());
                }
            }
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return values;
    }

    // The handshake `openssl s_client` reaches with one TLS version only.
    static bool handshakes(quint16 port, const QString &version)
    {
        QProcess client;
        client.start(u"openssl"_s, {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port),
                                    version, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s});
        client.closeWriteChannel();
        if (!client.waitForFinished(20000))
            return false;
        const QByteArray out = client.readAllStandardOutput();
        return client.exitCode() == 0 && out.contains("Cipher is") &&
               !out.contains("Cipher is (NONE)");
    }

private slots:
    void tokensAndPasswordsNeverReachTheLog()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        // CTest turns debug messages off for every test; this one needs them all.
        server.setEnvironment({u"QT_LOGGING_RULES=shopdesk.*.debug=true"_s});
        QVERIFY2(server.start({u"--log-level"_s, u"debug"_s}), qPrintable(server.output()));
        TestHttp admin(server.baseUrl());
        QVERIFY(admin.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        QCOMPARE(admin
                     .post(u"/api/v1/users"_s, {{u"username"_s, u"agent"_s},
                                                {u"password"_s, QString::fromLatin1(agentPassword)},
                                                {u"role"_s, u"agent"_s}})
                     .status,
                 201);
        TestHttp agent(server.baseUrl());
        QVERIFY(agent.login(u"agent"_s, QString::fromLatin1(agentPassword)));
        QCOMPARE(agent.get(u"/api/v1/products"_s).status, 200);
        TestHttp wrong(server.baseUrl());
        QVERIFY(!wrong.login(u"agent"_s, u"wrong-Guess-0815"_s));
        wrong.setToken(u"forged-token-abcdef"_s);
        QCOMPARE(wrong.get(u"/api/v1/products"_s).status, 401);

        // The live feed takes its token in the query: the log shows the path only.
        QWebSocket live;
        QUrl url = server.baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/api/v1/live"_s);
        url.setQuery(u"token="_s + agent.token());
        live.open(url);
        QTRY_COMPARE_WITH_TIMEOUT(live.state(), QAbstractSocket::ConnectedState, 10000);
        live.close();
        QCOMPARE(server.stop(), 0);

        const QString log = server.standardError();
        QVERIFY2(log.contains(u"/api/v1/live"_s), "the debug log should name the requests");
        for (const QString &secret :
             {admin.token(), agent.token(), QString::fromLatin1(ServerProcess::adminPassword),
              QString::fromLatin1(agentPassword), u"wrong-Guess-0815"_s, u"forged-token-abcdef"_s})
            QVERIFY2(!log.contains(secret), qPrintable(u"the log holds %1"_s.arg(secret)));
    }

    void theStoreKeepsOnlyHashes()
    {
        if (ServerProcess::backend() != u"sqlite"_s)
            QSKIP("reads the SQLite store's file");
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        TestHttp admin(server.baseUrl());
        QVERIFY(admin.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        QCOMPARE(server.stop(), 0);

        const QString path = QDir(server.dataDir()).filePath(u"shopdesk.sqlite"_s);
        const QStringList sessions = textOf(path, u"sessions"_s);
        QVERIFY(!sessions.isEmpty());
        for (const QString &value : sessions)
            QVERIFY2(!value.contains(admin.token()), "a session row holds the token itself");
        bool argon2id = false;
        for (const QString &value : textOf(path, u"users"_s)) {
            QVERIFY(!value.contains(QString::fromLatin1(ServerProcess::adminPassword)));
            argon2id = argon2id || value.startsWith(u"$argon2id$"_s);
        }
        QVERIFY2(argon2id, "the password is not kept as an Argon2id hash");
    }

    void tlsBelowOnePointTwoIsRefused()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 "openssl is needed (installer/packages.txt)");
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}, u"https"_s),
                 qPrintable(server.output()));
        QVERIFY(handshakes(server.port(), u"-tls1_2"_s));
        QVERIFY(handshakes(server.port(), u"-tls1_3"_s));
        QVERIFY(!handshakes(server.port(), u"-tls1_1"_s));
        QVERIFY(!handshakes(server.port(), u"-tls1"_s));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
