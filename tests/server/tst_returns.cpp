#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include "storage/database.h"
#include "storage/storageconfig.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

QString textPart(const QJsonObject &parsed)
{
    for (const QJsonValue &part : parsed[u"parts"_s].toArray()) {
        if (part[u"content_type"_s].toString() == u"text/plain"_s)
            return part[u"content"_s].toString();
    }
    return {};
}

QJsonArray lines(const QList<QPair<QString, int>> &wanted)
{
    QJsonArray array;
    for (const auto &[sku, quantity] : wanted)
        array.append(QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, quantity}});
    return array;
}

} // namespace

// Returns on a real server: started for some of a shipped order's lines and never for more
// than was shipped and not yet returned, approved within the window by an agent and after it
// only by a manager or QA, received into the ledger once (also when two receipts race, and
// across a kill -9 in the middle), exchanged all or nothing; the customer's mails in their
// language; every bad input refused with nothing changed.
class TestReturns : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    std::unique_ptr<SmtpSinkProcess> m_sink;
    QStringList m_arguments;
    qint64 m_customer = 0;
    qint64 m_other = 0;

    TestHttp &agent() { return m_shop->as(u"agent"_s); }
    TestHttp &warehouse() { return m_shop->as(u"warehouse"_s); }

    // An order of the lines, paid, shipped and (when asked) delivered; its id.
    qint64 shippedOrder(const QList<QPair<QString, int>> &wanted, bool deliver = true,
                        qint64 customer = 0)
    {
        const HttpReply created = agent().post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(customer ? customer : m_customer, wanted));
        if (created.status != 201)
            return -1;
        const QString path = u"/api/v1/orders/%1"_s.arg(created.json()[u"id"_s].toInteger());
        if (agent().post(path + u"/payment"_s, {{u"reference"_s, u"PSP"_s}}).status != 200 ||
            warehouse()
                    .post(path + u"/shipment"_s,
                          {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"1"_s}})
                    .status != 200) {
            return -1;
        }
        if (deliver && warehouse().post(path + u"/delivery"_s, {}).status != 200)
            return -1;
        return created.json()[u"id"_s].toInteger();
    }

    QJsonObject returnBody(qint64 order, const QList<QPair<QString, int>> &wanted,
                           bool approve = false)
    {
        QJsonObject body{
            {u"order_id"_s, order}, {u"reason"_s, u"damaged"_s}, {u"lines"_s, lines(wanted)}};
        if (approve)
            body.insert(u"approve"_s, true);
        return body;
    }

    qint64 approvedReturn(qint64 order, const QList<QPair<QString, int>> &wanted)
    {
        const HttpReply created =
            agent().post(u"/api/v1/returns"_s, returnBody(order, wanted, true));
        if (created.status != 201 || created.json()[u"status"_s].toString() != u"approved"_s)
            return -1;
        return created.json()[u"id"_s].toInteger();
    }

    int returnCount()
    {
        return agent().get(u"/api/v1/returns?limit=1000"_s).json()[u"items"_s].toArray().size();
    }

    QJsonObject returnOf(qint64 id) { return agent().get(u"/api/v1/returns/%1"_s.arg(id)).json(); }

    // The ledger's `return` rows of the SKU that name the return.
    QList<QJsonObject> movementsOf(const QString &sku, qint64 id)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &m : warehouse()
                                       .get(u"/api/v1/movements?limit=1000&sku="_s + sku)
                                       .json()[u"items"_s]
                                       .toArray()) {
            if (m[u"reason"_s].toString() == u"return R-%1"_s.arg(id))
                found.append(m.toObject());
        }
        return found;
    }

    // The ledger's removals of the SKU for the order.
    QList<QJsonObject> removalsOf(const QString &sku, qint64 order)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &m : warehouse()
                                       .get(u"/api/v1/movements?limit=1000&sku="_s + sku)
                                       .json()[u"items"_s]
                                       .toArray()) {
            if (m[u"kind"_s].toString() == u"removal"_s && m[u"order_id"_s].toInteger() == order)
                found.append(m.toObject());
        }
        return found;
    }

    std::unique_ptr<TestHttp> addUser(const QString &name, const QString &role)
    {
        const HttpReply created =
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/users"_s, {{u"username"_s, name},
                                           {u"password"_s, name + u"-password-1"_s},
                                           {u"role"_s, role}});
        if (created.status != 201)
            return nullptr;
        auto client = std::make_unique<TestHttp>(m_server->baseUrl());
        if (!client->login(name, name + u"-password-1"_s))
            return nullptr;
        return client;
    }

    void restart()
    {
        QCOMPARE(m_server->stop(), 0);
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));
    }

    // Runs SQL on the store while the server is stopped.
    void shiftDelivery(qint64 order, qint64 back)
    {
        QCOMPARE(m_server->stop(), 0);
        {
            const QStringList storage = m_server->storageArguments();
            const auto option = [&storage](const QString &name) {
                const qsizetype at = storage.indexOf(name);
                return at >= 0 ? storage.value(at + 1) : QString();
            };
            auto config = shopdesk::storage::StorageConfig::fromOptions(option(u"--data"_s),
                                                                        option(u"--database"_s));
            QVERIFY(config);
            auto db = shopdesk::storage::Database::open(config.value(), u"shift"_s);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QVERIFY(db.value()->exec(u"UPDATE order_history SET at = at - ? WHERE order_id = ? "
                                     "AND status = 'delivered'"_s,
                                     {back, order}));
        }
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
        m_sink = std::make_unique<SmtpSinkProcess>();
        QVERIFY2(m_sink->start(), qPrintable(m_sink->output()));
        m_arguments = {u"--smtp"_s,
                       u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(m_sink->port()),
                       u"--mail-from"_s,
                       u"Kaufhaus Nord <service@kaufhaus.example>"_s,
                       u"--shop-name"_s,
                       u"Kaufhaus Nord"_s,
                       u"--shop-address"_s,
                       u"Hafenstraße 1\n20457 Hamburg"_s,
                       u"--mail-retry-seconds"_s,
                       u"1"_s,
                       u"--return-window-days"_s,
                       u"14"_s};
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));
        m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        for (const QString &sku : {u"MUG-1"_s, u"CUP-1"_s, u"TEE-S"_s, u"TEE-M"_s})
            QVERIFY(m_shop->addProduct(sku, 1200, 1000));
        QVERIFY(m_shop->addProduct(u"TEE-XL"_s, 1500, 1000));
        const HttpReply customer =
            agent().post(u"/api/v1/customers"_s, {{u"name"_s, u"Jürgen Weiß"_s},
                                                  {u"email"_s, u"juergen@example.de"_s},
                                                  {u"language"_s, u"de"_s}});
        QCOMPARE(customer.status, 201);
        m_customer = customer.json()[u"id"_s].toInteger();
        m_other = m_shop->addCustomer(u"Amy Clarke"_s);
        m_qa = addUser(u"quinn"_s, u"qa"_s);
        QVERIFY(m_qa);
    }
    void cleanupTestCase()
    {
        m_qa.reset();
        m_shop.reset();
        m_server.reset();
        m_sink.reset();
    }

    void badReturnsChangeNothing_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        // ORDER, UNSHIPPED, OTHER_TICKET and TICKET stand for ids made in the test.
        const auto add = [](const char *name, const char *body, int status, const char *code) {
            QTest::newRow(name) << QString::fromUtf8(body) << status << QString::fromUtf8(code);
        };
        add("unknown field",
            R"({"order_id":ORDER,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":1}],"x":1})",
            400, "unknown_field");
        add("no order", R"({"reason":"damaged","lines":[{"sku":"MUG-1","quantity":1}]})", 400,
            "missing_field");
        add("unknown order",
            R"({"order_id":99999999,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":1}]})",
            422, "unknown_order");
        add("unknown reason",
            R"({"order_id":ORDER,"reason":"bored","lines":[{"sku":"MUG-1","quantity":1}]})", 422,
            "unknown_reason");
        add("zero quantity",
            R"({"order_id":ORDER,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":0}]})", 422,
            "invalid_quantity");
        add("negative quantity",
            R"({"order_id":ORDER,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":-1}]})", 422,
            "invalid_quantity");
        add("not on the order",
            R"({"order_id":ORDER,"reason":"damaged","lines":[{"sku":"CUP-1","quantity":1}]})", 422,
            "not_on_order");
        add("bad sku",
            R"({"order_id":ORDER,"reason":"damaged","lines":[{"sku":"no sku","quantity":1}]})", 422,
            "invalid_sku");
        add("twice",
            R"({"order_id":ORDER,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":1},{"sku":"MUG-1","quantity":1}]})",
            422, "duplicate_line");
        add("no lines", R"({"order_id":ORDER,"reason":"damaged","lines":[]})", 422, "no_lines");
        add("more than shipped",
            R"({"order_id":ORDER,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":3}]})", 422,
            "quantity_exceeds_returnable");
        add("not shipped",
            R"({"order_id":UNSHIPPED,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":1}]})",
            409, "invalid_status");
        add("unknown ticket",
            R"({"order_id":ORDER,"ticket_id":99999999,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":1}]})",
            422, "unknown_ticket");
        add("ticket of another customer",
            R"({"order_id":ORDER,"ticket_id":OTHER_TICKET,"reason":"damaged","lines":[{"sku":"MUG-1","quantity":1}]})",
            422, "ticket_mismatch");
        add("approve not a boolean",
            R"({"order_id":ORDER,"reason":"damaged","approve":"yes","lines":[{"sku":"MUG-1","quantity":1}]})",
            400, "invalid_type");
        add("text for a number",
            R"({"order_id":"ORDER","reason":"damaged","lines":[{"sku":"MUG-1","quantity":1}]})",
            400, "invalid_type");
    }

    void badReturnsChangeNothing()
    {
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const qint64 order = shippedOrder({{u"MUG-1"_s, 2}});
        QVERIFY(order > 0);
        const HttpReply unshipped = agent().post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"MUG-1"_s, 1}}));
        QCOMPARE(unshipped.status, 201);
        const HttpReply otherTicket =
            agent().post(u"/api/v1/tickets"_s, {{u"kind"_s, u"return_request"_s},
                                                {u"customer_id"_s, m_other},
                                                {u"channel"_s, u"email"_s},
                                                {u"subject"_s, u"Return"_s}});
        QCOMPARE(otherTicket.status, 201);
        body.replace(u"UNSHIPPED"_s, QString::number(unshipped.json()[u"id"_s].toInteger()));
        body.replace(u"OTHER_TICKET"_s, QString::number(otherTicket.json()[u"id"_s].toInteger()));
        body.replace(u"ORDER"_s, QString::number(order));
        const int before = returnCount();
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused = agent().send("POST", u"/api/v1/returns"_s, body.toUtf8());
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(returnCount(), before);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void neverMoreThanShippedMinusReturned()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 3}, {u"CUP-1"_s, 1}});
        QVERIFY(order > 0);
        const HttpReply first = agent().post(u"/api/v1/returns"_s,
                                             returnBody(order, {{u"MUG-1"_s, 2}, {u"CUP-1"_s, 1}}));
        QCOMPARE(first.status, 201);
        const QJsonObject ret = first.json();
        QCOMPARE(ret[u"status"_s].toString(), u"requested"_s);
        QCOMPARE(ret[u"number"_s].toString(), u"R-%1"_s.arg(ret[u"id"_s].toInteger()));
        QCOMPARE(ret[u"customer_id"_s].toInteger(), m_customer);
        QCOMPARE(ret[u"lines"_s].toArray().size(), 2);
        const HttpReply tooMany =
            agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 2}}));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.errorCode(), u"quantity_exceeds_returnable"_s);
        QCOMPARE(tooMany.json()[u"error"_s][u"details"_s][u"returnable"_s].toInteger(), 1);
        QCOMPARE(agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 1}})).status,
                 201);
        // A rejected return gives its units back to be returned.
        const HttpReply rejected =
            agent().post(u"/api/v1/returns/%1/reject"_s.arg(ret[u"id"_s].toInteger()),
                         {{u"reason"_s, u"Used, not damaged."_s}});
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.json()[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(rejected.json()[u"rejection_reason"_s].toString(), u"Used, not damaged."_s);
        QCOMPARE(agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 2}})).status,
                 201);
        const QJsonArray ofOrder =
            agent().get(u"/api/v1/orders/%1/returns"_s.arg(order)).json()[u"items"_s].toArray();
        QCOMPARE(ofOrder.size(), 3);
        QCOMPARE(agent().get(u"/api/v1/orders/99999999/returns"_s).status, 404);
        const QJsonArray rejectedOnes =
            agent()
                .get(u"/api/v1/returns?status=rejected&order_id=%1"_s.arg(order))
                .json()[u"items"_s]
                .toArray();
        QCOMPARE(rejectedOnes.size(), 1);
        QCOMPARE(agent().get(u"/api/v1/returns?status=lost"_s).status, 400);
    }

    // A ticket's returns are listed by ticket_id: those started from it, no others.
    void ticketListsItsReturns()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 2}});
        QVERIFY(order > 0);
        const HttpReply ticket =
            agent().post(u"/api/v1/tickets"_s, {{u"kind"_s, u"return_request"_s},
                                                {u"customer_id"_s, m_customer},
                                                {u"order_id"_s, order},
                                                {u"channel"_s, u"email"_s},
                                                {u"subject"_s, u"Broken mug"_s}});
        QCOMPARE(ticket.status, 201);
        const qint64 ticketId = ticket.json()[u"id"_s].toInteger();
        QJsonObject fromTicket = returnBody(order, {{u"MUG-1"_s, 1}});
        fromTicket.insert(u"ticket_id"_s, ticketId);
        const HttpReply started = agent().post(u"/api/v1/returns"_s, fromTicket);
        QCOMPARE(started.status, 201);
        QCOMPARE(agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 1}})).status,
                 201);
        const QJsonArray listed = agent()
                                      .get(u"/api/v1/returns?ticket_id=%1"_s.arg(ticketId))
                                      .json()[u"items"_s]
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0][u"id"_s].toInteger(), started.json()[u"id"_s].toInteger());
        QCOMPARE(listed[0][u"ticket_id"_s].toInteger(), ticketId);
        QCOMPARE(agent()
                     .get(u"/api/v1/returns?ticket_id=99999999"_s)
                     .json()[u"items"_s]
                     .toArray()
                     .size(),
                 0);
        const HttpReply bad = agent().get(u"/api/v1/returns?ticket_id=T-1"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), u"invalid_parameter"_s);
    }

    void approvalFollowsTheWindow()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 3}});
        QVERIFY(order > 0);
        // Within the window an agent approves; shipped and not delivered counts as within.
        const qint64 early = approvedReturn(order, {{u"MUG-1"_s, 1}});
        QVERIFY(early > 0);
        const qint64 notDelivered = shippedOrder({{u"MUG-1"_s, 1}}, false);
        QVERIFY(approvedReturn(notDelivered, {{u"MUG-1"_s, 1}}) > 0);

        const HttpReply late =
            agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 1}}));
        QCOMPARE(late.status, 201);
        const qint64 id = late.json()[u"id"_s].toInteger();
        shiftDelivery(order, 15LL * 24 * 3600 * 1000);
        // 15 days after delivery with a 14-day window: not the agent's to approve.
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused = agent().post(u"/api/v1/returns/%1/approve"_s.arg(id), {});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"approval_required"_s);
        QCOMPARE(returnOf(id)[u"status"_s].toString(), u"requested"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
        const HttpReply atOnce =
            agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 1}}, true));
        QCOMPARE(atOnce.status, 403);
        QCOMPARE(atOnce.errorCode(), u"approval_required"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
        // Quality assurance may.
        const HttpReply approved = m_qa->post(u"/api/v1/returns/%1/approve"_s.arg(id), {});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json()[u"status"_s].toString(), u"approved"_s);
        QCOMPARE(approved.json()[u"approved_by"_s].toString(), u"quinn"_s);
        QVERIFY(approved.json()[u"window_ends_at"_s].isString());
        const HttpReply again = m_qa->post(u"/api/v1/returns/%1/approve"_s.arg(id), {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"invalid_status"_s);
        // The warehouse neither starts nor approves.
        QCOMPARE(warehouse().post(u"/api/v1/returns/%1/approve"_s.arg(id), {}).status, 403);
    }

    void receivingMovesStockOnce()
    {
        const qint64 order = shippedOrder({{u"CUP-1"_s, 3}});
        QVERIFY(order > 0);
        const qint64 id = approvedReturn(order, {{u"CUP-1"_s, 3}});
        QVERIFY(id > 0);
        const qint64 onHand = m_shop->onHand(u"CUP-1"_s);
        const QString path = u"/api/v1/returns/%1/receipt"_s.arg(id);
        const QJsonObject receipt{
            {u"lines"_s, QJsonArray{QJsonObject{
                             {u"sku"_s, u"CUP-1"_s}, {u"restock"_s, 2}, {u"write_off"_s, 1}}}}};
        const HttpReply received = warehouse().post(path, receipt);
        QCOMPARE(received.status, 200);
        const QJsonObject ret = received.json();
        QCOMPARE(ret[u"status"_s].toString(), u"received"_s);
        QCOMPARE(ret[u"lines"_s][0][u"restocked"_s].toInteger(), 2);
        QCOMPARE(ret[u"lines"_s][0][u"written_off"_s].toInteger(), 1);
        QCOMPARE(ret[u"lines"_s][0][u"location"_s].toString(), u"main"_s);
        QCOMPARE(m_shop->onHand(u"CUP-1"_s), onHand + 2);
        // Three units came back, one left again as damaged.
        const QList<QJsonObject> moved = movementsOf(u"CUP-1"_s, id);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved[0][u"kind"_s].toString(), u"return"_s);
        QCOMPARE(moved[0][u"quantity"_s].toInteger(), 3);
        const QList<QJsonObject> removed = removalsOf(u"CUP-1"_s, order);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][u"quantity"_s].toInteger(), -1);
        QCOMPARE(removed[0][u"reason"_s].toString(), u"damage"_s);
        // Every shipped unit is back: the order is returned.
        QCOMPARE(agent().get(u"/api/v1/orders/%1"_s.arg(order)).json()[u"status"_s].toString(),
                 u"returned"_s);

        const qint64 seq = m_shop->lastSeq();
        const HttpReply twice = warehouse().post(path, receipt);
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), u"already_received"_s);
        QCOMPARE(m_shop->onHand(u"CUP-1"_s), onHand + 2);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void racingReceiptsMoveStockOnce()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 2}});
        const qint64 id = approvedReturn(order, {{u"MUG-1"_s, 2}});
        QVERIFY(id > 0);
        const qint64 onHand = m_shop->onHand(u"MUG-1"_s);
        QList<TestHttp::Request> requests;
        for (int i = 0; i < 6; ++i) {
            requests.append(
                {"POST",
                 u"/api/v1/returns/%1/receipt"_s.arg(id),
                 QJsonDocument(
                     QJsonObject{{u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s},
                                                                     {u"restock"_s, 2}}}}})
                     .toJson(),
                 m_shop->token(u"warehouse"_s),
                 {}});
        }
        int ok = 0;
        for (const HttpReply &reply : TestHttp::sendConcurrently(m_server->baseUrl(), requests)) {
            QVERIFY2(reply.status == 200 || reply.status == 409, reply.body.constData());
            ok += reply.status == 200 ? 1 : 0;
        }
        QCOMPARE(ok, 1);
        QCOMPARE(m_shop->onHand(u"MUG-1"_s), onHand + 2);
        QCOMPARE(movementsOf(u"MUG-1"_s, id).size(), 1);
    }

    void badReceiptsChangeNothing_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing line")
            << uR"([{"sku":"MUG-1","restock":1}])"_s << 422 << u"missing_line"_s;
        QTest::newRow("not on the return")
            << uR"([{"sku":"MUG-1","restock":1},{"sku":"CUP-1","restock":1},{"sku":"TEE-S","restock":1}])"_s
            << 422 << u"not_on_return"_s;
        QTest::newRow("more than the return")
            << uR"([{"sku":"MUG-1","restock":2,"write_off":1},{"sku":"CUP-1","restock":1}])"_s
            << 422 << u"quantity_exceeds_return"_s;
        QTest::newRow("negative") << uR"([{"sku":"MUG-1","restock":-1},{"sku":"CUP-1"}])"_s << 422
                                  << u"invalid_quantity"_s;
        QTest::newRow("nothing") << uR"([{"sku":"MUG-1"},{"sku":"CUP-1"}])"_s << 422
                                 << u"nothing_received"_s;
        QTest::newRow("unknown location")
            << uR"([{"sku":"MUG-1","restock":1,"location":"nowhere"},{"sku":"CUP-1"}])"_s << 422
            << u"unknown_location"_s;
        QTest::newRow("unknown field")
            << uR"([{"sku":"MUG-1","restock":1,"x":1},{"sku":"CUP-1"}])"_s << 400
            << u"unknown_field"_s;
    }

    void badReceiptsChangeNothing()
    {
        QFETCH(QString, lines);
        QFETCH(int, status);
        QFETCH(QString, code);
        const qint64 order = shippedOrder({{u"MUG-1"_s, 2}, {u"CUP-1"_s, 1}});
        const qint64 id = approvedReturn(order, {{u"MUG-1"_s, 2}, {u"CUP-1"_s, 1}});
        QVERIFY(id > 0);
        const qint64 mugs = m_shop->onHand(u"MUG-1"_s);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused = warehouse().send("POST", u"/api/v1/returns/%1/receipt"_s.arg(id),
                                                   u"{\"lines\":%1}"_s.arg(lines).toUtf8());
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(returnOf(id)[u"status"_s].toString(), u"approved"_s);
        QCOMPARE(m_shop->onHand(u"MUG-1"_s), mugs);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void unapprovedIsNotReceived()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 1}});
        const HttpReply requested =
            agent().post(u"/api/v1/returns"_s, returnBody(order, {{u"MUG-1"_s, 1}}));
        QCOMPARE(requested.status, 201);
        const qint64 id = requested.json()[u"id"_s].toInteger();
        const qint64 mugs = m_shop->onHand(u"MUG-1"_s);
        const HttpReply refused = warehouse().post(
            u"/api/v1/returns/%1/receipt"_s.arg(id),
            {{u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"restock"_s, 1}}}}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"invalid_status"_s);
        QCOMPARE(m_shop->onHand(u"MUG-1"_s), mugs);
        // Agents do not receive.
        QCOMPARE(agent()
                     .post(u"/api/v1/returns/%1/receipt"_s.arg(id),
                           {{u"lines"_s,
                             QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"restock"_s, 1}}}}})
                     .status,
                 403);
        QCOMPARE(
            agent().post(u"/api/v1/returns/%1/cancel"_s.arg(id), {}).json()[u"status"_s].toString(),
            u"cancelled"_s);
    }

    void exchangeReservesAllOrNothing()
    {
        QVERIFY(m_shop->addProduct(u"RARE-1"_s, 900, 1));
        const qint64 order = shippedOrder({{u"RARE-1"_s, 1}, {u"TEE-S"_s, 2}});
        QVERIFY(order > 0);
        const qint64 id = approvedReturn(order, {{u"RARE-1"_s, 1}, {u"TEE-S"_s, 2}});
        QVERIFY(id > 0);
        // No RARE-1 on hand: nothing is reserved, no order made.
        const qint64 tees = m_shop->available(u"TEE-S"_s);
        const int orders =
            agent().get(u"/api/v1/orders?limit=1000"_s).json()[u"items"_s].toArray().size();
        const QString path = u"/api/v1/returns/%1/exchange"_s.arg(id);
        const HttpReply short_ = agent().post(path, {});
        QCOMPARE(short_.status, 409);
        QCOMPARE(short_.errorCode(), u"insufficient_stock"_s);
        QCOMPARE(short_.json()[u"error"_s][u"details"_s][u"sku"_s].toString(), u"RARE-1"_s);
        QCOMPARE(m_shop->available(u"TEE-S"_s), tees);
        QCOMPARE(agent().get(u"/api/v1/orders?limit=1000"_s).json()[u"items"_s].toArray().size(),
                 orders);
        QVERIFY(returnOf(id)[u"exchange_order_id"_s].isNull());

        // A size swap at the same price is fine; a dearer size is not.
        const HttpReply dearer = agent().post(path, {{u"lines"_s, lines({{u"TEE-XL"_s, 2}})}});
        QCOMPARE(dearer.status, 422);
        QCOMPARE(dearer.errorCode(), u"exchange_not_equivalent"_s);
        const HttpReply swapped = agent().post(path, {{u"lines"_s, lines({{u"TEE-M"_s, 2}})}});
        QCOMPARE(swapped.status, 201);
        const QJsonObject replacement = swapped.json()[u"order"_s].toObject();
        QCOMPARE(replacement[u"status"_s].toString(), u"paid"_s);
        QCOMPARE(replacement[u"payment_reference"_s].toString(), u"return R-%1"_s.arg(id));
        QCOMPARE(replacement[u"exchange_for_return"_s].toInteger(), id);
        QCOMPARE(replacement[u"lines"_s][0][u"sku"_s].toString(), u"TEE-M"_s);
        QCOMPARE(swapped.json()[u"return"_s][u"exchange_order_id"_s].toInteger(),
                 replacement[u"id"_s].toInteger());
        QCOMPARE(m_shop->available(u"TEE-S"_s), tees);
        const HttpReply second = agent().post(path, {});
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), u"already_exchanged"_s);
    }

    void mailsReachTheCustomerInTheirLanguage()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 1}});
        QVERIFY(order > 0);
        const qint64 id = approvedReturn(order, {{u"MUG-1"_s, 1}});
        QVERIFY(id > 0);
        // Earlier returns' mails may still be arriving: wait for this one's instructions.
        const auto instructionsMail = [&] {
            for (const QByteArray &raw : m_sink->messages()) {
                const QJsonObject parsed = TestPython::parseMail(raw);
                if (parsed[u"headers"_s][u"x-shopdesk-return"_s].toString() == u"R-%1"_s.arg(id))
                    return parsed;
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!instructionsMail().isEmpty(), 20000);
        const QJsonObject instructions = instructionsMail();
        QCOMPARE(instructions[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(instructions[u"to_addresses"_s][0][u"address"_s].toString(),
                 u"juergen@example.de"_s);
        QCOMPARE(instructions[u"headers"_s][u"subject"_s].toString(),
                 u"Ihre Rücksendung R-%1: so senden Sie sie zurück"_s.arg(id));
        const QString text = textPart(instructions);
        QVERIFY2(text.contains(u"Hallo Jürgen Weiß,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Hafenstraße 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 × "_s), qPrintable(text));

        QCOMPARE(warehouse()
                     .post(u"/api/v1/returns/%1/receipt"_s.arg(id),
                           {{u"lines"_s,
                             QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"restock"_s, 1}}}}})
                     .status,
                 200);
        // Mails leave in no promised order: find the confirmation of receipt by its subject.
        const QString receivedSubject = u"Wir haben Ihre Rücksendung R-%1 erhalten"_s.arg(id);
        const auto receivedMail = [&] {
            for (const QByteArray &raw : m_sink->messages()) {
                const QJsonObject parsed = TestPython::parseMail(raw);
                if (parsed[u"headers"_s][u"subject"_s].toString() == receivedSubject)
                    return parsed;
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!receivedMail().isEmpty(), 20000);
        QCOMPARE(receivedMail()[u"headers"_s][u"x-shopdesk-return"_s].toString(),
                 u"R-%1"_s.arg(id));

        // Both are on the customer's timeline, with the return itself.
        const QJsonArray timeline =
            agent()
                .get(u"/api/v1/customers/%1/timeline?limit=200"_s.arg(m_customer))
                .json()[u"items"_s]
                .toArray();
        QStringList kinds;
        for (const QJsonValue &item : timeline) {
            if (item[u"order_id"_s].toInteger() == order)
                kinds.append(item[u"kind"_s].toString() + u':' + item[u"mail_kind"_s].toString());
        }
        QVERIFY2(kinds.contains(u"return:"_s), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(u"mail_sent:return_instructions"_s), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(u"mail_sent:return_received"_s), qPrintable(kinds.join(u' ')));
    }

    void changesAreRecorded()
    {
        const qint64 seq = m_shop->lastSeq();
        const qint64 order = shippedOrder({{u"MUG-1"_s, 1}});
        const qint64 id = approvedReturn(order, {{u"MUG-1"_s, 1}});
        QVERIFY(id > 0);
        bool seen = false;
        for (const QJsonValue &change :
             agent().get(u"/api/v1/changes?since=%1"_s.arg(seq)).json()[u"changes"_s].toArray()) {
            if (change[u"entity"_s].toString() == u"return"_s &&
                change[u"id"_s].toString() == QString::number(id)) {
                seen = true;
                QCOMPARE(change[u"data"_s][u"status"_s].toString(), u"approved"_s);
            }
        }
        QVERIFY(seen);
        // The shop reads no returns.
        QCOMPARE(m_shop->as(u"shop"_s).get(u"/api/v1/returns"_s).status, 403);
    }

    void erasureClearsReturnNotes()
    {
        const HttpReply customer =
            agent().post(u"/api/v1/customers"_s,
                         {{u"name"_s, u"Erika Muster"_s}, {u"email"_s, u"erika@example.de"_s}});
        QCOMPARE(customer.status, 201);
        const qint64 erika = customer.json()[u"id"_s].toInteger();
        const qint64 order = shippedOrder({{u"MUG-1"_s, 1}}, true, erika);
        QJsonObject body = returnBody(order, {{u"MUG-1"_s, 1}});
        body.insert(u"note"_s, u"Erika Muster says the handle broke."_s);
        const HttpReply made = agent().post(u"/api/v1/returns"_s, body);
        QCOMPARE(made.status, 201);
        QCOMPARE(
            m_shop->as(u"manager"_s).post(u"/api/v1/customers/%1/erase"_s.arg(erika), {}).status,
            200);
        const QJsonObject erased = returnOf(made.json()[u"id"_s].toInteger());
        QVERIFY2(!erased[u"note"_s].toString().contains(u"Erika"_s),
                 qPrintable(erased[u"note"_s].toString()));
        QVERIFY(erased[u"note"_s].toString().contains(u"handle broke"_s));
    }

    // Receipts fired, the server killed among them: each return is either received with its
    // movements, or approved without any.
    void ledgerAndReturnsAgreeAfterKill()
    {
        QVERIFY(m_shop->addProduct(u"KILL-1"_s, 500, 200));
        QList<qint64> ids;
        QHash<qint64, qint64> orders;
        for (int i = 0; i < 30; ++i) {
            const qint64 order = shippedOrder({{u"KILL-1"_s, 2}}, false);
            const qint64 id = approvedReturn(order, {{u"KILL-1"_s, 2}});
            QVERIFY(id > 0);
            ids.append(id);
            orders.insert(id, order);
        }
        const qint64 onHand = m_shop->onHand(u"KILL-1"_s);
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (qint64 id : ids) {
            QNetworkRequest request(
                m_server->baseUrl().resolved(QUrl(u"/api/v1/returns/%1/receipt"_s.arg(id))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization",
                                 "Bearer " + m_shop->token(u"warehouse"_s).toUtf8());
            request.setRawHeader("Idempotency-Key",
                                 QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
            replies.append(network.post(
                request, QByteArray(R"({"lines":[{"sku":"KILL-1","restock":1,"write_off":1}]})")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(replies.begin(), replies.end(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 20000);
        m_server->kill();
        qDeleteAll(replies);
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));

        int received = 0;
        for (qint64 id : ids) {
            const QString status = returnOf(id)[u"status"_s].toString();
            const QList<QJsonObject> moved = movementsOf(u"KILL-1"_s, id);
            const qsizetype removed = removalsOf(u"KILL-1"_s, orders.value(id)).size();
            if (status == u"received"_s) {
                ++received;
                QCOMPARE(moved.size(), 1);
                QCOMPARE(moved[0][u"quantity"_s].toInteger(), 2);
                QCOMPARE(removed, 1);
            } else {
                QCOMPARE(status, u"approved"_s);
                QCOMPARE(moved.size(), 0);
                QCOMPARE(removed, 0);
            }
        }
        QVERIFY(received > 0);
        // Each received return: 2 back, 1 written off.
        QCOMPARE(m_shop->onHand(u"KILL-1"_s), onHand + received);
    }
};

QTEST_GUILESS_MAIN(TestReturns)
#include "tst_returns.moc"
