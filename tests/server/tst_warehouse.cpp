#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The warehouse routes against a real server: named locations, batches posted all or none,
// reserved units protected, counts that find fewer units than are reserved, low-stock
// minimums, the pick list, and who may do what.
class TestWarehouse : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;

    TestHttp &as(const QString &role) { return m_shop->as(role); }

    static QJsonObject line(const QString &sku, const QString &kind, qint64 quantity,
                            const QString &reason = u"test"_s)
    {
        return QJsonObject{
            {u"sku"_s, sku}, {u"kind"_s, kind}, {u"quantity"_s, quantity}, {u"reason"_s, reason}};
    }

    HttpReply batch(const QJsonArray &lines, const QString &role = u"warehouse"_s)
    {
        return as(role).post(u"/api/v1/movements/batch"_s, {{u"lines"_s, lines}},
                             QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    qint64 movementCount(const QString &sku)
    {
        const HttpReply reply = as(u"admin"_s).get(u"/api/v1/movements?limit=1000&sku="_s + sku);
        return reply.status == 200 ? reply.json().value(u"items"_s).toArray().size() : -1;
    }

    qint64 onHandAt(const QString &sku, const QString &location)
    {
        const HttpReply reply = as(u"admin"_s).get(u"/api/v1/stock/"_s + sku);
        for (const QJsonValue &value : reply.json().value(u"locations"_s).toArray()) {
            if (value[u"location"_s].toString() == location)
                return value[u"on_hand"_s].toInteger();
        }
        return 0;
    }

    qint64 order(const QList<QPair<QString, int>> &lines, const QString &payment = u"card"_s)
    {
        const HttpReply reply =
            as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, lines, payment));
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }

    QJsonObject orderJson(qint64 id)
    {
        return as(u"agent"_s).get(u"/api/v1/orders/"_s + QString::number(id)).json();
    }

    QJsonArray changesSince(qint64 seq)
    {
        return as(u"agent"_s)
            .get(u"/api/v1/changes?limit=5000&since="_s + QString::number(seq))
            .json()
            .value(u"changes"_s)
            .toArray();
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        m_customer = m_shop->addCustomer(u"Jana Novak"_s);
        QVERIFY(m_customer > 0);
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void locationsAreCreatedNamedAndListed()
    {
        HttpReply created = as(u"warehouse"_s)
                                .post(u"/api/v1/locations"_s, {{u"name"_s, u"shelf-a"_s},
                                                               {u"description"_s, u"Aisle 1"_s}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"name"_s).toString(), u"shelf-a"_s);
        QCOMPARE(as(u"admin"_s).post(u"/api/v1/locations"_s, {{u"name"_s, u"shelf-b"_s}}).status,
                 201);

        const HttpReply list = as(u"manager"_s).get(u"/api/v1/locations"_s);
        QCOMPARE(list.status, 200);
        QStringList names;
        for (const QJsonValue &value : list.json().value(u"items"_s).toArray())
            names.append(value[u"name"_s].toString());
        QVERIFY(names.contains(u"main"_s));
        QVERIFY(names.contains(u"shelf-a"_s));
        QVERIFY(names.contains(u"shelf-b"_s));

        // Bad input: clear errors, nothing created.
        HttpReply again =
            as(u"warehouse"_s).post(u"/api/v1/locations"_s, {{u"name"_s, u"shelf-a"_s}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"location_exists"_s);
        HttpReply empty = as(u"warehouse"_s).post(u"/api/v1/locations"_s, {{u"name"_s, u""_s}});
        QCOMPARE(empty.status, 422);
        HttpReply spaces =
            as(u"warehouse"_s).post(u"/api/v1/locations"_s, {{u"name"_s, u" shelf-c"_s}});
        QCOMPARE(spaces.errorCode(), u"invalid_location"_s);
        HttpReply unknown =
            as(u"warehouse"_s)
                .post(u"/api/v1/locations"_s, {{u"name"_s, u"shelf-d"_s}, {u"colour"_s, u"red"_s}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorCode(), u"unknown_field"_s);
        QCOMPARE(as(u"manager"_s).get(u"/api/v1/locations"_s).json()[u"items"_s].toArray().size(),
                 list.json()[u"items"_s].toArray().size());

        // Roles.
        QCOMPARE(as(u"agent"_s).post(u"/api/v1/locations"_s, {{u"name"_s, u"x"_s}}).status, 403);
        QCOMPARE(as(u"manager"_s).post(u"/api/v1/locations"_s, {{u"name"_s, u"x"_s}}).status, 403);
        QCOMPARE(as(u"agent"_s).get(u"/api/v1/locations"_s).status, 403);
        QCOMPARE(as(u"shop"_s).get(u"/api/v1/locations"_s).status, 403);
    }

    void transferBetweenNamedLocations()
    {
        QVERIFY2(m_shop->addProduct(u"WH-TR"_s, 500, 0), qPrintable(m_shop->why()));
        QJsonObject receipt = line(u"WH-TR"_s, u"receipt"_s, 10);
        receipt.insert(u"location"_s, u"shelf-a"_s);
        const HttpReply received =
            as(u"warehouse"_s)
                .post(u"/api/v1/movements/batch"_s, {{u"lines"_s, QJsonArray{receipt}},
                                                     {u"supplier"_s, u"Acme"_s},
                                                     {u"reference"_s, u"PO-77"_s}});
        QCOMPARE(received.status, 201);
        const QString reason = received.json()[u"movements"_s][0][u"reason"_s].toString();
        QVERIFY2(reason.contains(u"Acme"_s) && reason.contains(u"PO-77"_s), qPrintable(reason));

        QJsonObject transfer{{u"sku"_s, u"WH-TR"_s},
                             {u"kind"_s, u"transfer"_s},
                             {u"quantity"_s, 4},
                             {u"reason"_s, u"restock shelf b"_s},
                             {u"from_location"_s, u"shelf-a"_s},
                             {u"to_location"_s, u"shelf-b"_s}};
        const HttpReply moved = batch({transfer});
        QCOMPARE(moved.status, 201);
        QCOMPARE(moved.json()[u"movements"_s].toArray().size(), 2);
        QCOMPARE(onHandAt(u"WH-TR"_s, u"shelf-a"_s), 6);
        QCOMPARE(onHandAt(u"WH-TR"_s, u"shelf-b"_s), 4);
        QCOMPARE(m_shop->onHand(u"WH-TR"_s), 10);

        // To a location nobody created: refused, nothing moved.
        const qint64 before = movementCount(u"WH-TR"_s);
        transfer.insert(u"to_location"_s, u"nowhere"_s);
        const HttpReply refused = batch({transfer});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"unknown_location"_s);
        QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"line"_s].toInt(), 0);
        // More than the source holds.
        transfer.insert(u"to_location"_s, u"shelf-b"_s);
        transfer.insert(u"quantity"_s, 7);
        QCOMPARE(batch({transfer}).errorCode(), u"insufficient_stock"_s);
        // Same location twice.
        transfer.insert(u"to_location"_s, u"shelf-a"_s);
        QCOMPARE(batch({transfer}).status, 422);
        QCOMPARE(movementCount(u"WH-TR"_s), before);
        QCOMPARE(onHandAt(u"WH-TR"_s, u"shelf-a"_s), 6);
        QCOMPARE(onHandAt(u"WH-TR"_s, u"shelf-b"_s), 4);
    }

    void batchWithOneBadLinePostsNothing()
    {
        QVERIFY(m_shop->addProduct(u"WH-B1"_s, 100, 5));
        QVERIFY(m_shop->addProduct(u"WH-B2"_s, 100, 5));
        const qint64 before1 = movementCount(u"WH-B1"_s);
        const qint64 before2 = movementCount(u"WH-B2"_s);
        const qint64 seq = m_shop->lastSeq();

        // The third line takes more than there is: found only when posting.
        HttpReply refused = batch({line(u"WH-B1"_s, u"receipt"_s, 3),
                                   line(u"WH-B2"_s, u"removal"_s, -2, u"damage"_s),
                                   line(u"WH-B2"_s, u"removal"_s, -9, u"damage"_s)});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"insufficient_stock"_s);
        QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"line"_s].toInt(), 2);

        // The second line is unreadable: refused before posting, with its index and field.
        refused = batch({line(u"WH-B1"_s, u"receipt"_s, 3), line(u"WH-B2"_s, u"receipt"_s, -2),
                         line(u"WH-B2"_s, u"receipt"_s, 1)});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"wrong_sign"_s);
        QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"line"_s].toInt(), 1);
        QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"field"_s].toString(),
                 u"lines[1].quantity"_s);

        // An unknown product.
        refused = batch({line(u"WH-B1"_s, u"receipt"_s, 3), line(u"WH-NOPE"_s, u"receipt"_s, 1)});
        QCOMPARE(refused.errorCode(), u"unknown_sku"_s);
        QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"line"_s].toInt(), 1);

        // A removal without a reason.
        refused = batch({line(u"WH-B1"_s, u"removal"_s, -1, u""_s)});
        QCOMPARE(refused.errorCode(), u"reason_required"_s);

        // Shapes.
        QCOMPARE(batch({}).errorCode(), u"no_lines"_s);
        QCOMPARE(as(u"warehouse"_s)
                     .post(u"/api/v1/movements/batch"_s, {{u"lines"_s, u"all"_s}})
                     .errorCode(),
                 u"invalid_type"_s);
        QCOMPARE(batch({QJsonValue(3)}).errorCode(), u"invalid_type"_s);
        QCOMPARE(as(u"warehouse"_s)
                     .send("POST", u"/api/v1/movements/batch"_s, "{\"lines\": [")
                     .errorCode(),
                 u"invalid_json"_s);

        QCOMPARE(movementCount(u"WH-B1"_s), before1);
        QCOMPARE(movementCount(u"WH-B2"_s), before2);
        QCOMPARE(m_shop->onHand(u"WH-B1"_s), 5);
        QCOMPARE(m_shop->onHand(u"WH-B2"_s), 5);
        QCOMPARE(m_shop->lastSeq(), seq);

        // The same lines without the bad one post together.
        const HttpReply posted = batch(
            {line(u"WH-B1"_s, u"receipt"_s, 3), line(u"WH-B2"_s, u"removal"_s, -2, u"damage"_s)});
        QCOMPARE(posted.status, 201);
        QCOMPARE(posted.json()[u"movements"_s].toArray().size(), 2);
        QCOMPARE(m_shop->onHand(u"WH-B1"_s), 8);
        QCOMPARE(m_shop->onHand(u"WH-B2"_s), 3);
    }

    void removalOfReservedStockIsRefusedWithTheOrders()
    {
        QVERIFY(m_shop->addProduct(u"WH-RES"_s, 1000, 5));
        const qint64 first = order({{u"WH-RES"_s, 2}});
        const qint64 second = order({{u"WH-RES"_s, 2}});
        QVERIFY(first > 0 && second > 0);
        const qint64 before = movementCount(u"WH-RES"_s);

        for (const QJsonObject &taking : {line(u"WH-RES"_s, u"removal"_s, -2, u"direct sale"_s),
                                          line(u"WH-RES"_s, u"adjustment"_s, -2, u"lost"_s),
                                          QJsonObject{{u"sku"_s, u"WH-RES"_s},
                                                      {u"kind"_s, u"transfer"_s},
                                                      {u"quantity"_s, 2},
                                                      {u"reason"_s, u"to shelf"_s},
                                                      {u"from_location"_s, u"main"_s},
                                                      {u"to_location"_s, u"shelf-a"_s}}}) {
            const HttpReply refused = batch({taking});
            QCOMPARE(refused.status, 409);
            QCOMPARE(refused.errorCode(), u"insufficient_stock"_s);
            const QJsonObject details = refused.json()[u"error"_s][u"details"_s].toObject();
            QCOMPARE(details[u"orders"_s].toArray(), (QJsonArray{first, second}));
            QCOMPARE(details[u"available"_s].toInt(), 1);
            const QString message = refused.json()[u"error"_s][u"message"_s].toString();
            QVERIFY2(message.contains(QString::number(first)), qPrintable(message));
        }
        // The single-movement route says the same.
        const HttpReply single = as(u"warehouse"_s)
                                     .post(u"/api/v1/movements"_s,
                                           line(u"WH-RES"_s, u"removal"_s, -3, u"replacement"_s));
        QCOMPARE(single.status, 409);
        QCOMPARE(single.json()[u"error"_s][u"details"_s][u"orders"_s].toArray(),
                 (QJsonArray{first, second}));
        QCOMPARE(movementCount(u"WH-RES"_s), before);
        QCOMPARE(m_shop->onHand(u"WH-RES"_s), 5);
        QCOMPARE(m_shop->reserved(u"WH-RES"_s), 4);

        // The one free unit may go.
        const HttpReply ok = as(u"warehouse"_s)
                                 .post(u"/api/v1/movements"_s,
                                       line(u"WH-RES"_s, u"removal"_s, -1, u"replacement"_s));
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json()[u"movement"_s][u"quantity"_s].toInt(), -1);
        QCOMPARE(ok.json()[u"stock"_s][u"available"_s].toInt(), 0);
    }

    void countBelowReservedFlagsTheRightOrders()
    {
        QVERIFY(m_shop->addProduct(u"WH-CNT"_s, 1000, 5));
        QVERIFY(m_shop->addProduct(u"WH-OTHER"_s, 1000, 5));
        const qint64 holding = order({{u"WH-CNT"_s, 3}});
        const qint64 alsoHolding = order({{u"WH-OTHER"_s, 1}, {u"WH-CNT"_s, 1}});
        const qint64 unrelated = order({{u"WH-OTHER"_s, 1}});
        QVERIFY(holding > 0 && alsoHolding > 0 && unrelated > 0);
        QCOMPARE(orderJson(holding)[u"stock_at_risk"_s].toBool(), false);
        const qint64 seq = m_shop->lastSeq();

        // Bad counts first: nothing changes.
        QCOMPARE(as(u"warehouse"_s)
                     .post(u"/api/v1/counts"_s,
                           {{u"sku"_s, u"WH-CNT"_s}, {u"counted"_s, -1}, {u"reason"_s, u"x"_s}})
                     .errorCode(),
                 u"invalid_quantity"_s);
        QCOMPARE(as(u"warehouse"_s)
                     .post(u"/api/v1/counts"_s,
                           {{u"sku"_s, u"WH-CNT"_s}, {u"counted"_s, 2}, {u"reason"_s, u""_s}})
                     .errorCode(),
                 u"reason_required"_s);
        QCOMPARE(as(u"warehouse"_s)
                     .post(u"/api/v1/counts"_s, {{u"sku"_s, u"WH-CNT"_s}, {u"reason"_s, u"x"_s}})
                     .errorCode(),
                 u"missing_field"_s);
        QCOMPARE(as(u"warehouse"_s)
                     .post(u"/api/v1/counts"_s, {{u"sku"_s, u"WH-CNT"_s},
                                                 {u"counted"_s, 2},
                                                 {u"reason"_s, u"x"_s},
                                                 {u"location"_s, u"nowhere"_s}})
                     .errorCode(),
                 u"unknown_location"_s);
        QCOMPARE(as(u"agent"_s)
                     .post(u"/api/v1/counts"_s,
                           {{u"sku"_s, u"WH-CNT"_s}, {u"counted"_s, 2}, {u"reason"_s, u"x"_s}})
                     .status,
                 403);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(m_shop->onHand(u"WH-CNT"_s), 5);

        // Three units are on the shelf, four are reserved: the count is taken as it is.
        const HttpReply counted =
            as(u"warehouse"_s)
                .post(u"/api/v1/counts"_s, {{u"sku"_s, u"WH-CNT"_s},
                                            {u"location"_s, u"main"_s},
                                            {u"counted"_s, 3},
                                            {u"reason"_s, u"yearly count"_s}});
        QCOMPARE(counted.status, 201);
        QCOMPARE(counted.json()[u"movements"_s][0][u"kind"_s].toString(), u"adjustment"_s);
        QCOMPARE(counted.json()[u"movements"_s][0][u"quantity"_s].toInt(), -2);
        QCOMPARE(m_shop->onHand(u"WH-CNT"_s), 3);
        QCOMPARE(m_shop->reserved(u"WH-CNT"_s), 4);
        QCOMPARE(orderJson(holding)[u"stock_at_risk"_s].toBool(), true);
        QCOMPARE(orderJson(alsoHolding)[u"stock_at_risk"_s].toBool(), true);
        QCOMPARE(orderJson(unrelated)[u"stock_at_risk"_s].toBool(), false);

        // Agents learn it from the change log: both orders, flagged.
        QSet<qint64> flagged;
        for (const QJsonValue &change : changesSince(seq)) {
            if (change[u"entity"_s].toString() == u"order"_s &&
                change[u"data"_s][u"stock_at_risk"_s].toBool())
                flagged.insert(change[u"id"_s].toString().toLongLong());
        }
        QCOMPARE(flagged, (QSet<qint64>{holding, alsoHolding}));
        // The agents' list shows the flag too.
        bool listed = false;
        for (const QJsonValue &o :
             as(u"agent"_s).get(u"/api/v1/orders?limit=1000"_s).json()[u"items"_s].toArray()) {
            if (o[u"id"_s].toInteger() == holding)
                listed = o[u"stock_at_risk"_s].toBool();
        }
        QVERIFY(listed);

        // No new order can take what is not there.
        QCOMPARE(order({{u"WH-CNT"_s, 1}}), -1);

        // A count that matches posts nothing; one in a batch line works like /counts.
        const HttpReply same = batch({QJsonObject{{u"sku"_s, u"WH-CNT"_s},
                                                  {u"kind"_s, u"adjustment"_s},
                                                  {u"counted"_s, 3},
                                                  {u"reason"_s, u"recount"_s}}});
        QCOMPARE(same.status, 201);
        QCOMPARE(same.json()[u"movements"_s].toArray().size(), 0);

        // Goods arrive: the orders are whole again, and say so.
        const qint64 seq2 = m_shop->lastSeq();
        QCOMPARE(batch({line(u"WH-CNT"_s, u"receipt"_s, 2)}).status, 201);
        QCOMPARE(orderJson(holding)[u"stock_at_risk"_s].toBool(), false);
        bool cleared = false;
        for (const QJsonValue &change : changesSince(seq2)) {
            if (change[u"entity"_s].toString() == u"order"_s &&
                change[u"id"_s].toString().toLongLong() == holding)
                cleared = !change[u"data"_s][u"stock_at_risk"_s].toBool();
        }
        QVERIFY(cleared);
    }

    void lowStockMinimums()
    {
        QVERIFY(m_shop->addProduct(u"WH-LOW"_s, 100, 6));
        HttpReply set = as(u"warehouse"_s)
                            .send("PUT", u"/api/v1/stock/WH-LOW/minimum"_s,
                                  R"({"location": "main", "minimum": 5})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json()[u"low"_s].toBool(), false);
        auto lowSkus = [this] {
            QStringList skus;
            const HttpReply reply = as(u"agent"_s).get(u"/api/v1/stock/low"_s);
            for (const QJsonValue &item : reply.json()[u"items"_s].toArray())
                skus.append(item[u"sku"_s].toString() + u'@' + item[u"location"_s].toString());
            return skus;
        };
        QVERIFY(!lowSkus().contains(u"WH-LOW@main"_s));

        // Bad minimums: nothing changes.
        QCOMPARE(as(u"warehouse"_s)
                     .send("PUT", u"/api/v1/stock/WH-LOW/minimum"_s, R"({"minimum": -1})")
                     .errorCode(),
                 u"invalid_quantity"_s);
        QCOMPARE(as(u"warehouse"_s)
                     .send("PUT", u"/api/v1/stock/WH-LOW/minimum"_s,
                           R"({"location": "nowhere", "minimum": 1})")
                     .errorCode(),
                 u"unknown_location"_s);
        QCOMPARE(as(u"warehouse"_s)
                     .send("PUT", u"/api/v1/stock/WH-NONE/minimum"_s, R"({"minimum": 1})")
                     .status,
                 404);
        QCOMPARE(as(u"agent"_s)
                     .send("PUT", u"/api/v1/stock/WH-LOW/minimum"_s, R"({"minimum": 100})")
                     .status,
                 403);
        QCOMPARE(as(u"warehouse"_s).get(u"/api/v1/stock/WH-LOW/minimum"_s).status, 405);
        QVERIFY(!lowSkus().contains(u"WH-LOW@main"_s));

        // Crossing below the minimum is announced once, to everyone.
        const qint64 seq = m_shop->lastSeq();
        QCOMPARE(batch({line(u"WH-LOW"_s, u"removal"_s, -2, u"damage"_s)}).status, 201);
        QVERIFY(lowSkus().contains(u"WH-LOW@main"_s));
        QCOMPARE(batch({line(u"WH-LOW"_s, u"removal"_s, -1, u"damage"_s)}).status, 201);
        int announced = 0;
        for (const QJsonValue &change : changesSince(seq)) {
            if (change[u"entity"_s].toString() == u"low_stock"_s) {
                ++announced;
                QCOMPARE(change[u"id"_s].toString(), u"WH-LOW@main"_s);
                QCOMPARE(change[u"data"_s][u"low"_s].toBool(), true);
                QCOMPARE(change[u"data"_s][u"on_hand"_s].toInt(), 4);
                QCOMPARE(change[u"data"_s][u"minimum"_s].toInt(), 5);
            }
        }
        QCOMPARE(announced, 1);
        // And back above it.
        QCOMPARE(batch({line(u"WH-LOW"_s, u"receipt"_s, 10)}).status, 201);
        QVERIFY(!lowSkus().contains(u"WH-LOW@main"_s));
        // A shipment that takes it below is announced too.
        const qint64 sold = order({{u"WH-LOW"_s, 10}}, u"cash_on_delivery"_s);
        QVERIFY(sold > 0);
        const qint64 beforeShipping = m_shop->lastSeq();
        QCOMPARE(as(u"warehouse"_s)
                     .post(u"/api/v1/orders/"_s + QString::number(sold) + u"/shipment"_s,
                           {{u"carrier"_s, u"DPD"_s}, {u"tracking"_s, u"01234"_s}})
                     .status,
                 200);
        QVERIFY(lowSkus().contains(u"WH-LOW@main"_s));
        bool shippedBelow = false;
        for (const QJsonValue &change : changesSince(beforeShipping)) {
            shippedBelow = shippedBelow || (change[u"entity"_s].toString() == u"low_stock"_s &&
                                            change[u"data"_s][u"on_hand"_s].toInt() == 3);
        }
        QVERIFY(shippedBelow);
        QCOMPARE(as(u"shop"_s).get(u"/api/v1/stock/low"_s).status, 403);
    }

    void pickListAndShipment()
    {
        QVERIFY(m_shop->addProduct(u"WH-PICK"_s, 2500, 10));
        const qint64 paid = order({{u"WH-PICK"_s, 2}});
        const qint64 unpaid = order({{u"WH-PICK"_s, 1}});
        QVERIFY(paid > 0 && unpaid > 0);
        QCOMPARE(as(u"agent"_s)
                     .post(u"/api/v1/orders/"_s + QString::number(paid) + u"/payment"_s,
                           {{u"reference"_s, u"PAY-1"_s}})
                     .status,
                 200);
        const HttpReply list = as(u"warehouse"_s).get(u"/api/v1/picklist"_s);
        QCOMPARE(list.status, 200);
        QJsonObject entry;
        QList<qint64> ids;
        for (const QJsonValue &item : list.json()[u"items"_s].toArray()) {
            ids.append(item[u"order_id"_s].toInteger());
            if (item[u"order_id"_s].toInteger() == paid)
                entry = item.toObject();
        }
        QVERIFY(ids.contains(paid));
        QVERIFY(!ids.contains(unpaid));
        QCOMPARE(entry[u"customer"_s][u"name"_s].toString(), u"Jana Novak"_s);
        QCOMPARE(entry[u"lines"_s][0][u"sku"_s].toString(), u"WH-PICK"_s);
        QCOMPARE(entry[u"lines"_s][0][u"quantity"_s].toInt(), 2);
        QCOMPARE(entry[u"lines"_s][0][u"locations"_s][0][u"location"_s].toString(), u"main"_s);
        QCOMPARE(entry[u"lines"_s][0][u"locations"_s][0][u"on_hand"_s].toInt(), 10);

        const HttpReply shipped =
            as(u"warehouse"_s)
                .post(u"/api/v1/orders/"_s + QString::number(paid) + u"/shipment"_s,
                      {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"JD0001"_s}});
        QCOMPARE(shipped.status, 200);
        QCOMPARE(m_shop->onHand(u"WH-PICK"_s), 8);
        QCOMPARE(m_shop->reserved(u"WH-PICK"_s), 1);
        ids.clear();
        for (const QJsonValue &item :
             as(u"warehouse"_s).get(u"/api/v1/picklist"_s).json()[u"items"_s].toArray())
            ids.append(item[u"order_id"_s].toInteger());
        QVERIFY(!ids.contains(paid));

        QCOMPARE(as(u"manager"_s).get(u"/api/v1/picklist"_s).status, 200);
        QCOMPARE(as(u"agent"_s).get(u"/api/v1/picklist"_s).status, 403);
        QCOMPARE(as(u"warehouse"_s).get(u"/api/v1/picklist?status=paid"_s).status, 400);
        QCOMPARE(as(u"warehouse"_s).post(u"/api/v1/picklist"_s, {}).status, 405);
    }

    void onlyWarehouseAndAdminPostMovements()
    {
        QVERIFY(m_shop->addProduct(u"WH-ROLE"_s, 100, 1));
        for (const QString &role : {u"agent"_s, u"manager"_s, u"shop"_s}) {
            QCOMPARE(batch({line(u"WH-ROLE"_s, u"receipt"_s, 1)}, role).status, 403);
            QCOMPARE(
                as(role).post(u"/api/v1/movements"_s, line(u"WH-ROLE"_s, u"receipt"_s, 1)).status,
                403);
        }
        QCOMPARE(m_shop->onHand(u"WH-ROLE"_s), 1);
        QCOMPARE(batch({line(u"WH-ROLE"_s, u"receipt"_s, 1)}, u"admin"_s).status, 201);
        TestHttp anonymous(m_server.baseUrl());
        QCOMPARE(anonymous.post(u"/api/v1/movements/batch"_s, {}).status, 401);
        QCOMPARE(as(u"warehouse"_s).get(u"/api/v1/movements/batch"_s).status, 405);
    }

    void aBatchIsPostedOncePerKey()
    {
        QVERIFY(m_shop->addProduct(u"WH-IDEM"_s, 100, 0));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body{{u"lines"_s, QJsonArray{line(u"WH-IDEM"_s, u"receipt"_s, 4)}}};
        QCOMPARE(as(u"warehouse"_s).post(u"/api/v1/movements/batch"_s, body, key).status, 201);
        QCOMPARE(as(u"warehouse"_s).post(u"/api/v1/movements/batch"_s, body, key).status, 201);
        QCOMPARE(m_shop->onHand(u"WH-IDEM"_s), 4);
    }
};

QTEST_GUILESS_MAIN(TestWarehouse)
#include "tst_warehouse.moc"
