#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Merging two records of one person: the duplicate's orders and notes move, the survivor's
// empty fields are filled and the lists joined, everything in the change log; bad merges
// change nothing, and of two identical merges at once exactly one happens.
class TestCustomersMerge : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;

    TestHttp &agent() { return m_shop->as(u"agent"_s); }

    qint64 customer(const QJsonObject &fields)
    {
        const HttpReply reply = agent().post(u"/api/v1/customers"_s, fields);
        return reply.status == 201 ? reply.json()[u"id"_s].toInteger() : -1;
    }

    qint64 order(qint64 customerId)
    {
        const HttpReply reply =
            agent().post(u"/api/v1/orders"_s, ShopFixture::orderBody(customerId, {{u"MG-1"_s, 1}}));
        return reply.status == 201 ? reply.json()[u"id"_s].toInteger() : -1;
    }

    QJsonObject get(qint64 id) { return agent().get(u"/api/v1/customers/%1"_s.arg(id)).json(); }

    HttpReply merge(qint64 survivor, const QJsonValue &duplicate, const QString &role = u"agent"_s)
    {
        return m_shop->as(role).post(u"/api/v1/customers/%1/merge"_s.arg(survivor),
                                     {{u"duplicate_id"_s, duplicate}});
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"MG-1"_s, 500, 100));
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void mergeMovesEverythingAndFillsGaps()
    {
        const qint64 survivor =
            customer({{u"name"_s, u"Tomás Ruiz"_s},
                      {u"phones"_s, QJsonArray{QJsonObject{{u"label"_s, u"mobile"_s},
                                                           {u"number"_s, u"+34 600 111 222"_s}}}}});
        const qint64 duplicate = customer(
            {{u"name"_s, u"T. Ruiz"_s},
             {u"email"_s, u"tomas.ruiz@example.es"_s},
             {u"notes"_s, u"Wants invoices by post."_s},
             {u"phones"_s,
              QJsonArray{
                  QJsonObject{{u"label"_s, u""_s}, {u"number"_s, u"+34600111222"_s}},
                  QJsonObject{{u"label"_s, u"work"_s}, {u"number"_s, u"+34 91 555 0000"_s}}}},
             {u"addresses"_s, QJsonArray{QJsonObject{{u"label"_s, u"home"_s},
                                                     {u"street"_s, u"Calle Mayor 1"_s},
                                                     {u"postcode"_s, u"28013"_s},
                                                     {u"city"_s, u"Madrid"_s},
                                                     {u"country"_s, u"ES"_s}}}}});
        QVERIFY(survivor > 0 && duplicate > 0);
        const qint64 survivorOrder = order(survivor);
        const qint64 duplicateOrders[] = {order(duplicate), order(duplicate)};
        QCOMPARE(agent()
                     .post(u"/api/v1/customers/%1/notes"_s.arg(duplicate),
                           {{u"text"_s, u"Asked for a callback."_s}})
                     .status,
                 201);
        const qint64 seq = m_shop->lastSeq();

        const HttpReply merged = merge(survivor, duplicate);
        QCOMPARE(merged.status, 200);
        const QJsonObject s = merged.json();
        QCOMPARE(s[u"id"_s].toInteger(), survivor);
        QCOMPARE(s[u"name"_s].toString(), u"Tomás Ruiz"_s);
        QCOMPARE(s[u"email"_s].toString(), u"tomas.ruiz@example.es"_s);
        QCOMPARE(s[u"notes"_s].toString(), u"Wants invoices by post."_s);
        // The same number written otherwise is one phone; the other one joins.
        const QJsonArray phones = s[u"phones"_s].toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones[0][u"number"_s].toString(), u"+34 600 111 222"_s);
        QCOMPARE(phones[1][u"number"_s].toString(), u"+34 91 555 0000"_s);
        QCOMPARE(s[u"addresses"_s].toArray().size(), 1);
        QCOMPARE(s[u"address"_s].toString(), u"Calle Mayor 1, 28013 Madrid, ES"_s);
        QCOMPARE(get(survivor), s);
        QCOMPARE(get(duplicate)[u"merged_into"_s].toInteger(), survivor);

        for (const qint64 id : duplicateOrders)
            QCOMPARE(
                agent().get(u"/api/v1/orders/%1"_s.arg(id)).json()[u"customer_id"_s].toInteger(),
                survivor);
        QCOMPARE(agent()
                     .get(u"/api/v1/orders/%1"_s.arg(survivorOrder))
                     .json()[u"customer_id"_s]
                     .toInteger(),
                 survivor);
        const QJsonArray notes =
            agent().get(u"/api/v1/customers/%1/notes"_s.arg(survivor)).json()[u"items"_s].toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0][u"customer_id"_s].toInteger(), survivor);

        // Change records: each moved order and note, the duplicate, the survivor.
        const QJsonArray changes =
            agent().get(u"/api/v1/changes?since=%1"_s.arg(seq)).json()[u"changes"_s].toArray();
        QSet<QString> logged;
        for (const QJsonValue &change : changes) {
            QCOMPARE(change[u"op"_s].toString(), u"update"_s);
            QCOMPARE(change[u"user"_s].toString(), u"agent"_s);
            logged.insert(change[u"entity"_s].toString() + u'/' + change[u"id"_s].toString());
            if (change[u"entity"_s].toString() == u"customer"_s &&
                change[u"id"_s].toString() == QString::number(duplicate))
                QCOMPARE(change[u"data"_s][u"merged_into"_s].toInteger(), survivor);
        }
        QSet<QString> expected{u"customer/%1"_s.arg(survivor), u"customer/%1"_s.arg(duplicate),
                               u"customer_note/%1"_s.arg(notes[0][u"id"_s].toInteger())};
        for (const qint64 id : duplicateOrders)
            expected.insert(u"order/%1"_s.arg(id));
        QCOMPARE(logged, expected);

        // Search lists the survivor only; the timeline shows the merge and the moved orders.
        const QJsonArray found =
            agent().get(u"/api/v1/customers?query=ruiz"_s).json()[u"items"_s].toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][u"id"_s].toInteger(), survivor);
        const QJsonArray timeline = agent()
                                        .get(u"/api/v1/customers/%1/timeline"_s.arg(survivor))
                                        .json()[u"items"_s]
                                        .toArray();
        int created = 0;
        bool mergeShown = false;
        for (const QJsonValue &item : timeline) {
            created += item[u"kind"_s].toString() == u"order_created"_s;
            if (item[u"kind"_s].toString() == u"merged"_s) {
                mergeShown = item[u"merged_customer_id"_s].toInteger() == duplicate &&
                             item[u"user"_s].toString() == u"agent"_s;
            }
        }
        QCOMPARE(created, 3);
        QVERIFY(mergeShown);
        // Undone only by a new edit: the merged record can still be corrected.
        QCOMPARE(agent()
                     .patch(u"/api/v1/customers/%1"_s.arg(duplicate), {{u"notes"_s, u"dup"_s}})
                     .status,
                 200);
    }

    // The duplicate's store credit belongs to the survivor afterwards, the total unchanged:
    // the survivor can spend all of it, and not a unit more.
    void mergeMovesStoreCredit()
    {
        const qint64 survivor = customer({{u"name"_s, u"Ana Credit"_s}});
        const qint64 duplicate = customer({{u"name"_s, u"A. Credit"_s}});
        QVERIFY(survivor > 0 && duplicate > 0);
        const qint64 paidOrder = order(duplicate);
        QCOMPARE(
            agent()
                .post(u"/api/v1/orders/%1/payment"_s.arg(paidOrder), {{u"reference"_s, u"P"_s}})
                .status,
            200);
        const auto money = [](qint64 minor) {
            return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
        };
        for (const qint64 goodwill : {250, 50}) {
            const HttpReply refund = agent().post(u"/api/v1/orders/%1/refunds"_s.arg(paidOrder),
                                                  {{u"goodwill"_s, money(goodwill)},
                                                   {u"destination"_s, u"store_credit"_s},
                                                   {u"reason"_s, u"late"_s}});
            QCOMPARE(refund.status, 201);
            QCOMPARE(refund.json()[u"status"_s].toString(), u"issued"_s);
        }
        const qint64 survivorOrder = order(survivor);
        QVERIFY(survivorOrder > 0);
        QCOMPARE(merge(survivor, duplicate).status, 200);

        const QString payments = u"/api/v1/orders/%1/payments"_s.arg(survivorOrder);
        const HttpReply tooMuch =
            agent().post(payments, {{u"method"_s, u"store_credit"_s}, {u"amount"_s, money(301)}});
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(tooMuch.errorCode(), u"insufficient_credit"_s);
        QCOMPARE(
            tooMuch.json()[u"error"_s][u"details"_s][u"credit"_s][u"amount_minor"_s].toInteger(),
            300);
        QCOMPARE(agent()
                     .post(payments, {{u"method"_s, u"store_credit"_s}, {u"amount"_s, money(300)}})
                     .status,
                 201);
        const HttpReply spent =
            agent().post(payments, {{u"method"_s, u"store_credit"_s}, {u"amount"_s, money(1)}});
        QCOMPARE(spent.status, 409);
        QCOMPARE(spent.errorCode(), u"insufficient_credit"_s);
    }

    void badMerges_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("with itself") << u"self"_s << 422 << u"merge_with_itself"_s;
        QTest::addRow("unknown survivor") << u"unknown survivor"_s << 404 << u"not_found"_s;
        QTest::addRow("unknown duplicate")
            << u"unknown duplicate"_s << 422 << u"unknown_customer"_s;
        QTest::addRow("duplicate merged already")
            << u"merged duplicate"_s << 409 << u"already_merged"_s;
        QTest::addRow("survivor merged already")
            << u"merged survivor"_s << 409 << u"already_merged"_s;
        QTest::addRow("duplicate_id missing") << u"missing"_s << 400 << u"missing_field"_s;
        QTest::addRow("duplicate_id as text") << u"text"_s << 400 << u"invalid_type"_s;
        QTest::addRow("duplicate_id zero") << u"zero"_s << 422 << u"unknown_customer"_s;
        QTest::addRow("unknown field") << u"extra"_s << 400 << u"unknown_field"_s;
        QTest::addRow("qa may not merge") << u"qa"_s << 403 << u"forbidden"_s;
        QTest::addRow("warehouse may not merge") << u"warehouse"_s << 403 << u"forbidden"_s;
    }

    void badMerges()
    {
        QFETCH(QString, what);
        QFETCH(int, status);
        QFETCH(QString, code);
        const qint64 a = customer({{u"name"_s, u"Pair A"_s}});
        const qint64 b = customer({{u"name"_s, u"Pair B"_s}});
        const qint64 c = customer({{u"name"_s, u"Pair C"_s}});
        QVERIFY(a > 0 && b > 0 && c > 0);
        const qint64 orderOfB = order(b);
        if (what == u"merged duplicate"_s || what == u"merged survivor"_s)
            QCOMPARE(merge(c, what == u"merged duplicate"_s ? b : a).status, 200);
        if (what == u"qa"_s) {
            QCOMPARE(
                m_shop->as(u"admin"_s)
                    .post(u"/api/v1/users"_s, {{u"username"_s, u"qa-%1"_s.arg(a)},
                                               {u"password"_s, ShopFixture::passwordFor(u"qa"_s)},
                                               {u"role"_s, u"qa"_s}})
                    .status,
                201);
        }
        const qint64 ownerOfOrder =
            agent().get(u"/api/v1/orders/%1"_s.arg(orderOfB)).json()[u"customer_id"_s].toInteger();
        const QJsonObject beforeA = get(a);
        const QJsonObject beforeB = get(b);
        const qint64 seq = m_shop->lastSeq();

        HttpReply reply;
        const QString path = u"/api/v1/customers/%1/merge"_s.arg(a);
        if (what == u"self"_s) {
            reply = merge(a, a);
        } else if (what == u"unknown survivor"_s) {
            reply = merge(999999, b);
        } else if (what == u"unknown duplicate"_s) {
            reply = merge(a, 999999);
        } else if (what == u"missing"_s) {
            reply = agent().post(path, QJsonObject{});
        } else if (what == u"text"_s) {
            reply = merge(a, QString::number(b));
        } else if (what == u"zero"_s) {
            reply = merge(a, 0);
        } else if (what == u"extra"_s) {
            reply = agent().post(path, {{u"duplicate_id"_s, b}, {u"keep"_s, u"both"_s}});
        } else if (what == u"qa"_s) {
            TestHttp qa(m_server.baseUrl());
            QVERIFY(qa.login(u"qa-%1"_s.arg(a), ShopFixture::passwordFor(u"qa"_s)));
            reply = qa.post(path, {{u"duplicate_id"_s, b}});
        } else if (what == u"warehouse"_s) {
            reply = merge(a, b, u"warehouse"_s);
        } else {
            reply = merge(a, b);
        }
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(get(a), beforeA);
        QCOMPARE(get(b), beforeB);
        QCOMPARE(
            agent().get(u"/api/v1/orders/%1"_s.arg(orderOfB)).json()[u"customer_id"_s].toInteger(),
            ownerOfOrder);
    }

    void concurrentIdenticalMergesHappenOnce_data()
    {
        QTest::addColumn<bool>("sameKey");
        QTest::addRow("two agents") << false;
        QTest::addRow("one agent, one retry key") << true;
    }

    void concurrentIdenticalMergesHappenOnce()
    {
        QFETCH(bool, sameKey);
        const qint64 a = customer({{u"name"_s, u"Race A"_s}});
        const qint64 b = customer({{u"name"_s, u"Race B"_s}});
        const qint64 orderOfB = order(b);
        const qint64 seq = m_shop->lastSeq();
        const QByteArray body = QJsonDocument(QJsonObject{{u"duplicate_id"_s, b}}).toJson();
        const QString path = u"/api/v1/customers/%1/merge"_s.arg(a);
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 2; ++i) {
            const QString role = sameKey || i == 0 ? u"agent"_s : u"manager"_s;
            requests.append({"POST",
                             path,
                             body,
                             m_shop->token(role),
                             {{"Content-Type", "application/json"},
                              {"Idempotency-Key",
                               sameKey ? QByteArray("5f0c1d2e-0000-4000-8000-00000000000a")
                                       : QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}}});
        }
        const QList<HttpReply> replies = TestHttp::sendConcurrently(m_server.baseUrl(), requests);
        QList<int> statuses{replies[0].status, replies[1].status};
        std::sort(statuses.begin(), statuses.end());
        if (sameKey) {
            // A retry gets the first answer back, or is told the first is still running.
            QVERIFY2(statuses == (QList<int>{200, 200}) || statuses == (QList<int>{200, 409}),
                     qPrintable(QString::fromUtf8(replies[0].body + replies[1].body)));
        } else {
            QCOMPARE(statuses, (QList<int>{200, 409}));
            const HttpReply &loser = replies[0].status == 409 ? replies[0] : replies[1];
            QCOMPARE(loser.errorCode(), u"already_merged"_s);
        }
        QCOMPARE(get(b)[u"merged_into"_s].toInteger(), a);
        QCOMPARE(
            agent().get(u"/api/v1/orders/%1"_s.arg(orderOfB)).json()[u"customer_id"_s].toInteger(),
            a);
        // One merge's records: the order, the duplicate, the survivor.
        const QJsonArray changes =
            agent().get(u"/api/v1/changes?since=%1"_s.arg(seq)).json()[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCustomersMerge)
#include "tst_customers_merge.moc"
