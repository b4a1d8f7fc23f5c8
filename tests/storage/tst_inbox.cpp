// The inbox's store: e-mails threaded by their headers, chats by the website's id, customers
// matched, automatic answers and unreadable mails, reopening, waiting times, files kept once,
// and the two agents who answer at once.

#include "storefixture.h"

#include "storage/bulkreader.h"
#include "storage/care/customererasure.h"
#include "storage/care/customerexport.h"
#include "storage/care/customermerge.h"
#include "storage/care/customertimeline.h"
#include "storage/inbox/inboxattachments.h"
#include "storage/inbox/inboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::Result;
using shopdesk::storage::Actor;
using shopdesk::storage::InboxArrival;
using shopdesk::storage::InboxStore;
using shopdesk::storage::ShopStore;
using shopdesk::test::StoreFixture;

namespace {

const Actor intake{0, u"mailbox"_s, u"admin"_s};
const Actor website{7, u"website"_s, u"shop"_s};
const Actor otherWebsite{8, u"outlet"_s, u"shop"_s};
const Actor ada{11, u"ada"_s, u"agent"_s};
const Actor bert{12, u"bert"_s, u"agent"_s};

InboxArrival mail(const QString &messageId, const QString &inReplyTo = {},
                  const QStringList &references = {})
{
    InboxArrival arrival;
    arrival.channel = u"email"_s;
    arrival.messageId = messageId;
    arrival.inReplyTo = inReplyTo;
    arrival.references = references;
    arrival.fromName = u"Clara Hahn"_s;
    arrival.fromEmail = u"clara@example.org"_s;
    arrival.subject = u"Zwei Tassen"_s;
    arrival.text = u"Ich hätte gern zwei Tassen MUG-1."_s;
    arrival.rawSize = 1200;
    return arrival;
}

InboxArrival chat(const QString &key, const QString &text)
{
    InboxArrival arrival;
    arrival.channel = u"chat"_s;
    arrival.conversationKey = key;
    arrival.fromName = u"Dana"_s;
    arrival.fromPhone = u"+49 170 1234567"_s;
    arrival.text = text;
    return arrival;
}

} // namespace

class TestStorageInbox : public QObject
{
    Q_OBJECT

    static qint64 idOf(const Result<QJsonObject> &received)
    {
        return received ? received->value(u"conversation"_s)[u"id"_s].toInteger() : -1;
    }

    static Result<QJsonObject> receive(StoreFixture &fixture, const Actor &actor,
                                       const InboxArrival &arrival)
    {
        return fixture.write(
            [&](ShopStore &store) { return InboxStore(store).receive(actor, arrival); });
    }

    static QJsonObject read(StoreFixture &fixture, qint64 id)
    {
        return InboxStore(fixture.store()).reader().conversation(id, true).value();
    }

    static Result<QJsonObject> answer(StoreFixture &fixture, const Actor &actor, qint64 id,
                                      qint64 seen, const QString &messageId = {})
    {
        return fixture.write([&](ShopStore &store) -> Result<QJsonObject> {
            InboxStore inbox(store);
            auto thread = inbox.prepareReply(actor, id, seen);
            if (!thread)
                return thread.error();
            return inbox.recordReply(actor, id, u"Gern, sie sind unterwegs."_s, messageId, 0);
        });
    }

    static qint64 count(StoreFixture &fixture, const QString &table)
    {
        return fixture.database().scalar(u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
    }

private slots:
    void chatsThreadByTheirWebsiteAndId()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 first = idOf(receive(fixture, website, chat(u"c-1"_s, u"Hallo?"_s)));
        QVERIFY(first > 0);
        QCOMPARE(idOf(receive(fixture, website, chat(u"c-1"_s, u"Noch da?"_s))), first);
        // Another website's id of the same spelling is another conversation.
        const qint64 other = idOf(receive(fixture, otherWebsite, chat(u"c-1"_s, u"Hallo"_s)));
        QVERIFY(other > 0 && other != first);
        const QJsonObject conversation = read(fixture, first);
        QCOMPARE(conversation[u"messages"_s].toArray().size(), 2);
        QCOMPARE(conversation[u"channel"_s].toString(), u"chat"_s);
        QCOMPARE(conversation[u"posted_by"_s].toString(), u"website"_s);
        QCOMPARE(conversation[u"conversation_key"_s].toString(), u"c-1"_s);
        QCOMPARE(conversation[u"subject"_s].toString(), u"Hallo?"_s);
    }

