#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include "storage/database.h"
#include "storage/storageconfig.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

QStringList mailArguments(quint16 smtpPort)
{
    return {u"--smtp"_s,
            u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(smtpPort),
            u"--mail-from"_s,
            u"Kaufhaus Nord <service@kaufhaus.example>"_s,
            u"--shop-name"_s,
            u"Kaufhaus Nord"_s,
            u"--mail-retry-seconds"_s,
            u"1"_s};
}

QString textPart(const QJsonObject &parsed)
{
    for (const QJsonValue &part : parsed[u"parts"_s].toArray()) {
        if (part[u"content_type"_s].toString() == u"text/plain"_s)
            return part[u"content"_s].toString();
    }
    return {};
}

// A calendar open round the clock, so that business minutes are wall-clock minutes.
QJsonObject alwaysOpen(int firstResponse, double warningShare, int qaAfter, int managersAfter)
{
    QJsonObject hours;
    for (const QString &day :
         {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s}) {
        hours.insert(day, QJsonArray{QJsonArray{u"00:00"_s, u"24:00"_s}});
    }
    QJsonArray policies;
    for (const QString &priority : {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s}) {
        policies.append(QJsonObject{{u"priority"_s, priority},
                                    {u"kind"_s, QJsonValue()},
                                    {u"first_response_minutes"_s, firstResponse},
                                    {u"next_update_minutes"_s, firstResponse * 2},
                                    {u"resolution_minutes"_s, firstResponse * 10}});
    }
    return {{u"calendar"_s, QJsonObject{{u"time_zone"_s, u"Europe/Berlin"_s},
                                        {u"hours"_s, hours},
                                        {u"holidays"_s, QJsonArray()}}},
            {u"warning_share"_s, warningShare},
            {u"policies"_s, policies},
            {u"escalation"_s, QJsonObject{{u"qa_after_minutes"_s, qaAfter},
                                          {u"managers_after_minutes"_s, managersAfter}}}};
}

QStringList events(const QJsonObject &ticket)
{
    QStringList list;
    for (const QJsonValue &entry : ticket[u"history"_s].toArray())
        list.append(entry[u"event"_s].toString());
    return list;
}

} // namespace

