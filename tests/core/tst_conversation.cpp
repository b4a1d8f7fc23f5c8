// The inbox's domain types: the API words, the one rule for status changes, and the records
// the client reads from the server's JSON.

#include "domain/inbox/conversation.h"
#include "domain/inbox/conversationrecord.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::inbox;

Q_DECLARE_METATYPE(ConversationStatus)

class TestConversation : public QObject
{
    Q_OBJECT

    static QJsonObject message(qint64 id, const QString &direction)
    {
        return {{u"id"_s, id},
                {u"conversation_id"_s, 7},
                {u"direction"_s, direction},
                {u"author"_s, u"Dana Ost"_s},
                {u"text"_s, u"Hallo"_s},
                {u"html"_s, u""_s},
                {u"message_id"_s, QJsonValue()},
                {u"auto_submitted"_s, false},
                {u"unreadable"_s, false},
                {u"raw_size"_s, 0},
                {u"sent_at"_s, QJsonValue()},
                {u"at"_s, u"2026-12-07T10:00:00Z"_s},
                {u"mail_outbox_id"_s, QJsonValue()},
                {u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, 3},
                                                          {u"file_name"_s, u"logo.png"_s},
                                                          {u"content_type"_s, u"image/png"_s},
                                                          {u"size"_s, 508},
                                                          {u"sha256"_s, u"ab12"_s},
                                                          {u"kept"_s, true}}}}};
    }

    static QJsonObject conversation()
    {
        return {{u"id"_s, 7},
                {u"channel"_s, u"chat"_s},
                {u"subject"_s, u"Hallo"_s},
                {u"status"_s, u"open"_s},
                {u"snoozed_until"_s, QJsonValue()},
                {u"assignee"_s, u"alex"_s},
                {u"customer_id"_s, QJsonValue()},
                {u"customer_name"_s, QJsonValue()},
                {u"contact"_s, QJsonObject{{u"name"_s, u"Dana Ost"_s},
                                           {u"email"_s, u"dana@example.org"_s},
                                           {u"phone"_s, u""_s}}},
                {u"conversation_key"_s, u"web-42"_s},
                {u"posted_by"_s, u"website"_s},
                {u"ticket_id"_s, QJsonValue()},
                {u"order_ids"_s, QJsonArray{40, 41}},
                {u"waiting_since"_s, u"2026-12-07T10:00:00Z"_s},
                {u"last_message_at"_s, u"2026-12-07T10:00:00Z"_s},
                {u"created_at"_s, u"2026-12-07T10:00:00Z"_s},
                {u"replying"_s,
                 QJsonObject{{u"user"_s, u"bert"_s}, {u"until"_s, u"2026-12-07T10:00:20Z"_s}}},
                {u"message_count"_s, 1},
                {u"last_message"_s, message(11, u"in"_s)},
                {u"messages"_s, QJsonArray{message(11, u"in"_s)}}};
    }

private slots:
    void wordsRoundTrip()
    {
        for (ConversationStatus status : allConversationStatuses())
            QCOMPARE(parseConversationStatus(conversationStatusName(status)).value(), status);
        for (InboxChannel channel : allInboxChannels())
            QCOMPARE(parseInboxChannel(inboxChannelName(channel)).value(), channel);
        QCOMPARE(parseConversationStatus(u"closed"_s).error().code, u"unknown_status"_s);
        QCOMPARE(parseInboxChannel(u"sms"_s).error().code, u"unknown_channel"_s);
        QCOMPARE(parseMessageDirection(u"sideways"_s).error().code, u"unknown_direction"_s);
    }

    void statusRule_data()
    {
        QTest::addColumn<ConversationStatus>("from");
        QTest::addColumn<ConversationStatus>("to");
        QTest::addColumn<bool>("allowed");
        using S = ConversationStatus;
        QTest::addRow("open to snoozed") << S::Open << S::Snoozed << true;
        QTest::addRow("open to done") << S::Open << S::Done << true;
        QTest::addRow("snoozed again") << S::Snoozed << S::Snoozed << true;
        QTest::addRow("snoozed to open") << S::Snoozed << S::Open << true;
        QTest::addRow("snoozed to done") << S::Snoozed << S::Done << true;
        QTest::addRow("done to open") << S::Done << S::Open << true;
        QTest::addRow("done to snoozed") << S::Done << S::Snoozed << false;
    }
    void statusRule()
    {
        QFETCH(ConversationStatus, from);
        QFETCH(ConversationStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(conversationAllowsStatus(from, to), allowed);
    }

    void readsTheServersConversation()
    {
        auto read = ConversationRecord::fromJson(conversation());
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        const ConversationRecord &c = read.value();
        QCOMPARE(c.id, 7);
        QCOMPARE(c.channel, InboxChannel::Chat);
        QCOMPARE(c.status, ConversationStatus::Open);
        QCOMPARE(c.assignee, u"alex"_s);
        QCOMPARE(c.customerId, 0);
        QCOMPARE(c.contactEmail, u"dana@example.org"_s);
        QCOMPARE(c.orderIds, (QList<qint64>{40, 41}));
        QVERIFY(c.isWaiting());
        QCOMPARE(c.replyingUser, u"bert"_s);
        const QDateTime before = QDateTime::fromString(u"2026-12-07T10:00:10Z"_s, Qt::ISODate);
        QVERIFY(c.othersReplying(u"alex"_s, before));
        QVERIFY(!c.othersReplying(u"bert"_s, before));
        QVERIFY(!c.othersReplying(u"alex"_s, before.addSecs(60)));
        QVERIFY(c.lastMessage.has_value());
        QCOMPARE(c.lastMessage->direction, MessageDirection::In);
        QCOMPARE(c.messages.size(), 1);
        QCOMPARE(c.messages[0].attachments.size(), 1);
        QCOMPARE(c.messages[0].attachments[0].fileName, u"logo.png"_s);
        QVERIFY(c.messages[0].attachments[0].kept);
    }

    void refusesWhatIsNotAConversation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addRow("no id") << u"id"_s << QJsonValue(QJsonValue::Undefined)
                               << u"invalid_field"_s;
        QTest::addRow("unknown status")
            << u"status"_s << QJsonValue(u"closed"_s) << u"unknown_status"_s;
        QTest::addRow("unknown channel")
            << u"channel"_s << QJsonValue(u"sms"_s) << u"unknown_channel"_s;
        QTest::addRow("a message without direction")
            << u"messages"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, 1}, {u"text"_s, u""_s}}})
            << u"invalid_field"_s;
    }
    void refusesWhatIsNotAConversation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject object = conversation();
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        auto read = ConversationRecord::fromJson(object);
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
    }
};

QTEST_APPLESS_MAIN(TestConversation)
#include "tst_conversation.moc"
