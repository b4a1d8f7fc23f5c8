#include "tst_client_inbox_shop.h"

#include "client/clientsession.h"
#include "client/inbox/inboxservice.h"
#include "domain/inbox/conversationrecord.h"
#include "storage/database.h"
#include "storage/inbox/inboxstore.h"
#include "storage/shopstore.h"
#include "storage/storageconfig.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::client;
using shopdesk::test::answer;
using shopdesk::test::InboxShop;

namespace {

using Conversation = Result<inbox::ConversationRecord>;
using Conversations = Result<QList<inbox::ConversationRecord>>;

// An e-mail put in the way the mailbox intake does: through the store, in one write. The
// conversation's id, 0 when it failed.
qint64 deliver(test::ServerProcess &server, const storage::InboxArrival &arrival)
{
    const QStringList options = server.storageArguments();
    const auto option = [&options](const QString &name) {
        const qsizetype at = options.indexOf(name);
        return at >= 0 ? options.value(at + 1) : QString();
    };
    auto config = storage::StorageConfig::fromOptions(option(u"--data"_s), option(u"--database"_s));
    if (!config)
        return 0;
    auto db = storage::Database::open(config.value(), u"intake"_s);
    if (!db)
        return 0;
    storage::ShopStore store(*db.value(), u"EUR"_s);
    if (!store.batch().begin())
        return 0;
    auto received = storage::InboxStore(store).receive({0, u"mailbox"_s, u"admin"_s}, arrival);
    if (!received) {
        store.batch().rollback();
        return 0;
    }
    if (!store.batch().end())
        return 0;
    return received->value(u"conversation"_s)[u"id"_s].toInteger();
}

QList<qint64> idsOf(const QList<inbox::ConversationRecord> &conversations)
{
    QList<qint64> ids;
    for (const inbox::ConversationRecord &conversation : conversations)
        ids.append(conversation.id);
    return ids;
}

} // namespace

