#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include "domain/returns/paymentsignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;
using shopdesk::returns::PaymentSignature;

namespace {

const QByteArray providerSecret = "whsec_4f1c2b9a7e6d5c3b2a19";

QJsonObject money(qint64 minor, const QString &currency = u"EUR"_s)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, currency}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray notification(const QString &eventId, qint64 orderId, qint64 amountMinor)
{
    return compact({{u"event_id"_s, eventId},
                    {u"type"_s, u"payment"_s},
                    {u"order_id"_s, orderId},
                    {u"amount"_s, money(amountMinor)},
                    {u"reference"_s, u"ch_"_s + eventId}});
}

QList<QPair<QByteArray, QByteArray>> signature(const QByteArray &body, qint64 at,
                                               const QByteArray &secret = providerSecret)
{
    return {{"Content-Type", "application/json"},
            {"Shopdesk-Signature", PaymentSignature::header(secret, at, body)}};
}

} // namespace

// Payments as a list: partial payments, a payment beyond the total, the order becoming paid
// only once covered; the providers' signed notifications, recorded once per event however
// often and however concurrently they arrive, and refused (changing nothing) when the
// signature, its time, the provider or the order is wrong.
class TestPayments : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    QTemporaryDir m_secrets;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    qint64 m_customer = 0;

    qint64 placeOrder(int units, const QString &method = u"card"_s)
    {
        const HttpReply reply =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(m_customer, {{u"PAY-1"_s, units}}, method));
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }

    HttpReply pay(qint64 order, const QJsonObject &body, const QString &role = u"agent"_s)
    {
        return m_shop->as(role).post(u"/api/v1/orders/%1/payments"_s.arg(order), body);
    }

    QJsonObject order(qint64 id)
    {
        return m_shop->as(u"manager"_s).get(u"/api/v1/orders/%1"_s.arg(id)).json();
    }

    QJsonArray payments(qint64 id)
    {
        const HttpReply reply = m_shop->as(u"agent"_s).get(u"/api/v1/orders/%1/payments"_s.arg(id));
        return reply.json().value(u"items"_s).toArray();
    }

    HttpReply notify(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                     const QString &provider = u"acmepay"_s)
    {
        return m_shop->as(u"agent"_s)
            .send("POST", u"/api/v1/payments/notify/"_s + provider, body, headers);
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY(m_secrets.isValid());
        const QString secretFile = m_secrets.filePath(u"acmepay"_s);
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(providerSecret + "\n");
        file.close();
        QVERIFY2(m_server.start({u"--payment-provider"_s, u"acmepay="_s + secretFile}),
                 qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"PAY-1"_s, 2500, 500));
        m_customer = m_shop->addCustomer(u"Ines Duarte"_s);
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

    void partialPaymentsPayOnlyWhenCovered()
    {
        const qint64 id = placeOrder(2); // 50.00
        QVERIFY(id > 0);
        QCOMPARE(order(id).value(u"balance"_s).toObject(), money(5000));

        const HttpReply first = pay(id, {{u"method"_s, u"bank_transfer"_s},
                                         {u"amount"_s, money(2000)},
                                         {u"reference"_s, u"TX-1"_s}});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json().value(u"amount"_s).toObject(), money(2000));
        QCOMPARE(first.json().value(u"recorded_by"_s).toString(), u"agent"_s);
        QJsonObject after = order(id);
        QCOMPARE(after.value(u"status"_s).toString(), u"reserved"_s);
        QCOMPARE(after.value(u"paid"_s).toObject(), money(2000));
        QCOMPARE(after.value(u"balance"_s).toObject(), money(3000));
        QCOMPARE(after.value(u"payment_reference"_s).toString(), u"TX-1"_s);

        QCOMPARE(pay(id, {{u"method"_s, u"card"_s}, {u"amount"_s, money(3000)}}).status, 201);
        after = order(id);
        QCOMPARE(after.value(u"status"_s).toString(), u"paid"_s);
        QVERIFY(after.value(u"reservation_expires_at"_s).isNull());
        QCOMPARE(after.value(u"balance"_s).toObject(), money(0));
        QCOMPARE(m_shop->reserved(u"PAY-1"_s) >= 2, true);

        // Charged twice: a fact, recorded, and the order shows what is owed back.
        QCOMPARE(pay(id, {{u"method"_s, u"card"_s}, {u"amount"_s, money(3000)}}).status, 201);
        after = order(id);
        QCOMPARE(after.value(u"paid"_s).toObject(), money(8000));
        QCOMPARE(after.value(u"balance"_s).toObject(), money(-3000));
        QCOMPARE(payments(id).size(), 3);
        QCOMPARE(after.value(u"status_history"_s).toArray().size(), 2);
    }

    void legacyPaymentRecordsTheOutstandingAmount()
    {
        const qint64 id = placeOrder(3); // 75.00
        QCOMPARE(pay(id, {{u"method"_s, u"card"_s}, {u"amount"_s, money(500)}}).status, 201);
        const HttpReply paid =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders/%1/payment"_s.arg(id), {{u"reference"_s, u"LEGACY-7"_s}});
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json().value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(paid.json().value(u"paid"_s).toObject(), money(7500));
        const QJsonArray list = payments(id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1][u"amount"_s].toObject(), money(7000));
        QCOMPARE(list[1][u"reference"_s].toString(), u"LEGACY-7"_s);
        QCOMPARE(list[1][u"method"_s].toString(), u"card"_s);
    }

    void badPayments_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonObject card{{u"method"_s, u"card"_s}};
        auto with = [](QJsonObject body, const QString &key, const QJsonValue &value) {
            body.insert(key, value);
            return body;
        };
        QTest::addRow("zero") << with(card, u"amount"_s, money(0)) << 422 << u"invalid_amount"_s;
        QTest::addRow("negative") << with(card, u"amount"_s, money(-100)) << 422
                                  << u"invalid_amount"_s;
        QTest::addRow("other currency")
            << with(card, u"amount"_s, money(100, u"USD"_s)) << 422 << u"currency_mismatch"_s;
        QTest::addRow("unknown method")
            << QJsonObject{{u"method"_s, u"cheque"_s}, {u"amount"_s, money(100)}} << 422
            << u"unknown_payment_method"_s;
        QTest::addRow("unknown field")
            << with(with(card, u"amount"_s, money(100)), u"tip"_s, 1) << 400 << u"unknown_field"_s;
        QTest::addRow("no amount") << card << 400 << u"missing_field"_s;
        QTest::addRow("amount as number")
            << with(card, u"amount"_s, 100) << 400 << u"invalid_type"_s;
        QTest::addRow("store credit not held")
            << QJsonObject{{u"method"_s, u"store_credit"_s}, {u"amount"_s, money(100)}} << 409
            << u"insufficient_credit"_s;
    }

    void badPayments()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const qint64 id = placeOrder(1);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused = pay(id, body);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(payments(id).size(), 0);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"reserved"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void closedOrderTakesNoPayment()
    {
        const qint64 id = placeOrder(1);
        QCOMPARE(m_shop->as(u"agent"_s)
                     .post(u"/api/v1/orders/%1/cancel"_s.arg(id), QJsonObject{})
                     .status,
                 200);
        const HttpReply refused = pay(id, {{u"method"_s, u"card"_s}, {u"amount"_s, money(2500)}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"order_closed"_s);
        QCOMPARE(payments(id).size(), 0);
        QCOMPARE(pay(999999, {{u"method"_s, u"card"_s}, {u"amount"_s, money(1)}}).status, 404);
    }

    void whoMayRecordAndRead()
    {
        const qint64 id = placeOrder(1);
        const QJsonObject body{{u"method"_s, u"card"_s}, {u"amount"_s, money(100)}};
        QCOMPARE(pay(id, body, u"warehouse"_s).status, 403);
        QCOMPARE(pay(id, body, u"shop"_s).status, 403);
        QCOMPARE(m_shop->as(u"warehouse"_s).get(u"/api/v1/orders/%1/payments"_s.arg(id)).status,
                 403);
        QCOMPARE(payments(id).size(), 0);
    }

    // QA reads an order's payments but records none, by no route.
    void qaReadsPaymentsOnly_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // %1: the order
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addRow("list payments")
            << QByteArray("GET") << u"/api/v1/orders/%1/payments"_s << QByteArray() << 200;
        QTest::addRow("record a payment")
            << QByteArray("POST") << u"/api/v1/orders/%1/payments"_s
            << QByteArray(R"({"method":"card","amount":{"amount_minor":2500,"currency":"EUR"}})")
            << 403;
        QTest::addRow("mark paid") << QByteArray("POST") << u"/api/v1/orders/%1/payment"_s
                                   << QByteArray(R"({"reference":"QA-1"})") << 403;
        QTest::addRow("send the payment link")
            << QByteArray("POST") << u"/api/v1/orders/%1/payment-link/email"_s << QByteArray("{}")
            << 403;
        QTest::addRow("verify a payment link")
            << QByteArray("POST") << u"/api/v1/payment-links/verify"_s
            << QByteArray(R"({"url":"pay.example/x","reference":"QA-2"})") << 403;
    }

    void qaReadsPaymentsOnly()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const qint64 id = placeOrder(1);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = m_qa->send(method, path.contains(u"%1"_s) ? path.arg(id) : path,
                                           body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, status);
        if (status == 403)
            QCOMPARE(reply.errorCode(), u"forbidden"_s);
        else
            QCOMPARE(reply.json().value(u"items"_s).toArray().size(), 0);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(payments(id).size(), 0);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"reserved"_s);
    }

    void notificationPaysTheOrder()
    {
        const qint64 id = placeOrder(2);
        const qint64 seq = m_shop->lastSeq();
        const QByteArray body = notification(u"evt_paid_1"_s, id, 5000);
        const HttpReply reply = notify(body, signature(body, QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(u"event_id"_s).toString(), u"evt_paid_1"_s);
        QCOMPARE(reply.json().value(u"provider"_s).toString(), u"acmepay"_s);
        QCOMPARE(reply.json().value(u"method"_s).toString(), u"card"_s);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"paid"_s);
        // The payment and the order's new status reach the change log (and the live feed).
        const QJsonArray changes = m_shop->as(u"manager"_s)
                                       .get(u"/api/v1/changes?since=%1"_s.arg(seq))
                                       .json()
                                       .value(u"changes"_s)
                                       .toArray();
        QStringList entities;
        for (const QJsonValue &change : changes)
            entities.append(change[u"entity"_s].toString());
        QVERIFY2(entities.contains(u"payment"_s), qPrintable(entities.join(u' ')));
        QVERIFY2(entities.contains(u"order"_s), qPrintable(entities.join(u' ')));
    }

    void replayedNotificationMakesOnePayment()
    {
        const qint64 id = placeOrder(2);
        const QByteArray body = notification(u"evt_replay_5"_s, id, 5000);
        const auto headers = signature(body, QDateTime::currentSecsSinceEpoch());
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 5; ++i)
            requests.append({"POST", u"/api/v1/payments/notify/acmepay"_s, body, {}, headers});
        const QList<HttpReply> replies = TestHttp::sendConcurrently(m_server.baseUrl(), requests);
        int created = 0;
        qint64 paymentId = 0;
        for (const HttpReply &reply : replies) {
            QVERIFY2(reply.status == 201 || reply.status == 200, reply.body.constData());
            created += reply.status == 201 ? 1 : 0;
            if (paymentId == 0)
                paymentId = reply.json().value(u"id"_s).toInteger();
            QCOMPARE(reply.json().value(u"id"_s).toInteger(), paymentId);
        }
        QCOMPARE(created, 1);
        // Sequential replays too: the same payment, nothing changed.
        const qint64 seq = m_shop->lastSeq();
        for (int i = 0; i < 5; ++i) {
            const HttpReply again = notify(body, headers);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json().value(u"id"_s).toInteger(), paymentId);
        }
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(payments(id).size(), 1);
        QCOMPARE(order(id).value(u"paid"_s).toObject(), money(5000));
    }

    void refusedNotifications_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("age"); // seconds the signature is old
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("unknownOrder");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("bad signature") << u"acmepay"_s << 0 << QByteArray("wrong-secret-0123456")
                                       << false << 401 << u"invalid_signature"_s;
        QTest::addRow("old timestamp")
            << u"acmepay"_s << 600 << providerSecret << false << 401 << u"signature_expired"_s;
        QTest::addRow("future timestamp")
            << u"acmepay"_s << -600 << providerSecret << false << 401 << u"signature_expired"_s;
        QTest::addRow("no signature")
            << u"acmepay"_s << 0 << QByteArray() << false << 401 << u"invalid_signature_header"_s;
        QTest::addRow("unknown provider")
            << u"otherpay"_s << 0 << providerSecret << false << 404 << u"unknown_provider"_s;
        QTest::addRow("unknown order")
            << u"acmepay"_s << 0 << providerSecret << true << 422 << u"unknown_order"_s;
    }

    void refusedNotifications()
    {
        QFETCH(QString, provider);
        QFETCH(int, age);
        QFETCH(QByteArray, secret);
        QFETCH(bool, unknownOrder);
        QFETCH(int, status);
        QFETCH(QString, code);
        const qint64 id = placeOrder(1);
        const qint64 seq = m_shop->lastSeq();
        const QByteArray body = notification(
            u"evt_refused_"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'),
            unknownOrder ? 987654 : id, 2500);
        auto headers = signature(body, QDateTime::currentSecsSinceEpoch() - age, secret);
        if (secret.isEmpty())
            headers.removeLast();
        const HttpReply refused = notify(body, headers, provider);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(payments(id).size(), 0);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"reserved"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void tamperedBodyIsRefused()
    {
        const qint64 id = placeOrder(1);
        const QByteArray body = notification(u"evt_tamper"_s, id, 2500);
        const auto headers = signature(body, QDateTime::currentSecsSinceEpoch());
        QByteArray tampered = body;
        tampered.replace("2500", "9500");
        QCOMPARE(notify(tampered, headers).errorCode(), u"invalid_signature"_s);
        QCOMPARE(payments(id).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