// The tickets on a real server: opened with an acknowledgement in the customer's language,
// answered by e-mail, taken by one agent, moved through their statuses, escalated to and
// settled by quality assurance; the service-level steps fired once each, also across a
// restart; follow-ups in their agent's queue; every bad input refused with nothing changed.
class TestTickets : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    std::unique_ptr<TestHttp> m_agent2;
    qint64 m_customer = 0;
    qint64 m_other = 0;
    qint64 m_order = 0;
    QStringList m_arguments;

    TestHttp &agent() { return m_shop->as(u"agent"_s); }

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

    QJsonObject ticketBody(const QString &subject) const
    {
        return {{u"kind"_s, u"complaint"_s},
                {u"customer_id"_s, m_customer},
                {u"order_id"_s, m_order},
                {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 1}}}},
                {u"channel"_s, u"email"_s},
                {u"priority"_s, u"high"_s},
                {u"subject"_s, subject},
                {u"text"_s, u"Der Henkel ist im Karton abgebrochen."_s}};
    }

    qint64 openTicket(const QString &subject)
    {
        const HttpReply reply = agent().post(u"/api/v1/tickets"_s, ticketBody(subject));
        return reply.status == 201 ? reply.json()[u"id"_s].toInteger() : -1;
    }

    int ticketCount()
    {
        return agent().get(u"/api/v1/tickets?limit=1000"_s).json()[u"items"_s].toArray().size();
    }

    // One server for the whole suite, started by the first test (the mail test gives it
    // its relay); tests compare before and after, never absolute counts.
    void start(const QStringList &arguments = {})
    {
        if (m_shop)
            return;
        m_arguments = arguments;
        QVERIFY2(m_server->start(arguments), qPrintable(m_server->output()));
        m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"MUG-1"_s, 450, 10));
        const HttpReply customer =
            agent().post(u"/api/v1/customers"_s, {{u"name"_s, u"Jürgen Weiß"_s},
                                                  {u"email"_s, u"juergen@example.de"_s},
                                                  {u"language"_s, u"de"_s}});
        QCOMPARE(customer.status, 201);
        m_customer = customer.json()[u"id"_s].toInteger();
        m_other = m_shop->addCustomer(u"Amy Clarke"_s);
        const HttpReply order = agent().post(u"/api/v1/orders"_s,
                                             ShopFixture::orderBody(m_customer, {{u"MUG-1"_s, 2}}));
        QCOMPARE(order.status, 201);
        m_order = order.json()[u"id"_s].toInteger();
        m_qa = addUser(u"quinn"_s, u"qa"_s);
        QVERIFY(m_qa);
        m_agent2 = addUser(u"alex"_s, u"agent"_s);
        QVERIFY(m_agent2);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
    }
    void cleanupTestCase()
    {
        m_qa.reset();
        m_agent2.reset();
        m_shop.reset();
        m_server.reset();
    }

    void acknowledgementAndReplyReachTheCustomer()
    {
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        start(mailArguments(sink.port()));
        const HttpReply opened =
            agent().post(u"/api/v1/tickets"_s, ticketBody(u"Tasse kaputt angekommen"_s));
        QCOMPARE(opened.status, 201);
        const QJsonObject ticket = opened.json();
        const qint64 id = ticket[u"id"_s].toInteger();
        QCOMPARE(ticket[u"number"_s].toString(), u"T-%1"_s.arg(id));
        QCOMPARE(ticket[u"status"_s].toString(), u"new"_s);
        QCOMPARE(ticket[u"customer_name"_s].toString(), u"Jürgen Weiß"_s);
        QCOMPARE(ticket[u"lines"_s][0][u"sku"_s].toString(), u"MUG-1"_s);
        QCOMPARE(ticket[u"messages"_s][0][u"kind"_s].toString(), u"customer"_s);
        QCOMPARE(ticket[u"sla"_s][u"first_response"_s][u"state"_s].toString(), u"running"_s);
        QVERIFY(ticket[u"sla"_s][u"first_response"_s][u"due_at"_s].toString().endsWith(u'Z'));

        // The acknowledgement, in German, with the number and the promised answer time (after
        // the confirmation of the order the fixture placed).
        QVERIFY2(sink.waitForMessages(2, 20000), qPrintable(m_server->standardError()));
        const QJsonObject ack = TestPython::parseMail(sink.messages().at(1));
        QCOMPARE(ack[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(ack[u"to_addresses"_s][0][u"address"_s].toString(), u"juergen@example.de"_s);
        QCOMPARE(ack[u"headers"_s][u"subject"_s].toString(),
                 u"Wir haben Ihre Anfrage T-%1 erhalten"_s.arg(id));
        QCOMPARE(ack[u"headers"_s][u"x-shopdesk-ticket"_s].toString(), u"T-%1"_s.arg(id));
        const QString ackText = textPart(ack);
        QVERIFY2(ackText.contains(u"Hallo Jürgen Weiß,"_s), qPrintable(ackText));
        QVERIFY2(ackText.contains(u"Wir antworten Ihnen spätestens bis"_s), qPrintable(ackText));
        QVERIFY2(ackText.contains(u"Europe/Berlin"_s), qPrintable(ackText));

        // A public reply goes out by mail and is the first response; a note does not.
        QCOMPARE(agent().post(u"/api/v1/tickets/%1/take"_s.arg(id), {}).status, 200);
        const HttpReply note =
            agent().post(u"/api/v1/tickets/%1/messages"_s.arg(id),
                         {{u"kind"_s, u"internal"_s}, {u"text"_s, u"Lager prüft den Bestand."_s}});
        QCOMPARE(note.status, 201);
        QCOMPARE(note.json()[u"status"_s].toString(), u"new"_s);
        const HttpReply reply = agent().post(
            u"/api/v1/tickets/%1/messages"_s.arg(id),
            {{u"kind"_s, u"public"_s}, {u"text"_s, u"Wir senden Ihnen heute eine neue Tasse."_s}});
        QCOMPARE(reply.status, 201);
        const QJsonObject answered = reply.json();
        QCOMPARE(answered[u"status"_s].toString(), u"open"_s);
        QVERIFY(answered[u"first_response_at"_s].isString());
        QCOMPARE(answered[u"sla"_s][u"first_response"_s][u"state"_s].toString(), u"met"_s);
        QCOMPARE(answered[u"messages"_s].toArray().size(), 3);

        QVERIFY2(sink.waitForMessages(3, 20000), qPrintable(m_server->standardError()));
        const QJsonObject sent = TestPython::parseMail(sink.messages().at(2));
        QCOMPARE(sent[u"headers"_s][u"subject"_s].toString(),
                 u"Re: Tasse kaputt angekommen [T-%1]"_s.arg(id));
        QVERIFY(textPart(sent).contains(u"Wir senden Ihnen heute eine neue Tasse."_s));
        QVERIFY(!textPart(sent).contains(u"Lager prüft"_s));
        QCOMPARE(sink.messages().size(), 3);
    }

    void badTicketsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QStringList>("remove");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown customer") << QJsonObject{{u"customer_id"_s, 999999}}
                                          << QStringList() << 422 << u"unknown_customer"_s;
        QTest::addRow("unknown order")
            << QJsonObject{{u"order_id"_s, 999999}} << QStringList() << 422 << u"unknown_order"_s;
        QTest::addRow("line not on order")
            << QJsonObject{{u"lines"_s,
                            QJsonArray{QJsonObject{{u"sku"_s, u"LAMP-9"_s}, {u"quantity"_s, 1}}}}}
            << QStringList() << 422 << u"line_not_on_order"_s;
        QTest::addRow("more than ordered")
            << QJsonObject{{u"lines"_s,
                            QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 3}}}}}
            << QStringList() << 422 << u"quantity_over_ordered"_s;
        QTest::addRow("lines without order")
            << QJsonObject() << QStringList{u"order_id"_s} << 422 << u"lines_without_order"_s;
        QTest::addRow("unknown kind")
            << QJsonObject{{u"kind"_s, u"praise"_s}} << QStringList() << 422 << u"unknown_kind"_s;
        QTest::addRow("unknown channel") << QJsonObject{{u"channel"_s, u"fax"_s}} << QStringList()
                                         << 422 << u"unknown_channel"_s;
        QTest::addRow("unknown priority") << QJsonObject{{u"priority"_s, u"asap"_s}}
                                          << QStringList() << 422 << u"unknown_priority"_s;
        QTest::addRow("empty subject")
            << QJsonObject{{u"subject"_s, u""_s}} << QStringList() << 422 << u"invalid_value"_s;
        QTest::addRow("no subject")
            << QJsonObject() << QStringList{u"subject"_s} << 400 << u"missing_field"_s;
        QTest::addRow("unknown field")
            << QJsonObject{{u"mood"_s, u"angry"_s}} << QStringList() << 400 << u"unknown_field"_s;
        QTest::addRow("unknown assignee") << QJsonObject{{u"assignee"_s, u"nobody"_s}}
                                          << QStringList() << 422 << u"unknown_user"_s;
    }
    void badTicketsChangeNothing()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QStringList, remove);
        QFETCH(int, status);
        QFETCH(QString, code);
        start();
        QVERIFY(openTicket(u"First"_s) > 0);
        const int count = ticketCount();
        const qint64 seq = m_shop->lastSeq();
        QJsonObject body = ticketBody(u"Second"_s);
        for (auto it = change.begin(); it != change.end(); ++it)
            body.insert(it.key(), it.value());
        for (const QString &field : remove)
            body.remove(field);
        const HttpReply refused = agent().post(u"/api/v1/tickets"_s, body);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(ticketCount(), count);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void anOrderOfAnotherCustomerIsRefused()
    {
        start();
        const int count = ticketCount();
        QJsonObject body = ticketBody(u"Wrong order"_s);
        body.insert(u"customer_id"_s, m_other);
        const HttpReply refused = agent().post(u"/api/v1/tickets"_s, body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"order_of_other_customer"_s);
        QCOMPARE(ticketCount(), count);
    }

    void statusesFollowTheRule()
    {
        start();
        const qint64 id = openTicket(u"Rules"_s);
        const QString base = u"/api/v1/tickets/%1"_s.arg(id);
        const auto setStatus = [&](const QString &status) {
            return agent().post(base + u"/status"_s, {{u"status"_s, status}});
        };
        // Never back to new; unknown words; then a closed ticket takes nothing until reopened.
        QCOMPARE(setStatus(u"new"_s).status, 409);
        QCOMPARE(setStatus(u"new"_s).errorCode(), u"invalid_status_change"_s);
        QCOMPARE(setStatus(u"sleeping"_s).errorCode(), u"unknown_status"_s);
        QCOMPARE(setStatus(u"waiting_on_customer"_s).status, 200);
        QCOMPARE(agent()
                     .post(base + u"/messages"_s, {{u"kind"_s, u"public"_s}, {u"text"_s, u"  "_s}})
                     .errorCode(),
                 u"empty_message"_s);
        // The customer answered: the ticket waits no longer.
        const HttpReply answered = agent().post(
            base + u"/messages"_s, {{u"kind"_s, u"customer"_s}, {u"text"_s, u"Foto anbei."_s}});
        QCOMPARE(answered.status, 201);
        QCOMPARE(answered.json()[u"status"_s].toString(), u"open"_s);
        QCOMPARE(setStatus(u"closed"_s).status, 200);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply closed = agent().post(
            base + u"/messages"_s, {{u"kind"_s, u"public"_s}, {u"text"_s, u"Noch etwas."_s}});
        QCOMPARE(closed.status, 409);
        QCOMPARE(closed.errorCode(), u"ticket_closed"_s);
        QCOMPARE(setStatus(u"waiting_on_customer"_s).status, 409);
        QCOMPARE(m_shop->lastSeq(), seq);
        const HttpReply reopened = setStatus(u"open"_s);
        QCOMPARE(reopened.status, 200);
        QCOMPARE(reopened.json()[u"status"_s].toString(), u"open"_s);
        QCOMPARE(events(reopened.json()),
                 (QStringList{u"created"_s, u"status"_s, u"customer_message"_s, u"status"_s,
                              u"status"_s, u"status"_s}));
        QCOMPARE(
            agent().post(u"/api/v1/tickets/999999/status"_s, {{u"status"_s, u"open"_s}}).status,
            404);
    }

    void oneOfTwoAgentsTakesATicket()
    {
        start();
        const qint64 id = openTicket(u"Race"_s);
        const QString path = u"/api/v1/tickets/%1/take"_s.arg(id);
        const QList<HttpReply> replies = TestHttp::sendConcurrently(
            m_server->baseUrl(), {{"POST", path, "{}", agent().token(), {}},
                                  {"POST", path, "{}", m_agent2->token(), {}}});
        QList<int> statuses{replies[0].status, replies[1].status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 409}));
        const HttpReply &lost = replies[0].status == 409 ? replies[0] : replies[1];
        QCOMPARE(lost.errorCode(), u"already_taken"_s);
        const QString winner = replies[0].status == 200 ? u"agent"_s : u"alex"_s;
        QCOMPARE(lost.json()[u"error"_s][u"details"_s][u"assignee"_s].toString(), winner);
        QCOMPARE(agent().get(u"/api/v1/tickets/%1"_s.arg(id)).json()[u"assignee"_s].toString(),
                 winner);
        // The queue of each: mine holds it for the winner only.
        TestHttp &mine = winner == u"agent"_s ? agent() : *m_agent2;
        TestHttp &theirs = winner == u"agent"_s ? *m_agent2 : agent();
        const auto holds = [id](TestHttp &client, const QString &queue) {
            const QJsonArray items = client.get(u"/api/v1/tickets?limit=1000&queue="_s + queue)
                                         .json()[u"items"_s]
                                         .toArray();
            return std::any_of(items.begin(), items.end(), [id](const QJsonValue &item) {
                return item[u"id"_s].toInteger() == id;
            });
        };
        QVERIFY(holds(mine, u"mine"_s));
        QVERIFY(!holds(theirs, u"mine"_s));
        QVERIFY(!holds(agent(), u"unassigned"_s));
        QVERIFY(holds(agent(), u"open"_s));
    }

    void qualityAssuranceSettlesEscalations()
    {
        start();
        const qint64 id = openTicket(u"Broken again"_s);
        const QString base = u"/api/v1/tickets/%1"_s.arg(id);
        // Not escalated: nothing for QA to settle; agents may not settle at all.
        QCOMPARE(m_qa->post(base + u"/qa"_s, {{u"cause"_s, u"packing"_s},
                                              {u"action"_s, u"More padding."_s},
                                              {u"outcome"_s, u"resolve"_s}})
                     .errorCode(),
                 u"not_escalated"_s);
        QCOMPARE(agent()
                     .post(base + u"/qa"_s, {{u"cause"_s, u"packing"_s},
                                             {u"action"_s, u"x"_s},
                                             {u"outcome"_s, u"resolve"_s}})
                     .status,
                 403);
        const HttpReply escalated =
            agent().post(base + u"/escalate"_s, {{u"reason"_s, u"Third broken mug."_s}});
        QCOMPARE(escalated.status, 200);
        QCOMPARE(escalated.json()[u"status"_s].toString(), u"escalated"_s);
        QVERIFY(escalated.json()[u"in_qa_queue"_s].toBool());
        const QJsonArray queue =
            m_qa->get(u"/api/v1/tickets?queue=qa"_s).json()[u"items"_s].toArray();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0][u"id"_s].toInteger(), id);
        QCOMPARE(queue[0][u"status"_s].toString(), u"escalated"_s);
        QCOMPARE(m_qa->post(base + u"/take"_s, {}).status, 200);
        // Bad findings change nothing.
        QCOMPARE(m_qa->post(base + u"/qa"_s, {{u"cause"_s, u"gremlins"_s},
                                              {u"action"_s, u"x"_s},
                                              {u"outcome"_s, u"resolve"_s}})
                     .errorCode(),
                 u"unknown_cause"_s);
        QCOMPARE(m_qa->post(base + u"/qa"_s, {{u"cause"_s, u"packing"_s},
                                              {u"action"_s, u""_s},
                                              {u"outcome"_s, u"resolve"_s}})
                     .errorCode(),
                 u"empty_message"_s);
        const HttpReply settled =
            m_qa->post(base + u"/qa"_s, {{u"cause"_s, u"packing"_s},
                                         {u"action"_s, u"Mugs now ship in double boxes."_s},
                                         {u"outcome"_s, u"resolve"_s}});
        QCOMPARE(settled.status, 200);
        const QJsonObject ticket = settled.json();
        QCOMPARE(ticket[u"status"_s].toString(), u"resolved"_s);
        QVERIFY(!ticket[u"in_qa_queue"_s].toBool());
        QCOMPARE(ticket[u"qa"_s][u"cause"_s].toString(), u"packing"_s);
        QCOMPARE(ticket[u"qa"_s][u"by"_s].toString(), u"quinn"_s);
        QVERIFY(ticket[u"resolved_at"_s].isString());
        QCOMPARE(m_qa->get(u"/api/v1/tickets?queue=qa"_s).json()[u"items"_s].toArray().size(), 0);
    }

    void theShopReadsOnlyWhatItOpened()
    {
        start();
        const qint64 staff = openTicket(u"Staff ticket"_s);
        QJsonObject body = ticketBody(u"From the contact form"_s);
        body.insert(u"channel"_s, u"web"_s);
        const HttpReply opened = m_shop->as(u"shop"_s).post(u"/api/v1/tickets"_s, body);
        QCOMPARE(opened.status, 201);
        const qint64 own = opened.json()[u"id"_s].toInteger();
        const QJsonArray listed =
            m_shop->as(u"shop"_s).get(u"/api/v1/tickets"_s).json()[u"items"_s].toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0][u"id"_s].toInteger(), own);
        QCOMPARE(m_shop->as(u"shop"_s).get(u"/api/v1/tickets/%1"_s.arg(own)).status, 200);
        QCOMPARE(m_shop->as(u"shop"_s).get(u"/api/v1/tickets/%1"_s.arg(staff)).status, 404);
        // It may not work tickets, and the warehouse may not read them.
        QCOMPARE(m_shop->as(u"shop"_s).post(u"/api/v1/tickets/%1/take"_s.arg(own), {}).status, 403);
        QCOMPARE(m_shop->as(u"warehouse"_s).get(u"/api/v1/tickets"_s).status, 403);
        // Agents see every ticket, newest first.
        const QJsonArray all = agent().get(u"/api/v1/tickets"_s).json()[u"items"_s].toArray();
        QCOMPARE(all[0][u"id"_s].toInteger(), own);
        QCOMPARE(all[1][u"id"_s].toInteger(), staff);
    }

    void serviceLevelsAreCheckedAndFollowed()
    {
        start();
        const QJsonObject standard = agent().get(u"/api/v1/service-levels"_s).json();
        QCOMPARE(standard[u"calendar"_s][u"time_zone"_s].toString(), u"Europe/Berlin"_s);
        QJsonObject overlapping = alwaysOpen(30, 0.5, 15, 30);
        QJsonObject calendar = overlapping[u"calendar"_s].toObject();
        QJsonObject hours = calendar[u"hours"_s].toObject();
        hours.insert(u"mon"_s, QJsonArray{QJsonArray{u"09:00"_s, u"13:00"_s},
                                          QJsonArray{u"12:00"_s, u"17:00"_s}});
        calendar.insert(u"hours"_s, hours);
        overlapping.insert(u"calendar"_s, calendar);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused =
            m_shop->as(u"manager"_s)
                .send("PUT", u"/api/v1/service-levels"_s, QJsonDocument(overlapping).toJson());
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"invalid_calendar"_s);
        QCOMPARE(agent().get(u"/api/v1/service-levels"_s).json(), standard);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(agent()
                     .send("PUT", u"/api/v1/service-levels"_s,
                           QJsonDocument(alwaysOpen(30, 0.5, 15, 30)).toJson())
                     .status,
                 403);
        const HttpReply stored = m_shop->as(u"manager"_s)
                                     .send("PUT", u"/api/v1/service-levels"_s,
                                           QJsonDocument(alwaysOpen(30, 0.5, 15, 30)).toJson());
        QCOMPARE(stored.status, 200);
        const QJsonObject ticket =
            agent().get(u"/api/v1/tickets/%1"_s.arg(openTicket(u"Timed"_s))).json();
        const QJsonObject first = ticket[u"sla"_s][u"first_response"_s].toObject();
        QCOMPARE(first[u"target_minutes"_s].toInt(), 30);
        // Round the clock, the due time is the creation time plus 30 minutes.
        const QDateTime created =
            QDateTime::fromString(ticket[u"created_at"_s].toString(), Qt::ISODate);
        const QDateTime due = QDateTime::fromString(first[u"due_at"_s].toString(), Qt::ISODate);
        QVERIFY2(qAbs(created.secsTo(due) - 30 * 60) < 60,
                 qPrintable(first[u"due_at"_s].toString()));
    }

    void escalationStepsFireOnceAcrossRestarts()
    {
        start();
        // Round the clock: first response in 30 minutes, the warning at half of it, QA 15
        // minutes after the breach, the managers 30 minutes after it.
        QCOMPARE(m_shop->as(u"manager"_s)
                     .send("PUT", u"/api/v1/service-levels"_s,
                           QJsonDocument(alwaysOpen(30, 0.5, 15, 30)).toJson())
                     .status,
                 200);
        const qint64 id = openTicket(u"Nobody answers"_s);
        QVERIFY(id > 0);
        QCOMPARE(agent().get(u"/api/v1/tickets/%1"_s.arg(id)).json()[u"escalation_level"_s].toInt(),
                 0);
        QCOMPARE(m_server->stop(), 0);

        // Two hours pass while the server is down: its whole history moves back.
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
            const qint64 back = 2 * 3600 * 1000;
            QVERIFY(db.value()->exec(u"UPDATE tickets SET created_at = created_at - ?, "
                                     "updated_at = updated_at - ? WHERE id = ?"_s,
                                     {back, back, id}));
            QVERIFY(db.value()->exec(u"UPDATE ticket_history SET at = at - ? WHERE ticket_id = ?"_s,
                                     {back, id}));
            QVERIFY(db.value()->exec(
                u"UPDATE ticket_messages SET at = at - ? WHERE ticket_id = ?"_s, {back, id}));
            QVERIFY(db.value()->exec(
                u"UPDATE ticket_timers SET due_at = due_at - ? WHERE ticket_id = ?"_s, {back, id}));
        }
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));

        // Every step was due while it was down: each fires once, in order, at the start.
        const QString path = u"/api/v1/tickets/%1"_s.arg(id);
        QTRY_COMPARE_WITH_TIMEOUT(agent().get(path).json()[u"escalation_level"_s].toInt(), 3,
                                  15000);
        const QJsonObject escalated = agent().get(path).json();
        QCOMPARE(escalated[u"status"_s].toString(), u"escalated"_s);
        QVERIFY(escalated[u"in_qa_queue"_s].toBool());
        QCOMPARE(escalated[u"sla"_s][u"first_response"_s][u"breached"_s].toBool(), true);
        const QStringList steps = {u"sla_warning"_s, u"sla_breach"_s, u"sla_escalate_qa"_s,
                                   u"sla_escalate_managers"_s};
        QStringList fired;
        for (const QString &event : events(escalated)) {
            if (event.startsWith(u"sla_"_s))
                fired.append(event);
        }
        QCOMPARE(fired, steps);
        const QJsonArray queue =
            m_qa->get(u"/api/v1/tickets?queue=qa"_s).json()[u"items"_s].toArray();
        QVERIFY(std::any_of(queue.begin(), queue.end(), [id](const QJsonValue &item) {
            return item[u"id"_s].toInteger() == id;
        }));

        // Another restart fires nothing again; a new change computes the clocks anew.
        QCOMPARE(m_server->stop(), 0);
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));
        const HttpReply noted = agent().post(
            path + u"/messages"_s, {{u"kind"_s, u"internal"_s}, {u"text"_s, u"Sorry."_s}});
        QCOMPARE(noted.status, 201);
        QStringList after;
        for (const QString &event : events(noted.json())) {
            if (event.startsWith(u"sla_"_s))
                after.append(event);
        }
        QCOMPARE(after, steps);
        // The steps reached the change log as updates of the ticket by the server.
        const QJsonArray changes =
            agent().get(u"/api/v1/changes?since=0&limit=5000"_s).json()[u"changes"_s].toArray();
        const auto bySystem =
            std::count_if(changes.begin(), changes.end(), [id](const QJsonValue &change) {
                return change[u"entity"_s].toString() == u"ticket"_s &&
                       change[u"id"_s].toString() == QString::number(id) &&
                       change[u"user"_s].toString() == u"system"_s;
            });
        QVERIFY2(bySystem >= 1, qPrintable(QString::number(bySystem)));
    }

    void followUpsReachTheirAgentsQueue()
    {
        start();
        const qint64 ticket = openTicket(u"Call back"_s);
        const QString past = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        const QString later = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        const HttpReply due =
            agent().post(u"/api/v1/follow-ups"_s, {{u"customer_id"_s, m_customer},
                                                   {u"ticket_id"_s, ticket},
                                                   {u"due_at"_s, past},
                                                   {u"note"_s, u"Fragen, ob die Tasse ankam."_s}});
        QCOMPARE(due.status, 201);
        QCOMPARE(due.json()[u"assignee"_s].toString(), u"agent"_s);
        QCOMPARE(agent()
                     .post(u"/api/v1/follow-ups"_s, {{u"customer_id"_s, m_customer},
                                                     {u"due_at"_s, later},
                                                     {u"assignee"_s, u"alex"_s},
                                                     {u"note"_s, u"Zahlung prüfen."_s}})
                     .status,
                 201);
        const QJsonArray queue = agent()
                                     .get(u"/api/v1/follow-ups?assignee=agent&state=due"_s)
                                     .json()[u"items"_s]
                                     .toArray();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0][u"ticket_id"_s].toInteger(), ticket);
        QCOMPARE(m_agent2->get(u"/api/v1/follow-ups?assignee=alex&state=due"_s)
                     .json()[u"items"_s]
                     .toArray()
                     .size(),
                 0);
        // Bad ones change nothing.
        const qint64 seq = m_shop->lastSeq();
        QCOMPARE(agent()
                     .post(u"/api/v1/follow-ups"_s,
                           {{u"customer_id"_s, 999999}, {u"due_at"_s, later}, {u"note"_s, u"x"_s}})
                     .errorCode(),
                 u"unknown_customer"_s);
        QCOMPARE(agent()
                     .post(u"/api/v1/follow-ups"_s, {{u"customer_id"_s, m_other},
                                                     {u"ticket_id"_s, ticket},
                                                     {u"due_at"_s, later},
                                                     {u"note"_s, u"x"_s}})
                     .errorCode(),
                 u"other_customer"_s);
        QCOMPARE(agent()
                     .post(u"/api/v1/follow-ups"_s, {{u"customer_id"_s, m_customer},
                                                     {u"due_at"_s, u"tomorrow"_s},
                                                     {u"note"_s, u"x"_s}})
                     .errorCode(),
                 u"invalid_time"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
        const QString done = u"/api/v1/follow-ups/%1/done"_s.arg(due.json()[u"id"_s].toInteger());
        const HttpReply completed =
            agent().post(done, {{u"outcome"_s, u"Angekommen, Kundin zufrieden."_s}});
        QCOMPARE(completed.status, 200);
        QCOMPARE(completed.json()[u"done_by"_s].toString(), u"agent"_s);
        QCOMPARE(agent().post(done, {{u"outcome"_s, u"again"_s}}).errorCode(), u"already_done"_s);
        QCOMPARE(agent()
                     .get(u"/api/v1/follow-ups?assignee=agent&state=due"_s)
                     .json()[u"items"_s]
                     .toArray()
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
