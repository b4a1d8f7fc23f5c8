#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The change log: every committed change exactly once, in seq order, through /changes (also
// while 8 writers are busy), long-poll with wait=, and the /live WebSocket feed.
class TestChanges : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;

    QUrl liveUrl(const QString &query = {}) const
    {
        QUrl url = m_server.baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/api/v1/live"_s);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        m_customer = m_shop->addCustomer(u"Sven Berg"_s);
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_shop->addProduct(u"CH-%1"_s.arg(i), 100, 1000));
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void eightWritersWhileAReaderPages()
    {
        const qint64 start = m_shop->lastSeq();
        constexpr int writers = 8;
        constexpr int writesEach = 25;
        QEventLoop loop;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QSet<QString> acknowledged; // "order:12", "movement:40"
        int writersLeft = writers;
        int failures = 0;

        // Each writer sends its next write as soon as the last is answered.
        std::function<void(int, int)> writeNext = [&](int writer, int n) {
            if (n == writesEach) {
                --writersLeft;
                return;
            }
            const bool order = n % 2 == 0;
            const QString sku = u"CH-%1"_s.arg(writer);
            QNetworkRequest request(m_server.baseUrl().resolved(
                QUrl(order ? u"/api/v1/orders"_s : u"/api/v1/movements"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization",
                                 "Bearer " +
                                     m_shop->token(order ? u"agent"_s : u"warehouse"_s).toUtf8());
            request.setRawHeader("Idempotency-Key",
                                 QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            const QJsonObject body = order ? ShopFixture::orderBody(m_customer, {{sku, 1}})
                                           : QJsonObject{{u"sku"_s, sku},
                                                         {u"kind"_s, u"receipt"_s},
                                                         {u"quantity"_s, 2},
                                                         {u"reason"_s, u"w%1"_s.arg(writer)}};
            QNetworkReply *reply = managers[writer]->post(request, QJsonDocument(body).toJson());
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, writer, n, order] {
                reply->deleteLater();
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                    ++failures;
                } else if (order) {
                    acknowledged.insert(u"order:%1"_s.arg(answer[u"id"_s].toInteger()));
                } else {
                    acknowledged.insert(
                        u"movement:%1"_s.arg(answer[u"movement"_s][u"id"_s].toInteger()));
                }
                writeNext(writer, n + 1);
            });
        };
        for (int w = 0; w < writers; ++w) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            writeNext(w, 0);
        }

        // The reader pages in small steps the whole time, and on until it has caught up.
        QList<qint64> seqs;
        QSet<QString> seen;
        QNetworkAccessManager readerManager;
        qint64 since = start;
        std::function<void()> readNext = [&] {
            QNetworkRequest request(m_server.baseUrl().resolved(
                QUrl(u"/api/v1/changes?limit=7&since="_s + QString::number(since))));
            request.setRawHeader("Authorization", "Bearer " + m_shop->token(u"manager"_s).toUtf8());
            // Only a page asked for after every write was acknowledged may end the reading.
            const bool final = writersLeft == 0;
            QNetworkReply *reply = readerManager.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, final] {
                reply->deleteLater();
                const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
                const QJsonArray changes = page[u"changes"_s].toArray();
                for (const QJsonValue &change : changes) {
                    seqs.append(change[u"seq"_s].toInteger());
                    seen.insert(change[u"entity"_s].toString() + u':' + change[u"id"_s].toString());
                }
                const qint64 next = page[u"next"_s].toInteger(-1);
                if (next < since) {
                    ++failures;
                    loop.quit();
                    return;
                }
                since = next;
                if (final && changes.isEmpty()) {
                    loop.quit();
                    return;
                }
                readNext();
            });
        };
        readNext();
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();

        QCOMPARE(failures, 0);
        QCOMPARE(writersLeft, 0);
        QCOMPARE(acknowledged.size(), writers * writesEach);
        // Every change exactly once, in order, with no hole.
        QVERIFY(!seqs.isEmpty());
        for (qsizetype i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], start + 1 + i);
        QCOMPARE(seqs.last(), m_shop->lastSeq());
        for (const QString &write : std::as_const(acknowledged))
            QVERIFY2(seen.contains(write), qPrintable(write));
        // Each write also logged the stock of its SKU.
        for (int w = 0; w < writers; ++w)
            QVERIFY(seen.contains(u"stock:CH-%1"_s.arg(w)));
    }

    void stockChangesCarryTheStock()
    {
        const qint64 since = m_shop->lastSeq();
        const HttpReply order =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"CH-0"_s, 3}}));
        QCOMPARE(order.status, 201);
        const HttpReply page =
            m_shop->as(u"agent"_s).get(u"/api/v1/changes?since="_s + QString::number(since));
        QCOMPARE(page.status, 200);
        const QJsonArray changes = page.json()[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0][u"entity"_s].toString(), u"stock"_s);
        QCOMPARE(changes[0][u"id"_s].toString(), u"CH-0"_s);
        QCOMPARE(changes[0][u"op"_s].toString(), u"update"_s);
        QCOMPARE(changes[0][u"user"_s].toString(), u"agent"_s);
        const QJsonObject stock = changes[0][u"data"_s].toObject();
        QCOMPARE(stock[u"available"_s].toInteger(), m_shop->available(u"CH-0"_s));
        QCOMPARE(stock[u"reserved"_s].toInteger(), m_shop->reserved(u"CH-0"_s));
        QCOMPARE(changes[1][u"entity"_s].toString(), u"order"_s);
        QCOMPARE(changes[1][u"op"_s].toString(), u"create"_s);
        QCOMPARE(changes[1][u"data"_s][u"id"_s].toInteger(), order.json()[u"id"_s].toInteger());
        QCOMPARE(page.json()[u"next"_s].toInteger(), changes[1][u"seq"_s].toInteger());
        QVERIFY(changes[1][u"at"_s].toString().endsWith(u'Z'));
    }

    void longPollWaitsForTheNextChange()
    {
        const qint64 since = m_shop->lastSeq();
        QNetworkAccessManager manager;
        QNetworkRequest request(m_server.baseUrl().resolved(
            QUrl(u"/api/v1/changes?wait=10&since="_s + QString::number(since))));
        request.setRawHeader("Authorization", "Bearer " + m_shop->token(u"agent"_s).toUtf8());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = manager.get(request);
        // That it holds is shown only by time passing without an answer.
        QTest::qWait(300);
        QVERIFY(!reply->isFinished()); // nothing new yet: it holds
        QVERIFY(m_shop->addProduct(u"POLL-1"_s, 100, 0));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY(timer.elapsed() < 5000);
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonArray changes = page[u"changes"_s].toArray();
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes[0][u"seq"_s].toInteger(), since + 1);
        QCOMPARE(changes[0][u"id"_s].toString(), u"POLL-1"_s);
        delete reply;

        // Nothing arrives: it answers empty after the wait, with next == since.
        const qint64 now = m_shop->lastSeq();
        timer.restart();
        const HttpReply empty =
            m_shop->as(u"agent"_s).get(u"/api/v1/changes?wait=1&since="_s + QString::number(now));
        QCOMPARE(empty.status, 200);
        QVERIFY(timer.elapsed() >= 900);
        QVERIFY(empty.json()[u"changes"_s].toArray().isEmpty());
        QCOMPARE(empty.json()[u"next"_s].toInteger(), now);
    }

    void liveFeedPushesEveryChangeInOrder_data()
    {
        QTest::addColumn<bool>("tokenInQuery");
        QTest::addRow("authorization header") << false;
        QTest::addRow("token in query") << true;
    }

    void liveFeedPushesEveryChangeInOrder()
    {
        QFETCH(bool, tokenInQuery);
        QWebSocket socket;
        QList<QJsonObject> frames;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        const QString token = m_shop->token(u"warehouse"_s);
        if (tokenInQuery) {
            socket.open(liveUrl(u"token="_s + token));
        } else {
            QNetworkRequest request(liveUrl());
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            socket.open(request);
        }
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        const qint64 since = m_shop->lastSeq();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_shop->as(u"warehouse"_s)
                         .post(u"/api/v1/movements"_s, {{u"sku"_s, u"CH-1"_s},
                                                        {u"kind"_s, u"receipt"_s},
                                                        {u"quantity"_s, 1},
                                                        {u"reason"_s, u"live"_s}})
                         .status,
                     201);
        }
        // Each receipt logs its movement and the stock: ten records.
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 10, 5000);
        const HttpReply pulled =
            m_shop->as(u"warehouse"_s).get(u"/api/v1/changes?since="_s + QString::number(since));
        const QJsonArray expected = pulled.json()[u"changes"_s].toArray();
        QCOMPARE(expected.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(frames[i][u"seq"_s].toInteger(), since + 1 + i);
            QCOMPARE(frames[i], expected[i].toObject());
        }
        socket.close();
    }

    // Signing out ends that session's live feeds at once (close 4401), and only those.
    void liveEndsWhenItsSessionIsSignedOut()
    {
        TestHttp leaving(m_server.baseUrl());
        QVERIFY(leaving.login(u"agent"_s, ShopFixture::passwordFor(u"agent"_s)));
        QWebSocket signedOut;
        QWebSocket staying;
        QList<QJsonObject> frames;
        connect(&signedOut, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        signedOut.open(liveUrl(u"token="_s + leaving.token()));
        staying.open(liveUrl(u"token="_s + m_shop->token(u"agent"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.state(), QAbstractSocket::ConnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(staying.state(), QAbstractSocket::ConnectedState, 5000);

        QCOMPARE(leaving.del(u"/api/v1/session"_s).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(int(signedOut.closeCode()), 4401);

        // The other session of the same user still hears the next change; the closed one not.
        int heard = 0;
        connect(&staying, &QWebSocket::textMessageReceived, this, [&] { ++heard; });
        QCOMPARE(m_shop->as(u"warehouse"_s)
                     .post(u"/api/v1/movements"_s, {{u"sku"_s, u"CH-2"_s},
                                                    {u"kind"_s, u"receipt"_s},
                                                    {u"quantity"_s, 1},
                                                    {u"reason"_s, u"after sign-out"_s}})
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(heard > 0, 5000);
        QCOMPARE(staying.state(), QAbstractSocket::ConnectedState);
        QVERIFY(frames.isEmpty());
        staying.close();
    }

    void liveRefusesABadToken_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("no token") << QString();
        QTest::addRow("forged token") << u"token=Zm9yZ2Vk"_s;
    }

    void liveRefusesABadToken()
    {
        QFETCH(QString, query);
        QWebSocket socket;
        bool connected = false;
        bool ended = false;
        connect(&socket, &QWebSocket::connected, this, [&] { connected = true; });
        connect(&socket, &QWebSocket::disconnected, this, [&] { ended = true; });
        connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [&] { ended = true; });
        socket.open(liveUrl(query));
        QTRY_VERIFY_WITH_TIMEOUT(ended, 5000);
        QVERIFY(!connected);

        // The refusal is a plain 401 before any upgrade.
        QTcpSocket raw;
        raw.connectToHost(m_server.baseUrl().host(), m_server.port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write(
            "GET /api/v1/live?" + query.toUtf8() +
            " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QVERIFY(raw.waitForReadyRead(5000));
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 401"));
    }

    void slowLiveClientIsDroppedNotWaitedFor()
    {
        // A client that completes the handshake and then never reads.
        QTcpSocket stuck;
        stuck.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        stuck.setReadBufferSize(4096); // or Qt would keep reading for us in the event loop
        stuck.connectToHost(m_server.baseUrl().host(), m_server.port());
        QVERIFY(stuck.waitForConnected(5000));
        stuck.write(
            "GET /api/v1/live?token=" + m_shop->token(u"agent"_s).toUtf8() +
            " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QVERIFY(stuck.waitForReadyRead(5000));
        QVERIFY(stuck.readAll().startsWith("HTTP/1.1 101"));

        QWebSocket healthy;
        int received = 0;
        connect(&healthy, &QWebSocket::textMessageReceived, this, [&] { ++received; });
        healthy.open(liveUrl(u"token="_s + m_shop->token(u"agent"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(healthy.state(), QAbstractSocket::ConnectedState, 5000);

        // About 12 MB of change records: far more than the stuck client may hold back.
        QVERIFY(m_shop->addProduct(u"BIG-1"_s, 100, 0));
        QTRY_COMPARE_WITH_TIMEOUT(received, 1, 5000);
        received = 0;
        const QString text(9000, u'x');
        constexpr int rounds = 24;
        constexpr int perRound = 50;
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < rounds; ++r) {
            QList<TestHttp::Request> requests;
            for (int i = 0; i < perRound; ++i) {
                requests.append(
                    {"PATCH",
                     u"/api/v1/products/BIG-1"_s,
                     QJsonDocument(
                         QJsonObject{{u"description"_s, text + QString::number(r * perRound + i)}})
                         .toJson(),
                     m_shop->token(u"manager"_s),
                     {}});
            }
            for (const HttpReply &reply : TestHttp::sendConcurrently(m_server.baseUrl(), requests))
                QCOMPARE(reply.status, 200);
        }
        // The healthy client gets everything, promptly.
        QTRY_COMPARE_WITH_TIMEOUT(received, rounds * perRound, 20000);
        // The stuck one was cut off: reading what it got ends in a closed connection.
        QDeadlineTimer deadline(15000);
        while (stuck.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            stuck.waitForReadyRead(100);
            stuck.readAll();
        }
        QVERIFY(stuck.state() != QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
