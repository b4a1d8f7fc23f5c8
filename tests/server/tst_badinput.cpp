#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Bad input gets the documented status and error code, never a 500 or a dropped connection,
// and changes nothing: after every refused request the change log, stock and orders are as
// they were.
static void addRefusedRows();

class TestBadInput : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;
    qint64 m_order = 0;

    struct Snapshot
    {
        qint64 seq = 0;
        qint64 onHand = 0;
        qint64 reserved = 0;
        QByteArray orders;
        bool operator==(const Snapshot &o) const
        {
            return seq == o.seq && onHand == o.onHand && reserved == o.reserved &&
                   orders == o.orders;
        }
    };
    Snapshot snapshot()
    {
        return {m_shop->lastSeq(), m_shop->onHand(u"BAD-1"_s), m_shop->reserved(u"BAD-1"_s),
                m_shop->as(u"admin"_s).get(u"/api/v1/orders?limit=1000"_s).body};
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"BAD-1"_s, 1000, 5));
        m_customer = m_shop->addCustomer(u"Rosa Lange"_s);
        const HttpReply created =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"BAD-1"_s, 1}}));
        QCOMPARE(created.status, 201);
        m_order = created.json().value(u"id"_s).toInteger();
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void refused_data() { addRefusedRows(); }

    void refused()
    {
        QFETCH(QString, role);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, idempotencyKey);
        QFETCH(int, status);
        QFETCH(QString, code);

        body.replace("%C", QByteArray::number(m_customer));
        path.replace(u"%O"_s, QString::number(m_order));
        path.replace(u"%C"_s, QString::number(m_customer));
        const Snapshot before = snapshot();
        TestHttp client(m_server.baseUrl());
        client.setToken(role == u"forged"_s ? u"Zm9yZ2VkLXRva2Vu"_s : m_shop->token(role));
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!idempotencyKey.isEmpty())
            headers.append({"Idempotency-Key", idempotencyKey});
        const HttpReply reply = client.send(method, path, body, headers);
        QVERIFY2(reply.status == status,
                 qPrintable(u"%1 %2 %3"_s.arg(reply.status)
                                .arg(QString::fromUtf8(reply.body.left(300)), reply.networkError)));
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.json()[u"error"_s][u"message"_s].toString().isEmpty());
        QVERIFY(reply.json()[u"error"_s][u"details"_s].isObject());
        QVERIFY(snapshot() == before);
        // The server is still there and well.
        QCOMPARE(m_shop->as(u"agent"_s).get(u"/api/v1/health"_s).status, 200);
    }
};

static QByteArray order(const QByteArray &lines, const QByteArray &extra = {})
{
    return R"({"customer_id":%C,"channel":"phone","payment_method":"card","lines":)" + lines +
           extra + "}";
}