    void mailsThreadByTheirHeaders_data()
    {
        QTest::addColumn<QString>("inReplyTo");
        QTest::addColumn<QStringList>("references");
        QTest::addColumn<bool>("joins");
        QTest::addRow("in-reply-to the first") << u"m1@example.org"_s << QStringList() << true;
        QTest::addRow("references only") << QString() << QStringList{u"m1@example.org"_s} << true;
        QTest::addRow("an unknown id, then a known one")
            << u"elsewhere@example.org"_s << QStringList{u"m1@example.org"_s} << true;
        QTest::addRow("our own answer") << u"ours@shop.example"_s << QStringList() << true;
        QTest::addRow("nothing known")
            << u"elsewhere@example.org"_s << QStringList{u"gone@example.org"_s} << false;
        QTest::addRow("no headers") << QString() << QStringList() << false;
    }
    void mailsThreadByTheirHeaders()
    {
        QFETCH(QString, inReplyTo);
        QFETCH(QStringList, references);
        QFETCH(bool, joins);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto first = receive(fixture, intake, mail(u"m1@example.org"_s));
        const qint64 id = idOf(first);
        QVERIFY(id > 0);
        const qint64 seen = first->value(u"message"_s)[u"id"_s].toInteger();
        QVERIFY(answer(fixture, ada, id, seen, u"ours@shop.example"_s));
        const qint64 next =
            idOf(receive(fixture, intake, mail(u"m2@example.org"_s, inReplyTo, references)));
        QVERIFY(next > 0);
        QCOMPARE(next == id, joins);
        QCOMPARE(count(fixture, u"inbox_conversations"_s), joins ? 1 : 2);
    }

