#include "returnssuite.h"

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Returns started and approved on a real server: never for more than was shipped and not yet
// returned, listed by order and ticket, approved within the window by an agent and after it
// only by QA; every change recorded, notes erased with the customer; every bad input refused
// with nothing changed.
class TestReturnRequests : public ReturnsSuite
{
    Q_OBJECT
private slots:
    void initTestCase() { startShop(); }
    void cleanupTestCase() { stopShop(); }

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
};

QTEST_GUILESS_MAIN(TestReturnRequests)
#include "tst_returns_requests.moc"
