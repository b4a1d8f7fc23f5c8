#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

const QString cardTemplate =
    u"card=https://pay.example/checkout?order={order_id}&amount={amount_minor}&currency={currency}"_s;
const QString paypalTemplate =
    u"paypal=https://www.paypal.example/cgi-bin/webscr?cmd=_xclick&business=shop%40example.com"
    "&invoice={order_id}&amount={amount}&currency_code={currency}"_s;

// Replaces one query parameter's value, keeping the rest of the link as it is.
QString withParameter(const QString &link, const QString &name, const QString &value)
{
    static const QString pattern = u"([?&]%1=)[^&]*"_s;
    QString result = link;
    result.replace(QRegularExpression(pattern.arg(QRegularExpression::escape(name))),
                   u"\\1"_s + value);
    return result;
}

} // namespace

// Payment links through the API: in the order JSON for online methods only, sent to the
// customer on request, and verified by a manager; a link altered in any part is refused and
// changes nothing. Tracking links from carrier templates.
class TestPaymentLinks : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    QTemporaryDir m_secrets;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;

    QString secretFile(const QByteArray &secret)
    {
        const QString path = m_secrets.filePath(QString::fromLatin1(secret.left(8)));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(secret + "\n");
        return path;
    }

    QJsonObject placeOrder(const QString &method, int quantity = 2)
    {
        const HttpReply reply =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(m_customer, {{u"PL-1"_s, quantity}}, method));
        return reply.status == 201 ? reply.json() : QJsonObject{};
    }

    QJsonObject order(qint64 id)
    {
        return m_shop->as(u"admin"_s).get(u"/api/v1/orders/%1"_s.arg(id)).json();
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY(m_secrets.isValid());
        const QString secret = secretFile("0123456789abcdef0123456789abcdef");
        QVERIFY2(
            m_server.start({u"--payment-link-secret-file"_s, secret, u"--payment-url"_s,
                            cardTemplate, u"--payment-url"_s, paypalTemplate, u"--carrier-url"_s,
                            u"dhl=https://track.example/dhl?id={tracking}"_s}),
            qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"PL-1"_s, 1250, 200));
        m_customer = m_shop->addCustomer(u"Marta Ruiz"_s);
        QVERIFY(m_customer > 0);
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void linkInOrderJson_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("prefix"); // empty: no link
        QTest::addRow("card") << u"card"_s << u"https://pay.example/checkout?order="_s;
        QTest::addRow("paypal") << u"paypal"_s
                                << u"https://www.paypal.example/cgi-bin/webscr?cmd=_xclick"_s;
        QTest::addRow("skrill, no template") << u"skrill"_s << QString();
        QTest::addRow("bank transfer") << u"bank_transfer"_s << QString();
        QTest::addRow("cash on delivery") << u"cash_on_delivery"_s << QString();
    }

    void linkInOrderJson()
    {
        QFETCH(QString, method);
        QFETCH(QString, prefix);
        const QJsonObject created = placeOrder(method);
        QVERIFY(!created.isEmpty());
        const qint64 id = created.value(u"id"_s).toInteger();
        QVERIFY(created.contains(u"payment_link"_s));
        QVERIFY(created.value(u"tracking_url"_s).isNull());
        if (prefix.isEmpty()) {
            QVERIFY(created.value(u"payment_link"_s).isNull());
            return;
        }
        const QString link = created.value(u"payment_link"_s).toString();
        QVERIFY2(link.startsWith(prefix), qPrintable(link));
        const QUrlQuery query{QUrl(link)};
        QVERIFY(query.hasQueryItem(u"sig"_s));
        QVERIFY(link.contains(QString::number(id)));
        QVERIFY(link.contains(method == u"paypal"_s ? u"amount=25.00"_s : u"amount=2500"_s));
        QVERIFY(link.contains(u"EUR"_s));
        const qint64 expires = query.queryItemValue(u"expires"_s).toLongLong();
        QCOMPARE(expires, QDateTime::fromString(
                              created.value(u"reservation_expires_at"_s).toString(), Qt::ISODate)
                              .toSecsSinceEpoch());
        // The same link on every read, and gone once paid.
        QCOMPARE(order(id).value(u"payment_link"_s).toString(), link);
        QCOMPARE(m_shop->as(u"agent"_s)
                     .post(u"/api/v1/orders/%1/payment"_s.arg(id), {{u"reference"_s, u"R"_s}})
                     .status,
                 200);
        QVERIFY(order(id).value(u"payment_link"_s).isNull());
    }

    void verifyValidLink()
    {
        const QJsonObject created = placeOrder(u"card"_s);
        const qint64 id = created.value(u"id"_s).toInteger();
        TestHttp &manager = m_shop->as(u"manager"_s);
        const QJsonObject body{{u"url"_s, created.value(u"payment_link"_s)},
                               {u"reference"_s, u"PSP-4711"_s}};
        const HttpReply paid = manager.post(u"/api/v1/payment-links/verify"_s, body);
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json().value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(paid.json().value(u"payment_reference"_s).toString(), u"PSP-4711"_s);
        const QJsonArray history = order(id).value(u"status_history"_s).toArray();
        QCOMPARE(history.last()[u"status"_s].toString(), u"paid"_s);
        QCOMPARE(history.last()[u"user"_s].toString(), u"manager"_s);
        // A link is paid once.
        const HttpReply again = manager.post(u"/api/v1/payment-links/verify"_s, body);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"invalid_status"_s);
    }

    void verifyDecimalAmountLink()
    {
        const QJsonObject created = placeOrder(u"paypal"_s, 3);
        const HttpReply paid =
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/payment-links/verify"_s,
                      {{u"url"_s, created.value(u"payment_link"_s)}, {u"reference"_s, u"PP-1"_s}});
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json().value(u"status"_s).toString(), u"paid"_s);
    }

    void tamperedLink_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<QString>("reason");
        const QString altered = u"payment_link_signature_invalid"_s;
        QTest::addRow("amount raised") << u"card"_s << u"amount"_s << altered;
        QTest::addRow("amount lowered to 1") << u"card"_s << u"amount1"_s << altered;
        QTest::addRow("order id of another order") << u"card"_s << u"order"_s << altered;
        QTest::addRow("currency") << u"card"_s << u"currency"_s << altered;
        QTest::addRow("signature changed") << u"card"_s << u"sig"_s << altered;
        QTest::addRow("signature of another link") << u"card"_s << u"othersig"_s << altered;
        QTest::addRow("expiry extended") << u"card"_s << u"expires"_s << altered;
        QTest::addRow("decimal amount") << u"paypal"_s << u"decimal"_s << altered;
        QTest::addRow("signature removed") << u"card"_s << u"nosig"_s << u"payment_link_unsigned"_s;
        QTest::addRow("other host") << u"card"_s << u"host"_s << u"payment_link_unknown"_s;
        QTest::addRow("added parameter") << u"card"_s << u"param"_s << u"payment_link_unknown"_s;
        QTest::addRow("amount not a number")
            << u"card"_s << u"amountword"_s << u"payment_link_unknown"_s;
        QTest::addRow("not a link") << u"card"_s << u"garbage"_s << u"payment_link_malformed"_s;
    }

    void tamperedLink()
    {
        QFETCH(QString, method);
        QFETCH(QString, tampering);
        QFETCH(QString, reason);
        const QJsonObject target = placeOrder(method);
        const QJsonObject other = placeOrder(method);
        QVERIFY(!target.isEmpty() && !other.isEmpty());
        const QString link = target.value(u"payment_link"_s).toString();
        const QString otherLink = other.value(u"payment_link"_s).toString();
        const QString sig = QUrlQuery(QUrl(link)).queryItemValue(u"sig"_s);
        const QString otherId = QString::number(other.value(u"id"_s).toInteger());
        QString bad;
        if (tampering == u"amount"_s)
            bad = withParameter(link, u"amount"_s, u"2600"_s);
        else if (tampering == u"amount1"_s)
            bad = withParameter(link, u"amount"_s, u"1"_s);
        else if (tampering == u"order"_s)
            bad = withParameter(link, u"order"_s, otherId); // same amount, same expiry range
        else if (tampering == u"currency"_s)
            bad = withParameter(link, u"currency"_s, u"USD"_s);
        else if (tampering == u"sig"_s)
            bad = withParameter(link, u"sig"_s,
                                (sig.startsWith(u'A') ? u"B"_s : u"A"_s) + sig.mid(1));
        else if (tampering == u"othersig"_s)
            bad =
                withParameter(link, u"sig"_s, QUrlQuery(QUrl(otherLink)).queryItemValue(u"sig"_s));
        else if (tampering == u"expires"_s)
            bad = withParameter(
                link, u"expires"_s,
                QString::number(QUrlQuery(QUrl(link)).queryItemValue(u"expires"_s).toLongLong() +
                                86400));
        else if (tampering == u"decimal"_s)
            bad = withParameter(link, u"amount"_s, u"2.50"_s);
        else if (tampering == u"nosig"_s)
            bad = link.left(link.indexOf(u"&sig="_s));
        else if (tampering == u"host"_s)
            bad = QString(link).replace(u"pay.example"_s, u"pay.example.evil"_s);
        else if (tampering == u"param"_s)
            bad = QString(link).replace(u"&expires="_s, u"&tip=100&expires="_s);
        else if (tampering == u"amountword"_s)
            bad = withParameter(link, u"amount"_s, u"lots"_s);
        else
            bad = u"::not a link::"_s;
        QVERIFY(bad != link);

        const QJsonObject targetBefore = order(target.value(u"id"_s).toInteger());
        const QJsonObject otherBefore = order(other.value(u"id"_s).toInteger());
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = m_shop->as(u"manager"_s)
                                    .post(u"/api/v1/payment-links/verify"_s,
                                          {{u"url"_s, bad}, {u"reference"_s, u"PSP-FAKE"_s}});
        QVERIFY2(reply.status == 422, reply.body.constData());
        QCOMPARE(reply.errorCode(), u"invalid_payment_link"_s);
        QCOMPARE(reply.json()[u"error"_s][u"details"_s][u"reason"_s].toString(), reason);
        QVERIFY(!reply.json()[u"error"_s][u"message"_s].toString().isEmpty());
        // Nothing changed: both orders still reserved and unpaid, no change logged.
        QCOMPARE(order(target.value(u"id"_s).toInteger()), targetBefore);
        QCOMPARE(order(other.value(u"id"_s).toInteger()), otherBefore);
        QCOMPARE(targetBefore.value(u"status"_s).toString(), u"reserved"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void verifyRolesAndBody()
    {
        const QJsonObject created = placeOrder(u"card"_s);
        const QJsonObject body{{u"url"_s, created.value(u"payment_link"_s)},
                               {u"reference"_s, u"PSP-1"_s}};
        for (const QString &role : {u"agent"_s, u"warehouse"_s, u"shop"_s}) {
            const HttpReply reply = m_shop->as(role).post(u"/api/v1/payment-links/verify"_s, body);
            QCOMPARE(reply.status, 403);
        }
        TestHttp &manager = m_shop->as(u"manager"_s);
        QCOMPARE(manager.post(u"/api/v1/payment-links/verify"_s, {{u"url"_s, body[u"url"_s]}})
                     .errorCode(),
                 u"missing_field"_s);
        QCOMPARE(
            manager
                .post(u"/api/v1/payment-links/verify"_s, {{u"url"_s, 5}, {u"reference"_s, u"x"_s}})
                .errorCode(),
            u"invalid_type"_s);
        QCOMPARE(order(created.value(u"id"_s).toInteger()).value(u"status"_s).toString(),
                 u"reserved"_s);
    }

    void emailRouteRefusals()
    {
        TestHttp &agent = m_shop->as(u"agent"_s);
        const QJsonObject bank = placeOrder(u"bank_transfer"_s);
        HttpReply reply = agent.post(
            u"/api/v1/orders/%1/payment-link/email"_s.arg(bank.value(u"id"_s).toInteger()), {});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"payment_method_offline"_s);

        const QJsonObject skrill = placeOrder(u"skrill"_s);
        reply = agent.post(
            u"/api/v1/orders/%1/payment-link/email"_s.arg(skrill.value(u"id"_s).toInteger()), {});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"payment_link_not_configured"_s);

        const QJsonObject card = placeOrder(u"card"_s);
        const QString path =
            u"/api/v1/orders/%1/payment-link/email"_s.arg(card.value(u"id"_s).toInteger());
        QCOMPARE(m_shop->as(u"warehouse"_s).post(path, {}).status, 403);
        reply = agent.post(path, {{u"to"_s, u"x@example.com"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"unknown_field"_s);
        QCOMPARE(agent.post(u"/api/v1/orders/999999/payment-link/email"_s, {}).status, 404);
        reply = agent.post(path, {});
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(u"to"_s).toString(), u"martaruiz@example.com"_s);
        QCOMPARE(reply.json().value(u"payment_link"_s), card.value(u"payment_link"_s));

        QCOMPARE(agent.post(u"/api/v1/orders/%1/cancel"_s.arg(card.value(u"id"_s).toInteger()), {})
                     .status,
                 200);
        reply = agent.post(path, {});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"invalid_status"_s);

        const HttpReply nobody = agent.post(u"/api/v1/customers"_s, {{u"name"_s, u"No Mail"_s}});
        QCOMPARE(nobody.status, 201);
        const HttpReply noMailOrder = agent.post(
            u"/api/v1/orders"_s,
            ShopFixture::orderBody(nobody.json().value(u"id"_s).toInteger(), {{u"PL-1"_s, 1}}));
        QCOMPARE(noMailOrder.status, 201); // no address is no reason to refuse an order
        reply = agent.post(u"/api/v1/orders/%1/payment-link/email"_s.arg(
                               noMailOrder.json().value(u"id"_s).toInteger()),
                           {});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"customer_has_no_email"_s);
    }

    void trackingUrl()
    {
        const QJsonObject created = placeOrder(u"cash_on_delivery"_s, 1);
        const qint64 id = created.value(u"id"_s).toInteger();
        const HttpReply shipped =
            m_shop->as(u"warehouse"_s)
                .post(u"/api/v1/orders/%1/shipment"_s.arg(id),
                      {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"JJD 00 12&3"_s}});
        QCOMPARE(shipped.status, 200);
        QCOMPARE(shipped.json().value(u"tracking_url"_s).toString(),
                 u"https://track.example/dhl?id=JJD%2000%2012%263"_s);
        QCOMPARE(order(id).value(u"tracking_url"_s), shipped.json().value(u"tracking_url"_s));

        const QJsonObject other = placeOrder(u"cash_on_delivery"_s, 1);
        const HttpReply unknownCarrier =
            m_shop->as(u"warehouse"_s)
                .post(u"/api/v1/orders/%1/shipment"_s.arg(other.value(u"id"_s).toInteger()),
                      {{u"carrier"_s, u"Hermes"_s}, {u"tracking"_s, u"H1"_s}});
        QCOMPARE(unknownCarrier.status, 200);
        QVERIFY(unknownCarrier.json().value(u"tracking_url"_s).isNull());
    }

    void secretFromEnvironment()
    {
        ServerProcess server;
        server.setEnvironment(
            {u"SHOPDESK_PAYMENT_LINK_SECRET=an-environment-secret-of-32-bytes"_s});
        QVERIFY2(server.start({u"--payment-url"_s, cardTemplate}), qPrintable(server.output()));
        QCOMPARE(server.stop(), 0);
    }

    void refusesToStartWithoutUsableSecret_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::addRow("template without secret")
            << QStringList{u"--payment-url"_s, cardTemplate} << u"secret"_s;
        QTest::addRow("short secret") << QStringList{u"--payment-url"_s, cardTemplate,
                                                     u"--payment-link-secret-file"_s, u"SHORT"_s}
                                      << u"secret"_s;
        QTest::addRow("template without amount")
            << QStringList{u"--payment-url"_s,
                           u"card=https://pay.example/?order={order_id}&currency={currency}"_s,
                           u"--payment-link-secret-file"_s, u"LONG"_s}
            << u"amount"_s;
        QTest::addRow("carrier template without tracking")
            << QStringList{u"--carrier-url"_s, u"dhl=https://track.example/"_s} << u"{tracking}"_s;
        QTest::addRow("bad relay")
            << QStringList{u"--smtp"_s, u"ftp://mail.example"_s} << u"smtp"_s;
    }

    void refusesToStartWithoutUsableSecret()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        arguments.replaceInStrings(u"SHORT"_s, secretFile("short"));
        arguments.replaceInStrings(u"LONG"_s, secretFile("long-enough-secret-0123456789"));
        ServerProcess server;
        QVERIFY(!server.start(arguments));
        QVERIFY2(server.output().contains(says, Qt::CaseInsensitive), qPrintable(server.output()));
        QTRY_COMPARE_WITH_TIMEOUT(server.process().state(), QProcess::NotRunning, 10000);
        QVERIFY(server.process().exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentLinks)
#include "tst_paymentlinks.moc"