// Defined below the class: moc does not read raw string literals.
static void addRefusedRows()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("idempotencyKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray good = R"([{"sku":"BAD-1","quantity":1}])";
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString orders = u"/api/v1/orders"_s;
    const QString movements = u"/api/v1/movements"_s;
    const QString products = u"/api/v1/products"_s;
    auto row = [&](const char *name, const QString &role, const QByteArray &method,
                   const QString &path, const QByteArray &body, int status, const QString &code,
                   const QByteArray &idem = {}) {
        QTest::addRow("%s", name) << role << method << path << body << idem << status << code;
    };
    QByteArray deep = "1";
    for (int i = 0; i < 40; ++i)
        deep = "[" + deep + "]";

    row("not json", u"agent"_s, "POST", orders, "{not json", 400, u"invalid_json"_s);
    row("array body", u"agent"_s, "POST", orders, "[1,2]", 400, u"invalid_json"_s);
    row("empty body", u"agent"_s, "POST", orders, "", 400, u"invalid_json"_s);
    row("invalid utf-8", u"agent"_s, "POST", orders,
        order(good, R"(,"notes":")" + QByteArray("\xff\xfe\x80") + "\""), 400, u"invalid_utf8"_s);
    row("nested too deep", u"agent"_s, "POST", orders, order(good, R"(,"notes":)" + deep), 400,
        u"too_deep"_s);
    row("unknown field", u"agent"_s, "POST", orders, order(good, R"(,"discount":5)"), 400,
        u"unknown_field"_s);
    row("missing lines", u"agent"_s, "POST", orders,
        R"({"customer_id":%C,"channel":"phone","payment_method":"card"})", 400, u"missing_field"_s);
    row("quantity as text", u"agent"_s, "POST", orders,
        order(R"([{"sku":"BAD-1","quantity":"2"}])"), 400, u"invalid_type"_s);
    row("quantity zero", u"agent"_s, "POST", orders, order(R"([{"sku":"BAD-1","quantity":0}])"),
        422, u"invalid_quantity"_s);
    row("quantity negative", u"agent"_s, "POST", orders,
        order(R"([{"sku":"BAD-1","quantity":-1}])"), 422, u"invalid_quantity"_s);
    row("quantity absurd", u"agent"_s, "POST", orders,
        order(R"([{"sku":"BAD-1","quantity":1000001}])"), 422, u"invalid_quantity"_s);
    row("quantity huge", u"agent"_s, "POST", orders, order(R"([{"sku":"BAD-1","quantity":1e300}])"),
        422, u"invalid_quantity"_s);
    row("quantity fraction", u"agent"_s, "POST", orders,
        order(R"([{"sku":"BAD-1","quantity":1.5}])"), 400, u"invalid_type"_s);
    row("unknown sku", u"agent"_s, "POST", orders, order(R"([{"sku":"NOPE","quantity":1}])"), 422,
        u"unknown_sku"_s);
    row("malformed sku", u"agent"_s, "POST", orders, order(R"([{"sku":"a b","quantity":1}])"), 422,
        u"invalid_sku"_s);
    row("unknown customer", u"agent"_s, "POST", orders,
        R"({"customer_id":999999,"channel":"phone","payment_method":"card","lines":)" + good + "}",
        422, u"unknown_customer"_s);
    row("customer id as text", u"agent"_s, "POST", orders,
        R"({"customer_id":"1","channel":"phone","payment_method":"card","lines":)" + good + "}",
        400, u"invalid_type"_s);
    row("unknown channel", u"agent"_s, "POST", orders,
        R"({"customer_id":%C,"channel":"fax","payment_method":"card","lines":)" + good + "}", 422,
        u"unknown_channel"_s);
    row("unknown payment method", u"agent"_s, "POST", orders,
        R"({"customer_id":%C,"channel":"web","payment_method":"gold","lines":)" + good + "}", 422,
        u"unknown_payment_method"_s);
    row("no lines", u"agent"_s, "POST", orders, order("[]"), 422, u"no_lines"_s);
    row("line not an object", u"agent"_s, "POST", orders, order("[3]"), 400, u"invalid_type"_s);
    row("notes too long", u"agent"_s, "POST", orders,
        order(good, R"(,"notes":")" + QByteArray(10001, 'x') + "\""), 422, u"value_too_long"_s);
    row("null name", u"agent"_s, "POST", u"/api/v1/customers"_s, R"({"name":null})", 400,
        u"invalid_type"_s);
    row("body over 1 MiB", u"agent"_s, "POST", orders,
        order(good, R"(,"notes":")" + QByteArray(1100 * 1024, 'x') + "\""), 413,
        u"body_too_large"_s);
    row("idempotency key not a uuid", u"agent"_s, "POST", orders, order(good), 400,
        u"invalid_idempotency_key"_s, "not-a-uuid");
    row("receipt with minus", u"warehouse"_s, "POST", movements,
        R"({"sku":"BAD-1","kind":"receipt","quantity":-5,"reason":"x"})", 422, u"wrong_sign"_s);
    row("removal with plus", u"warehouse"_s, "POST", movements,
        R"({"sku":"BAD-1","kind":"removal","quantity":5,"reason":"damage"})", 422, u"wrong_sign"_s);
    row("removal beyond available", u"warehouse"_s, "POST", movements,
        R"({"sku":"BAD-1","kind":"removal","quantity":-5,"reason":"damage"})", 409,
        u"insufficient_stock"_s);
    row("removal without reason", u"warehouse"_s, "POST", movements,
        R"({"sku":"BAD-1","kind":"removal","quantity":-1,"reason":""})", 422, u"reason_required"_s);
    row("sale by hand", u"warehouse"_s, "POST", movements,
        R"({"sku":"BAD-1","kind":"sale","quantity":-1,"reason":"x"})", 422,
        u"sale_only_from_shipment"_s);
    row("unknown movement kind", u"warehouse"_s, "POST", movements,
        R"({"sku":"BAD-1","kind":"teleport","quantity":1,"reason":"x"})", 422, u"unknown_kind"_s);
    row("movement of unknown sku", u"warehouse"_s, "POST", movements,
        R"({"sku":"NOPE","kind":"receipt","quantity":1,"reason":"x"})", 422, u"unknown_sku"_s);
    row("transfer from empty location", u"warehouse"_s, "POST", movements,
        R"({"sku":"BAD-1","kind":"transfer","quantity":1,"reason":"x","from_location":"attic","to_location":"main"})",
        409, u"insufficient_stock"_s);
    row("product name too long", u"admin"_s, "POST", products,
        R"({"sku":"LONG","name":")" + QByteArray(201, 'n') +
            R"(","price":{"amount_minor":1,"currency":"EUR"}})",
        422, u"value_too_long"_s);
    row("negative price", u"admin"_s, "POST", products,
        R"({"sku":"NEG","name":"n","price":{"amount_minor":-1,"currency":"EUR"}})", 422,
        u"invalid_amount"_s);
    row("price as decimal", u"admin"_s, "POST", products,
        R"({"sku":"DEC","name":"n","price":{"amount_minor":12.5,"currency":"EUR"}})", 400,
        u"invalid_type"_s);
    row("price without currency", u"admin"_s, "POST", products,
        R"({"sku":"CUR","name":"n","price":{"amount_minor":12}})", 400, u"missing_field"_s);
    row("foreign currency", u"admin"_s, "POST", products,
        R"({"sku":"USD","name":"n","price":{"amount_minor":12,"currency":"USD"}})", 422,
        u"currency_mismatch"_s);
    row("unknown role", u"admin"_s, "POST", u"/api/v1/users"_s,
        R"({"username":"eve","password":"long enough","role":"owner"})", 422, u"unknown_role"_s);
    row("short password", u"admin"_s, "POST", u"/api/v1/users"_s,
        R"({"username":"eve","password":"short","role":"agent"})", 422, u"weak_password"_s);
    row("payment without reference", u"agent"_s, "POST", u"/api/v1/orders/%O/payment"_s, "{}", 400,
        u"missing_field"_s);
    row("cancel with body fields", u"agent"_s, "POST", u"/api/v1/orders/%O/cancel"_s,
        R"({"why":"x"})", 400, u"unknown_field"_s);
    row("changes since text", u"agent"_s, "GET", u"/api/v1/changes?since=abc"_s, {}, 400,
        u"invalid_parameter"_s);
    row("movements since not a time", u"warehouse"_s, "GET", u"/api/v1/movements?since=yesterday"_s,
        {}, 400, u"invalid_parameter"_s);
    row("customer language not a code", u"agent"_s, "POST", u"/api/v1/customers"_s,
        R"({"name":"Lang","language":"german"})", 422, u"invalid_language"_s);
    row("customer language a number", u"agent"_s, "PATCH", u"/api/v1/customers/%C"_s,
        R"({"language":49})", 400, u"invalid_type"_s);
    row("customer duplicate flag not a bool", u"agent"_s, "POST", u"/api/v1/customers"_s,
        R"({"name":"Dup","check_duplicates":1})", 400, u"invalid_type"_s);
    row("payment link email with fields", u"agent"_s, "POST",
        u"/api/v1/orders/%O/payment-link/email"_s, R"({"to":"x@example.com"})", 400,
        u"unknown_field"_s);
    row("payment link verify without reference", u"manager"_s, "POST",
        u"/api/v1/payment-links/verify"_s, R"({"url":"https://pay.example/?sig=x"})", 400,
        u"missing_field"_s);
    row("payment link verify url not a string", u"manager"_s, "POST",
        u"/api/v1/payment-links/verify"_s, R"({"url":["x"],"reference":"r"})", 400,
        u"invalid_type"_s);
    row("bad token", u"forged"_s, "GET", u"/api/v1/products"_s, {}, 401, u"unauthorized"_s);
    // A path id is exactly its digits: a NUL, a sign, a space or a leading zero names nothing,
    // and a query value with a control character is refused, not cut short.
    row("id with NUL", u"agent"_s, "GET", u"/api/v1/customers/%C%00abc"_s, {}, 404, u"not_found"_s);
    row("cancel id with NUL", u"agent"_s, "POST", u"/api/v1/orders/%O%00junk/cancel"_s, {}, 404,
        u"not_found"_s);
    row("id with plus", u"agent"_s, "POST", u"/api/v1/orders/+%O/cancel"_s, {}, 404,
        u"not_found"_s);
    row("id with space", u"agent"_s, "GET", u"/api/v1/orders/%20%O"_s, {}, 404, u"not_found"_s);
    row("id with leading zero", u"agent"_s, "POST", u"/api/v1/orders/0%O/cancel"_s, {}, 404,
        u"not_found"_s);
    row("id beyond 64 bits", u"agent"_s, "GET", u"/api/v1/orders/99999999999999999999"_s, {}, 404,
        u"not_found"_s);
    row("word with NUL", u"manager"_s, "GET", u"/api/v1/reports/sales%00x"_s, {}, 404,
        u"not_found"_s);
    row("literal with NUL", u"agent"_s, "GET", u"/api/v1/products%00"_s, {}, 404, u"not_found"_s);
    row("query only NUL", u"agent"_s, "GET", u"/api/v1/products?query=%00"_s, {}, 400,
        u"invalid_parameter"_s);
    row("query cut at NUL", u"agent"_s, "GET", u"/api/v1/products?query=BAD%00zzz"_s, {}, 400,
        u"invalid_parameter"_s);
    row("query with escape", u"agent"_s, "GET", u"/api/v1/customers?query=Rosa%1B"_s, {}, 400,
        u"invalid_parameter"_s);
    row("query key with NUL", u"agent"_s, "GET", u"/api/v1/products?query%00=x"_s, {}, 400,
        u"invalid_parameter"_s);
    row("cursor with sign", u"agent"_s, "GET", u"/api/v1/changes?since=+1"_s, {}, 400,
        u"invalid_parameter"_s);
    row("name with escaped NUL", u"agent"_s, "POST", u"/api/v1/customers"_s,
        R"({"name":"Rosa\u0000Lange"})", 422, u"invalid_value"_s);
    row("notes with escape character", u"agent"_s, "POST", orders,
        order(good, R"(,"notes":"gift\u001bwrap")"), 422, u"invalid_value"_s);
    row("nested text with NUL", u"agent"_s, "POST", orders,
        order(R"([{"sku":"BAD-1\u0000","quantity":1}])"), 422, u"invalid_value"_s);
    row("key with NUL", u"agent"_s, "PATCH", u"/api/v1/customers/%C"_s, R"({"name\u0000":"Rosa"})",
        422, u"invalid_value"_s);
    // A lone UTF-16 surrogate would be served back to the website as invalid JSON.
    row("name with lone high surrogate", u"agent"_s, "POST", u"/api/v1/customers"_s,
        R"({"name":"Rosa \ud83d"})", 400, u"invalid_unicode"_s);
    row("notes with lone low surrogate", u"agent"_s, "POST", orders,
        order(good, R"(,"notes":"gift \ude00 wrap")"), 400, u"invalid_unicode"_s);
    row("surrogates reversed", u"agent"_s, "PATCH", u"/api/v1/customers/%C"_s,
        R"({"name":"\ude00\ud83d"})", 400, u"invalid_unicode"_s);
    row("key with lone surrogate", u"agent"_s, "PATCH", u"/api/v1/customers/%C"_s,
        R"({"name\udbff":"Rosa"})", 400, u"invalid_unicode"_s);
    row("content title with lone surrogate", u"manager"_s, "PUT",
        u"/api/v1/products/BAD-1/content"_s,
        R"({"base_revision":0,"title":"Mug \ud83d","slug":"t"})", 400, u"invalid_unicode"_s);
    row("limit with NUL", u"agent"_s, "GET", u"/api/v1/orders?limit=5%00"_s, {}, 400,
        u"invalid_parameter"_s);
    // Product content (more in tst_content).
    const QString content = u"/api/v1/products/BAD-1/content"_s;
    row("content not json", u"manager"_s, "PUT", content, "{not json", 400, u"invalid_json"_s);
    row("content without base", u"manager"_s, "PUT", content, R"({"title":"T","slug":"t"})", 400,
        u"missing_field"_s);
    row("content bad slug", u"manager"_s, "PUT", content,
        R"({"base_revision":0,"title":"T","slug":"Not A Slug"})", 422, u"invalid_field"_s);
    row("content unknown field", u"manager"_s, "PUT", content,
        R"({"base_revision":0,"title":"T","slug":"t","price":1})", 400, u"unknown_field"_s);
    row("publish a draft never written", u"manager"_s, "POST", content + u"/publish"_s, {}, 409,
        u"invalid_status"_s);
    row("publish_at not a time", u"manager"_s, "POST", content + u"/publish"_s,
        R"({"publish_at":"soon"})", 422, u"invalid_field"_s);
    row("image that is text", u"manager"_s, "POST", u"/api/v1/products/BAD-1/images"_s, "just text",
        415, u"unsupported_media_type"_s);
    row("catalog as agent", u"agent"_s, "GET", u"/api/v1/catalog"_s, {}, 403, u"forbidden"_s);
    Q_UNUSED(key);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
