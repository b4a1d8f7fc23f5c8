#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The customer's story: internal notes, the timeline of every order, status change, mail
// and note, newest first and paged, and the headline figures.
class TestCustomersStory : public QObject
{
    Q_OBJECT
private:
    SmtpSinkProcess m_sink;
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    qint64 m_customer = 0;
    QList<qint64> m_orders; // delivered, returned, paid, cancelled

    TestHttp &agent() { return m_shop->as(u"agent"_s); }

    QJsonArray wholeTimeline(qint64 customer, int pageSize)
    {
        QJsonArray all;
        QString before;
        for (int pages = 0; pages < 100; ++pages) {
            const HttpReply reply = agent().get(
                u"/api/v1/customers/%1/timeline?limit=%2"_s.arg(customer).arg(pageSize) +
                (before.isEmpty()
                     ? QString()
                     : u"&before="_s + QString::fromUtf8(QUrl::toPercentEncoding(before))));
            if (reply.status != 200)
                return {};
            const QJsonArray items = reply.json()[u"items"_s].toArray();
            if (items.size() > pageSize)
                return {};
            for (const QJsonValue &item : items)
                all.append(item);
            if (reply.json()[u"next"_s].isNull())
                return all;
            before = reply.json()[u"next"_s].toString();
        }
        return {};
    }

    bool post(const QString &role, const QString &path, const QJsonObject &body = {})
    {
        const HttpReply reply = m_shop->as(role).post(path, body);
        if (reply.status != 200 && reply.status != 201)
            qWarning() << path << reply.status << reply.body;
        return reply.status == 200 || reply.status == 201;
    }

