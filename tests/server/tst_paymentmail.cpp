#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

QJsonObject money(qint64 minor)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
}

struct ReadMail
{
    QString subject;
    QString to;
    QString text;
};

ReadMail readMail(const QByteArray &raw)
{
    const QJsonObject parsed = TestPython::parseMail(raw);
    ReadMail mail;
    mail.subject = parsed[u"headers"_s][u"subject"_s].toString();
    mail.to = parsed[u"to_addresses"_s][0][u"address"_s].toString();
    for (const QJsonValue &part : parsed[u"parts"_s].toArray()) {
        if (part[u"content_type"_s].toString() == u"text/plain"_s)
            mail.text = part[u"content"_s].toString();
    }
    return mail;
}

} // namespace

// "Payment received" and "refund issued" reach a real SMTP server (aiosmtpd) in the
// customer's language, from the catalogues built into the server, and are on the
// customer's timeline.
class TestPaymentMail : public QObject
{
    Q_OBJECT
private slots:
    void paymentAndRefundMailsInCustomersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("paidSubject");
        QTest::addColumn<QString>("paidText");
        QTest::addColumn<QString>("refundSubject");
        QTest::addColumn<QString>("refundText");
        QTest::addRow("de") << u"de"_s
                            << u"Zahlung für Ihre Bestellung %1 bei Kaufhaus Nord erhalten"_s
                            << u"Wir haben Ihre Zahlung über 10,00"_s
                            << u"Erstattung für Ihre Bestellung %1 bei Kaufhaus Nord"_s
                            << u"Ihrem Guthaben gutgeschrieben"_s;
        QTest::addRow("es") << u"es"_s << u"Pago recibido para su pedido %1 en Kaufhaus Nord"_s
                            << u"hemos recibido su pago de 10,00"_s
                            << u"Reembolso de su pedido %1 en Kaufhaus Nord"_s
                            << u"saldo en la tienda"_s;
    }

    void paymentAndRefundMailsInCustomersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, paidSubject);
        QFETCH(QString, paidText);
        QFETCH(QString, refundSubject);
        QFETCH(QString, refundText);
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(
            server.start({u"--smtp"_s,
                          u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(sink.port()),
                          u"--mail-from"_s, u"Kaufhaus Nord <orders@kaufhaus.example>"_s,
                          u"--shop-name"_s, u"Kaufhaus Nord"_s, u"--mail-retry-seconds"_s, u"1"_s}),
            qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"PM-1"_s, 1250, 10));
        const HttpReply customer =
            shop.as(u"agent"_s)
                .post(u"/api/v1/customers"_s, {{u"name"_s, u"Lena Vogt"_s},
                                               {u"email"_s, u"lena@example.de"_s},
                                               {u"language"_s, language}});
        QCOMPARE(customer.status, 201);
        const qint64 customerId = customer.json().value(u"id"_s).toInteger();
        const HttpReply placed =
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(customerId, {{u"PM-1"_s, 1}}, u"bank_transfer"_s));
        QCOMPARE(placed.status, 201);
        const qint64 orderId = placed.json().value(u"id"_s).toInteger();
        const QString id = QString::number(orderId);
        QVERIFY2(sink.waitForMessages(1, 20000), qPrintable(server.standardError()));

        // A part payment sends nothing; the one that makes the order paid does.
        const QString payments = u"/api/v1/orders/%1/payments"_s.arg(orderId);
        QCOMPARE(shop.as(u"agent"_s)
                     .post(payments, {{u"method"_s, u"bank_transfer"_s}, {u"amount"_s, money(250)}})
                     .status,
                 201);
        QCOMPARE(
            shop.as(u"agent"_s)
                .post(payments, {{u"method"_s, u"bank_transfer"_s}, {u"amount"_s, money(1000)}})
                .status,
            201);
        QVERIFY2(sink.waitForMessages(2, 20000), qPrintable(server.standardError()));
        const ReadMail paid = readMail(sink.messages().at(1));
        QCOMPARE(paid.to, u"lena@example.de"_s);
        QCOMPARE(paid.subject, paidSubject.arg(id));
        QVERIFY2(paid.text.contains(paidText), qPrintable(paid.text));

        const HttpReply refund = shop.as(u"agent"_s)
                                     .post(u"/api/v1/orders/%1/refunds"_s.arg(orderId),
                                           {{u"goodwill"_s, money(300)},
                                            {u"destination"_s, u"store_credit"_s},
                                            {u"reason"_s, u"late delivery"_s}});
        QCOMPARE(refund.status, 201);
        QVERIFY2(sink.waitForMessages(3, 20000), qPrintable(server.standardError()));
        const ReadMail refunded = readMail(sink.messages().at(2));
        QCOMPARE(refunded.subject, refundSubject.arg(id));
        QVERIFY2(refunded.text.contains(refundText), qPrintable(refunded.text));
        QCOMPARE(sink.messages().size(), 3);

        const QJsonArray timeline = shop.as(u"agent"_s)
                                        .get(u"/api/v1/customers/%1/timeline"_s.arg(customerId))
                                        .json()
                                        .value(u"items"_s)
                                        .toArray();
        QStringList kinds;
        for (const QJsonValue &item : timeline)
            kinds.append(item[u"mail_kind"_s].toString());
        QVERIFY2(kinds.contains(u"payment_received"_s), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(u"refund_issued"_s), qPrintable(kinds.join(u' ')));
        QCOMPARE(server.stop(), 0);
    }

    // An agent's "mark paid" and a manager's verified payment link record the outstanding
    // payment too: each sends "payment received" once, in the customer's language.
    void markedPaidMailsOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("byLink");
        QTest::addColumn<QString>("paidSubject");
        QTest::addColumn<QString>("paidText");
        QTest::addRow("mark paid, de")
            << u"de"_s << false << u"Zahlung für Ihre Bestellung %1 bei Kaufhaus Nord erhalten"_s
            << u"Wir haben Ihre Zahlung über 25,00"_s;
        QTest::addRow("payment link, es")
            << u"es"_s << true << u"Pago recibido para su pedido %1 en Kaufhaus Nord"_s
            << u"hemos recibido su pago de 25,00"_s;
    }

    void markedPaidMailsOnce()
    {
        QFETCH(QString, language);
        QFETCH(bool, byLink);
        QFETCH(QString, paidSubject);
        QFETCH(QString, paidText);
        QTemporaryDir secrets;
        QVERIFY(secrets.isValid());
        QFile secret(secrets.filePath(u"link-secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("0123456789abcdef0123456789abcdef\n");
        secret.close();
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(
            server.start({u"--smtp"_s,
                          u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(sink.port()),
                          u"--mail-from"_s, u"Kaufhaus Nord <orders@kaufhaus.example>"_s,
                          u"--shop-name"_s, u"Kaufhaus Nord"_s, u"--mail-retry-seconds"_s, u"1"_s,
                          u"--payment-link-secret-file"_s, secret.fileName(), u"--payment-url"_s,
                          u"card=https://pay.example/checkout?order={order_id}"
                          "&amount={amount_minor}&currency={currency}"_s}),
            qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"PM-2"_s, 2500, 10));
        const HttpReply customer =
            shop.as(u"agent"_s)
                .post(u"/api/v1/customers"_s, {{u"name"_s, u"Lena Vogt"_s},
                                               {u"email"_s, u"lena@example.de"_s},
                                               {u"language"_s, language}});
        QCOMPARE(customer.status, 201);
        const qint64 customerId = customer.json().value(u"id"_s).toInteger();
        const HttpReply placed =
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(customerId, {{u"PM-2"_s, 1}}, u"card"_s));
        QCOMPARE(placed.status, 201);
        const qint64 orderId = placed.json().value(u"id"_s).toInteger();
        QVERIFY2(sink.waitForMessages(1, 20000), qPrintable(server.standardError()));

        const HttpReply paid = byLink
                                   ? shop.as(u"manager"_s)
                                         .post(u"/api/v1/payment-links/verify"_s,
                                               {{u"url"_s, placed.json().value(u"payment_link"_s)},
                                                {u"reference"_s, u"PSP-1"_s}})
                                   : shop.as(u"agent"_s)
                                         .post(u"/api/v1/orders/%1/payment"_s.arg(orderId),
                                               {{u"reference"_s, u"bank 7"_s}});
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json().value(u"status"_s).toString(), u"paid"_s);
        QVERIFY2(sink.waitForMessages(2, 20000), qPrintable(server.standardError()));
        const ReadMail mail = readMail(sink.messages().at(1));
        QCOMPARE(mail.to, u"lena@example.de"_s);
        QCOMPARE(mail.subject, paidSubject.arg(orderId));
        QVERIFY2(mail.text.contains(paidText), qPrintable(mail.text));

        // Paying again is refused and mails nothing: the next mail is the refund's.
        QCOMPARE(shop.as(u"agent"_s)
                     .post(u"/api/v1/orders/%1/payment"_s.arg(orderId), {{u"reference"_s, u"x"_s}})
                     .status,
                 409);
        QCOMPARE(shop.as(u"agent"_s)
                     .post(u"/api/v1/orders/%1/refunds"_s.arg(orderId),
                           {{u"goodwill"_s, money(100)},
                            {u"destination"_s, u"store_credit"_s},
                            {u"reason"_s, u"late"_s}})
                     .status,
                 201);
        QVERIFY2(sink.waitForMessages(3, 20000), qPrintable(server.standardError()));
        QVERIFY(!readMail(sink.messages().at(2)).subject.contains(paidSubject.arg(orderId)));
        QCOMPARE(sink.messages().size(), 3);

        const QJsonArray timeline = shop.as(u"agent"_s)
                                        .get(u"/api/v1/customers/%1/timeline"_s.arg(customerId))
                                        .json()
                                        .value(u"items"_s)
                                        .toArray();
        int received = 0;
        for (const QJsonValue &item : timeline)
            received += item[u"mail_kind"_s].toString() == u"payment_received"_s ? 1 : 0;
        QCOMPARE(received, 1);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentMail)
#include "tst_paymentmail.moc"
