#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// GET /snapshot (a first sync's bulk read), GET /changes/head, and which change records
// each role receives through /changes and /live.
class TestSnapshot : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;

    // Every page of one entity for a role; the seq of the first page in *seq.
    QJsonArray readAll(const QString &role, const QString &entity, int limit, qint64 *seq = nullptr,
                       int *pages = nullptr)
    {
        QJsonArray all;
        QString after;
        int count = 0;
        for (;;) {
            QString path = u"/api/v1/snapshot?entity=%1&limit=%2"_s.arg(entity).arg(limit);
            if (!after.isEmpty())
                path += u"&after="_s + after;
            const HttpReply reply = m_shop->as(role).get(path);
            if (reply.status != 200) {
                qWarning() << reply.status << reply.body;
                return {};
            }
            const QJsonObject page = reply.json();
            if (seq && count == 0)
                *seq = page.value(u"seq"_s).toInteger();
            ++count;
            const QJsonArray items = itemsOf(page);
            if (items.size() > limit)
                return {};
            for (const QJsonValue &item : items)
                all.append(item);
            if (page.value(u"next"_s).isNull())
                break;
            after = page.value(u"next"_s).toString();
        }
        if (pages)
            *pages = count;
        return all;
    }

    // A page's items as objects: products, customers and movements come as rows of values in
    // the order of "columns", where "a.b" is field b of object a; orders come as objects.
    static QJsonArray itemsOf(const QJsonObject &page)
    {
        if (!page.contains(u"columns"_s))
            return page.value(u"items"_s).toArray();
        const QJsonArray columns = page.value(u"columns"_s).toArray();
        QJsonArray items;
        for (const QJsonValue &value : page.value(u"rows"_s).toArray()) {
            const QJsonArray row = value.toArray();
            if (row.size() != columns.size())
                return {};
            QJsonObject item;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QString name = columns.at(i).toString();
                const qsizetype dot = name.indexOf(u'.');
                if (dot < 0) {
                    item.insert(name, row.at(i));
                    continue;
                }
                QJsonObject inner = item.value(name.left(dot)).toObject();
                inner.insert(name.mid(dot + 1), row.at(i));
                item.insert(name.left(dot), inner);
            }
            // A product's stock names its SKU in its GET; the row has it once.
            if (item.contains(u"stock"_s)) {
                QJsonObject stock = item.value(u"stock"_s).toObject();
                stock.insert(u"sku"_s, item.value(u"sku"_s));
                item.insert(u"stock"_s, stock);
            }
            items.append(item);
        }
        return items;
    }

    QSet<QString> keys(const QJsonArray &items, const QString &key)
    {
        QSet<QString> set;
        for (const QJsonValue &item : items) {
            const QJsonValue v = item.toObject().value(key);
            set.insert(v.isString() ? v.toString() : QString::number(v.toInteger()));
        }
        return set;
    }

    // Every change record a role receives after since, paging with limit; *next the end.
    QJsonArray changesFor(const QString &role, qint64 since, int limit, qint64 *next = nullptr)
    {
        QJsonArray all;
        for (int guard = 0; guard < 1000; ++guard) {
            const HttpReply reply =
                m_shop->as(role).get(u"/api/v1/changes?since=%1&limit=%2"_s.arg(since).arg(limit));
            if (reply.status != 200)
                return {};
            const QJsonObject page = reply.json();
            const QJsonArray changes = page.value(u"changes"_s).toArray();
            for (const QJsonValue &c : changes)
                all.append(c);
            const qint64 after = page.value(u"next"_s).toInteger();
            if (after < since)
                return {};
            if (after == since || changes.size() < limit) {
                if (next)
                    *next = after;
                return all;
            }
            since = after;
        }
        return {};
    }

    static qint64 lastSeq(const QJsonArray &changes)
    {
        return changes.isEmpty() ? -1 : changes.last().toObject().value(u"seq"_s).toInteger();
    }

    QStringList entities(const QJsonArray &changes)
    {
        QStringList list;
        for (const QJsonValue &c : changes)
            list.append(c.toObject().value(u"entity"_s).toString());
        return list;
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        for (int i = 0; i < 23; ++i)
            QVERIFY(m_shop->addProduct(u"SN-%1"_s.arg(i, 2, 10, QChar(u'0')), 150 + i, 10 + i));
        m_customer = m_shop->addCustomer(u"Ana \"Quote\" Lima\\"_s);
        for (int i = 0; i < 11; ++i)
            QVERIFY(m_shop->addCustomer(u"Snapshot customer %1"_s.arg(i)) > 0);
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void headIsTheLastSeq()
    {
        const HttpReply head = m_shop->as(u"agent"_s).get(u"/api/v1/changes/head"_s);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.json().value(u"seq"_s).toInteger(), m_shop->lastSeq());
        QVERIFY(m_shop->addCustomer(u"One more"_s) > 0);
        QCOMPARE(
            m_shop->as(u"shop"_s).get(u"/api/v1/changes/head"_s).json().value(u"seq"_s).toInteger(),
            m_shop->lastSeq());
        QCOMPARE(TestHttp(m_server.baseUrl()).get(u"/api/v1/changes/head"_s).status, 401);
        QCOMPARE(m_shop->as(u"admin"_s).get(u"/api/v1/changes/head?x=1"_s).status, 400);
    }

    void productsInPagesAsTheirGet()
    {
        qint64 seq = -1;
        int pages = 0;
        const QJsonArray products = readAll(u"shop"_s, u"products"_s, 5, &seq, &pages);
        QCOMPARE(products.size(), 23);
        QCOMPARE(pages, 5);
        QCOMPARE(seq, m_shop->lastSeq());
        QStringList skus;
        for (const QJsonValue &item : products)
            skus.append(item.toObject().value(u"sku"_s).toString());
        QStringList sorted = skus;
        sorted.sort();
        QCOMPARE(skus, sorted);
        // Rows of values with their columns, one per row; orders alone come as objects.
        for (const QString &entity : {u"products"_s, u"customers"_s, u"movements"_s}) {
            const QJsonObject page =
                m_shop->as(u"admin"_s).get(u"/api/v1/snapshot?entity="_s + entity).json();
            QVERIFY(!page.contains(u"items"_s));
            const qsizetype width = page[u"columns"_s].toArray().size();
            QVERIFY(width > 0);
            QVERIFY(!page[u"rows"_s].toArray().isEmpty());
            for (const QJsonValue &row : page[u"rows"_s].toArray())
                QCOMPARE(row.toArray().size(), width);
        }
        const QJsonObject orders =
            m_shop->as(u"admin"_s).get(u"/api/v1/snapshot?entity=orders"_s).json();
        QVERIFY(orders[u"items"_s].isArray());
        QVERIFY(!orders.contains(u"columns"_s));
        // Each item is the product as its GET shows it (without the per-location stock).
        for (const QJsonValue &item : products) {
            const QJsonObject snap = item.toObject();
            QJsonObject got = m_shop->as(u"admin"_s)
                                  .get(u"/api/v1/products/"_s + snap[u"sku"_s].toString())
                                  .json();
            QJsonObject stock = got[u"stock"_s].toObject();
            stock.remove(u"locations"_s);
            got[u"stock"_s] = stock;
            QCOMPARE(snap, got);
        }
    }

    void customersAndMovementsAsTheirLists()
    {
        const QJsonArray customers = readAll(u"agent"_s, u"customers"_s, 4);
        QVERIFY(customers.size() >= 12);
        const QJsonObject got =
            m_shop->as(u"agent"_s).get(u"/api/v1/customers/%1"_s.arg(m_customer)).json();
        bool found = false;
        for (const QJsonValue &c : customers) {
            if (c.toObject().value(u"id"_s).toInteger() == m_customer) {
                QCOMPARE(c.toObject(), got);
                found = true;
            }
        }
        QVERIFY(found);

        const QJsonArray movements = readAll(u"warehouse"_s, u"movements"_s, 6);
        QCOMPARE(movements.size(), 23);
        const QJsonArray listed = m_shop->as(u"warehouse"_s)
                                      .get(u"/api/v1/movements?limit=1000"_s)
                                      .json()[u"items"_s]
                                      .toArray();
        QCOMPARE(movements.size(), listed.size());
        for (int i = 0; i < listed.size(); ++i)
            QCOMPARE(movements.at(i).toObject(), listed.at(i).toObject());
    }

    void rolesReadOnlyWhatTheyMay()
    {
        QCOMPARE(m_shop->as(u"agent"_s).get(u"/api/v1/snapshot?entity=movements"_s).status, 403);
        QCOMPARE(m_shop->as(u"shop"_s).get(u"/api/v1/snapshot?entity=movements"_s).status, 403);
        QCOMPARE(m_shop->as(u"warehouse"_s).get(u"/api/v1/snapshot?entity=customers"_s).status,
                 403);
        const HttpReply denied = m_shop->as(u"shop"_s).get(u"/api/v1/snapshot?entity=customers"_s);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorCode(), u"forbidden"_s);
        QCOMPARE(m_shop->as(u"manager"_s).get(u"/api/v1/snapshot?entity=movements"_s).status, 200);

        // The shop sees its own orders only; staff see all.
        const HttpReply mine = m_shop->as(u"shop"_s).post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"SN-01"_s, 1}}));
        QCOMPARE(mine.status, 201);
        const HttpReply theirs =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"SN-02"_s, 1}}));
        QCOMPARE(theirs.status, 201);
        const QString mineId = QString::number(mine.json()[u"id"_s].toInteger());
        const QString theirsId = QString::number(theirs.json()[u"id"_s].toInteger());
        const QSet<QString> shopOrders = keys(readAll(u"shop"_s, u"orders"_s, 1), u"id"_s);
        QVERIFY(shopOrders.contains(mineId));
        QVERIFY(!shopOrders.contains(theirsId));
        const QJsonArray staffOrders = readAll(u"warehouse"_s, u"orders"_s, 1);
        QVERIFY(keys(staffOrders, u"id"_s).contains(mineId));
        QVERIFY(keys(staffOrders, u"id"_s).contains(theirsId));
        for (const QJsonValue &o : staffOrders) {
            const QJsonObject order = o.toObject();
            QCOMPARE(order, m_shop->as(u"admin"_s)
                                .get(u"/api/v1/orders/%1"_s.arg(order[u"id"_s].toInteger()))
                                .json());
        }
    }

    void aWriteBetweenPagesIsNotLost()
    {
        // The client's way: pages from the first page's seq on, then /changes from that seq.
        const HttpReply first =
            m_shop->as(u"manager"_s).get(u"/api/v1/snapshot?entity=products&limit=4"_s);
        QCOMPARE(first.status, 200);
        const qint64 seq = first.json()[u"seq"_s].toInteger();
        QHash<QString, QJsonObject> cache;
        for (const QJsonValue &item : itemsOf(first.json()))
            cache.insert(item[u"sku"_s].toString(), item.toObject());
        const QString after = first.json()[u"next"_s].toString();
        QVERIFY(!after.isEmpty());

        // Meanwhile: a product that sorts before the page already read, and a price change
        // on one read already.
        QVERIFY(m_shop->addProduct(u"AA-LATE"_s, 999, 3));
        const QString early = cache.keys().first();
        QCOMPARE(m_shop->as(u"admin"_s)
                     .patch(u"/api/v1/products/"_s + early,
                            QJsonObject{{u"price"_s, QJsonObject{{u"amount_minor"_s, 4242},
                                                                 {u"currency"_s, u"EUR"_s}}}})
                     .status,
                 200);

        QString next = after;
        while (!next.isEmpty()) {
            const HttpReply page =
                m_shop->as(u"manager"_s)
                    .get(u"/api/v1/snapshot?entity=products&limit=4&after="_s + next);
            QCOMPARE(page.status, 200);
            QVERIFY(page.json()[u"seq"_s].toInteger() >= seq);
            for (const QJsonValue &item : itemsOf(page.json()))
                cache.insert(item[u"sku"_s].toString(), item.toObject());
            next = page.json()[u"next"_s].toString();
        }
        QVERIFY(!cache.contains(u"AA-LATE"_s));
        for (const QJsonValue &c : changesFor(u"manager"_s, seq, 500)) {
            const QJsonObject change = c.toObject();
            if (change[u"entity"_s].toString() == u"product"_s)
                cache.insert(change[u"id"_s].toString(), change[u"data"_s].toObject());
        }
        QVERIFY(cache.contains(u"AA-LATE"_s));
        QCOMPARE(cache.value(early)[u"price"_s][u"amount_minor"_s].toInteger(), 4242);
        QCOMPARE(cache.size(), readAll(u"admin"_s, u"products"_s, 20000).size());
    }

    void badRequests()
    {
        TestHttp anonymous(m_server.baseUrl());
        QCOMPARE(anonymous.get(u"/api/v1/snapshot?entity=products"_s).status, 401);
        TestHttp bogus(m_server.baseUrl());
        bogus.setToken(u"not-a-token"_s);
        QCOMPARE(bogus.get(u"/api/v1/snapshot?entity=products"_s).status, 401);
        TestHttp &admin = m_shop->as(u"admin"_s);
        for (const QString &query :
             {u""_s, u"?entity=users"_s, u"?entity=products&limit=0"_s,
              u"?entity=products&limit=abc"_s, u"?entity=products&limit=-3"_s,
              u"?entity=products&after=no%20sku"_s, u"?entity=movements&after=-1"_s,
              u"?entity=customers&after=x"_s, u"?entity=products&colour=red"_s}) {
            const HttpReply reply = admin.get(u"/api/v1/snapshot"_s + query);
            QVERIFY2(reply.status == 400, qPrintable(query));
            QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        }
        QCOMPARE(admin.post(u"/api/v1/snapshot?entity=products"_s, QJsonObject{}).status, 405);
        // A huge limit is clamped, not refused.
        const HttpReply clamped = admin.get(u"/api/v1/snapshot?entity=products&limit=999999"_s);
        QCOMPARE(clamped.status, 200);
        QVERIFY(clamped.json()[u"next"_s].isNull());
        // Nothing was changed by any of it.
        const qint64 before = m_shop->lastSeq();
        admin.get(u"/api/v1/snapshot?entity=nope"_s);
        QCOMPARE(m_shop->lastSeq(), before);
    }

    void changesCarryOnlyWhatTheRoleMayRead()
    {
        const qint64 since = m_shop->lastSeq();
        QCOMPARE(m_shop->as(u"warehouse"_s)
                     .post(u"/api/v1/movements"_s, QJsonObject{{u"sku"_s, u"SN-05"_s},
                                                               {u"kind"_s, u"receipt"_s},
                                                               {u"quantity"_s, 4},
                                                               {u"reason"_s, u"delivery"_s}})
                     .status,
                 201);
        const qint64 customer = m_shop->addCustomer(u"Filtered Fay"_s);
        QVERIFY(customer > 0);
        const HttpReply order =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"SN-06"_s, 1}}));
        QCOMPARE(order.status, 201);
        const qint64 head = m_shop->lastSeq();

        // The admin sees everything; paging by one record at a time, too.
        const QStringList all = entities(changesFor(u"admin"_s, since, 500));
        QVERIFY(all.contains(u"movement"_s) && all.contains(u"customer"_s));

        for (int limit : {1, 500}) {
            // next is the last seq returned (API.md), so a role's cursor stops at its own
            // records and never skips one it may read.
            qint64 next = 0;
            const QJsonArray agentChanges = changesFor(u"agent"_s, since, limit, &next);
            const QStringList agent = entities(agentChanges);
            QVERIFY(!agent.contains(u"movement"_s));
            QVERIFY(agent.contains(u"customer"_s) && agent.contains(u"stock"_s) &&
                    agent.contains(u"order"_s));
            QCOMPARE(next, lastSeq(agentChanges));

            const QJsonArray warehouseChanges = changesFor(u"warehouse"_s, since, limit, &next);
            const QStringList warehouse = entities(warehouseChanges);
            QVERIFY(warehouse.contains(u"movement"_s) && warehouse.contains(u"order"_s));
            QVERIFY(!warehouse.contains(u"customer"_s));
            QCOMPARE(next, lastSeq(warehouseChanges));

            const QJsonArray shop = changesFor(u"shop"_s, since, limit, &next);
            for (const QString &entity : entities(shop))
                QVERIFY2(entity == u"product"_s || entity == u"stock"_s, qPrintable(entity));
            QVERIFY(entities(shop).contains(u"stock"_s));
            QCOMPARE(next, lastSeq(shop));
            QVERIFY(next <= head);
        }

        // The shop's own order reaches it; nothing past the head is re-read.
        const qint64 before = m_shop->lastSeq();
        const HttpReply mine = m_shop->as(u"shop"_s).post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"SN-07"_s, 1}}));
        QCOMPARE(mine.status, 201);
        const QJsonArray shop = changesFor(u"shop"_s, before, 500);
        bool own = false;
        for (const QJsonValue &c : shop) {
            if (c[u"entity"_s].toString() == u"order"_s) {
                QCOMPARE(c[u"data"_s][u"created_by"_s].toString(), u"shop"_s);
                own = true;
            }
        }
        QVERIFY(own);
        const HttpReply empty =
            m_shop->as(u"agent"_s).get(u"/api/v1/changes?since=%1"_s.arg(m_shop->lastSeq()));
        QCOMPARE(empty.json()[u"changes"_s].toArray().size(), 0);
        QCOMPARE(empty.json()[u"next"_s].toInteger(), m_shop->lastSeq());
    }

    void longPollSkipsWhatTheRoleMayNotRead()
    {
        // An agent waiting for changes is not woken by a new user (admins only), but by a
        // customer; the user record is skipped and not read again.
        const qint64 since = m_shop->lastSeq();
        TestHttp agent(m_server.baseUrl());
        QNetworkRequest request(
            m_server.baseUrl().resolved(QUrl(u"/api/v1/changes?wait=20&since=%1"_s.arg(since))));
        request.setRawHeader("Authorization", "Bearer " + m_shop->token(u"agent"_s).toUtf8());
        QNetworkReply *reply = agent.network().get(request);
        // Time for the poll to reach the server, so that the new user arrives while it waits
        // (nothing outside the server tells when it is parked; arriving later is no failure).
        QTest::qWait(300);
        QCOMPARE(m_shop->as(u"admin"_s)
                     .post(u"/api/v1/users"_s, QJsonObject{{u"username"_s, u"poll-user"_s},
                                                           {u"password"_s, u"poll-password-1"_s},
                                                           {u"role"_s, u"agent"_s}})
                     .status,
                 201);
        // Not woken is shown only by time passing without an answer.
        QTest::qWait(700);
        QVERIFY(!reply->isFinished());
        QVERIFY(m_shop->addCustomer(u"Wakes the agent"_s) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(entities(page[u"changes"_s].toArray()), QStringList{u"customer"_s});
        QCOMPARE(page[u"next"_s].toInteger(), m_shop->lastSeq());
    }

    void liveFramesCarryOnlyWhatTheRoleMayRead()
    {
        QHash<QString, QStringList> frames; // role -> entities received
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        int connected = 0;
        for (const QString &role : {u"agent"_s, u"warehouse"_s, u"shop"_s, u"admin"_s}) {
            auto socket = std::make_unique<QWebSocket>();
            connect(socket.get(), &QWebSocket::connected, this, [&] { ++connected; });
            connect(socket.get(), &QWebSocket::textMessageReceived, this,
                    [&frames, role](const QString &text) {
                        frames[role].append(QJsonDocument::fromJson(text.toUtf8())
                                                .object()
                                                .value(u"entity"_s)
                                                .toString());
                    });
            QUrl url = m_server.baseUrl();
            url.setScheme(u"ws"_s);
            url.setPath(u"/api/v1/live"_s);
            url.setQuery(u"token="_s + m_shop->token(role));
            socket->open(url);
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connected, 4, 15000);
        QCOMPARE(m_shop->as(u"warehouse"_s)
                     .post(u"/api/v1/movements"_s, QJsonObject{{u"sku"_s, u"SN-09"_s},
                                                               {u"kind"_s, u"receipt"_s},
                                                               {u"quantity"_s, 2},
                                                               {u"reason"_s, u"live"_s}})
                     .status,
                 201);
        const qint64 customer = m_shop->addCustomer(u"Live Lou"_s);
        QVERIFY(customer > 0);
        const HttpReply order =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"SN-10"_s, 1}}));
        QCOMPARE(order.status, 201);
        QVERIFY(m_shop->addProduct(u"SN-LIVE"_s, 100, 1)); // the last frame everyone gets
        QTRY_VERIFY_WITH_TIMEOUT(frames[u"admin"_s].contains(u"product"_s) &&
                                     frames[u"agent"_s].contains(u"product"_s) &&
                                     frames[u"warehouse"_s].contains(u"product"_s) &&
                                     frames[u"shop"_s].contains(u"product"_s),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(frames[u"admin"_s].count(u"stock"_s) >= 3, 15000);
        QVERIFY(frames[u"admin"_s].contains(u"movement"_s));
        QVERIFY(frames[u"admin"_s].contains(u"customer"_s));
        QVERIFY(!frames[u"agent"_s].contains(u"movement"_s));
        QVERIFY(frames[u"agent"_s].contains(u"customer"_s));
        QVERIFY(frames[u"agent"_s].contains(u"order"_s));
        QVERIFY(!frames[u"warehouse"_s].contains(u"customer"_s));
        QVERIFY(frames[u"warehouse"_s].contains(u"movement"_s));
        for (const QString &entity : frames[u"shop"_s])
            QVERIFY2(entity == u"product"_s || entity == u"stock"_s, qPrintable(entity));
        QVERIFY(frames[u"shop"_s].contains(u"stock"_s));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
