#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QSet>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The shop's website follows only the orders it placed itself: on /changes (every page, any
// limit) and on /live, while staff roles keep reading every order.
class TestChangeScope : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;

    qint64 placeOrder(const QString &role, const QString &sku)
    {
        const HttpReply reply = m_shop->as(role).post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{sku, 1}}));
        if (reply.status != 201) {
            qWarning() << role << reply.status << reply.body;
            return 0;
        }
        return reply.json().value(u"id"_s).toInteger();
    }

    // Every record a role reads after since, page by page with limit, each page checked as
    // API.md has it: seqs rising, next the last seq returned (since when none). Stops at the
    // first empty page; an empty array with a failure when a page is wrong.
    QJsonArray changesFor(const QString &role, qint64 since, int limit, int *pages = nullptr)
    {
        QJsonArray all;
        for (int page = 1; page <= 1000; ++page) {
            const HttpReply reply =
                m_shop->as(role).get(u"/api/v1/changes?since=%1&limit=%2"_s.arg(since).arg(limit));
            const QJsonArray changes = reply.json().value(u"changes"_s).toArray();
            const qint64 next = reply.json().value(u"next"_s).toInteger();
            const qint64 expectedNext =
                changes.isEmpty() ? since : changes.last()[u"seq"_s].toInteger();
            if (reply.status != 200 || changes.size() > limit || next != expectedNext) {
                qWarning() << "page" << page << "after" << since << reply.status << reply.body;
                return {};
            }
            qint64 seq = since;
            for (const QJsonValue &change : changes) {
                if (change[u"seq"_s].toInteger() <= seq) {
                    qWarning() << "seq out of order after" << seq << change;
                    return {};
                }
                seq = change[u"seq"_s].toInteger();
                all.append(change);
            }
            if (changes.isEmpty()) {
                if (pages)
                    *pages = page;
                return all;
            }
            since = next;
        }
        qWarning() << "paging never ended";
        return {};
    }

    // How many order records each order id has in the records.
    static QHash<qint64, int> orderRecords(const QJsonArray &changes)
    {
        QHash<qint64, int> orders;
        for (const QJsonValue &change : changes) {
            if (change[u"entity"_s].toString() == u"order"_s)
                ++orders[change[u"id"_s].toString().toLongLong()];
        }
        return orders;
    }

    QUrl liveUrl(const QString &role) const
    {
        QUrl url = m_server.baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/api/v1/live"_s);
        url.setQuery(u"token="_s + m_shop->token(role));
        return url;
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        for (const QString &sku : {u"SC-1"_s, u"SC-2"_s, u"SC-3"_s})
            QVERIFY(m_shop->addProduct(sku, 250, 1000));
        m_customer = m_shop->addCustomer(u"Scope Customer"_s);
        QVERIFY(m_customer > 0);
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void shopPagesThroughOnlyItsOwnOrders_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("agentOrders");
        QTest::addRow("one record a page") << 1 << 4;
        QTest::addRow("fewer than the skipped records") << 3 << 6;
        QTest::addRow("all in one page") << 500 << 2;
    }

    void shopPagesThroughOnlyItsOwnOrders()
    {
        QFETCH(int, limit);
        QFETCH(int, agentOrders);
        const qint64 before = m_shop->lastSeq();
        const qint64 first = placeOrder(u"shop"_s, u"SC-1"_s);
        QSet<qint64> agents;
        for (int i = 0; i < agentOrders; ++i)
            agents.insert(placeOrder(u"agent"_s, u"SC-2"_s));
        // The agent's cancel of the shop's order is a record of the shop's order.
        QCOMPARE(m_shop->as(u"agent"_s)
                     .send("POST", u"/api/v1/orders/%1/cancel"_s.arg(first), {})
                     .status,
                 200);
        const qint64 last = placeOrder(u"shop"_s, u"SC-3"_s);
        QVERIFY(first > 0 && last > 0 && !agents.contains(0));

        int pages = 0;
        const QJsonArray shop = changesFor(u"shop"_s, before, limit, &pages);
        const QHash<qint64, int> shopOrders = orderRecords(shop);
        QCOMPARE(QSet<qint64>(shopOrders.keyBegin(), shopOrders.keyEnd()),
                 (QSet<qint64>{first, last}));
        QCOMPARE(shopOrders.value(first), 2); // placed, cancelled
        if (limit == 1)
            QCOMPARE(pages, shop.size() + 1);

        // Nothing the shop may read was skipped: every catalogue record and each of its own
        // orders' records, exactly the admin's records of those.
        const QJsonArray admin = changesFor(u"admin"_s, before, 500);
        QSet<qint64> shopSeqs;
        for (const QJsonValue &change : shop)
            shopSeqs.insert(change[u"seq"_s].toInteger());
        int expected = 0;
        for (const QJsonValue &change : admin) {
            const QString entity = change[u"entity"_s].toString();
            const bool readable = entity == u"product"_s || entity == u"stock"_s ||
                                  (entity == u"order"_s &&
                                   change[u"data"_s][u"created_by"_s].toString() == u"shop"_s);
            QVERIFY2(shopSeqs.contains(change[u"seq"_s].toInteger()) == readable,
                     QJsonDocument(change.toObject()).toJson().constData());
            if (readable)
                ++expected;
        }
        QCOMPARE(shop.size(), expected);

        // Staff read every order.
        const QHash<qint64, int> agentSees = orderRecords(changesFor(u"agent"_s, before, limit));
        const QSet<qint64> everyOrder = agents + QSet<qint64>{first, last};
        QCOMPARE(QSet<qint64>(agentSees.keyBegin(), agentSees.keyEnd()), everyOrder);
    }

    void shopFollowsOnlyItsOwnOrdersLive()
    {
        QHash<QString, QJsonArray> frames;
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        int connected = 0;
        for (const QString &role : {u"shop"_s, u"agent"_s}) {
            auto socket = std::make_unique<QWebSocket>();
            connect(socket.get(), &QWebSocket::connected, this, [&connected] { ++connected; });
            connect(socket.get(), &QWebSocket::textMessageReceived, this,
                    [&frames, role](const QString &text) {
                        frames[role].append(QJsonDocument::fromJson(text.toUtf8()).object());
                    });
            socket->open(liveUrl(role));
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connected, 2, 15000);

        const qint64 agentOrder = placeOrder(u"agent"_s, u"SC-1"_s);
        const qint64 shopOrder = placeOrder(u"shop"_s, u"SC-2"_s);
        QVERIFY(agentOrder > 0 && shopOrder > 0);
        QCOMPARE(m_shop->as(u"agent"_s)
                     .send("POST", u"/api/v1/orders/%1/cancel"_s.arg(shopOrder), {})
                     .status,
                 200);
        // A product both read comes last: once it is there, everything before it is.
        QVERIFY(m_shop->addProduct(u"SC-LIVE"_s, 100, 1));
        auto hasMarker = [&frames](const QString &role) {
            for (const QJsonValue &frame : std::as_const(frames[role])) {
                if (frame[u"entity"_s].toString() == u"product"_s &&
                    frame[u"id"_s].toString() == u"SC-LIVE"_s)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasMarker(u"shop"_s) && hasMarker(u"agent"_s), 15000);

        const QHash<qint64, int> shopOrders = orderRecords(frames[u"shop"_s]);
        QCOMPARE(shopOrders.keys(), QList<qint64>{shopOrder});
        QCOMPARE(shopOrders.value(shopOrder), 2); // placed, cancelled
        for (const QJsonValue &frame : std::as_const(frames[u"shop"_s])) {
            if (frame[u"entity"_s].toString() == u"order"_s)
                QCOMPARE(frame[u"data"_s][u"created_by"_s].toString(), u"shop"_s);
        }
        const QHash<qint64, int> agentOrders = orderRecords(frames[u"agent"_s]);
        QVERIFY(agentOrders.contains(agentOrder) && agentOrders.contains(shopOrder));

        // The live frames are the records /changes gives the same reader, in the same order.
        const qint64 from = frames[u"shop"_s].first()[u"seq"_s].toInteger() - 1;
        const QJsonArray pulled = changesFor(u"shop"_s, from, 500);
        QList<qint64> pushedSeqs;
        for (const QJsonValue &frame : std::as_const(frames[u"shop"_s]))
            pushedSeqs.append(frame[u"seq"_s].toInteger());
        QList<qint64> pulledSeqs;
        for (const QJsonValue &change : pulled) {
            if (change[u"seq"_s].toInteger() <= pushedSeqs.last())
                pulledSeqs.append(change[u"seq"_s].toInteger());
        }
        QCOMPARE(pushedSeqs, pulledSeqs);
    }
};

QTEST_GUILESS_MAIN(TestChangeScope)
#include "tst_changescope.moc"
