#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include "storage/database.h"
#include "storage/inbox/inboxstore.h"
#include "storage/shopstore.h"
#include "storage/storageconfig.h"

#include <QJsonArray>
#include <QUuid>
#include <QWebSocket>
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

// The records of one entity a live feed pushed.
QList<QJsonObject> recordsOf(const QList<QJsonObject> &frames, const QString &entity)
{
    QList<QJsonObject> records;
    for (const QJsonObject &frame : frames) {
        if (frame[u"entity"_s].toString() == entity)
            records.append(frame);
    }
    return records;
}

} // namespace

// The inbox on a real server: a chat driven as the shop's website drives it (post, read the
// answer by GET and on the live feed), an e-mail conversation answered through a real SMTP
// sink with its threading headers, two agents answering at once, the ticket and order made
// from a conversation, and every bad input refused with nothing changed.
class TestServerInbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SmtpSinkProcess> m_sink;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_alex;   // a second agent
    std::unique_ptr<TestHttp> m_outlet; // a second website
    qint64 m_chat = 0;
    qint64 m_mail = 0;
    qint64 m_outletChat = 0;

    TestHttp &agent() { return m_shop->as(u"agent"_s); }
    TestHttp &website() { return m_shop->as(u"shop"_s); }

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

    QUrl liveUrl(const QString &token) const
    {
        QUrl url = m_server->baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/api/v1/live"_s);
        url.setQuery(u"token="_s + token);
        return url;
    }

    static QJsonObject chatBody(const QString &key, const QString &text)
    {
        return {{u"conversation_id"_s, key},
                {u"name"_s, u"Dana Ost"_s},
                {u"email"_s, u"dana@example.org"_s},
                {u"text"_s, text}};
    }

    // An e-mail put in the way the mailbox intake does: through the store, in one write.
    void deliver(const shopdesk::storage::InboxArrival &arrival)
    {
        const QStringList storage = m_server->storageArguments();
        const auto option = [&storage](const QString &name) {
            const qsizetype at = storage.indexOf(name);
            return at >= 0 ? storage.value(at + 1) : QString();
        };
        auto config = shopdesk::storage::StorageConfig::fromOptions(option(u"--data"_s),
                                                                    option(u"--database"_s));
        QVERIFY(config);
        auto db = shopdesk::storage::Database::open(config.value(), u"intake"_s);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        shopdesk::storage::ShopStore store(*db.value(), u"EUR"_s);
        QVERIFY(store.batch().begin());
        auto received =
            shopdesk::storage::InboxStore(store).receive({0, u"mailbox"_s, u"admin"_s}, arrival);
        if (!received)
            store.batch().rollback();
        QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
        QVERIFY(store.batch().end());
        m_mail = received->value(u"conversation"_s)[u"id"_s].toInteger();
    }

    QJsonObject conversation(qint64 id) { return agent().get(path(id)).json(); }
    static QString path(qint64 id, const QString &tail = {})
    {
        return u"/api/v1/inbox/conversations/%1"_s.arg(id) + tail;
    }
    static qint64 newest(const QJsonObject &conversation)
    {
        return conversation[u"last_message"_s][u"id"_s].toInteger();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
        m_sink = std::make_unique<SmtpSinkProcess>();
        QVERIFY2(m_sink->start(), qPrintable(m_sink->output()));
        QVERIFY2(m_server->start(mailArguments(m_sink->port())), qPrintable(m_server->output()));
        m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"MUG-1"_s, 450, 10));
        m_alex = addUser(u"alex"_s, u"agent"_s);
        m_outlet = addUser(u"outlet"_s, u"shop"_s);
        QVERIFY(m_alex && m_outlet);
    }
    void cleanupTestCase()
    {
        m_alex.reset();
        m_outlet.reset();
        m_shop.reset();
        m_server.reset();
        m_sink.reset();
    }

    void aWebsiteChatsWithAnAgent()
    {
        QWebSocket websiteFeed;
        QWebSocket agentFeed;
        QList<QJsonObject> websiteFrames;
        QList<QJsonObject> agentFrames;
        connect(&websiteFeed, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            websiteFrames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&agentFeed, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            agentFrames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        websiteFeed.open(liveUrl(m_shop->token(u"shop"_s)));
        agentFeed.open(liveUrl(m_shop->token(u"agent"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(websiteFeed.state(), QAbstractSocket::ConnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(agentFeed.state(), QAbstractSocket::ConnectedState, 5000);

        // The website posts; a retry with the same key is the same message.
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body = chatBody(u"web-42"_s, u"Haben Sie die Tasse MUG-1 in Blau?"_s);
        const HttpReply posted = website().post(u"/api/v1/inbox/messages"_s, body, key);
        QCOMPARE(posted.status, 201);
        QCOMPARE(website().post(u"/api/v1/inbox/messages"_s, body, key).body, posted.body);
        m_chat = posted.json()[u"conversation"_s][u"id"_s].toInteger();
        const qint64 question = posted.json()[u"message"_s][u"id"_s].toInteger();
        QCOMPARE(posted.json()[u"conversation"_s][u"channel"_s].toString(), u"chat"_s);
        QCOMPARE(posted.json()[u"message"_s][u"direction"_s].toString(), u"in"_s);

        // Every agent's inbox has it within a second, waiting for an answer.
        QTRY_VERIFY_WITH_TIMEOUT(!recordsOf(agentFrames, u"conversation"_s).isEmpty(), 1000);
        const QJsonObject live = recordsOf(agentFrames, u"conversation"_s).last();
        QCOMPARE(live[u"id"_s].toString(), QString::number(m_chat));
        QCOMPARE(live[u"op"_s].toString(), u"create"_s);
        QCOMPARE(live[u"data"_s][u"last_message"_s][u"text"_s].toString(),
                 u"Haben Sie die Tasse MUG-1 in Blau?"_s);
        const QJsonArray waiting =
            agent().get(u"/api/v1/inbox/conversations?sort=waiting"_s).json()[u"items"_s].toArray();
        QVERIFY(std::any_of(waiting.begin(), waiting.end(), [this](const QJsonValue &item) {
            return item[u"id"_s].toInteger() == m_chat && !item[u"waiting_since"_s].isNull();
        }));
        QCOMPARE(conversation(m_chat)[u"messages"_s].toArray().size(), 1);

        // Alex starts typing: the others see it live.
        QCOMPARE(m_alex->post(path(m_chat, u"/typing"_s), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(recordsOf(agentFrames, u"conversation"_s)
                                         .last()[u"data"_s][u"replying"_s][u"user"_s]
                                         .toString() == u"alex"_s,
                                 2000);

        // Alex answers; the website reads the answer by GET and on its feed.
        const HttpReply answered =
            m_alex->post(path(m_chat, u"/reply"_s), {{u"text"_s, u"Ja, zwölf Stück sind da."_s},
                                                     {u"seen_message_id"_s, question}});
        QCOMPARE(answered.status, 201);
        QVERIFY(answered.json()[u"conversation"_s][u"waiting_since"_s].isNull());
        QVERIFY(answered.json()[u"conversation"_s][u"replying"_s].isNull());
        const HttpReply read = website().get(path(m_chat));
        QCOMPARE(read.status, 200);
        const QJsonArray messages = read.json()[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[1][u"direction"_s].toString(), u"out"_s);
        QCOMPARE(messages[1][u"text"_s].toString(), u"Ja, zwölf Stück sind da."_s);
        QTRY_VERIFY_WITH_TIMEOUT(recordsOf(websiteFrames, u"conversation"_s)
                                         .last()[u"data"_s][u"last_message"_s][u"direction"_s]
                                         .toString() == u"out"_s,
                                 2000);

        // Another website's chat reaches the agents, never this website.
        const HttpReply elsewhere =
            m_outlet->post(u"/api/v1/inbox/messages"_s, chatBody(u"web-42"_s, u"Hallo"_s));
        QCOMPARE(elsewhere.status, 201);
        m_outletChat = elsewhere.json()[u"conversation"_s][u"id"_s].toInteger();
        QVERIFY(m_outletChat != m_chat);
        QTRY_VERIFY_WITH_TIMEOUT(
            recordsOf(agentFrames, u"conversation"_s).last()[u"id"_s].toString() ==
                QString::number(m_outletChat),
            2000);
        for (const QJsonObject &frame : recordsOf(websiteFrames, u"conversation"_s))
            QCOMPARE(frame[u"id"_s].toString(), QString::number(m_chat));
        const HttpReply pulled = website().get(u"/api/v1/changes?since=0&limit=5000"_s);
        for (const QJsonValue &change : pulled.json()[u"changes"_s].toArray()) {
            if (change[u"entity"_s].toString() == u"conversation"_s)
                QCOMPARE(change[u"id"_s].toString(), QString::number(m_chat));
        }
        const QJsonArray own =
            website().get(u"/api/v1/inbox/conversations"_s).json()[u"items"_s].toArray();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own[0][u"id"_s].toInteger(), m_chat);
    }

    void anEmailIsAnsweredWithItsThreadingHeaders()
    {
        shopdesk::storage::InboxArrival arrival;
        arrival.channel = u"email"_s;
        arrival.messageId = u"first@mail.example.org"_s;
        arrival.references = {u"older@mail.example.org"_s};
        arrival.fromName = u"Jürgen Weiß"_s;
        arrival.fromEmail = u"juergen@example.de"_s;
        arrival.subject = u"Bestellung zwei Tassen"_s;
        arrival.text = u"Bitte zwei MUG-1 an meine Adresse."_s;
        arrival.rawSize = 2048;
        deliver(arrival);
        QVERIFY(m_mail > 0);
        const QJsonObject before = conversation(m_mail);
        QCOMPARE(before[u"channel"_s].toString(), u"email"_s);
        QVERIFY(!before[u"waiting_since"_s].isNull());

        const int sent = int(m_sink->messages().size());
        const HttpReply answered = agent().post(
            path(m_mail, u"/reply"_s), {{u"text"_s, u"Gern, die Tassen gehen heute raus."_s},
                                        {u"seen_message_id"_s, newest(before)}});
        QCOMPARE(answered.status, 201);
        const QString ours = answered.json()[u"message"_s][u"message_id"_s].toString();
        QVERIFY(!ours.isEmpty());
        QVERIFY(answered.json()[u"message"_s][u"mail_outbox_id"_s].toInteger() > 0);
        QVERIFY2(m_sink->waitForMessages(sent + 1, 20000), qPrintable(m_server->standardError()));
        const QJsonObject mail = TestPython::parseMail(m_sink->messages().at(sent));
        QCOMPARE(mail[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(mail[u"to_addresses"_s][0][u"address"_s].toString(), u"juergen@example.de"_s);
        const QJsonObject headers = mail[u"headers"_s].toObject();
        QCOMPARE(headers[u"subject"_s].toString(), u"Re: Bestellung zwei Tassen"_s);
        QCOMPARE(headers[u"in-reply-to"_s].toString(), u"<first@mail.example.org>"_s);
        QCOMPARE(headers[u"references"_s].toString().simplified(),
                 u"<older@mail.example.org> <first@mail.example.org>"_s);
        QCOMPARE(headers[u"message-id"_s].toString(), u'<' + ours + u'>');
        QVERIFY(textPart(mail).contains(u"Gern, die Tassen gehen heute raus."_s));

        // The customer's answer to ours threads back to the conversation.
        shopdesk::storage::InboxArrival answer = arrival;
        answer.messageId = u"second@mail.example.org"_s;
        answer.inReplyTo = ours;
        answer.references = {u"first@mail.example.org"_s, ours};
        answer.subject = u"Re: Bestellung zwei Tassen"_s;
        answer.text = u"Danke!"_s;
        const qint64 first = m_mail;
        deliver(answer);
        QCOMPARE(m_mail, first);
        const QJsonObject after = conversation(m_mail);
        QCOMPARE(after[u"messages"_s].toArray().size(), 3);
        QVERIFY(!after[u"waiting_since"_s].isNull());

        // The next answer names the whole chain.
        QCOMPARE(agent()
                     .post(path(m_mail, u"/reply"_s), {{u"text"_s, u"Gern geschehen."_s},
                                                       {u"seen_message_id"_s, newest(after)}})
                     .status,
                 201);
        QVERIFY(m_sink->waitForMessages(sent + 2, 20000));
        const QJsonObject second = TestPython::parseMail(m_sink->messages().at(sent + 1));
        QCOMPARE(second[u"headers"_s][u"in-reply-to"_s].toString(), u"<second@mail.example.org>"_s);
        QCOMPARE(second[u"headers"_s][u"references"_s].toString().simplified(),
                 u"<first@mail.example.org> <%1> <second@mail.example.org>"_s.arg(ours));
    }

    void twoAgentsAnsweringAreToldOfEachOther()
    {
        QVERIFY(m_chat > 0);
        const HttpReply posted =
            website().post(u"/api/v1/inbox/messages"_s, chatBody(u"web-42"_s, u"Und in Grün?"_s));
        QCOMPARE(posted.status, 201);
        const qint64 seen = posted.json()[u"message"_s][u"id"_s].toInteger();
        QCOMPARE(agent()
                     .post(path(m_chat, u"/reply"_s),
                           {{u"text"_s, u"Grün auch."_s}, {u"seen_message_id"_s, seen}})
                     .status,
                 201);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply late =
            m_alex->post(path(m_chat, u"/reply"_s),
                         {{u"text"_s, u"Ja, Grün gibt es."_s}, {u"seen_message_id"_s, seen}});
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), u"answered_meanwhile"_s);
        const QJsonObject details = late.json()[u"error"_s][u"details"_s].toObject();
        QCOMPARE(details[u"by"_s].toString(), u"agent"_s);
        QVERIFY(details[u"at"_s].toString().endsWith(u'Z'));
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(conversation(m_chat)[u"last_message"_s][u"text"_s].toString(), u"Grün auch."_s);
    }

    void aConversationBecomesATicketAndAnOrder()
    {
        QVERIFY(m_chat > 0);
        // Dana is nobody's customer yet: a ticket needs one.
        QVERIFY(conversation(m_chat)[u"customer_id"_s].isNull());
        const HttpReply early = agent().post(path(m_chat, u"/ticket"_s), {});
        QCOMPARE(early.status, 422);
        QCOMPARE(early.errorCode(), u"customer_required"_s);
        const HttpReply made = agent().post(path(m_chat, u"/customer"_s), {});
        QCOMPARE(made.status, 201);
        const qint64 customer = made.json()[u"customer_id"_s].toInteger();
        QVERIFY(customer > 0);
        QCOMPARE(agent().get(u"/api/v1/customers/%1"_s.arg(customer)).json()[u"email"_s].toString(),
                 u"dana@example.org"_s);
        QCOMPARE(agent().post(path(m_chat, u"/customer"_s), {}).errorCode(),
                 u"conversation_has_customer"_s);

        const HttpReply ticket =
            agent().post(path(m_chat, u"/ticket"_s), {{u"kind"_s, u"question"_s}});
        QCOMPARE(ticket.status, 201);
        const qint64 ticketId = ticket.json()[u"ticket"_s][u"id"_s].toInteger();
        QCOMPARE(ticket.json()[u"conversation"_s][u"ticket_id"_s].toInteger(), ticketId);
        const QJsonObject opened = agent().get(u"/api/v1/tickets/%1"_s.arg(ticketId)).json();
        QCOMPARE(opened[u"customer_id"_s].toInteger(), customer);
        QCOMPARE(opened[u"channel"_s].toString(), u"chat"_s);
        QCOMPARE(opened[u"messages"_s][0][u"text"_s].toString(), u"Und in Grün?"_s);
        const HttpReply again = agent().post(path(m_chat, u"/ticket"_s), {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"ticket_exists"_s);

        const HttpReply order =
            agent().post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"MUG-1"_s, 2}}));
        QCOMPARE(order.status, 201);
        const qint64 orderId = order.json()[u"id"_s].toInteger();
        const HttpReply linked =
            agent().post(path(m_chat, u"/orders"_s), {{u"order_id"_s, orderId}});
        QCOMPARE(linked.status, 200);
        QCOMPARE(linked.json()[u"order_ids"_s].toArray(), QJsonArray{orderId});
        QCOMPARE(conversation(m_chat)[u"order_ids"_s].toArray(), QJsonArray{orderId});

        // The conversation is on the customer's timeline.
        const QJsonArray timeline = agent()
                                        .get(u"/api/v1/customers/%1/timeline"_s.arg(customer))
                                        .json()[u"items"_s]
                                        .toArray();
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [](const QJsonValue &item) {
            return item[u"kind"_s].toString() == u"inbox_message"_s;
        }));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString messages = u"/api/v1/inbox/messages"_s;
        const QString chat = u"/api/v1/inbox/conversations/{chat}"_s;
        const QJsonObject noContact{
            {u"conversation_id"_s, u"web-9"_s}, {u"name"_s, u"Anon"_s}, {u"text"_s, u"Hallo"_s}};
        auto with = [](QJsonObject body, const QString &key, const QJsonValue &value) {
            body.insert(key, value);
            return body;
        };
        const QJsonObject good = chatBody(u"web-9"_s, u"Hallo"_s);
        QTest::addRow("no contact") << u"shop"_s << QByteArray("POST") << messages << noContact
                                    << 422 << u"contact_required"_s;
        QTest::addRow("text over the limit")
            << u"shop"_s << QByteArray("POST") << messages
            << with(good, u"text"_s, QString(10001, u'x')) << 422 << u"value_too_long"_s;
        QTest::addRow("empty text") << u"shop"_s << QByteArray("POST") << messages
                                    << with(good, u"text"_s, u"  "_s) << 422 << u"empty_message"_s;
        QTest::addRow("unknown field")
            << u"shop"_s << QByteArray("POST") << messages << with(good, u"page"_s, u"/cart"_s)
            << 400 << u"unknown_field"_s;
        QTest::addRow("unknown channel")
            << u"shop"_s << QByteArray("POST") << messages << with(good, u"channel"_s, u"sms"_s)
            << 422 << u"unknown_channel"_s;
        QTest::addRow("not an e-mail address")
            << u"shop"_s << QByteArray("POST") << messages
            << with(good, u"email"_s, u"dana-at-example"_s) << 422 << u"invalid_email"_s;
        QTest::addRow("missing conversation id") << u"shop"_s << QByteArray("POST") << messages
                                                 << QJsonObject{{u"name"_s, u"Dana"_s},
                                                                {u"email"_s, u"d@example.org"_s},
                                                                {u"text"_s, u"Hallo"_s}}
                                                 << 400 << u"missing_field"_s;
        QTest::addRow("an agent posts as a website")
            << u"agent"_s << QByteArray("POST") << messages << good << 403 << u"forbidden"_s;
        QTest::addRow("warehouse lists")
            << u"warehouse"_s << QByteArray("GET") << u"/api/v1/inbox/conversations"_s
            << QJsonObject() << 403 << u"forbidden"_s;
        QTest::addRow("another website's chat")
            << u"shop"_s << QByteArray("GET") << u"/api/v1/inbox/conversations/{outlet}"_s
            << QJsonObject() << 404 << u"not_found"_s;
        QTest::addRow("an e-mail read by a website")
            << u"shop"_s << QByteArray("GET") << u"/api/v1/inbox/conversations/{mail}"_s
            << QJsonObject() << 404 << u"not_found"_s;
        QTest::addRow("a website answers")
            << u"shop"_s << QByteArray("POST") << chat + u"/reply"_s
            << QJsonObject{{u"text"_s, u"x"_s}, {u"seen_message_id"_s, 1}} << 403 << u"forbidden"_s;
        QTest::addRow("unknown conversation")
            << u"agent"_s << QByteArray("GET") << u"/api/v1/inbox/conversations/987654"_s
            << QJsonObject() << 404 << u"not_found"_s;
        QTest::addRow("answer to an unknown conversation")
            << u"agent"_s << QByteArray("POST") << u"/api/v1/inbox/conversations/987654/reply"_s
            << QJsonObject{{u"text"_s, u"Hallo"_s}, {u"seen_message_id"_s, 1}} << 404
            << u"not_found"_s;
        QTest::addRow("answer with an unknown field")
            << u"agent"_s << QByteArray("POST") << chat + u"/reply"_s
            << QJsonObject{{u"text"_s, u"Hallo"_s}, {u"seen_message_id"_s, 1}, {u"cc"_s, u"x"_s}}
            << 400 << u"unknown_field"_s;
        QTest::addRow("answer having seen another conversation's message")
            << u"agent"_s << QByteArray("POST") << chat + u"/reply"_s
            << QJsonObject{{u"text"_s, u"Hallo"_s}, {u"seen_message_id"_s, 987654}} << 422
            << u"unknown_message"_s;
        QTest::addRow("answer over the limit")
            << u"agent"_s << QByteArray("POST") << chat + u"/reply"_s
            << QJsonObject{{u"text"_s, QString(10001, u'x')}, {u"seen_message_id"_s, 1}} << 422
            << u"value_too_long"_s;
        QTest::addRow("qa answers")
            << u"qa"_s << QByteArray("POST") << chat + u"/reply"_s
            << QJsonObject{{u"text"_s, u"x"_s}, {u"seen_message_id"_s, 1}} << 403 << u"forbidden"_s;
        QTest::addRow("unknown status")
            << u"agent"_s << QByteArray("PATCH") << chat << QJsonObject{{u"status"_s, u"closed"_s}}
            << 422 << u"unknown_status"_s;
        QTest::addRow("snoozed without a time")
            << u"agent"_s << QByteArray("PATCH") << chat << QJsonObject{{u"status"_s, u"snoozed"_s}}
            << 422 << u"snooze_time_required"_s;
        QTest::addRow("snoozed into the past")
            << u"agent"_s << QByteArray("PATCH") << chat
            << QJsonObject{{u"snoozed_until"_s, u"2020-01-01T00:00:00Z"_s}} << 422
            << u"snooze_time_required"_s;
        QTest::addRow("unknown assignee")
            << u"agent"_s << QByteArray("PATCH") << chat
            << QJsonObject{{u"assignee"_s, u"nobody"_s}} << 422 << u"unknown_user"_s;
        QTest::addRow("unknown customer")
            << u"agent"_s << QByteArray("PATCH") << chat << QJsonObject{{u"customer_id"_s, 987654}}
            << 422 << u"unknown_customer"_s;
        QTest::addRow("unknown order")
            << u"agent"_s << QByteArray("POST") << chat + u"/orders"_s
            << QJsonObject{{u"order_id"_s, 987654}} << 422 << u"unknown_order"_s;
        QTest::addRow("unknown sort")
            << u"agent"_s << QByteArray("GET") << u"/api/v1/inbox/conversations?sort=oldest"_s
            << QJsonObject() << 400 << u"invalid_parameter"_s;
        QTest::addRow("unknown status filter")
            << u"agent"_s << QByteArray("GET") << u"/api/v1/inbox/conversations?status=closed"_s
            << QJsonObject() << 400 << u"invalid_parameter"_s;
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, role);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(m_chat > 0 && m_mail > 0 && m_outletChat > 0);
        path.replace(u"{chat}"_s, QString::number(m_chat))
            .replace(u"{mail}"_s, QString::number(m_mail))
            .replace(u"{outlet}"_s, QString::number(m_outletChat));
        TestHttp *client = &m_shop->as(role == u"qa"_s ? u"admin"_s : role);
        std::unique_ptr<TestHttp> qa;
        if (role == u"qa"_s) {
            qa = addUser(u"quinn-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8)),
                         u"qa"_s);
            QVERIFY(qa);
            client = qa.get();
        }
        const qint64 seq = m_shop->lastSeq();
        const QJsonObject chatBefore = conversation(m_chat);
        const QByteArray payload =
            method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        const HttpReply reply = client->send(method, path, payload);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(conversation(m_chat), chatBefore);
    }
};

QTEST_MAIN(TestServerInbox)
#include "tst_inbox.moc"
