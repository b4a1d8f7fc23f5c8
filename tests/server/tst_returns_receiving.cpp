#include "returnssuite.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Returns received on a real server: into the ledger once, also when two receipts race and
// across a kill -9 in the middle; only approved returns, only by the warehouse; every bad
// receipt refused with nothing changed.
class TestReturnReceiving : public ReturnsSuite
{
    Q_OBJECT
private slots:
    void initTestCase() { startShop(); }
    void cleanupTestCase() { stopShop(); }

    void receivingMovesStockOnce()
    {
        const qint64 order = shippedOrder({{u"CUP-1"_s, 3}});
        QVERIFY(order > 0);
        const qint64 id = approvedReturn(order, {{u"CUP-1"_s, 3}});
        QVERIFY(id > 0);
        const qint64 onHand = m_shop->onHand(u"CUP-1"_s);
        const QString path = u"/api/v1/returns/%1/receipt"_s.arg(id);
        const QJsonObject receipt{
            {u"lines"_s, QJsonArray{QJsonObject{
                             {u"sku"_s, u"CUP-1"_s}, {u"restock"_s, 2}, {u"write_off"_s, 1}}}}};
        const HttpReply received = warehouse().post(path, receipt);
        QCOMPARE(received.status, 200);
        const QJsonObject ret = received.json();
        QCOMPARE(ret[u"status"_s].toString(), u"received"_s);
        QCOMPARE(ret[u"lines"_s][0][u"restocked"_s].toInteger(), 2);
        QCOMPARE(ret[u"lines"_s][0][u"written_off"_s].toInteger(), 1);
        QCOMPARE(ret[u"lines"_s][0][u"location"_s].toString(), u"main"_s);
        QCOMPARE(m_shop->onHand(u"CUP-1"_s), onHand + 2);
        // Three units came back, one left again as damaged.
        const QList<QJsonObject> moved = movementsOf(u"CUP-1"_s, id);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved[0][u"kind"_s].toString(), u"return"_s);
        QCOMPARE(moved[0][u"quantity"_s].toInteger(), 3);
        const QList<QJsonObject> removed = removalsOf(u"CUP-1"_s, order);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][u"quantity"_s].toInteger(), -1);
        QCOMPARE(removed[0][u"reason"_s].toString(), u"damage"_s);
        // Every shipped unit is back: the order is returned.
        QCOMPARE(agent().get(u"/api/v1/orders/%1"_s.arg(order)).json()[u"status"_s].toString(),
                 u"returned"_s);

        const qint64 seq = m_shop->lastSeq();
        const HttpReply twice = warehouse().post(path, receipt);
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), u"already_received"_s);
        QCOMPARE(m_shop->onHand(u"CUP-1"_s), onHand + 2);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void racingReceiptsMoveStockOnce()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 2}});
        const qint64 id = approvedReturn(order, {{u"MUG-1"_s, 2}});
        QVERIFY(id > 0);
        const qint64 onHand = m_shop->onHand(u"MUG-1"_s);
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 6; ++i) {
            requests.append(
                {"POST",
                 u"/api/v1/returns/%1/receipt"_s.arg(id),
                 QJsonDocument(
                     QJsonObject{{u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s},
                                                                     {u"restock"_s, 2}}}}})
                     .toJson(),
                 m_shop->token(u"warehouse"_s),
                 {}});
        }
        int ok = 0;
        for (const HttpReply &reply : TestHttp::sendConcurrently(m_server->baseUrl(), requests)) {
            QVERIFY2(reply.status == 200 || reply.status == 409, reply.body.constData());
            ok += reply.status == 200 ? 1 : 0;
        }
        QCOMPARE(ok, 1);
        QCOMPARE(m_shop->onHand(u"MUG-1"_s), onHand + 2);
        QCOMPARE(movementsOf(u"MUG-1"_s, id).size(), 1);
    }

    void badReceiptsChangeNothing_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing line")
            << uR"([{"sku":"MUG-1","restock":1}])"_s << 422 << u"missing_line"_s;
        QTest::newRow("not on the return")
            << uR"([{"sku":"MUG-1","restock":1},{"sku":"CUP-1","restock":1},{"sku":"TEE-S","restock":1}])"_s
            << 422 << u"not_on_return"_s;
        QTest::newRow("more than the return")
            << uR"([{"sku":"MUG-1","restock":2,"write_off":1},{"sku":"CUP-1","restock":1}])"_s
            << 422 << u"quantity_exceeds_return"_s;
        QTest::newRow("negative") << uR"([{"sku":"MUG-1","restock":-1},{"sku":"CUP-1"}])"_s << 422
                                  << u"invalid_quantity"_s;
        QTest::newRow("nothing") << uR"([{"sku":"MUG-1"},{"sku":"CUP-1"}])"_s << 422
                                 << u"nothing_received"_s;
        QTest::newRow("unknown location")
            << uR"([{"sku":"MUG-1","restock":1,"location":"nowhere"},{"sku":"CUP-1"}])"_s << 422
            << u"unknown_location"_s;
        QTest::newRow("unknown field")
            << uR"([{"sku":"MUG-1","restock":1,"x":1},{"sku":"CUP-1"}])"_s << 400
            << u"unknown_field"_s;
    }

    void badReceiptsChangeNothing()
    {
        QFETCH(QString, lines);
        QFETCH(int, status);
        QFETCH(QString, code);
        const qint64 order = shippedOrder({{u"MUG-1"_s, 2}, {u"CUP-1"_s, 1}});
        const qint64 id = approvedReturn(order, {{u"MUG-1"_s, 2}, {u"CUP-1"_s, 1}});
        QVERIFY(id > 0);
        const qint64 mugs = m_shop->onHand(u"MUG-1"_s);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused = warehouse().send("POST", u"/api/v1/returns/%1/receipt"_s.arg(id),
                                                   u"{\"lines\":%1}"_s.arg(lines).toUtf8());
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(returnOf(id)[u"status"_s].toString(), u"approved"_s);
        QCOMPARE(m_shop->onHand(u"MUG-1"_s), mugs);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void unapprovedIsNotReceived()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 1}});
        const HttpReply requested =
            agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 1}}));
        QCOMPARE(requested.status, 201);
        const qint64 id = requested.json()[u"id"_s].toInteger();
        const qint64 mugs = m_shop->onHand(u"MUG-1"_s);
        const HttpReply refused = warehouse().post(
            u"/api/v1/returns/%1/receipt"_s.arg(id),
            {{u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"restock"_s, 1}}}}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"invalid_status"_s);
        QCOMPARE(m_shop->onHand(u"MUG-1"_s), mugs);
        // Agents do not receive.
        QCOMPARE(agent()
                     .post(u"/api/v1/returns/%1/receipt"_s.arg(id),
                           {{u"lines"_s,
                             QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"restock"_s, 1}}}}})
                     .status,
                 403);
        QCOMPARE(
            agent().post(u"/api/v1/returns/%1/cancel"_s.arg(id), {}).json()[u"status"_s].toString(),
            u"cancelled"_s);
    }

    // Receipts fired, the server killed among them: each return is either received with its
    // movements, or approved without any.
    void ledgerAndReturnsAgreeAfterKill()
    {
        QVERIFY(m_shop->addProduct(u"KILL-1"_s, 500, 200));
        QList<qint64> ids;
        QHash<qint64, qint64> orders;
        for (int i = 0; i < 30; ++i) {
            const qint64 order = shippedOrder({{u"KILL-1"_s, 2}}, false);
            const qint64 id = approvedReturn(order, {{u"KILL-1"_s, 2}});
            QVERIFY(id > 0);
            ids.append(id);
            orders.insert(id, order);
        }
        const qint64 onHand = m_shop->onHand(u"KILL-1"_s);
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (qint64 id : ids) {
            QNetworkRequest request(
                m_server->baseUrl().resolved(QUrl(u"/api/v1/returns/%1/receipt"_s.arg(id))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization",
                                 "Bearer " + m_shop->token(u"warehouse"_s).toUtf8());
            request.setRawHeader("Idempotency-Key",
                                 QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
            replies.append(network.post(
                request, QByteArray(R"({"lines":[{"sku":"KILL-1","restock":1,"write_off":1}]})")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(replies.begin(), replies.end(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 20000);
        m_server->kill();
        qDeleteAll(replies);
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));

        int received = 0;
        for (qint64 id : ids) {
            const QString status = returnOf(id)[u"status"_s].toString();
            const QList<QJsonObject> moved = movementsOf(u"KILL-1"_s, id);
            const qsizetype removed = removalsOf(u"KILL-1"_s, orders.value(id)).size();
            if (status == u"received"_s) {
                ++received;
                QCOMPARE(moved.size(), 1);
                QCOMPARE(moved[0][u"quantity"_s].toInteger(), 2);
                QCOMPARE(removed, 1);
            } else {
                QCOMPARE(status, u"approved"_s);
                QCOMPARE(moved.size(), 0);
                QCOMPARE(removed, 0);
            }
        }
        QVERIFY(received > 0);
        // Each received return: 2 back, 1 written off.
        QCOMPARE(m_shop->onHand(u"KILL-1"_s), onHand + received);
    }
};

QTEST_GUILESS_MAIN(TestReturnReceiving)
#include "tst_returns_receiving.moc"