    void aMailFetchedTwiceIsStoredOnce()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto first = receive(fixture, intake, mail(u"m1@example.org"_s));
        const qint64 seq = fixture.store().changes().lastSeq().value();
        auto again = receive(fixture, intake, mail(u"m1@example.org"_s));
        QVERIFY(again);
        QCOMPARE(again->value(u"message"_s)[u"id"_s], first->value(u"message"_s)[u"id"_s]);
        QCOMPARE(count(fixture, u"inbox_messages"_s), 1);
        QCOMPARE(fixture.store().changes().lastSeq().value(), seq);
    }

    void customersAreMatchedByAddressOrPhone()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto clara = fixture.write([](ShopStore &store) {
            return store.customers().create(
                StoreFixture::admin(),
                {{u"name"_s, u"Clara Hahn"_s}, {u"email"_s, u"Clara@Example.org"_s}}, true);
        });
        auto dana = fixture.write([](ShopStore &store) {
            return store.customers().create(
                StoreFixture::admin(),
                {{u"name"_s, u"Dana Ost"_s}, {u"phone"_s, u"+49 (170) 123-4567"_s}}, true);
        });
        QVERIFY(clara && dana);
        const qint64 byMail = idOf(receive(fixture, intake, mail(u"m1@example.org"_s)));
        QCOMPARE(read(fixture, byMail)[u"customer_id"_s], clara->value(u"id"_s));
        const qint64 byPhone = idOf(receive(fixture, website, chat(u"c-1"_s, u"Hallo"_s)));
        QCOMPARE(read(fixture, byPhone)[u"customer_id"_s], dana->value(u"id"_s));

        InboxArrival stranger = chat(u"c-2"_s, u"Hallo"_s);
        stranger.fromName = u"Emil Nord"_s;
        stranger.fromPhone.clear();
        stranger.fromEmail = u"emil@example.org"_s;
        const qint64 unknown = idOf(receive(fixture, website, stranger));
        QVERIFY(read(fixture, unknown)[u"customer_id"_s].isNull());
        auto made = fixture.write(
            [&](ShopStore &store) { return InboxStore(store).createCustomer(ada, unknown); });
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        const qint64 customer = made->value(u"customer_id"_s).toInteger();
        QVERIFY(customer > 0);
        QCOMPARE(fixture.store().customers().customer(customer).value()[u"email"_s].toString(),
                 u"emil@example.org"_s);
        auto twice = fixture.write(
            [&](ShopStore &store) { return InboxStore(store).createCustomer(ada, unknown); });
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, u"conversation_has_customer"_s);
        // Every message is on the customer's timeline.
        const QJsonArray timeline = shopdesk::storage::CustomerTimeline(fixture.database())
                                        .page(customer, 50, {})
                                        .value()[u"items"_s]
                                        .toArray();
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [](const QJsonValue &item) {
            return item[u"kind"_s].toString() == u"inbox_message"_s;
        }));
    }

    void automaticAnswersJoinButNeverStartOrWait()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        InboxArrival vacation = mail(u"auto-1@example.org"_s, u"unknown@shop.example"_s);
        vacation.autoSubmitted = true;
        auto lonely = receive(fixture, intake, vacation);
        QVERIFY(!lonely);
        QCOMPARE(lonely.error().code, u"auto_reply_unmatched"_s);
        QCOMPARE(count(fixture, u"inbox_conversations"_s), 0);

        auto first = receive(fixture, intake, mail(u"m1@example.org"_s));
        const qint64 id = idOf(first);
        QVERIFY(answer(fixture, ada, id, first->value(u"message"_s)[u"id"_s].toInteger(),
                       u"ours@shop.example"_s));
        QVERIFY(fixture.write([&](ShopStore &store) {
            return InboxStore(store).update(ada, id, {std::nullopt, u"done"_s, {}, {}});
        }));
        vacation.inReplyTo = u"ours@shop.example"_s;
        QCOMPARE(idOf(receive(fixture, intake, vacation)), id);
        const QJsonObject after = read(fixture, id);
        QCOMPARE(after[u"status"_s].toString(), u"done"_s);
        QVERIFY(after[u"waiting_since"_s].isNull());
        QVERIFY(after[u"last_message"_s][u"auto_submitted"_s].toBool());
    }

    void aNewMessageReopens_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addRow("done") << u"done"_s;
        QTest::addRow("snoozed") << u"snoozed"_s;
    }
    void aNewMessageReopens()
    {
        QFETCH(QString, status);
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 id = idOf(receive(fixture, website, chat(u"c-1"_s, u"Hallo"_s)));
        InboxStore::Change change;
        change.status = status;
        if (status == u"snoozed"_s)
            change.snoozedUntil = fixture.store().clock().now() + 3600000;
        QVERIFY(fixture.write(
            [&](ShopStore &store) { return InboxStore(store).update(ada, id, change); }));
        QCOMPARE(read(fixture, id)[u"status"_s].toString(), status);
        QVERIFY(receive(fixture, website, chat(u"c-1"_s, u"Hallo? Noch jemand da?"_s)));
        const QJsonObject after = read(fixture, id);
        QCOMPARE(after[u"status"_s].toString(), u"open"_s);
        QVERIFY(after[u"snoozed_until"_s].isNull());
    }

    void statusChangesFollowTheRule()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 id = idOf(receive(fixture, website, chat(u"c-1"_s, u"Hallo"_s)));
        auto update = [&](const InboxStore::Change &change) {
            return fixture.write(
                [&](ShopStore &store) { return InboxStore(store).update(ada, id, change); });
        };
        auto noTime = update({std::nullopt, u"snoozed"_s, {}, {}});
        QCOMPARE(noTime.error().code, u"snooze_time_required"_s);
        QVERIFY(update({std::nullopt, u"done"_s, {}, {}}));
        auto snoozeDone =
            update({std::nullopt, u"snoozed"_s, fixture.store().clock().now() + 60000, {}});
        QCOMPARE(snoozeDone.error().code, u"invalid_status_change"_s);
        auto nobody = update({u"nobody"_s, {}, {}, {}});
        QCOMPARE(nobody.error().code, u"unknown_user"_s);
        auto noCustomer = update({std::nullopt, {}, {}, 4242});
        QCOMPARE(noCustomer.error().code, u"unknown_customer"_s);
        QCOMPARE(read(fixture, id)[u"status"_s].toString(), u"done"_s);
    }

    void aSnoozeEndsByItself()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 start =
            QDateTime::fromString(u"2026-12-07T09:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
        fixture.store().clock().set(start);
        const qint64 id = idOf(receive(fixture, website, chat(u"c-1"_s, u"Hallo"_s)));
        QVERIFY(fixture.write([&](ShopStore &store) {
            return InboxStore(store).update(ada, id,
                                            {std::nullopt, u"snoozed"_s, start + 60000, {}});
        }));
        auto reader = [&] { return InboxStore(fixture.store()).reader(); };
        QCOMPARE(read(fixture, id)[u"status"_s].toString(), u"snoozed"_s);
        QCOMPARE(reader()
                     .list({u"open"_s, {}, 0, 0, false}, 10, {})
                     .value()[u"items"_s]
                     .toArray()
                     .size(),
                 0);
        fixture.store().clock().set(start + 61000);
        QCOMPARE(read(fixture, id)[u"status"_s].toString(), u"open"_s);
        QCOMPARE(reader()
                     .list({u"open"_s, {}, 0, 0, false}, 10, {})
                     .value()[u"items"_s]
                     .toArray()
                     .size(),
                 1);
    }

    void waitingTimesCountFromTheOldestUnansweredMessage()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 t0 =
            QDateTime::fromString(u"2026-12-07T09:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
        auto &clock = fixture.store().clock();
        clock.set(t0);
        const qint64 early = idOf(receive(fixture, website, chat(u"c-1"_s, u"Erste"_s)));
        clock.set(t0 + 60000);
        const qint64 late = idOf(receive(fixture, website, chat(u"c-2"_s, u"Zweite"_s)));
        clock.set(t0 + 120000);
        auto again = receive(fixture, website, chat(u"c-1"_s, u"Noch eine"_s));
        QCOMPARE(read(fixture, early)[u"waiting_since"_s].toString(), u"2026-12-07T09:00:00Z"_s);

        auto waiting = [&] {
            QList<qint64> ids;
            const auto page =
                InboxStore(fixture.store()).reader().list({{}, {}, 0, 0, true}, 10, {});
            for (const QJsonValue &item : page.value()[u"items"_s].toArray())
                ids << item[u"id"_s].toInteger();
            return ids;
        };
        QCOMPARE(waiting(), (QList<qint64>{early, late}));
        // The newest message first in the plain list.
        const auto recent = InboxStore(fixture.store()).reader().list({}, 1, {}).value();
        QCOMPARE(recent[u"items"_s][0][u"id"_s].toInteger(), early);
        const auto second =
            InboxStore(fixture.store()).reader().list({}, 1, recent[u"next"_s].toString()).value();
        QCOMPARE(second[u"items"_s][0][u"id"_s].toInteger(), late);
        QVERIFY(second[u"next"_s].isNull());

        clock.set(t0 + 180000);
        QVERIFY(answer(fixture, ada, early, again->value(u"message"_s)[u"id"_s].toInteger()));
        QVERIFY(read(fixture, early)[u"waiting_since"_s].isNull());
        QCOMPARE(read(fixture, early)[u"assignee"_s].toString(), u"ada"_s);
        QCOMPARE(waiting(), (QList<qint64>{late}));
        clock.set(t0 + 240000);
        QVERIFY(receive(fixture, website, chat(u"c-1"_s, u"Danke!"_s)));
        QCOMPARE(read(fixture, early)[u"waiting_since"_s].toString(), u"2026-12-07T09:04:00Z"_s);
        QCOMPARE(waiting(), (QList<qint64>{late, early}));
    }

    void unreadableMailsAreKeptWithTheirSize()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        InboxArrival broken = mail(QString());
        broken.unreadable = true;
        broken.text.clear();
        broken.rawSize = 31457280;
        auto received = receive(fixture, intake, broken);
        QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
        const QJsonObject message = received->value(u"message"_s).toObject();
        QVERIFY(message[u"unreadable"_s].toBool());
        QCOMPARE(message[u"raw_size"_s].toInteger(), 31457280);
        QVERIFY(!received->value(u"conversation"_s)[u"waiting_since"_s].isNull());
    }

    void filesAreKeptOnceByTheirHash()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const QByteArray logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'x');
        shopdesk::storage::InboxAttachmentInput kept{u"logo.png"_s, u"image/png"_s, logo.size(),
                                                     logo, true};
        shopdesk::storage::InboxAttachmentInput big{
            u"film.mov"_s, u"video/quicktime"_s, 90000000, {}, false};
        InboxArrival first = mail(u"m1@example.org"_s);
        first.attachments = {kept, big};
        InboxArrival second = mail(u"m2@example.org"_s, u"m1@example.org"_s);
        second.attachments = {kept};
        QVERIFY(receive(fixture, intake, first));
        auto received = receive(fixture, intake, second);
        QVERIFY(received);
        QCOMPARE(count(fixture, u"inbox_attachment_data"_s), 1);
        QCOMPARE(count(fixture, u"inbox_attachments"_s), 3);
        const qint64 id = idOf(received);
        const QJsonArray files = read(fixture, id)[u"messages"_s][0][u"attachments"_s].toArray();
        QCOMPARE(files.size(), 2);
        QVERIFY(files[0][u"kept"_s].toBool());
        QCOMPARE(files[0][u"sha256"_s].toString(), shopdesk::storage::InboxAttachments::hash(logo));
        QVERIFY(!files[1][u"kept"_s].toBool());
        QCOMPARE(files[1][u"size"_s].toInteger(), 90000000);
        auto bytes = shopdesk::storage::InboxAttachments(fixture.database())
                         .file(id, files[0][u"id"_s].toInteger());
        QVERIFY(bytes);
        QCOMPARE(bytes->data, logo);
        QVERIFY(!shopdesk::storage::InboxAttachments(fixture.database())
                     .file(id, files[1][u"id"_s].toInteger()));
    }

    void aSecondAnswerAfterAnotherIsRefused()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto first = receive(fixture, website, chat(u"c-1"_s, u"Hallo"_s));
        const qint64 id = idOf(first);
        const qint64 seen = first->value(u"message"_s)[u"id"_s].toInteger();
        QVERIFY(answer(fixture, ada, id, seen));
        const qint64 messages = count(fixture, u"inbox_messages"_s);
        auto late = answer(fixture, bert, id, seen);
        QVERIFY(!late);
        QCOMPARE(late.error().code, u"answered_meanwhile"_s);
        QCOMPARE(late.error().details[u"by"_s].toString(), u"ada"_s);
        QCOMPARE(count(fixture, u"inbox_messages"_s), messages);
        // Ada may add to her own answer; a message of another conversation is no answer to see.
        QVERIFY(answer(fixture, ada, id, seen));
        auto stranger = answer(fixture, ada, id, 9999);
        QCOMPARE(stranger.error().code, u"unknown_message"_s);
    }

    void aShopReadsOnlyItsOwnChatsRecords()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        const qint64 before = fixture.store().changes().lastSeq().value();
        const qint64 own = idOf(receive(fixture, website, chat(u"c-1"_s, u"Hallo"_s)));
        idOf(receive(fixture, otherWebsite, chat(u"c-1"_s, u"Hallo"_s)));
        idOf(receive(fixture, intake, mail(u"m1@example.org"_s)));
        shopdesk::storage::ChangeScope scope;
        scope.only = {u"product"_s};
        scope.chatsOf = website.userId;
        scope.chatsOfName = website.username;
        qint64 next = 0;
        const QJsonArray records =
            shopdesk::storage::BulkReader(fixture.database(), fixture.store())
                .changes(before, 100, scope, &next)
                .value();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0][u"id"_s].toString(), QString::number(own));
        const QJsonArray all = fixture.store().changes().read(before, 100).value();
        QCOMPARE(all.size(), 3);
        int accepted = 0;
        for (const QJsonValue &record : all)
            accepted += scope.accepts(record[u"entity"_s].toString(), record[u"data"_s].toObject());
        QCOMPARE(accepted, 1);
    }
    void conversationsFollowTheCustomer()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto make = [&](const QString &name, const QString &email) {
            return fixture
                .write([&](ShopStore &store) {
                    return store.customers().create(StoreFixture::admin(),
                                                    {{u"name"_s, name}, {u"email"_s, email}}, true);
                })
                .value()[u"id"_s]
                .toInteger();
        };
        const qint64 survivor = make(u"Clara Hahn"_s, u"clara.hahn@example.org"_s);
        const qint64 duplicate = make(u"Clara Hahn"_s, u"clara@example.org"_s);
        const qint64 id = idOf(receive(fixture, intake, mail(u"m1@example.org"_s)));
        QCOMPARE(read(fixture, id)[u"customer_id"_s].toInteger(), duplicate);

        // A merge moves the conversation to the survivor, with its change record.
        const qint64 seq = fixture.store().changes().lastSeq().value();
        QVERIFY(fixture.write([&](ShopStore &store) {
            return shopdesk::storage::CustomerMerge(store).merge(StoreFixture::admin(), survivor,
                                                                 duplicate);
        }));
        QCOMPARE(read(fixture, id)[u"customer_id"_s].toInteger(), survivor);
        const QJsonArray records = fixture.store().changes().read(seq, 100).value();
        QVERIFY(std::any_of(records.begin(), records.end(), [](const QJsonValue &record) {
            return record[u"entity"_s].toString() == u"conversation"_s;
        }));

        // The export carries it with its messages.
        const QJsonObject exported =
            shopdesk::storage::CustomerExport(fixture.store()).json(survivor).value();
        QCOMPARE(exported[u"conversations"_s][0][u"messages"_s][0][u"text"_s].toString(),
                 u"Ich hätte gern zwei Tassen MUG-1."_s);

        // The erasure clears what it says and who sent it, in the change log too.
        QVERIFY(fixture.write([&](ShopStore &store) {
            return shopdesk::storage::CustomerErasure(store).erase(StoreFixture::admin(), survivor);
        }));
        const QJsonObject erased = read(fixture, id);
        QCOMPARE(erased[u"contact"_s][u"email"_s].toString(), QString());
        QCOMPARE(erased[u"subject"_s].toString(), QString());
        QCOMPARE(erased[u"messages"_s][0][u"text"_s].toString(), QString());
        const QJsonArray log = fixture.store().changes().read(0, 1000).value();
        for (const QJsonValue &record : log) {
            if (record[u"entity"_s].toString() == u"conversation"_s) {
                QVERIFY(!QJsonDocument(record.toObject()).toJson().contains("Tassen"));
                QVERIFY(!QJsonDocument(record.toObject()).toJson().contains("clara@"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageInbox)
#include "tst_inbox.moc"
