#include "rawhttp.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

static void addMalformedRows();

// The HTTP layer under abuse: malformed requests get a JSON 4xx (never silence, never a
// crash), pipelined requests are answered in order, chunked bodies and Expect: 100-continue
// work, and clients that vanish mid-request do not disturb anyone else.
class TestHttpLayer : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"HTTP-1"_s, 100, 50));
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void malformed_data() { addMalformedRows(); }

    void malformed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        const qint64 seq = m_shop->lastSeq();
        const RawHttp::Answer answer = RawHttp::exchange(m_server.baseUrl(), request);
        QVERIFY2(answer.status() == status, answer.raw.left(300).constData());
        QCOMPARE(answer.errorCode(), code);
        QVERIFY(answer.raw.contains("Content-Type: application/json"));
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(m_shop->as(u"admin"_s).get(u"/api/v1/health"_s).status, 200);
    }

    void pipelinedRequestsAnswerInOrder()
    {
        const QByteArray token = m_shop->token(u"agent"_s).toUtf8();
        const QByteArray request =
            "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /api/v1/stock/HTTP-1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
            token +
            "\r\n\r\n"
            "GET /api/v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        const RawHttp::Answer answer = RawHttp::exchange(m_server.baseUrl(), request);
        QCOMPARE(answer.responseCount(), 4);
        const qsizetype first = answer.raw.indexOf("HTTP/1.1 200");
        const qsizetype stock = answer.raw.indexOf("\"sku\":\"HTTP-1\"");
        const qsizetype missing = answer.raw.indexOf("HTTP/1.1 404");
        const qsizetype last = answer.raw.lastIndexOf("\"status\":\"ok\"");
        QVERIFY(first >= 0 && first < stock && stock < missing && missing < last);
        QVERIFY(answer.closedByServer);
    }

    void keepAliveServesManyRequests()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.baseUrl().host(), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 20; ++i) {
            socket.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray got;
            while (!got.contains("}") && socket.waitForReadyRead(5000))
                got += socket.readAll();
            QVERIFY(got.startsWith("HTTP/1.1 200"));
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void chunkedBodyAndExpectContinue()
    {
        const QByteArray token = m_shop->token(u"agent"_s).toUtf8();
        const QByteArray json = R"({"name":"Chunky Customer"})";
        QByteArray request =
            "POST /api/v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token +
            "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        request += QByteArray::number(10, 16) + "\r\n" + json.left(10) + "\r\n";
        request += QByteArray::number(json.size() - 10, 16) + ";ext=1\r\n" + json.mid(10) + "\r\n";
        request += "0\r\n\r\n";
        RawHttp::Answer answer = RawHttp::exchange(m_server.baseUrl(), request);
        QCOMPARE(answer.status(), 201);
        QCOMPARE(answer.json()[u"name"_s].toString(), u"Chunky Customer"_s);

        // Expect: 100-continue gets the interim answer before the body is sent.
        QTcpSocket socket;
        socket.connectToHost(m_server.baseUrl().host(), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                     token + "\r\nContent-Length: " + QByteArray::number(json.size()) +
                     "\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue"));
        socket.write(json);
        QByteArray got;
        while (!got.contains("}") && socket.waitForReadyRead(5000))
            got += socket.readAll();
        QVERIFY(got.startsWith("HTTP/1.1 201"));
    }

    void clientsThatVanish()
    {
        const QByteArray token = m_shop->token(u"agent"_s).toUtf8();
        const qint64 customer = m_shop->addCustomer(u"Vanishing Customer"_s);
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray body = QJsonDocument(ShopFixture::orderBody(customer, {{u"HTTP-1"_s, 1}}))
                                    .toJson(QJsonDocument::Compact);
        const QByteArray order =
            "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token +
            "\r\nIdempotency-Key: " + key +
            "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        // Half a request line, half the headers, half a body, and a whole order whose client
        // is gone before the answer.
        for (int i = 0; i < 20; ++i) {
            RawHttp::sendAndAbort(m_server.baseUrl(), "GET /api/v1/hea");
            RawHttp::sendAndAbort(m_server.baseUrl(), order.left(order.size() / 2));
            RawHttp::sendAndAbort(m_server.baseUrl(), order.left(order.size() - 5));
        }
        RawHttp::sendAndAbort(m_server.baseUrl(), order);
        QCOMPARE(m_shop->as(u"admin"_s).get(u"/api/v1/health"_s).status, 200);
        // The whole order is made although its client is gone; the halves make nothing.
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->reserved(u"HTTP-1"_s), qint64(1), 10000);
        // The retry after the lost answer gets the order that was made, and no second one.
        const qint64 reservedBefore = m_shop->reserved(u"HTTP-1"_s);
        QCOMPARE(reservedBefore, qint64(1));
        const RawHttp::Answer retry = RawHttp::exchange(m_server.baseUrl(), order);
        QCOMPARE(retry.status(), 201);
        QCOMPARE(m_shop->reserved(u"HTTP-1"_s), reservedBefore);
    }
};

