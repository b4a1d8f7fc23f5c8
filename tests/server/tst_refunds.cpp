#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

QJsonObject money(qint64 minor)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
}

QJsonArray lines(const QString &sku, int units)
{
    return QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, units}}};
}

} // namespace

// Refunds: by line at the order's price, shipping and goodwill; never more than was paid,
// also when refunds race; a double charge refunded as such; only to a payment the order
// received; store credit that a later payment spends; above the approval limit a manager's
// decision.
class TestRefunds : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    qint64 m_customer = 0;

    // An order of units × 20.00, paid in full by card; its id and the payment's.
    std::pair<qint64, qint64> paidOrder(int units)
    {
        const HttpReply placed =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(m_customer, {{u"RF-1"_s, units}}));
        const qint64 id = placed.json().value(u"id"_s).toInteger();
        const HttpReply paid = pay(id, 2000 * units);
        return {id, paid.json().value(u"id"_s).toInteger()};
    }

    HttpReply pay(qint64 order, qint64 amount, const QString &method = u"card"_s)
    {
        return m_shop->as(u"agent"_s)
            .post(u"/api/v1/orders/%1/payments"_s.arg(order),
                  {{u"method"_s, method}, {u"amount"_s, money(amount)}});
    }

    HttpReply refund(qint64 order, QJsonObject body, const QString &role = u"agent"_s)
    {
        if (!body.contains(u"reason"_s))
            body.insert(u"reason"_s, u"customer asked"_s);
        if (!body.contains(u"destination"_s))
            body.insert(u"destination"_s, u"original"_s);
        return m_shop->as(role).post(u"/api/v1/orders/%1/refunds"_s.arg(order), body);
    }

    QJsonArray refunds(qint64 order)
    {
        return m_shop->as(u"agent"_s)
            .get(u"/api/v1/orders/%1/refunds"_s.arg(order))
            .json()
            .value(u"items"_s)
            .toArray();
    }

    QJsonObject order(qint64 id)
    {
        return m_shop->as(u"manager"_s).get(u"/api/v1/orders/%1"_s.arg(id)).json();
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start({u"--refund-approval-limit"_s, u"5000"_s}),
                 qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"RF-1"_s, 2000, 1000));
        QVERIFY(m_shop->addProduct(u"RF-2"_s, 900, 100));
        m_customer = m_shop->addCustomer(u"Tomás Ferreira"_s);
        QVERIFY(m_customer > 0);
        QCOMPARE(m_shop->as(u"admin"_s)
                     .post(u"/api/v1/users"_s, {{u"username"_s, u"qa"_s},
                                                {u"password"_s, ShopFixture::passwordFor(u"qa"_s)},
                                                {u"role"_s, u"qa"_s}})
                     .status,
                 201);
        m_qa = std::make_unique<TestHttp>(m_server.baseUrl());
        QVERIFY(m_qa->login(u"qa"_s, ShopFixture::passwordFor(u"qa"_s)));
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void lineShippingAndGoodwillAddUp()
    {
        const auto [id, payment] = paidOrder(2); // 40.00
        const HttpReply issued = refund(id, {{u"lines"_s, lines(u"RF-1"_s, 1)},
                                             {u"shipping"_s, money(495)},
                                             {u"goodwill"_s, money(500)},
                                             {u"reference"_s, u"RE-1"_s}});
        QCOMPARE(issued.status, 201);
        const QJsonObject r = issued.json();
        QCOMPARE(r.value(u"amount"_s).toObject(), money(2995));
        QCOMPARE(r.value(u"status"_s).toString(), u"issued"_s);
        QCOMPARE(r.value(u"payment_id"_s).toInteger(), payment);
        QCOMPARE(r.value(u"lines"_s).toArray()[0][u"unit_price"_s].toObject(), money(2000));
        const QJsonObject after = order(id);
        QCOMPARE(after.value(u"refunded"_s).toObject(), money(2995));
        QCOMPARE(after.value(u"balance"_s).toObject(), money(2995));
    }

    void refusedRefunds_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("zero") << QJsonObject{{u"goodwill"_s, money(0)}} << 422
                              << u"invalid_amount"_s;
        QTest::addRow("nothing") << QJsonObject{} << 422 << u"invalid_amount"_s;
        QTest::addRow("negative goodwill")
            << QJsonObject{{u"goodwill"_s, money(-100)}} << 422 << u"invalid_amount"_s;
        QTest::addRow("line not on order")
            << QJsonObject{{u"lines"_s, lines(u"RF-2"_s, 1)}} << 422 << u"line_not_on_order"_s;
        QTest::addRow("more units than ordered") << QJsonObject{{u"lines"_s, lines(u"RF-1"_s, 3)}}
                                                 << 422 << u"refund_quantity_exceeds"_s;
        QTest::addRow("above what was paid")
            << QJsonObject{{u"goodwill"_s, money(4001)}} << 409 << u"refund_exceeds_payments"_s;
        QTest::addRow("unknown destination")
            << QJsonObject{{u"goodwill"_s, money(100)}, {u"destination"_s, u"cash"_s}} << 422
            << u"unknown_destination"_s;
        QTest::addRow("no reason") << QJsonObject{{u"goodwill"_s, money(100)}, {u"reason"_s, u""_s}}
                                   << 422 << u"invalid_value"_s;
        QTest::addRow("unknown field")
            << QJsonObject{{u"goodwill"_s, money(100)}, {u"amount"_s, money(100)}} << 400
            << u"unknown_field"_s;
        QTest::addRow("double charge without surplus")
            << QJsonObject{{u"double_charge"_s, true}} << 409 << u"refund_exceeds_surplus"_s;
    }

    void refusedRefunds()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto [id, payment] = paidOrder(2);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused = refund(id, body);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(refunds(id).size(), 0);
        QCOMPARE(order(id).value(u"refunded"_s).toObject(), money(0));
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void linesAlreadyRefundedCount()
    {
        const auto [id, payment] = paidOrder(2);
        QCOMPARE(refund(id, {{u"lines"_s, lines(u"RF-1"_s, 1)}}).status, 201);
        QCOMPARE(refund(id, {{u"lines"_s, lines(u"RF-1"_s, 1)}}).status, 201);
        const HttpReply third = refund(id, {{u"lines"_s, lines(u"RF-1"_s, 1)}});
        QCOMPARE(third.errorCode(), u"refund_quantity_exceeds"_s);
        QCOMPARE(third.json()[u"error"_s][u"details"_s][u"refunded"_s].toInt(), 2);
    }

    void refundToAMethodNeverUsedIsRefused()
    {
        const auto [id, payment] = paidOrder(1);
        const auto [other, otherPayment] = paidOrder(1);
        const HttpReply refused =
            refund(id, {{u"goodwill"_s, money(100)}, {u"payment_id"_s, otherPayment}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"payment_not_on_order"_s);
        QCOMPARE(refund(id, {{u"goodwill"_s, money(100)}, {u"payment_id"_s, 99999999}}).errorCode(),
                 u"payment_not_on_order"_s);
        QCOMPARE(refunds(id).size(), 0);
        QCOMPARE(refunds(other).size(), 0);
    }

    void racingRefundsNeverExceedThePayments()
    {
        const auto [id, payment] = paidOrder(2); // 40.00 paid
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 6; ++i) {
            const QJsonObject body{{u"goodwill"_s, money(1500)},
                                   {u"destination"_s, u"original"_s},
                                   {u"reason"_s, u"race %1"_s.arg(i)}};
            requests.append({"POST",
                             u"/api/v1/orders/%1/refunds"_s.arg(id),
                             QJsonDocument(body).toJson(QJsonDocument::Compact),
                             m_shop->token(u"agent"_s),
                             {}});
        }
        const QList<HttpReply> replies = TestHttp::sendConcurrently(m_server.baseUrl(), requests);
        int issued = 0;
        for (const HttpReply &reply : replies) {
            if (reply.status == 201)
                ++issued;
            else
                QCOMPARE(reply.errorCode(), u"refund_exceeds_payments"_s);
        }
        QCOMPARE(issued, 2); // 2 × 15.00 fit in 40.00, a third does not
        qint64 sum = 0;
        for (const QJsonValue &r : refunds(id))
            sum += r[u"amount"_s][u"amount_minor"_s].toInteger();
        QCOMPARE(sum, 3000);
        QCOMPARE(order(id).value(u"refunded"_s).toObject(), money(3000));
    }

    void doubleChargeIsRefundedAsSuch()
    {
        const auto [id, first] = paidOrder(1); // 20.00
        const HttpReply second = pay(id, 2000);
        QCOMPARE(second.status, 201);
        const qint64 surplusPayment = second.json().value(u"id"_s).toInteger();
        QCOMPARE(order(id).value(u"balance"_s).toObject(), money(-2000));
        // More than the surplus is refused.
        QCOMPARE(refund(id, {{u"double_charge"_s, true},
                             {u"payment_id"_s, surplusPayment},
                             {u"goodwill"_s, money(2001)}})
                     .errorCode(),
                 u"refund_exceeds_surplus"_s);
        const HttpReply refunded =
            refund(id, {{u"double_charge"_s, true}, {u"payment_id"_s, surplusPayment}});
        QCOMPARE(refunded.status, 201);
        QCOMPARE(refunded.json().value(u"double_charge"_s).toBool(), true);
        QCOMPARE(refunded.json().value(u"amount"_s).toObject(), money(2000));
        QCOMPARE(refunded.json().value(u"payment_id"_s).toInteger(), surplusPayment);
        QCOMPARE(order(id).value(u"balance"_s).toObject(), money(0));
        // The surplus is gone: a second double-charge refund finds nothing to give back.
        QCOMPARE(refund(id, {{u"double_charge"_s, true}, {u"payment_id"_s, first}}).errorCode(),
                 u"refund_exceeds_surplus"_s);
    }

    void aboveTheLimitAManagerDecides()
    {
        const auto [id, payment] = paidOrder(4); // 80.00
        const HttpReply pending = refund(id, {{u"lines"_s, lines(u"RF-1"_s, 3)}});
        QCOMPARE(pending.status, 201);
        QCOMPARE(pending.json().value(u"status"_s).toString(), u"pending_approval"_s);
        const qint64 refundId = pending.json().value(u"id"_s).toInteger();
        QCOMPARE(order(id).value(u"refunded"_s).toObject(), money(0));
        QCOMPARE(order(id).value(u"refund_pending"_s).toObject(), money(6000));
        // A pending refund holds its money: another cannot take it meanwhile.
        QCOMPARE(refund(id, {{u"goodwill"_s, money(2500)}}).errorCode(),
                 u"refund_exceeds_payments"_s);

        const QJsonArray queue = m_shop->as(u"manager"_s)
                                     .get(u"/api/v1/refunds?status=pending_approval"_s)
                                     .json()
                                     .value(u"items"_s)
                                     .toArray();
        bool listed = false;
        for (const QJsonValue &item : queue)
            listed = listed || item[u"id"_s].toInteger() == refundId;
        QVERIFY(listed);

        const QString approve = u"/api/v1/refunds/%1/approve"_s.arg(refundId);
        QCOMPARE(m_shop->as(u"agent"_s).post(approve, QJsonObject{}).status, 403);
        QCOMPARE(m_shop->as(u"warehouse"_s).post(approve, QJsonObject{}).status, 403);
        const HttpReply approved =
            m_shop->as(u"manager"_s).post(approve, {{u"reference"_s, u"PSP-RF-77"_s}});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(u"status"_s).toString(), u"issued"_s);
        QCOMPARE(approved.json().value(u"decided_by"_s).toString(), u"manager"_s);
        QCOMPARE(approved.json().value(u"reference"_s).toString(), u"PSP-RF-77"_s);
        QCOMPARE(order(id).value(u"refunded"_s).toObject(), money(6000));
        const HttpReply twice = m_shop->as(u"manager"_s).post(approve, QJsonObject{});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), u"invalid_status"_s);
    }

    void rejectedRefundGivesItsMoneyBack()
    {
        const auto [id, payment] = paidOrder(4);
        const HttpReply pending = refund(id, {{u"goodwill"_s, money(8000)}});
        QCOMPARE(pending.json().value(u"status"_s).toString(), u"pending_approval"_s);
        const qint64 refundId = pending.json().value(u"id"_s).toInteger();
        const HttpReply rejected =
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/refunds/%1/reject"_s.arg(refundId), QJsonObject{});
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.json().value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(order(id).value(u"refund_pending"_s).toObject(), money(0));
        QCOMPARE(refund(id, {{u"goodwill"_s, money(4000)}}).status, 201);
    }

    void storeCreditIsSpentByALaterPayment()
    {
        const auto [id, payment] = paidOrder(1);
        const HttpReply credited =
            refund(id, {{u"goodwill"_s, money(1200)}, {u"destination"_s, u"store_credit"_s}});
        QCOMPARE(credited.status, 201);
        QCOMPARE(credited.json().value(u"destination"_s).toString(), u"store_credit"_s);

        const HttpReply placed =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"RF-2"_s, 2}}));
        const qint64 next = placed.json().value(u"id"_s).toInteger(); // 18.00
        QCOMPARE(pay(next, 1201, u"store_credit"_s).errorCode(), u"insufficient_credit"_s);
        QCOMPARE(pay(next, 1200, u"store_credit"_s).status, 201);
        QCOMPARE(pay(next, 1, u"store_credit"_s).errorCode(), u"insufficient_credit"_s);
        QCOMPARE(order(next).value(u"balance"_s).toObject(), money(600));
    }

    void whoMayRefund()
    {
        const auto [id, payment] = paidOrder(1);
        const QJsonObject body{{u"goodwill"_s, money(100)}};
        QCOMPARE(refund(id, body, u"warehouse"_s).status, 403);
        QCOMPARE(refund(id, body, u"shop"_s).status, 403);
        QCOMPARE(refund(999999, body).status, 404);
        QCOMPARE(m_shop->as(u"manager"_s).get(u"/api/v1/refunds?status=done"_s).status, 400);
        QCOMPARE(refunds(id).size(), 0);
    }

    // The order's refunds tell the approval limit, so the client can say before a refund is
    // requested that it will wait for a manager.
    void orderRefundsTellTheApprovalLimit()
    {
        const auto [id, payment] = paidOrder(1);
        const QJsonObject answer =
            m_shop->as(u"agent"_s).get(u"/api/v1/orders/%1/refunds"_s.arg(id)).json();
        QCOMPARE(answer.value(u"approval_limit"_s).toObject(), money(5000));
        QCOMPARE(answer.value(u"items"_s).toArray().size(), 0);
    }

    // QA reads refunds and requests them, but approves and rejects none.
    void qaRequestsButDoesNotDecide_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // %1: the order, %2: its pending refund
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addRow("list the order's refunds")
            << QByteArray("GET") << u"/api/v1/orders/%1/refunds"_s << QByteArray() << 200;
        QTest::addRow("list the approval queue")
            << QByteArray("GET") << u"/api/v1/refunds?status=pending_approval"_s << QByteArray()
            << 200;
        QTest::addRow("read a refund")
            << QByteArray("GET") << u"/api/v1/refunds/%2"_s << QByteArray() << 200;
        QTest::addRow("request a refund")
            << QByteArray("POST") << u"/api/v1/orders/%1/refunds"_s
            << QByteArray(R"({"goodwill":{"amount_minor":500,"currency":"EUR"},)"
                          R"("destination":"original","reason":"QA finding"})")
            << 201;
        QTest::addRow("approve") << QByteArray("POST") << u"/api/v1/refunds/%2/approve"_s
                                 << QByteArray("{}") << 403;
        QTest::addRow("reject") << QByteArray("POST") << u"/api/v1/refunds/%2/reject"_s
                                << QByteArray("{}") << 403;
    }

    void qaRequestsButDoesNotDecide()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const auto [id, payment] = paidOrder(4); // 80.00
        const HttpReply pending = refund(id, {{u"goodwill"_s, money(6000)}});
        QCOMPARE(pending.json().value(u"status"_s).toString(), u"pending_approval"_s);
        const qint64 pendingId = pending.json().value(u"id"_s).toInteger();
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = m_qa->send(
            method,
            path.replace(u"%1"_s, QString::number(id)).replace(u"%2"_s, QString::number(pendingId)),
            body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, status);
        const QJsonArray after = refunds(id);
        if (status == 201) {
            QCOMPARE(reply.json().value(u"status"_s).toString(), u"issued"_s);
            QCOMPARE(reply.json().value(u"requested_by"_s).toString(), u"qa"_s);
            QCOMPARE(after.size(), 2);
            return;
        }
        if (status == 403)
            QCOMPARE(reply.errorCode(), u"forbidden"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0][u"status"_s].toString(), u"pending_approval"_s);
    }
};

QTEST_GUILESS_MAIN(TestRefunds)
#include "tst_refunds.moc"
