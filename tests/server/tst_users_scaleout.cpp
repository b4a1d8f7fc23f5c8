#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Two servers on one PostgreSQL database share what guards the users: the failed sign-ins
// the limiter counts, and a disabled user's end on both.
class TestUsersScaleOut : public QObject
{
    Q_OBJECT
    std::unique_ptr<ServerProcess> m_process; // a fresh database for each test
    QProcess m_second;
    QUrl m_secondUrl;

    ServerProcess &first() const { return *m_process; }

    static HttpReply login(const QUrl &server, const QString &name, const QString &password)
    {
        return TestHttp(server).post(u"/api/v1/session"_s,
                                     {{u"username"_s, name}, {u"password"_s, password}});
    }

private slots:
    void init()
    {
        // Registered for PostgreSQL only: several servers can share no other database.
        QCOMPARE(ServerProcess::backend(), u"postgres"_s);
        m_process = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_process);
        QVERIFY2(first().start(), qPrintable(first().output()));
        m_second.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                       first().storageArguments() + QStringList{u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(m_second.waitForReadyRead(20000));
        const QString line = QString::fromUtf8(m_second.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        m_secondUrl = QUrl(line.mid(13));
    }
    void cleanup()
    {
        m_second.terminate();
        QVERIFY(m_second.waitForFinished(10000));
        QCOMPARE(first().stop(), 0);
        m_process.reset();
    }

    // 4 failures on one server and 1 on the other make 5: the next attempt is refused on
    // either, the right password too.
    void failedSignInsAreCountedTogether_data()
    {
        QTest::addColumn<bool>("sixthOnFirst");
        QTest::newRow("sixth on the first server") << true;
        QTest::newRow("sixth on the second server") << false;
    }
    void failedSignInsAreCountedTogether()
    {
        QFETCH(bool, sixthOnFirst);
        const QString admin = u"admin"_s;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(login(first().baseUrl(), admin, u"guess %1"_s.arg(i)).status, 401);
        QCOMPARE(login(m_secondUrl, admin, u"guess 5"_s).status, 401);
        const HttpReply limited = login(sixthOnFirst ? first().baseUrl() : m_secondUrl, admin,
                                        QString::fromLatin1(ServerProcess::adminPassword));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"too_many_attempts"_s);
        bool retryAfter = false;
        for (const auto &[name, value] : limited.headers)
            retryAfter = retryAfter || (name.toLower() == "retry-after" && value.toInt() > 0);
        QVERIFY(retryAfter);
    }

    // Disabled on the first server: the user's live feed on the second closes, and the second
    // refuses the token within its token cache's 5 seconds.
    void aUserDisabledOnOneServerEndsOnTheOther()
    {
        ShopFixture shop(first().baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        TestHttp agent(m_secondUrl);
        QVERIFY(agent.login(u"agent"_s, ShopFixture::passwordFor(u"agent"_s)));
        QCOMPARE(agent.get(u"/api/v1/products"_s).status, 200);
        QWebSocket socket;
        QUrl live = m_secondUrl;
        live.setScheme(u"ws"_s);
        live.setPath(u"/api/v1/live"_s);
        live.setQuery(u"token="_s + agent.token());
        socket.open(live);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);

        qint64 id = 0;
        for (const QJsonValue &user :
             shop.as(u"admin"_s).get(u"/api/v1/users"_s).json()[u"items"_s].toArray()) {
            if (user[u"username"_s].toString() == u"agent"_s)
                id = user[u"id"_s].toInteger();
        }
        QVERIFY(id > 0);
        QCOMPARE(shop.as(u"admin"_s)
                     .patch(u"/api/v1/users/%1"_s.arg(id), {{u"disabled"_s, true}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(int(socket.closeCode()), 4401);
        QTRY_COMPARE_WITH_TIMEOUT(agent.get(u"/api/v1/products"_s).status, 401, 6000);
        QCOMPARE(login(m_secondUrl, u"agent"_s, ShopFixture::passwordFor(u"agent"_s)).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestUsersScaleOut)
#include "tst_users_scaleout.moc"
