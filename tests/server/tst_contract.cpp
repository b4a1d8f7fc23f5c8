#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Route by route, role by role: every route of API.md answers the roles it names and
// refuses the others with 403, refuses a missing token with 401, and keeps its shapes.
class TestContract : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    QTemporaryDir m_secrets;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;
    qint64 m_agentOrder = 0;

    // A fresh cash-on-delivery order (reserved), for routes that change an order's status.
    qint64 freshOrder()
    {
        const HttpReply reply =
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"C-BASE"_s, 1}},
                                                                  u"cash_on_delivery"_s));
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }

    // The payment link of a fresh card order, for the route that verifies one.
    QString freshPaymentLink()
    {
        const HttpReply reply =
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"C-BASE"_s, 1}}));
        return reply.json().value(u"payment_link"_s).toString();
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QFile secret(m_secrets.filePath(u"secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("contract-test-secret-0123456789");
        secret.close();
        QVERIFY2(m_server.start(
                     {u"--payment-link-secret-file"_s, secret.fileName(), u"--payment-url"_s,
                      u"card=https://pay.example/?o={order_id}&a={amount_minor}&c={currency}"_s}),
                 qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"C-BASE"_s, 2599, 500));
        m_customer = m_shop->addCustomer(u"Jonas Klein"_s);
        QVERIFY(m_customer > 0);
        const HttpReply order =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"C-BASE"_s, 1}}));
        QCOMPARE(order.status, 201);
        m_agentOrder = order.json().value(u"id"_s).toInteger();
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void roles_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body"); // %ROLE% is replaced by the caller's role
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<int>("success");
        QTest::addColumn<QString>("role");

        const QStringList all = ShopFixture::roles();
        const QStringList staff = {u"agent"_s, u"manager"_s, u"admin"_s};
        struct Route
        {
            const char *name;
            QByteArray method;
            QString path;
            QString body;
            QStringList allowed;
            int success;
        };
        const QList<Route> routes = {
            {"products list", "GET", u"/api/v1/products"_s, {}, all, 200},
            {"products search", "GET", u"/api/v1/products?query=base"_s, {}, all, 200},
            {"product create",
             "POST",
             u"/api/v1/products"_s,
             uR"({"sku":"NEW-%ROLE%","name":"New","price":{"amount_minor":100,"currency":"EUR"}})"_s,
             {u"admin"_s, u"manager"_s},
             201},
            {"product get", "GET", u"/api/v1/products/C-BASE"_s, {}, all, 200},
            {"product update",
             "PATCH",
             u"/api/v1/products/C-BASE"_s,
             uR"({"description":"by %ROLE%"})"_s,
             {u"admin"_s, u"manager"_s},
             200},
            {"stock get", "GET", u"/api/v1/stock/C-BASE"_s, {}, all, 200},
            {"movement create",
             "POST",
             u"/api/v1/movements"_s,
             uR"({"sku":"C-BASE","kind":"receipt","quantity":1,"reason":"%ROLE%"})"_s,
             {u"warehouse"_s, u"admin"_s},
             201},
            {"movements list",
             "GET",
             u"/api/v1/movements?sku=C-BASE"_s,
             {},
             {u"warehouse"_s, u"manager"_s, u"admin"_s},
             200},
            {"customer create", "POST", u"/api/v1/customers"_s, uR"({"name":"Made by %ROLE%"})"_s,
             staff, 201},
            {"customers list", "GET", u"/api/v1/customers?query=klein"_s, {}, staff, 200},
            {"customer get", "GET", u"/api/v1/customers/%CUSTOMER%"_s, {}, staff, 200},
            {"customer update", "PATCH", u"/api/v1/customers/%CUSTOMER%"_s,
             uR"({"phone":"+49 30 %ROLE%"})"_s, staff, 200},
            {"order create",
             "POST",
             u"/api/v1/orders"_s,
             uR"({"customer_id":%CUSTOMER%,"channel":"chat","payment_method":"paypal","lines":[{"sku":"C-BASE","quantity":1}]})"_s,
             {u"agent"_s, u"shop"_s, u"admin"_s},
             201},
            {"orders list", "GET", u"/api/v1/orders"_s, {}, all, 200},
            {"order get (agent's)",
             "GET",
             u"/api/v1/orders/%AGENTORDER%"_s,
             {},
             {u"agent"_s, u"warehouse"_s, u"manager"_s, u"admin"_s},
             200},
            {"order cancel",
             "POST",
             u"/api/v1/orders/%ORDER%/cancel"_s,
             {},
             {u"agent"_s, u"admin"_s},
             200},
            {"order payment",
             "POST",
             u"/api/v1/orders/%ORDER%/payment"_s,
             uR"({"reference":"PSP-%ROLE%"})"_s,
             {u"agent"_s, u"manager"_s, u"admin"_s},
             200},
            {"order payment link email",
             "POST",
             u"/api/v1/orders/%AGENTORDER%/payment-link/email"_s,
             {},
             staff,
             202},
            {"payment link verify",
             "POST",
             u"/api/v1/payment-links/verify"_s,
             uR"({"url":"%LINK%","reference":"PSP-%ROLE%"})"_s,
             {u"manager"_s, u"admin"_s},
             200},
            {"customers by order number",
             "GET",
             u"/api/v1/customers?query=%AGENTORDER%"_s,
             {},
             staff,
             200},
            {"order shipment",
             "POST",
             u"/api/v1/orders/%ORDER%/shipment"_s,
             uR"({"carrier":"DHL","tracking":"T-%ROLE%"})"_s,
             {u"warehouse"_s, u"admin"_s},
             200},
            {"changes", "GET", u"/api/v1/changes?since=0&limit=5"_s, {}, all, 200},
            {"users list", "GET", u"/api/v1/users"_s, {}, {u"admin"_s}, 200},
            {"user create",
             "POST",
             u"/api/v1/users"_s,
             uR"({"username":"extra-%ROLE%","password":"long enough","role":"agent"})"_s,
             {u"admin"_s},
             201},
            {"session get", "GET", u"/api/v1/session"_s, {}, all, 200},
            // Product content (the editor role, not in the fixture, is covered in tst_content).
            {"content get",
             "GET",
             u"/api/v1/products/C-BASE/content"_s,
             {},
             {u"manager"_s, u"admin"_s},
             200},
            {"content revisions",
             "GET",
             u"/api/v1/products/C-BASE/content/revisions"_s,
             {},
             {u"manager"_s, u"admin"_s},
             200},
            {"product images",
             "GET",
             u"/api/v1/products/C-BASE/images"_s,
             {},
             {u"manager"_s, u"admin"_s},
             200},
            {"catalog",
             "GET",
             u"/api/v1/catalog"_s,
             {},
             {u"shop"_s, u"manager"_s, u"admin"_s},
             200},
        };
        for (const Route &route : routes) {
            for (const QString &role : all + QStringList{u"none"_s}) {
                QTest::addRow("%s as %s", route.name, qPrintable(role))
                    << route.method << route.path << route.body << route.allowed << route.success
                    << role;
            }
        }
    }

    void roles()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QStringList, allowed);
        QFETCH(int, success);
        QFETCH(QString, role);

        path.replace(u"%CUSTOMER%"_s, QString::number(m_customer));
        path.replace(u"%AGENTORDER%"_s, QString::number(m_agentOrder));
        if (path.contains(u"%ORDER%"_s)) {
            const qint64 order = freshOrder();
            QVERIFY(order > 0);
            path.replace(u"%ORDER%"_s, QString::number(order));
        }
        body.replace(u"%ROLE%"_s, role);
        body.replace(u"%CUSTOMER%"_s, QString::number(m_customer));
        if (body.contains(u"%LINK%"_s)) {
            const QString link = freshPaymentLink();
            QVERIFY(!link.isEmpty());
            body.replace(u"%LINK%"_s, link);
        }

        TestHttp client(m_server.baseUrl());
        if (role != u"none"_s)
            client.setToken(m_shop->token(role));
        QList<QPair<QByteArray, QByteArray>> headers;
        if (method != "GET")
            headers.append(
                {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
        const HttpReply reply = client.send(method, path, body.toUtf8(), headers);
        const int expected = role == u"none"_s ? 401 : allowed.contains(role) ? success : 403;
        QVERIFY2(reply.status == expected,
                 qPrintable(u"%1 %2 as %3: %4 %5"_s.arg(QString::fromLatin1(method), path, role)
                                .arg(reply.status)
                                .arg(QString::fromUtf8(reply.body))));
        if (expected >= 400) {
            QCOMPARE(reply.errorCode(), expected == 401 ? u"unauthorized"_s : u"forbidden"_s);
            QVERIFY(reply.json()[u"error"_s][u"message"_s].toString().size() > 0);
            QVERIFY(reply.json()[u"error"_s][u"details"_s].isObject());
        }
    }

    void unknownRoutesAndMethods()
    {
        TestHttp &client = m_shop->as(u"admin"_s);
        HttpReply reply = client.get(u"/api/v1/nothing-here"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        QCOMPARE(client.get(u"/"_s).status, 404);
        QCOMPARE(client.get(u"/api/v1/products/NO-SUCH-SKU"_s).status, 404);
        QCOMPARE(client.get(u"/api/v1/stock/NO-SUCH-SKU"_s).status, 404);
        QCOMPARE(client.get(u"/api/v1/customers/999999"_s).status, 404);
        QCOMPARE(client.get(u"/api/v1/orders/999999"_s).status, 404);
        QCOMPARE(client.get(u"/api/v1/orders/abc"_s).status, 404);
        QCOMPARE(client.post(u"/api/v1/orders/999999/cancel"_s, {}).status, 404);
        reply = client.send("DELETE", u"/api/v1/products"_s, {});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
        bool hasAllow = false;
        for (const auto &[name, value] : reply.headers)
            hasAllow = hasAllow || (name.toLower() == "allow" && value.contains("POST"));
        QVERIFY(hasAllow);
        QCOMPARE(client.send("PUT", u"/api/v1/health"_s, {}).status, 405);
        QCOMPARE(client.send("POST", u"/api/v1/stock/C-BASE"_s, "{}").status, 405);
    }

    void healthNeedsNoToken()
    {
        TestHttp anonymous(m_server.baseUrl());
        const HttpReply reply = anonymous.get(u"/api/v1/health"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"ok"_s);
    }

    void productShapeAndUpdate()
    {
        TestHttp &manager = m_shop->as(u"manager"_s);
        const HttpReply created = manager.post(
            u"/api/v1/products"_s,
            {{u"sku"_s, u"SHAPE.1_x-y"_s},
             {u"name"_s, u"Teapot, Slate"_s},
             {u"price"_s, QJsonObject{{u"amount_minor"_s, 3499}, {u"currency"_s, u"EUR"_s}}},
             {u"category"_s, u"Kitchen"_s},
             {u"barcode"_s, u"4006381333931"_s},
             {u"description"_s, u"Cast iron."_s}});
        QCOMPARE(created.status, 201);
        const QJsonObject p = created.json();
        for (const QString &field :
             {u"sku"_s, u"name"_s, u"price"_s, u"category"_s, u"barcode"_s, u"description"_s,
              u"created_at"_s, u"updated_at"_s, u"stock"_s})
            QVERIFY2(p.contains(field), qPrintable(field));
        QCOMPARE(p[u"stock"_s][u"available"_s].toInteger(), 0);
        QCOMPARE(p[u"stock"_s][u"sku"_s].toString(), u"SHAPE.1_x-y"_s);
        QVERIFY(QDateTime::fromString(p[u"created_at"_s].toString(), Qt::ISODate).isValid());
        QVERIFY(p[u"created_at"_s].toString().endsWith(u'Z'));

        const HttpReply again = manager.post(
            u"/api/v1/products"_s,
            {{u"sku"_s, u"SHAPE.1_x-y"_s},
             {u"name"_s, u"Other"_s},
             {u"price"_s, QJsonObject{{u"amount_minor"_s, 1}, {u"currency"_s, u"EUR"_s}}}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"sku_exists"_s);

        const HttpReply updated = manager.patch(
            u"/api/v1/products/SHAPE.1_x-y"_s,
            {{u"price"_s, QJsonObject{{u"amount_minor"_s, 2999}, {u"currency"_s, u"EUR"_s}}}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json()[u"price"_s][u"amount_minor"_s].toInteger(), 2999);
        QCOMPARE(updated.json()[u"name"_s].toString(), u"Teapot, Slate"_s);
        QCOMPARE(manager.get(u"/api/v1/products/SHAPE.1_x-y"_s)
                     .json()[u"price"_s][u"amount_minor"_s]
                     .toInteger(),
                 2999);
    }

    void productSearchAndPaging()
    {
        for (int i = 0; i < 7; ++i)
            QVERIFY(m_shop->addProduct(u"PAGE-%1"_s.arg(i), 100 + i, i));
        TestHttp &client = m_shop->as(u"agent"_s);
        QStringList seen;
        QString after;
        for (;;) {
            const HttpReply page = client.get(u"/api/v1/products?query=page-&limit=3"_s +
                                              (after.isEmpty() ? QString() : u"&after="_s + after));
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().value(u"items"_s).toArray();
            QVERIFY(items.size() <= 3);
            for (const QJsonValue &item : items) {
                seen.append(item[u"sku"_s].toString());
                QVERIFY(item[u"stock"_s][u"available"_s].isDouble());
            }
            if (page.json().value(u"next"_s).isNull())
                break;
            after = page.json().value(u"next"_s).toString();
        }
        QCOMPARE(seen.size(), 7);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 7);
        // Name search, case-insensitive.
        const HttpReply byName = client.get(u"/api/v1/products?query=PRODUCT%20PAGE-3"_s);
        QCOMPARE(byName.json().value(u"items"_s).toArray().size(), 1);
        QCOMPARE(client.get(u"/api/v1/products?limit=0"_s).status, 400);
        QCOMPARE(client.get(u"/api/v1/products?color=red"_s).status, 400);
    }

    void customerSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("name") << u"ida%20sommer"_s;
        QTest::addRow("email") << u"ida.s%40shop.example"_s;
        QTest::addRow("phone") << u"%2B43%20660"_s;
    }

    void customerSearch()
    {
        QFETCH(QString, query);
        TestHttp &agent = m_shop->as(u"agent"_s);
        if (agent.get(u"/api/v1/customers?query=sommer"_s).json()[u"items"_s].toArray().isEmpty()) {
            const HttpReply created =
                agent.post(u"/api/v1/customers"_s, {{u"name"_s, u"Ida Sommer"_s},
                                                    {u"email"_s, u"ida.s@shop.example"_s},
                                                    {u"phone"_s, u"+43 660 1234567"_s},
                                                    {u"address"_s, u"Ring 1, 1010 Wien"_s}});
            QCOMPARE(created.status, 201);
            for (const QString &field : {u"id"_s, u"name"_s, u"email"_s, u"phone"_s, u"address"_s,
                                         u"created_at"_s, u"updated_at"_s})
                QVERIFY(created.json().contains(field));
        }
        const HttpReply found = agent.get(u"/api/v1/customers?query="_s + query);
        QCOMPARE(found.status, 200);
        const QJsonArray items = found.json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"name"_s].toString(), u"Ida Sommer"_s);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
