#include "serverprocess.h"
#include "testhttp.h"

#include <QNetworkReply>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// With --tls-cert/--tls-key the server speaks HTTPS and WSS only, with a certificate this
// test makes with openssl.
class TestTls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

private slots:
    void initTestCase()
    {
        // The test command (scripts/test.sh) installs both and sets SHOPDESK_REQUIRE_TOOLS:
        // there a missing one is a failure, by hand a skip.
        QString missing;
        if (!QSslSocket::supportsSsl())
            missing = u"Qt has no TLS backend here"_s;
        else if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            missing = u"openssl is not installed"_s;
        if (!missing.isEmpty()) {
            if (qEnvironmentVariableIsSet("SHOPDESK_REQUIRE_TOOLS"))
                QFAIL(qPrintable(missing));
            QSKIP(qPrintable(missing));
        }
        m_cert = m_dir.filePath(u"cert.pem"_s);
        m_key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-keyout"_s, m_key, u"-out"_s, m_cert, u"-days"_s, u"2"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void httpsAndWss()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start({u"--tls-cert"_s, m_cert, u"--tls-key"_s, m_key}, u"https"_s),
                 qPrintable(server.output()));
        QCOMPARE(server.baseUrl().scheme(), u"https"_s);

        TestHttp http(server.baseUrl()); // accepts the self-signed certificate
        const HttpReply health = http.get(u"/api/v1/health"_s);
        QCOMPARE(health.status, 200);
        QVERIFY(http.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));

        // WSS on the same port, pushing a change made over HTTPS.
        QWebSocket socket;
        connect(&socket, &QWebSocket::sslErrors, &socket, [&socket] { socket.ignoreSslErrors(); });
        QStringList frames;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&](const QString &text) { frames.append(text); });
        QUrl live = server.baseUrl();
        live.setScheme(u"wss"_s);
        live.setPath(u"/api/v1/live"_s);
        live.setQuery(u"token="_s + http.token());
        socket.open(live);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
        const HttpReply created = http.post(u"/api/v1/customers"_s, {{u"name"_s, u"Ida Sommer"_s}});
        QCOMPARE(created.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 1, 5000);
        QVERIFY(frames.first().contains(u"Ida Sommer"_s));
        socket.close();

        // Plain HTTP on the TLS port gets no answer that a client could mistake for one.
        QTcpSocket plain;
        plain.connectToHost(server.baseUrl().host(), server.port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        plain.waitForReadyRead(2000);
        QVERIFY(!plain.readAll().contains("\"status\":\"ok\""));
        QCOMPARE(server.stop(), 0);
    }

    void unreadableCertificateStopsTheStart()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY(!server.start(
            {u"--tls-cert"_s, m_dir.filePath(u"missing.pem"_s), u"--tls-key"_s, m_key}));
        QTRY_COMPARE_WITH_TIMEOUT(server.process().state(), QProcess::NotRunning, 5000);
        QVERIFY(server.process().exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
