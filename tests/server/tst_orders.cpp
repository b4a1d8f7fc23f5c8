#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Orders: all lines reserved in one transaction or none, never more than is there, exactly
// once per Idempotency-Key, and the life of an order from reservation to shipment.
class TestOrders : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;

    QString agent() const { return m_shop->token(u"agent"_s); }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        m_customer = m_shop->addCustomer(u"Olga Weber"_s);
        QVERIFY(m_customer > 0);
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void twentyClientsForTheLastTenUnits()
    {
        QVERIFY2(m_shop->addProduct(u"LAST-10"_s, 1500, 10), qPrintable(m_shop->why()));
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 20; ++i) {
            requests.append(
                {"POST",
                 u"/api/v1/orders"_s,
                 QJsonDocument(ShopFixture::orderBody(m_customer, {{u"LAST-10"_s, 1}})).toJson(),
                 agent(),
                 {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}}});
        }
        const QList<HttpReply> replies = TestHttp::sendConcurrently(m_server.baseUrl(), requests);
        int reserved = 0;
        int refused = 0;
        for (const HttpReply &reply : replies) {
            if (reply.status == 201) {
                ++reserved;
                QCOMPARE(reply.json().value(u"status"_s).toString(), u"reserved"_s);
            } else {
                QCOMPARE(reply.status, 409);
                QCOMPARE(reply.errorCode(), u"insufficient_stock"_s);
                ++refused;
            }
        }
        QCOMPARE(reserved, 10);
        QCOMPARE(refused, 10);
        QCOMPARE(m_shop->available(u"LAST-10"_s), 0);
        QCOMPARE(m_shop->reserved(u"LAST-10"_s), 10);
        QCOMPARE(m_shop->onHand(u"LAST-10"_s), 10);
    }

    void sameKeyFiveTimesAtOnceMakesOneOrder()
    {
        QVERIFY(m_shop->addProduct(u"IDEM-1"_s, 999, 50));
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QJsonObject body = ShopFixture::orderBody(m_customer, {{u"IDEM-1"_s, 2}});
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 5; ++i) {
            // Same JSON, different bytes: key order and spacing must not matter.
            QByteArray bytes = QJsonDocument(body).toJson(i % 2 ? QJsonDocument::Indented
                                                                : QJsonDocument::Compact);
            requests.append(
                {"POST", u"/api/v1/orders"_s, bytes, agent(), {{"Idempotency-Key", key}}});
        }
        const QList<HttpReply> replies = TestHttp::sendConcurrently(m_server.baseUrl(), requests);
        QSet<qint64> ids;
        for (const HttpReply &reply : replies) {
            QCOMPARE(reply.status, 201);
            ids.insert(reply.json().value(u"id"_s).toInteger());
            QCOMPARE(reply.body, replies.first().body);
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(m_shop->reserved(u"IDEM-1"_s), 2);

        // Later, after the first answer was stored: still the same answer, nothing new.
        TestHttp &client = m_shop->as(u"agent"_s);
        const HttpReply again = client.post(u"/api/v1/orders"_s, body, QString::fromLatin1(key));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, replies.first().body);
        QCOMPARE(m_shop->reserved(u"IDEM-1"_s), 2);
    }

    void sameKeyDifferentBodyIsRefused()
    {
        QVERIFY(m_shop->addProduct(u"IDEM-2"_s, 999, 50));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        TestHttp &client = m_shop->as(u"agent"_s);
        QCOMPARE(client
                     .post(u"/api/v1/orders"_s,
                           ShopFixture::orderBody(m_customer, {{u"IDEM-2"_s, 1}}), key)
                     .status,
                 201);
        const HttpReply other = client.post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"IDEM-2"_s, 3}}), key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.errorCode(), u"idempotency_key_reused"_s);
        QCOMPARE(m_shop->reserved(u"IDEM-2"_s), 1);

        // Keys belong to a user: the same key from another user is a new request.
        TestHttp &shop = m_shop->as(u"shop"_s);
        QCOMPARE(shop.post(u"/api/v1/orders"_s,
                           ShopFixture::orderBody(m_customer, {{u"IDEM-2"_s, 3}}), key)
                     .status,
                 201);
        QCOMPARE(m_shop->reserved(u"IDEM-2"_s), 4);
    }

    void storedRefusalIsReplayed()
    {
        QVERIFY(m_shop->addProduct(u"IDEM-3"_s, 999, 1));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        TestHttp &client = m_shop->as(u"agent"_s);
        const QJsonObject body = ShopFixture::orderBody(m_customer, {{u"IDEM-3"_s, 2}});
        const HttpReply first = client.post(u"/api/v1/orders"_s, body, key);
        QCOMPARE(first.status, 409);
        // Stock arrives, but the retry of the same request gets the first answer back.
        QCOMPARE(m_shop->as(u"warehouse"_s)
                     .post(u"/api/v1/movements"_s, {{u"sku"_s, u"IDEM-3"_s},
                                                    {u"kind"_s, u"receipt"_s},
                                                    {u"quantity"_s, 5},
                                                    {u"reason"_s, u"delivery"_s}})
                     .status,
                 201);
        const HttpReply retry = client.post(u"/api/v1/orders"_s, body, key);
        QCOMPARE(retry.status, 409);
        QCOMPARE(retry.body, first.body);
        QCOMPARE(m_shop->reserved(u"IDEM-3"_s), 0);
    }

    void secondLineShortReservesNothing()
    {
        QVERIFY(m_shop->addProduct(u"PAIR-A"_s, 500, 5));
        QVERIFY(m_shop->addProduct(u"PAIR-B"_s, 700, 1));
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(m_customer, {{u"PAIR-A"_s, 2}, {u"PAIR-B"_s, 3}}));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"insufficient_stock"_s);
        const QJsonObject details = reply.json()[u"error"_s][u"details"_s].toObject();
        QCOMPARE(details.value(u"sku"_s).toString(), u"PAIR-B"_s);
        QCOMPARE(details.value(u"requested"_s).toInteger(), 3);
        QCOMPARE(details.value(u"available"_s).toInteger(), 1);
        QCOMPARE(m_shop->reserved(u"PAIR-A"_s), 0);
        QCOMPARE(m_shop->reserved(u"PAIR-B"_s), 0);
        QCOMPARE(m_shop->lastSeq(), seq); // nothing logged either
    }

    void linesOfOneSkuCountTogether()
    {
        QVERIFY(m_shop->addProduct(u"TWICE"_s, 500, 5));
        const HttpReply reply =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(m_customer, {{u"TWICE"_s, 3}, {u"TWICE"_s, 3}}));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json()[u"error"_s][u"details"_s][u"requested"_s].toInteger(), 6);
        QCOMPARE(m_shop->reserved(u"TWICE"_s), 0);
    }

    void lifeOfAnOrder()
    {
        QVERIFY(m_shop->addProduct(u"LIFE-1"_s, 1250, 8));
        TestHttp &agentClient = m_shop->as(u"agent"_s);
        const HttpReply created = agentClient.post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"LIFE-1"_s, 3}}));
        QCOMPARE(created.status, 201);
        const QJsonObject order = created.json();
        const qint64 id = order.value(u"id"_s).toInteger();
        QCOMPARE(order[u"total"_s][u"amount_minor"_s].toInteger(), 3750);
        QCOMPARE(order[u"total"_s][u"currency"_s].toString(), u"EUR"_s);
        QCOMPARE(order[u"lines"_s][0][u"line_total"_s][u"amount_minor"_s].toInteger(), 3750);
        QCOMPARE(order[u"lines"_s][0][u"unit_price"_s][u"amount_minor"_s].toInteger(), 1250);
        QVERIFY(order.value(u"reservation_expires_at"_s).isString());
        QCOMPARE(m_shop->available(u"LIFE-1"_s), 5);

        const QString path = u"/api/v1/orders/%1"_s.arg(id);
        // Shipping before payment is refused for card orders.
        QCOMPARE(
            m_shop->as(u"warehouse"_s)
                .post(path + u"/shipment"_s, {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"1"_s}})
                .status,
            409);
        const HttpReply paid =
            m_shop->as(u"manager"_s).post(path + u"/payment"_s, {{u"reference"_s, u"PSP-1"_s}});
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json().value(u"status"_s).toString(), u"paid"_s);
        QVERIFY(paid.json().value(u"reservation_expires_at"_s).isNull());
        QCOMPARE(m_shop->reserved(u"LIFE-1"_s), 3);

        const HttpReply shipped = m_shop->as(u"warehouse"_s)
                                      .post(path + u"/shipment"_s, {{u"carrier"_s, u"DHL"_s},
                                                                    {u"tracking"_s, u"JJD0001"_s}});
        QCOMPARE(shipped.status, 200);
        QCOMPARE(shipped.json().value(u"status"_s).toString(), u"shipped"_s);
        QCOMPARE(shipped.json().value(u"tracking"_s).toString(), u"JJD0001"_s);
        QCOMPARE(m_shop->onHand(u"LIFE-1"_s), 5);
        QCOMPARE(m_shop->reserved(u"LIFE-1"_s), 0);
        QCOMPARE(m_shop->available(u"LIFE-1"_s), 5);

        const QJsonArray history = shipped.json().value(u"status_history"_s).toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0][u"status"_s].toString(), u"reserved"_s);
        QCOMPARE(history[0][u"user"_s].toString(), u"agent"_s);
        QCOMPARE(history[1][u"user"_s].toString(), u"manager"_s);
        QCOMPARE(history[2][u"status"_s].toString(), u"shipped"_s);
        QCOMPARE(history[2][u"user"_s].toString(), u"warehouse"_s);

        // The ledger holds the sale, tied to the order, and adds up to on-hand.
        const HttpReply movements =
            m_shop->as(u"warehouse"_s).get(u"/api/v1/movements?sku=LIFE-1"_s);
        QCOMPARE(movements.status, 200);
        qint64 sum = 0;
        bool sawSale = false;
        for (const QJsonValue &m : movements.json().value(u"items"_s).toArray()) {
            sum += m[u"quantity"_s].toInteger();
            if (m[u"kind"_s].toString() == u"sale"_s) {
                sawSale = true;
                QCOMPARE(m[u"quantity"_s].toInteger(), -3);
                QCOMPARE(m[u"order_id"_s].toInteger(), id);
            }
        }
        QVERIFY(sawSale);
        QCOMPARE(sum, 5);

        // A shipped order cannot be cancelled any more.
        const HttpReply cancel = agentClient.post(path + u"/cancel"_s, {});
        QCOMPARE(cancel.status, 409);
        QCOMPARE(cancel.errorCode(), u"invalid_status"_s);

        // Delivered, then sent back: the units return to on-hand through the ledger.
        QCOMPARE(m_shop->as(u"warehouse"_s)
                     .post(path + u"/delivery"_s, {})
                     .json()[u"status"_s]
                     .toString(),
                 u"delivered"_s);
        QCOMPARE(agentClient.post(path + u"/return"_s, {{u"reason"_s, u"too small"_s}}).status,
                 403);
        const HttpReply returned =
            m_shop->as(u"warehouse"_s).post(path + u"/return"_s, {{u"reason"_s, u"too small"_s}});
        QCOMPARE(returned.status, 200);
        QCOMPARE(returned.json()[u"status"_s].toString(), u"returned"_s);
        QCOMPARE(m_shop->onHand(u"LIFE-1"_s), 8);
        QCOMPARE(m_shop->available(u"LIFE-1"_s), 8);
        bool sawReturn = false;
        for (const QJsonValue &m : m_shop->as(u"warehouse"_s)
                                       .get(u"/api/v1/movements?sku=LIFE-1"_s)
                                       .json()[u"items"_s]
                                       .toArray()) {
            if (m[u"kind"_s].toString() == u"return"_s) {
                sawReturn = true;
                QCOMPARE(m[u"quantity"_s].toInteger(), 3);
                QCOMPARE(m[u"order_id"_s].toInteger(), id);
            }
        }
        QVERIFY(sawReturn);
        QCOMPARE(m_shop->as(u"warehouse"_s)
                     .post(path + u"/return"_s, {{u"reason"_s, u"again"_s}})
                     .status,
                 409);
    }

    void cancelReleases()
    {
        QVERIFY(m_shop->addProduct(u"CANCEL-1"_s, 100, 4));
        TestHttp &client = m_shop->as(u"agent"_s);
        const HttpReply created = client.post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"CANCEL-1"_s, 4}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(m_shop->available(u"CANCEL-1"_s), 0);
        const HttpReply cancelled = client.send(
            "POST", u"/api/v1/orders/%1/cancel"_s.arg(created.json()[u"id"_s].toInteger()), {});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(m_shop->available(u"CANCEL-1"_s), 4);
        QCOMPARE(m_shop->reserved(u"CANCEL-1"_s), 0);
    }

    void cashOnDeliveryShipsUnpaid()
    {
        QVERIFY(m_shop->addProduct(u"COD-1"_s, 100, 2));
        const HttpReply created =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(m_customer, {{u"COD-1"_s, 1}}, u"cash_on_delivery"_s));
        QCOMPARE(created.status, 201);
        QVERIFY(created.json().value(u"reservation_expires_at"_s).isNull());
        const HttpReply shipped =
            m_shop->as(u"warehouse"_s)
                .post(u"/api/v1/orders/%1/shipment"_s.arg(created.json()[u"id"_s].toInteger()),
                      {{u"carrier"_s, u"GLS"_s}, {u"tracking"_s, u"G1"_s}});
        QCOMPARE(shipped.status, 200);
        QCOMPARE(m_shop->onHand(u"COD-1"_s), 1);
    }

    void shopSeesOnlyItsOwnOrders()
    {
        QVERIFY(m_shop->addProduct(u"OWN-1"_s, 100, 10));
        const HttpReply mine = m_shop->as(u"shop"_s).post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"OWN-1"_s, 1}}));
        QCOMPARE(mine.status, 201);
        const HttpReply theirs =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"OWN-1"_s, 1}}));
        QCOMPARE(theirs.status, 201);
        TestHttp &shop = m_shop->as(u"shop"_s);
        QCOMPARE(shop.get(u"/api/v1/orders/%1"_s.arg(mine.json()[u"id"_s].toInteger())).status,
                 200);
        QCOMPARE(shop.get(u"/api/v1/orders/%1"_s.arg(theirs.json()[u"id"_s].toInteger())).status,
                 403);
        const HttpReply list = shop.get(u"/api/v1/orders?limit=1000"_s);
        QCOMPARE(list.status, 200);
        for (const QJsonValue &order : list.json().value(u"items"_s).toArray())
            QCOMPARE(order[u"created_by"_s].toString(), u"shop"_s);
    }

    void orderListFiltersAndPages()
    {
        TestHttp &client = m_shop->as(u"manager"_s);
        QSet<qint64> seen;
        QString after;
        int pages = 0;
        for (;;) {
            const HttpReply page = client.get(u"/api/v1/orders?status=reserved&limit=2"_s +
                                              (after.isEmpty() ? QString() : u"&after="_s + after));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &order : page.json().value(u"items"_s).toArray()) {
                QCOMPARE(order[u"status"_s].toString(), u"reserved"_s);
                QVERIFY(!seen.contains(order[u"id"_s].toInteger()));
                seen.insert(order[u"id"_s].toInteger());
            }
            ++pages;
            const QJsonValue next = page.json().value(u"next"_s);
            if (next.isNull())
                break;
            after = next.toString();
        }
        QVERIFY(pages > 2);
        QVERIFY(seen.size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