    qint64 order(int quantity)
    {
        const HttpReply reply = agent().post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"ST-1"_s, quantity}}));
        return reply.status == 201 ? reply.json()[u"id"_s].toInteger() : -1;
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_sink.start(), qPrintable(m_sink.output()));
        QVERIFY2(
            m_server.start(
                {u"--smtp"_s, u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(m_sink.port()),
                 u"--mail-from"_s, u"Shop <orders@shop.example>"_s, u"--shop-name"_s, u"Shop"_s}),
            qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->as(u"admin"_s)
                    .post(u"/api/v1/users"_s, {{u"username"_s, u"qa"_s},
                                               {u"password"_s, ShopFixture::passwordFor(u"qa"_s)},
                                               {u"role"_s, u"qa"_s}})
                    .status == 201);
        m_qa = std::make_unique<TestHttp>(m_server.baseUrl());
        QVERIFY(m_qa->login(u"qa"_s, ShopFixture::passwordFor(u"qa"_s)));
        QVERIFY(m_shop->addProduct(u"ST-1"_s, 1000, 50));
        const HttpReply created =
            agent().post(u"/api/v1/customers"_s, {{u"name"_s, u"Ines Duarte"_s},
                                                  {u"email"_s, u"ines.duarte@example.com"_s}});
        QCOMPARE(created.status, 201);
        m_customer = created.json()[u"id"_s].toInteger();

        const qint64 delivered = order(2);
        const qint64 returned = order(1);
        const qint64 paid = order(3);
        const qint64 cancelled = order(1);
        m_orders = {delivered, returned, paid, cancelled};
        for (const qint64 id : {delivered, returned, paid}) {
            QVERIFY(post(u"agent"_s, u"/api/v1/orders/%1/payment"_s.arg(id),
                         {{u"reference"_s, u"PAY-%1"_s.arg(id)}}));
        }
        for (const qint64 id : {delivered, returned}) {
            QVERIFY(post(u"warehouse"_s, u"/api/v1/orders/%1/shipment"_s.arg(id),
                         {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"TR%1"_s.arg(id)}}));
            QVERIFY(post(u"warehouse"_s, u"/api/v1/orders/%1/delivery"_s.arg(id)));
        }
        QVERIFY(post(u"warehouse"_s, u"/api/v1/orders/%1/return"_s.arg(returned),
                     {{u"reason"_s, u"Wrong size"_s}}));
        QVERIFY(post(u"agent"_s, u"/api/v1/orders/%1/cancel"_s.arg(cancelled)));
        // Four confirmations, three "payment received", two shipping notices: all sent, so
        // the timeline no longer changes while it is read.
        QVERIFY(m_sink.waitForMessages(9));
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void notesAreAddedListedAndLogged()
    {
        const qint64 seq = m_shop->lastSeq();
        const HttpReply added =
            agent().post(u"/api/v1/customers/%1/notes"_s.arg(m_customer),
                         {{u"text"_s, u"Called about the return; friendly."_s}});
        QCOMPARE(added.status, 201);
        const QJsonObject note = added.json();
        QVERIFY(note[u"id"_s].toInteger() > 0);
        QCOMPARE(note[u"customer_id"_s].toInteger(), m_customer);
        QCOMPARE(note[u"text"_s].toString(), u"Called about the return; friendly."_s);
        QCOMPARE(note[u"user"_s].toString(), u"agent"_s);
        QVERIFY(QDateTime::fromString(note[u"at"_s].toString(), Qt::ISODate).isValid());

        const HttpReply listed = m_qa->get(u"/api/v1/customers/%1/notes"_s.arg(m_customer));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json()[u"items"_s].toArray(), QJsonArray{note});
        QVERIFY(listed.json()[u"next"_s].isNull());

        const QJsonArray changes =
            agent().get(u"/api/v1/changes?since=%1"_s.arg(seq)).json()[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"entity"_s].toString(), u"customer_note"_s);
        QCOMPARE(changes[0][u"op"_s].toString(), u"create"_s);
        QCOMPARE(changes[0][u"data"_s].toObject(), note);
    }

    void badNotes_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString own = u"/api/v1/customers/%1/notes"_s.arg(m_customer);
        QTest::addRow("empty text")
            << u"agent"_s << own << QByteArray(R"({"text":"  "})") << 422 << u"invalid_value"_s;
        QTest::addRow("no text") << u"agent"_s << own << QByteArray("{}") << 400
                                 << u"missing_field"_s;
        QTest::addRow("text a number")
            << u"agent"_s << own << QByteArray(R"({"text":5})") << 400 << u"invalid_type"_s;
        QTest::addRow("text too long")
            << u"agent"_s << own
            << (QByteArray(R"({"text":")") + QByteArray(10001, 'x') + QByteArray(R"("})")) << 422
            << u"value_too_long"_s;
        QTest::addRow("unknown field")
            << u"agent"_s << own << QByteArray(R"({"text":"x","pinned":true})") << 400
            << u"unknown_field"_s;
        QTest::addRow("not json") << u"agent"_s << own << QByteArray("text=x") << 400
                                  << u"invalid_json"_s;
        QTest::addRow("unknown customer") << u"agent"_s << u"/api/v1/customers/999999/notes"_s
                                          << QByteArray(R"({"text":"x"})") << 404 << u"not_found"_s;
        QTest::addRow("qa may not write")
            << u"qa"_s << own << QByteArray(R"({"text":"x"})") << 403 << u"forbidden"_s;
        QTest::addRow("warehouse may not write")
            << u"warehouse"_s << own << QByteArray(R"({"text":"x"})") << 403 << u"forbidden"_s;
    }

    void badNotes()
    {
        QFETCH(QString, role);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        TestHttp &client = role == u"qa"_s ? *m_qa : m_shop->as(role);
        const QJsonArray before = agent()
                                      .get(u"/api/v1/customers/%1/notes"_s.arg(m_customer))
                                      .json()[u"items"_s]
                                      .toArray();
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply =
            client.send("POST", path, body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(agent()
                     .get(u"/api/v1/customers/%1/notes"_s.arg(m_customer))
                     .json()[u"items"_s]
                     .toArray(),
                 before);
    }

    void timelineShowsEveryKind()
    {
        const QJsonArray items = wholeTimeline(m_customer, 100);
        QVERIFY(!items.isEmpty());
        QHash<QString, int> kinds;
        for (const QJsonValue &item : items)
            ++kinds[item[u"kind"_s].toString()];
        QCOMPARE(kinds.value(u"order_created"_s), 4);
        // paid x3, shipped x2, delivered x2, returned, cancelled
        QCOMPARE(kinds.value(u"order_status"_s), 9);
        // A confirmation for each order, "payment received" for each paid one, a shipping
        // notice for each shipped one.
        QCOMPARE(kinds.value(u"mail_sent"_s), 9);
        QCOMPARE(kinds.value(u"note"_s), 1);

        QHash<QString, int> mailKinds;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString kind = item[u"kind"_s].toString();
            QVERIFY(item[u"id"_s].toString().startsWith(kind + u':'));
            QVERIFY(QDateTime::fromString(item[u"at"_s].toString(), Qt::ISODate).isValid());
            if (kind == u"order_created"_s) {
                QVERIFY(m_orders.contains(item[u"order_id"_s].toInteger()));
                QCOMPARE(item[u"total"_s][u"currency"_s].toString(), u"EUR"_s);
                QCOMPARE(item[u"channel"_s].toString(), u"phone"_s);
                QCOMPARE(item[u"user"_s].toString(), u"agent"_s);
            } else if (kind == u"order_status"_s) {
                QVERIFY(m_orders.contains(item[u"order_id"_s].toInteger()));
                QVERIFY(!item[u"status"_s].toString().isEmpty());
            } else if (kind == u"mail_sent"_s) {
                ++mailKinds[item[u"mail_kind"_s].toString()];
                QVERIFY(!item[u"subject"_s].toString().isEmpty());
                QVERIFY(m_orders.contains(item[u"order_id"_s].toInteger()));
            } else if (kind == u"note"_s) {
                QCOMPARE(item[u"text"_s].toString(), u"Called about the return; friendly."_s);
            }
        }
        QCOMPARE(mailKinds.value(u"order_confirmation"_s), 4);
        QCOMPARE(mailKinds.value(u"shipped"_s), 2);
        QCOMPARE(mailKinds.value(u"payment_received"_s), 3);
        // Newest first.
        for (qsizetype i = 1; i < items.size(); ++i) {
            QVERIFY(QDateTime::fromString(items[i - 1][u"at"_s].toString(), Qt::ISODate) >=
                    QDateTime::fromString(items[i][u"at"_s].toString(), Qt::ISODate));
        }
        // The return is newer than the order it returns.
        const QString returnedAt = [&] {
            for (const QJsonValue &item : items) {
                if (item[u"status"_s].toString() == u"returned"_s)
                    return item[u"at"_s].toString();
            }
            return QString();
        }();
        QVERIFY(!returnedAt.isEmpty());
    }

    void timelinePagesMissNothing_data()
    {
        QTest::addColumn<int>("pageSize");
        for (const int size : {1, 2, 3, 7, 17})
            QTest::addRow("%d a page", size) << size;
    }

    void timelinePagesMissNothing()
    {
        QFETCH(int, pageSize);
        const QJsonArray whole = wholeTimeline(m_customer, 1000);
        const QJsonArray paged = wholeTimeline(m_customer, pageSize);
        QCOMPARE(paged, whole);
        QSet<QString> ids;
        for (const QJsonValue &item : paged)
            ids.insert(item[u"id"_s].toString());
        QCOMPARE(ids.size(), whole.size());
    }

    void badTimelineRequests_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("cursor of nothing") << u"before=abc"_s << 400 << u"invalid_parameter"_s;
        QTest::addRow("cursor with letters")
            << u"before=1:note:x"_s << 400 << u"invalid_parameter"_s;
        QTest::addRow("limit zero") << u"limit=0"_s << 400 << u"invalid_parameter"_s;
        QTest::addRow("limit a word") << u"limit=all"_s << 400 << u"invalid_parameter"_s;
        QTest::addRow("unknown parameter") << u"after=3"_s << 400 << u"invalid_parameter"_s;
    }

    void badTimelineRequests()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply reply =
            agent().get(u"/api/v1/customers/%1/timeline?"_s.arg(m_customer) + query);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
    }

    void unknownCustomerIsNotFound_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addRow("timeline") << u"timeline"_s;
        QTest::addRow("summary") << u"summary"_s;
        QTest::addRow("notes") << u"notes"_s;
    }

    void unknownCustomerIsNotFound()
    {
        QFETCH(QString, what);
        const HttpReply reply = agent().get(u"/api/v1/customers/999999/"_s + what);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
    }

    void summaryHasTheHeadlineFigures()
    {
        const HttpReply reply = m_qa->get(u"/api/v1/customers/%1/summary"_s.arg(m_customer));
        QCOMPARE(reply.status, 200);
        const QJsonObject summary = reply.json();
        QCOMPARE(summary[u"customer_id"_s].toInteger(), m_customer);
        // Delivered (2 x 10.00) and paid (3 x 10.00); not the returned or cancelled one.
        QCOMPARE(summary[u"lifetime_revenue"_s].toObject(),
                 (QJsonObject{{u"amount_minor"_s, 5000}, {u"currency"_s, u"EUR"_s}}));
        QCOMPARE(summary[u"orders"_s].toInteger(), 4);
        QCOMPARE(summary[u"returned_orders"_s].toInteger(), 1);
        // One of the two orders that reached the customer came back.
        QCOMPARE(summary[u"returns_rate"_s].toDouble(), 0.5);
        QCOMPARE(summary[u"open_tickets"_s].toInteger(), 0);
        QVERIFY(
            QDateTime::fromString(summary[u"customer_since"_s].toString(), Qt::ISODate).isValid());
        const QJsonObject last = agent().get(u"/api/v1/orders/%1"_s.arg(m_orders.last())).json();
        QCOMPARE(summary[u"last_order_at"_s].toString(), last[u"created_at"_s].toString());
    }

    void summaryOfANewCustomer()
    {
        const qint64 id = m_shop->addCustomer(u"Brand New"_s);
        const QJsonObject summary = agent().get(u"/api/v1/customers/%1/summary"_s.arg(id)).json();
        QCOMPARE(summary[u"lifetime_revenue"_s][u"amount_minor"_s].toInteger(), 0);
        QCOMPARE(summary[u"orders"_s].toInteger(), 0);
        QCOMPARE(summary[u"returns_rate"_s].toDouble(), 0.0);
        QVERIFY(summary[u"last_order_at"_s].isNull());
        QCOMPARE(agent()
                     .get(u"/api/v1/customers/%1/timeline"_s.arg(id))
                     .json()[u"items"_s]
                     .toArray()
                     .size(),
                 0);
    }

    void readRoles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("status");
        QTest::addRow("agent") << u"agent"_s << 200;
        QTest::addRow("manager") << u"manager"_s << 200;
        QTest::addRow("admin") << u"admin"_s << 200;
        QTest::addRow("qa") << u"qa"_s << 200;
        QTest::addRow("warehouse") << u"warehouse"_s << 403;
        QTest::addRow("shop") << u"shop"_s << 403;
    }

    void readRoles()
    {
        QFETCH(QString, role);
        QFETCH(int, status);
        TestHttp &client = role == u"qa"_s ? *m_qa : m_shop->as(role);
        for (const QString &what : {u"timeline"_s, u"summary"_s, u"notes"_s})
            QCOMPARE(client.get(u"/api/v1/customers/%1/%2"_s.arg(m_customer).arg(what)).status,
                     status);
    }
};

QTEST_GUILESS_MAIN(TestCustomersStory)
#include "tst_customers_story.moc"