static void addMalformedRows()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString bad = u"malformed_http"_s;
    QTest::addRow("garbage") << QByteArray("HELLO THERE\r\n\r\n") << 400 << bad;
    QTest::addRow("binary") << QByteArrayLiteral(
                                   "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n")
                            << 400 << bad;
    QTest::addRow("no path") << QByteArray("GET nopath HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
    QTest::addRow("http/2 preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505 << u"http_version_not_supported"_s;
    QTest::addRow("http/3.0") << QByteArray("GET / HTTP/3.0\r\nHost: x\r\n\r\n") << 505
                              << u"http_version_not_supported"_s;
    QTest::addRow("no host") << QByteArray("GET /api/v1/health HTTP/1.1\r\n\r\n") << 400 << bad;
    QTest::addRow("header without colon")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost x\r\n\r\n") << 400 << bad;
    QTest::addRow("space before colon")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << bad;
    QTest::addRow("folded header")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n") << 400
        << bad;
    QTest::addRow("control character")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: a\x01z\r\n\r\n") << 400
        << bad;
    QTest::addRow("length not a number")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 12a\r\n\r\n")
        << 400 << bad;
    QTest::addRow("negative length")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")
        << 400 << bad;
    QTest::addRow("two lengths")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                      "Content-Length: 3\r\n\r\n{}")
        << 400 << bad;
    QTest::addRow("length and chunked")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n{}")
        << 400 << bad;
    QTest::addRow("unknown transfer coding")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n")
        << 501 << u"unsupported_transfer_encoding"_s;
    QTest::addRow("bad chunk size")
        << QByteArray(
               "POST /api/v1/session HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               "zz\r\n{}\r\n0\r\n\r\n")
        << 400 << bad;
    QTest::addRow("declared body over 1 MiB")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n")
        << 413 << u"body_too_large"_s;
    QTest::addRow("huge length") << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\n"
                                               "Content-Length: 99999999999999999999999\r\n\r\n")
                                 << 413 << u"body_too_large"_s;
    QByteArray chunked =
        "POST /api/v1/session HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 3; ++i)
        chunked += "80000\r\n" + QByteArray(0x80000, 'a') + "\r\n";
    QTest::addRow("chunked body over 1 MiB") << chunked << 413 << u"body_too_large"_s;
    QTest::addRow("headers over 16 KiB")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'b') +
                      "\r\n\r\n")
        << 431 << u"headers_too_large"_s;
    QTest::addRow("path not utf-8")
        << QByteArray("GET /api/v1/products/%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
    QTest::addRow("raw space in target")
        << QByteArray("GET /api/v1/he alth HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
    QTest::addRow("nul in target")
        << QByteArrayLiteral("GET /api/v1/\0health HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
}

QTEST_GUILESS_MAIN(TestHttpLayer)
#include "tst_http.moc"