// InboxService against a real server: every call an agent makes, the refusals passed through
// as the server words them, and the typing announcement's throttle.
class TestClientInbox : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    InboxShop m_inbox;
    std::unique_ptr<ClientSession> m_alice;
    std::unique_ptr<InboxService> m_service;

    InboxService &service() { return *m_service; }
    Conversation read(qint64 id)
    {
        return answer<inbox::ConversationRecord>(
            [&](auto done) { service().conversation(id, done); });
    }
    Conversations listed(const InboxService::Filter &filter)
    {
        return answer<QList<inbox::ConversationRecord>>(
            [&](auto done) { service().list(filter, done); });
    }
    static InboxService::Filter filterOf(const QString &status, const QString &sort)
    {
        InboxService::Filter filter;
        filter.status = status;
        filter.sort = sort;
        return filter;
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_inbox.shop().server());
        QVERIFY2(m_inbox.start(), qPrintable(m_inbox.shop().server().output()));
        m_alice = test::openSession(m_inbox.shop().url(), u"alice"_s);
        QVERIFY(m_alice);
        m_service = std::make_unique<InboxService>(m_alice->api());
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_alice.reset();
    }

    // Runs first: the lists below count every conversation there is.
    void listsEveryPageInTheServersOrder()
    {
        QList<qint64> posted;
        for (int i = 0; i < 5; ++i) {
            posted.append(m_inbox.chat(u"page-%1"_s.arg(i), u"Question %1"_s.arg(i)));
            QVERIFY(posted.last() > 0);
        }
        service().setPageSize(2);
        // Newest message first, across three pages.
        const Conversations recent = listed(filterOf(u"open"_s, u"recent"_s));
        QVERIFY2(recent, qPrintable(recent.error().message));
        QCOMPARE(idsOf(recent.value()),
                 (QList<qint64>{posted[4], posted[3], posted[2], posted[1], posted[0]}));
        QCOMPARE(recent->first().lastMessage->text, u"Question 4"_s);
        QVERIFY(recent->first().messages.isEmpty());
        // The longest waiting first; an answered one is not listed.
        const auto answered = answer<inbox::ConversationRecord>([&](auto done) {
            service().reply(posted[0], u"Answer"_s, m_inbox.newestMessage(posted[0]),
                            [done](const auto &conversation, const auto &) { done(conversation); });
        });
        QVERIFY2(answered, qPrintable(answered.error().message));
        const Conversations waiting = listed(filterOf(u"open"_s, u"waiting"_s));
        QVERIFY(waiting);
        QCOMPARE(idsOf(waiting.value()),
                 (QList<qint64>{posted[1], posted[2], posted[3], posted[4]}));
        // By assignee: the reply made alice the assignee of the answered one.
        InboxService::Filter mine = filterOf(u"open"_s, u"recent"_s);
        mine.assignee = u"alice"_s;
        const Conversations own = listed(mine);
        QVERIFY(own);
        QCOMPARE(idsOf(own.value()), QList<qint64>{posted[0]});
        const Conversations done = listed(filterOf(u"done"_s, u"recent"_s));
        QVERIFY(done);
        QVERIFY(done->isEmpty());
        service().setPageSize(200);
    }

    void readsAndAnswersAConversation()
    {
        const qint64 id = m_inbox.chat(u"answer-1"_s, u"Do you ship to Austria?"_s);
        QVERIFY(id > 0);
        QVERIFY(m_inbox.chat(u"answer-1"_s, u"And to Italy?"_s) == id);
        const Conversation before = read(id);
        QVERIFY2(before, qPrintable(before.error().message));
        QCOMPARE(before->channel, inbox::InboxChannel::Chat);
        QCOMPARE(before->conversationKey, u"answer-1"_s);
        QCOMPARE(before->postedBy, u"website"_s);
        QCOMPARE(before->contactEmail, u"dana@example.org"_s);
        QVERIFY(before->isWaiting());
        QCOMPARE(before->messages.size(), 2);
        QCOMPARE(before->messages.at(0).text, u"Do you ship to Austria?"_s);
        QCOMPARE(before->messages.at(1).direction, inbox::MessageDirection::In);

        std::optional<inbox::InboxMessageRecord> sent;
        const auto replied = answer<inbox::ConversationRecord>([&](auto done) {
            service().reply(id, u"Yes, to both."_s, before->messages.at(1).id,
                            [&sent, done](const auto &conversation, const auto &message) {
                                sent = message;
                                done(conversation);
                            });
        });
        QVERIFY2(replied, qPrintable(replied.error().message));
        QVERIFY(!replied->isWaiting());
        QCOMPARE(replied->assignee, u"alice"_s);
        QVERIFY(sent);
        QCOMPARE(sent->direction, inbox::MessageDirection::Out);
        QCOMPARE(sent->author, u"alice"_s);
        QCOMPARE(sent->text, u"Yes, to both."_s);
        QCOMPARE(read(id)->messages.size(), 3);

        // Bob answers a newer question first: alice, who had not seen it, is told so.
        QVERIFY(m_inbox.chat(u"answer-1"_s, u"How long does it take?"_s) == id);
        const qint64 question = m_inbox.newestMessage(id);
        QCOMPARE(m_inbox.bob()
                     .post(u"/api/v1/inbox/conversations/%1/reply"_s.arg(id),
                           {{u"text"_s, u"Three days."_s}, {u"seen_message_id"_s, question}})
                     .status,
                 201);
        const qint64 seq = m_inbox.lastSeq();
        bool madeNothing = true;
        const auto late = answer<inbox::ConversationRecord>([&](auto done) {
            service().reply(id, u"Two days."_s, question,
                            [&madeNothing, done](const auto &conversation, const auto &message) {
                                madeNothing = !message.has_value();
                                done(conversation);
                            });
        });
        QVERIFY(!late);
        QVERIFY(madeNothing);
        QCOMPARE(late.error().code, u"answered_meanwhile"_s);
        QCOMPARE(late.error().details.value(u"by"_s).toString(), u"bob"_s);
        QVERIFY(late.error().details.value(u"at"_s).toString().endsWith(u'Z'));
        QVERIFY(late.error().details.value(u"message_id"_s).toInteger() > question);
        QCOMPARE(m_inbox.lastSeq(), seq);
        QCOMPARE(read(id)->lastMessage->text, u"Three days."_s);
    }

    void assignsSnoozesReopensAndCloses()
    {
        const qint64 id = m_inbox.chat(u"status-1"_s, u"Is the shop open on Sunday?"_s);
        QVERIFY(id > 0);
        const auto call = [&](auto action) {
            return answer<inbox::ConversationRecord>(
                [&](InboxService::ConversationDone done) { action(std::move(done)); });
        };
        auto changed = call([&](auto done) { service().assign(id, u"bob"_s, done); });
        QVERIFY2(changed, qPrintable(changed.error().message));
        QCOMPARE(changed->assignee, u"bob"_s);
        changed = call([&](auto done) { service().assign(id, {}, done); });
        QVERIFY(changed);
        QVERIFY(changed->assignee.isEmpty());

        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
        changed = call([&](auto done) { service().snooze(id, until, done); });
        QVERIFY2(changed, qPrintable(changed.error().message));
        QCOMPARE(changed->status, inbox::ConversationStatus::Snoozed);
        QCOMPARE(changed->snoozedUntil.toSecsSinceEpoch(), until.toSecsSinceEpoch());
        QVERIFY(!changed->isWaiting());
        QVERIFY(changed->waitingSince.isValid());

        changed = call([&](auto done) { service().reopen(id, done); });
        QVERIFY(changed);
        QCOMPARE(changed->status, inbox::ConversationStatus::Open);
        QVERIFY(changed->isWaiting());

        changed = call([&](auto done) { service().markDone(id, done); });
        QVERIFY(changed);
        QCOMPARE(changed->status, inbox::ConversationStatus::Done);
        QVERIFY(!changed->waitingSince.isValid());
        // The one rule: a done conversation is opened before it is snoozed.
        const qint64 seq = m_inbox.lastSeq();
        const auto refused = call([&](auto done) { service().snooze(id, until, done); });
        QCOMPARE(refused.error().code, u"invalid_status_change"_s);
        QCOMPARE(m_inbox.lastSeq(), seq);
        QCOMPARE(read(id)->status, inbox::ConversationStatus::Done);
    }

    void givesTheConversationACustomerATicketAndAnOrder()
    {
        const qint64 id = m_inbox.chat(u"work-1"_s, u"I want two MUG-01."_s, u"erik@example.org"_s);
        QVERIFY(id > 0);
        QCOMPARE(read(id)->customerId, 0);
        const qint64 ada = m_inbox.shop().customerId();
        auto changed = answer<inbox::ConversationRecord>(
            [&](auto done) { service().setCustomer(id, ada, done); });
        QVERIFY2(changed, qPrintable(changed.error().message));
        QCOMPARE(changed->customerId, ada);
        QCOMPARE(changed->customerName, u"Ada Lovelace"_s);
        changed = answer<inbox::ConversationRecord>(
            [&](auto done) { service().setCustomer(id, 0, done); });
        QVERIFY(changed);
        QCOMPARE(changed->customerId, 0);

        // Erik becomes a customer from the contact.
        changed = answer<inbox::ConversationRecord>(
            [&](auto done) { service().createCustomer(id, done); });
        QVERIFY2(changed, qPrintable(changed.error().message));
        const qint64 erik = changed->customerId;
        QVERIFY(erik > 0 && erik != ada);
        QCOMPARE(
            m_inbox.admin().get(u"/api/v1/customers/%1"_s.arg(erik)).json()[u"email"_s].toString(),
            u"erik@example.org"_s);

        // Someone with the same address is found instead of made twice.
        const qint64 other =
            m_inbox.chat(u"work-2"_s, u"Me again, from the phone."_s, u"erik@example.org"_s);
        QVERIFY(other > 0);
        QCOMPARE(m_inbox.admin()
                     .patch(u"/api/v1/inbox/conversations/%1"_s.arg(other),
                            {{u"customer_id"_s, QJsonValue()}})
                     .status,
                 200);
        const qint64 seq = m_inbox.lastSeq();
        const auto duplicate = answer<inbox::ConversationRecord>(
            [&](auto done) { service().createCustomer(other, done); });
        QCOMPARE(duplicate.error().code, u"likely_duplicate"_s);
        QCOMPARE(duplicate.error().details.value(u"customer"_s)[u"id"_s].toInteger(), erik);
        QCOMPARE(m_inbox.lastSeq(), seq);

        std::optional<care::TicketRecord> ticket;
        const auto withTicket = answer<inbox::ConversationRecord>([&](auto done) {
            service().openTicket(id, care::TicketKind::Question, care::TicketPriority::High,
                                 u"Two mugs"_s, 0,
                                 [&ticket, done](const auto &conversation, const auto &made) {
                                     ticket = made;
                                     done(conversation);
                                 });
        });
        QVERIFY2(withTicket, qPrintable(withTicket.error().message));
        QVERIFY(ticket);
        QCOMPARE(withTicket->ticketId, ticket->id);
        QCOMPARE(ticket->customerId, erik);
        QCOMPARE(ticket->subject, u"Two mugs"_s);
        QCOMPARE(ticket->priority, care::TicketPriority::High);
        QCOMPARE(ticket->channel, care::TicketChannel::Chat);
        QVERIFY(!ticket->messages.isEmpty());
        QCOMPARE(ticket->messages.first().text, u"I want two MUG-01."_s);

        const test::HttpReply order = m_inbox.admin().post(
            u"/api/v1/orders"_s,
            {{u"customer_id"_s, erik},
             {u"channel"_s, u"phone"_s},
             {u"payment_method"_s, u"card"_s},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 2}}}}});
        QCOMPARE(order.status, 201);
        const qint64 orderId = order.json()[u"id"_s].toInteger();
        const auto linked = answer<inbox::ConversationRecord>(
            [&](auto done) { service().linkOrder(id, orderId, done); });
        QVERIFY2(linked, qPrintable(linked.error().message));
        QCOMPARE(linked->orderIds, QList<qint64>{orderId});
        QCOMPARE(read(id)->orderIds, QList<qint64>{orderId});
    }

    void readsTheBytesOfAnAttachment()
    {
        const QByteArray bytes = QByteArray("%PDF-1.4 invoice\x00\x01\x02", 19);
        storage::InboxArrival mail;
        mail.channel = u"email"_s;
        mail.messageId = u"invoice@mail.example.org"_s;
        mail.fromName = u"Ida Sommer"_s;
        mail.fromEmail = u"ida@example.org"_s;
        mail.subject = u"My invoice"_s;
        mail.text = u"The invoice is attached."_s;
        mail.rawSize = 4096;
        storage::InboxAttachmentInput invoice;
        invoice.fileName = u"invoice.pdf"_s;
        invoice.contentType = u"application/pdf"_s;
        invoice.size = bytes.size();
        invoice.data = bytes;
        invoice.kept = true;
        // Over the intake's size limit: only its name, type and size are known.
        storage::InboxAttachmentInput video;
        video.fileName = u"video.mp4"_s;
        video.contentType = u"video/mp4"_s;
        video.size = 900'000'000;
        mail.attachments = {invoice, video};
        const qint64 id = deliver(m_inbox.shop().server(), mail);
        QVERIFY(id > 0);
        const Conversation conversation = read(id);
        QVERIFY2(conversation, qPrintable(conversation.error().message));
        QCOMPARE(conversation->channel, inbox::InboxChannel::Email);
        const QList<inbox::InboxAttachmentRecord> files =
            conversation->messages.first().attachments;
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).fileName, u"invoice.pdf"_s);
        QVERIFY(files.at(0).kept);
        QVERIFY(!files.at(1).kept);

        const auto fetched =
            answer<QByteArray>([&](auto done) { service().attachment(id, files.at(0).id, done); });
        QVERIFY2(fetched, qPrintable(fetched.error().message));
        QCOMPARE(fetched.value(), bytes);
        // Not kept, or not this conversation's: the server's 404 as it words it.
        const auto notKept =
            answer<QByteArray>([&](auto done) { service().attachment(id, files.at(1).id, done); });
        QCOMPARE(notKept.error().code, u"not_found"_s);
        const auto elsewhere = answer<QByteArray>(
            [&](auto done) { service().attachment(id + 1000, files.at(0).id, done); });
        QCOMPARE(elsewhere.error().code, u"not_found"_s);
    }

    void announcesTypingAtMostEveryTenSeconds()
    {
        const qint64 id = m_inbox.chat(u"typing-1"_s, u"Hello?"_s);
        QVERIFY(id > 0);
        const qint64 seq = m_inbox.lastSeq();
        service().announceTyping(id);
        service().announceTyping(id);
        QTRY_COMPARE(m_inbox.conversation(id)[u"replying"_s][u"user"_s].toString(), u"alice"_s);
        // A call after the announcement's answer is not sent either.
        service().announceTyping(id);
        QVERIFY(read(id));
        QCOMPARE(m_inbox.recordsSince(seq, id), 1);
        // Each conversation has its own interval.
        const qint64 other = m_inbox.chat(u"typing-2"_s, u"Anyone?"_s);
        service().announceTyping(other);
        QTRY_COMPARE(m_inbox.conversation(other)[u"replying"_s][u"user"_s].toString(), u"alice"_s);
    }

    void passesRefusalsThroughAndChangesNothing_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<bool>("known"); // of the chat below, or of one there is not
        QTest::addColumn<QString>("code");
        QTest::addRow("read unknown") << u"read"_s << false << u"not_found"_s;
        QTest::addRow("reply unknown") << u"reply"_s << false << u"not_found"_s;
        QTest::addRow("assign unknown") << u"assign bob"_s << false << u"not_found"_s;
        QTest::addRow("done unknown") << u"done"_s << false << u"not_found"_s;
        QTest::addRow("ticket unknown") << u"ticket"_s << false << u"not_found"_s;
        QTest::addRow("empty reply") << u"empty reply"_s << true << u"empty_message"_s;
        QTest::addRow("reply too long") << u"long reply"_s << true << u"value_too_long"_s;
        QTest::addRow("seen message of another")
            << u"foreign seen"_s << true << u"unknown_message"_s;
        QTest::addRow("assign unknown user") << u"assign"_s << true << u"unknown_user"_s;
        QTest::addRow("snooze into the past")
            << u"past snooze"_s << true << u"snooze_time_required"_s;
        QTest::addRow("unknown customer") << u"customer"_s << true << u"unknown_customer"_s;
        QTest::addRow("ticket without customer") << u"ticket"_s << true << u"customer_required"_s;
        QTest::addRow("unknown order") << u"order"_s << true << u"unknown_order"_s;
    }

    void passesRefusalsThroughAndChangesNothing()
    {
        QFETCH(QString, call);
        QFETCH(bool, known);
        QFETCH(QString, code);
        const QString key = u"bad-"_s + QString::fromLatin1(QTest::currentDataTag());
        const qint64 chat = m_inbox.chat(key, u"Where is my parcel?"_s, u"bad@example.org"_s);
        QVERIFY(chat > 0);
        const qint64 id = known ? chat : chat + 100000;
        const QJsonObject before = m_inbox.conversation(chat);
        const qint64 seq = m_inbox.lastSeq();
        const qint64 seen = m_inbox.newestMessage(chat);
        std::optional<Error> refusal;
        const auto ended = [&refusal](const auto &result, auto &&...) {
            refusal = result ? Error{u"accepted"_s, {}, {}} : result.error();
        };
        if (call == u"read"_s)
            service().conversation(id, ended);
        else if (call == u"reply"_s)
            service().reply(id, u"Today."_s, seen, ended);
        else if (call == u"empty reply"_s)
            service().reply(id, u"  \n "_s, seen, ended);
        else if (call == u"long reply"_s)
            service().reply(id, QString(10001, u'x'), seen, ended);
        else if (call == u"foreign seen"_s)
            service().reply(id, u"Today."_s, m_inbox.newestMessage(chat - 1), ended);
        else if (call == u"assign bob"_s)
            service().assign(id, u"bob"_s, ended);
        else if (call == u"assign"_s)
            service().assign(id, u"nobody-here"_s, ended);
        else if (call == u"done"_s)
            service().markDone(id, ended);
        else if (call == u"past snooze"_s)
            service().snooze(id, QDateTime::currentDateTimeUtc().addSecs(-60), ended);
        else if (call == u"customer"_s)
            service().setCustomer(id, 999999, ended);
        else if (call == u"ticket"_s)
            service().openTicket(id, care::TicketKind::Question, care::TicketPriority::Normal, {},
                                 0, ended);
        else if (call == u"order"_s)
            service().linkOrder(id, 999999, ended);
        QTRY_VERIFY(refusal.has_value());
        QCOMPARE(refusal->code, code);
        QCOMPARE(m_inbox.lastSeq(), seq);
        QCOMPARE(m_inbox.conversation(chat), before);
    }
};

QTEST_GUILESS_MAIN(TestClientInbox)
#include "tst_client_inbox.moc"
