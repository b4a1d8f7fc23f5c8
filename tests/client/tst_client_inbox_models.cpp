#include "tst_client_inbox_shop.h"

#include "client/clientsession.h"
#include "client/inbox/conversationlistmodel.h"
#include "client/inbox/inboxcounter.h"
#include "client/inbox/inboxservice.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "domain/inbox/conversationrecord.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::client;
using shopdesk::test::answer;
using shopdesk::test::InboxShop;

namespace {

const QDateTime noon = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

QString conversationPath(qint64 id, const QString &tail = {})
{
    return u"/api/v1/inbox/conversations/%1"_s.arg(id) + tail;
}

InboxService::Filter filterOf(const QString &status, const QString &sort,
                              const QString &assignee = {})
{
    InboxService::Filter filter;
    filter.status = status;
    filter.sort = sort;
    filter.assignee = assignee;
    return filter;
}

} // namespace

// ConversationListModel and InboxCounter on alice's live session against a real server: the
// website's chats arrive through the client's own sync path, rows join, move and leave one by
// one, snoozes come back by the clock, and the waiting count follows the records alone.
class TestClientInboxModels : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    std::unique_ptr<InboxShop> m_inbox;
    std::unique_ptr<ClientSession> m_alice;
    std::unique_ptr<InboxService> m_service;

    // A fresh shop and alice's live session, for one test.
    bool startShop()
    {
        if (!m_inbox->start())
            return false;
        m_alice = test::openLiveSession(m_inbox->shop().url(), u"alice"_s);
        if (!m_alice)
            return false;
        m_service = std::make_unique<InboxService>(m_alice->api());
        return true;
    }

    // A list kept from alice's live feed, read from the server.
    std::unique_ptr<ConversationListModel> listOf(const InboxService::Filter &filter)
    {
        auto model = std::make_unique<ConversationListModel>(m_service.get(), u"alice"_s);
        connect(m_alice->cache()->changes(), &LocalCacheChanges::recordsApplied, model.get(),
                &ConversationListModel::applyChanges);
        model->setFilter(filter);
        return model;
    }

    QVariant cell(const ConversationListModel &model, qint64 id, int column, int role) const
    {
        const int row = model.rowOfId(id);
        return row < 0 ? QVariant() : model.index(row, column).data(role);
    }

    template<typename Action>
    Result<inbox::ConversationRecord> change(Action action)
    {
        return answer<inbox::ConversationRecord>(
            [&](InboxService::ConversationDone done) { action(std::move(done)); });
    }

private slots:
    void init() { m_inbox = std::make_unique<InboxShop>(); }

    void cleanup()
    {
        m_service.reset();
        m_alice.reset();
        m_inbox.reset();
    }

    void saysHowLongSomethingWaited_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("nothing yet") << qint64(0) << u"0 s"_s;
        QTest::addRow("seconds") << qint64(45) << u"45 s"_s;
        QTest::addRow("minutes") << qint64(12 * 60 + 59) << u"12 min"_s;
        QTest::addRow("hours") << qint64(3 * 3600 + 5 * 60 + 20) << u"3 h 5 min"_s;
        QTest::addRow("days") << qint64(2 * 86400 + 7 * 3600) << u"2 d"_s;
    }

    void saysHowLongSomethingWaited()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ConversationListModel::waitingText(seconds), text);
    }

    void listsWhatTheFilterSelects_data()
    {
        QTest::addColumn<QString>("status");     // of the conversation
        QTest::addColumn<int>("snoozedSeconds"); // snoozed_until from now; 0: none
        QTest::addColumn<bool>("waits");         // waiting_since set
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("filterStatus");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("filterAssignee");
        QTest::addColumn<bool>("listed");
        QTest::addRow("open in open") << u"open"_s << 0 << false << QString() << u"open"_s
                                      << u"recent"_s << QString() << true;
        QTest::addRow("answered not in waiting") << u"open"_s << 0 << false << QString()
                                                 << u"open"_s << u"waiting"_s << QString() << false;
        QTest::addRow("waiting in waiting") << u"open"_s << 0 << true << QString() << u"open"_s
                                            << u"waiting"_s << QString() << true;
        QTest::addRow("done not in open") << u"done"_s << 0 << false << QString() << u"open"_s
                                          << u"recent"_s << QString() << false;
        QTest::addRow("done in done") << u"done"_s << 0 << false << QString() << u"done"_s
                                      << u"recent"_s << QString() << true;
        QTest::addRow("asleep not in open") << u"snoozed"_s << 60 << true << QString() << u"open"_s
                                            << u"waiting"_s << QString() << false;
        QTest::addRow("asleep in snoozed") << u"snoozed"_s << 60 << true << QString()
                                           << u"snoozed"_s << u"recent"_s << QString() << true;
        QTest::addRow("woken in open") << u"snoozed"_s << -1 << true << QString() << u"open"_s
                                       << u"waiting"_s << QString() << true;
        QTest::addRow("woken not in snoozed") << u"snoozed"_s << -1 << true << QString()
                                              << u"snoozed"_s << u"recent"_s << QString() << false;
        QTest::addRow("someone else's") << u"open"_s << 0 << true << u"bob"_s << u"open"_s
                                        << u"recent"_s << u"alice"_s << false;
        QTest::addRow("own") << u"open"_s << 0 << true << u"alice"_s << u"open"_s << u"recent"_s
                             << u"alice"_s << true;
    }

    void listsWhatTheFilterSelects()
    {
        QFETCH(QString, status);
        QFETCH(int, snoozedSeconds);
        QFETCH(bool, waits);
        QFETCH(QString, assignee);
        QFETCH(QString, filterStatus);
        QFETCH(QString, sort);
        QFETCH(QString, filterAssignee);
        QFETCH(bool, listed);
        inbox::ConversationRecord conversation;
        conversation.id = 3;
        conversation.status = inbox::parseConversationStatus(status).value();
        if (snoozedSeconds != 0)
            conversation.snoozedUntil = noon.addSecs(snoozedSeconds);
        if (waits)
            conversation.waitingSince = noon.addSecs(-600);
        conversation.assignee = assignee;
        conversation.lastMessageAt = noon.addSecs(-600);
        QCOMPARE(ConversationListModel::belongsTo(
                     conversation, filterOf(filterStatus, sort, filterAssignee), noon),
                 listed);
    }

    void aNewChatAppearsWithinASecond()
    {
        SHOPDESK_REQUIRE_BACKEND(m_inbox->shop().server());
        QVERIFY2(startShop(), qPrintable(m_inbox->shop().server().output()));
        const qint64 first = m_inbox->chat(u"live-1"_s, u"Do you have MUG-01 in blue?"_s);
        QVERIFY(first > 0);
        auto model = listOf(filterOf(u"open"_s, u"recent"_s));
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(model->rowCount(), 1);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);

        const qint64 second =
            m_inbox->chat(u"live-2"_s, u"Is my order on its way?"_s, u"erik@example.org"_s);
        QVERIFY(second > 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOfId(second), 0, 1000);
        QCOMPARE(model->rowOfId(first), 1);
        QCOMPARE(cell(*model, second, ConversationListModel::CustomerColumn, Qt::DisplayRole),
                 QVariant(u"Dana Ost"_s));
        QCOMPARE(cell(*model, second, ConversationListModel::ChannelColumn, Qt::DisplayRole),
                 QVariant(u"Chat"_s));
        QVERIFY(cell(*model, second, ConversationListModel::SubjectColumn, Qt::DisplayRole)
                    .toString()
                    .contains(u"order"_s));
        QCOMPARE(cell(*model, second, ConversationListModel::AssigneeColumn, Qt::DisplayRole),
                 QVariant(u"nobody"_s));
        QVERIFY(cell(*model, second, ConversationListModel::WaitingColumn, Qt::DisplayRole)
                    .toString()
                    .endsWith(u" s"_s));
        QVERIFY(cell(*model, second, 0, ConversationListModel::WaitingRole).toBool());
        QCOMPARE(cell(*model, second, 0, ConversationListModel::ConversationIdRole).toLongLong(),
                 second);

        // A newer message moves its conversation to the top, row by row.
        QVERIFY(m_inbox->chat(u"live-1"_s, u"Or in green?"_s) == first);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOfId(first), 0, 1000);
        QCOMPARE(model->rowOfId(second), 1);
        QCOMPARE(model->conversation(0).lastMessage->text, u"Or in green?"_s);
        QCOMPARE(resets.size(), 0);
    }

    void waitingListKeepsOnlyWhatWaits_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("stays");
        QTest::addRow("answered") << u"reply"_s << false;
        QTest::addRow("done") << u"done"_s << false;
        QTest::addRow("snoozed") << u"snooze"_s << false;
        QTest::addRow("assigned") << u"assign"_s << true;
    }

    void waitingListKeepsOnlyWhatWaits()
    {
        QFETCH(QString, action);
        QFETCH(bool, stays);
        SHOPDESK_REQUIRE_BACKEND(m_inbox->shop().server());
        QVERIFY2(startShop(), qPrintable(m_inbox->shop().server().output()));
        const qint64 older = m_inbox->chat(u"wait-1"_s, u"First question"_s);
        const qint64 newer = m_inbox->chat(u"wait-2"_s, u"Second question"_s);
        QVERIFY(older > 0 && newer > 0);
        auto model = listOf(filterOf(u"open"_s, u"waiting"_s));
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model->isLoaded());
        // The longest waiting first.
        QCOMPARE(model->rowOfId(older), 0);
        QCOMPARE(model->rowOfId(newer), 1);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);

        Result<inbox::ConversationRecord> changed = Error{};
        if (action == u"reply"_s) {
            changed = answer<inbox::ConversationRecord>([&](auto done) {
                m_service->reply(
                    older, u"Answer"_s, m_inbox->newestMessage(older),
                    [done](const auto &conversation, const auto &) { done(conversation); });
            });
        } else if (action == u"done"_s) {
            changed = change([&](auto done) { m_service->markDone(older, done); });
        } else if (action == u"snooze"_s) {
            changed = change([&](auto done) {
                m_service->snooze(older, QDateTime::currentDateTimeUtc().addSecs(3600), done);
            });
        } else {
            changed = change([&](auto done) { m_service->assign(older, u"bob"_s, done); });
        }
        QVERIFY2(changed, qPrintable(changed.error().message));
        if (stays) {
            QTRY_COMPARE(
                cell(*model, older, ConversationListModel::AssigneeColumn, Qt::DisplayRole),
                QVariant(u"bob"_s));
            QCOMPARE(model->rowOfId(older), 0);
        } else {
            QTRY_COMPARE(model->rowOfId(older), -1);
            QCOMPARE(model->rowOfId(newer), 0);
        }
        QCOMPARE(resets.size(), 0);
    }

    void aSnoozeRunsOutByTheClock_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("readAgain"); // the list read again while it sleeps
        QTest::addRow("open list") << u"open"_s << false;
        QTest::addRow("open list read while asleep") << u"open"_s << true;
        QTest::addRow("snoozed list") << u"snoozed"_s << false;
        QTest::addRow("snoozed list read while asleep") << u"snoozed"_s << true;
    }

    void aSnoozeRunsOutByTheClock()
    {
        QFETCH(QString, status);
        QFETCH(bool, readAgain);
        SHOPDESK_REQUIRE_BACKEND(m_inbox->shop().server());
        QVERIFY2(startShop(), qPrintable(m_inbox->shop().server().output()));
        const qint64 id = m_inbox->chat(u"sleep-1"_s, u"Call me back tomorrow"_s);
        QVERIFY(id > 0);
        auto model = listOf(filterOf(status, u"recent"_s));
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model->isLoaded());
        const bool openList = status == u"open"_s;
        QCOMPARE(model->rowOfId(id) >= 0, openList);

        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(6);
        const auto snoozed = change([&](auto done) { m_service->snooze(id, until, done); });
        QVERIFY2(snoozed, qPrintable(snoozed.error().message));
        const qint64 seq = m_inbox->lastSeq();
        QTRY_COMPARE(model->rowOfId(id) >= 0, !openList);
        if (readAgain) {
            QSignalSpy loaded(model.get(), &ConversationListModel::loaded);
            model->reload();
            QTRY_COMPARE(loaded.size(), 1);
            QCOMPARE(model->rowOfId(id) >= 0, !openList);
        }
        // The server's time (whole seconds) is the one the list goes by.
        const QDateTime wakes = snoozed->snoozedUntil;
        QVERIFY(QDateTime::currentDateTimeUtc() < wakes);
        // Back in the open list (out of the snoozed one) once the time has passed.
        QTRY_VERIFY_WITH_TIMEOUT((model->rowOfId(id) >= 0) == openList, 10000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= wakes);
        QCOMPARE(m_inbox->recordsSince(seq, id), 0);
        if (openList)
            QVERIFY(cell(*model, id, 0, ConversationListModel::WaitingRole).toBool());
    }

    void sortsByWaitingTime()
    {
        SHOPDESK_REQUIRE_BACKEND(m_inbox->shop().server());
        QVERIFY2(startShop(), qPrintable(m_inbox->shop().server().output()));
        const qint64 longer = m_inbox->chat(u"sort-1"_s, u"Waiting longer"_s);
        QVERIFY(longer > 0);
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() >= since.addSecs(2));
        const qint64 shorter = m_inbox->chat(u"sort-2"_s, u"Waiting shorter"_s);
        const qint64 answered = m_inbox->chat(u"sort-3"_s, u"Answered"_s);
        QVERIFY(shorter > 0 && answered > 0);
        QCOMPARE(m_inbox->bob()
                     .post(conversationPath(answered, u"/reply"_s),
                           {{u"text"_s, u"Done."_s},
                            {u"seen_message_id"_s, m_inbox->newestMessage(answered)}})
                     .status,
                 201);

        // Newest message first, as the server lists them.
        auto model = listOf(filterOf(u"open"_s, u"recent"_s));
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->rowOfId(answered), 0);
        QCOMPARE(model->rowOfId(longer), 2);
        // A proxy sorts by the waiting time the model gives as a number.
        const auto seconds = [&](qint64 id) {
            return cell(*model, id, ConversationListModel::WaitingColumn,
                        ConversationListModel::SortRole);
        };
        QCOMPARE(seconds(answered).toLongLong(), -1);
        QVERIFY(seconds(longer).toLongLong() >= seconds(shorter).toLongLong() + 1);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        proxy.setSortRole(ConversationListModel::SortRole);
        proxy.sort(ConversationListModel::WaitingColumn, Qt::DescendingOrder);
        const auto idAt = [&proxy](int row) {
            return proxy.index(row, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
        };
        QCOMPARE((QList<qint64>{idAt(0), idAt(1), idAt(2)}),
                 (QList<qint64>{longer, shorter, answered}));

        // The waiting list orders itself so, and leaves the answered one out.
        auto waiting = listOf(filterOf(u"open"_s, u"waiting"_s));
        QTRY_VERIFY(waiting->isLoaded());
        QCOMPARE(waiting->rowCount(), 2);
        QCOMPARE(waiting->rowOfId(longer), 0);
        QCOMPARE(waiting->rowOfId(shorter), 1);
    }

    void showsWhoElseIsTyping()
    {
        SHOPDESK_REQUIRE_BACKEND(m_inbox->shop().server());
        QVERIFY2(startShop(), qPrintable(m_inbox->shop().server().output()));
        const qint64 id = m_inbox->chat(u"typing-1"_s, u"Hello?"_s);
        QVERIFY(id > 0);
        auto model = listOf(filterOf(u"open"_s, u"recent"_s));
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(cell(*model, id, 0, ConversationListModel::ReplyingRole), QVariant(QString()));

        QCOMPARE(m_inbox->bob().post(conversationPath(id, u"/typing"_s), {}).status, 200);
        QTRY_COMPARE(cell(*model, id, ConversationListModel::SubjectColumn,
                          ConversationListModel::ReplyingRole),
                     QVariant(u"bob"_s));

        // Alice's own typing is not someone else's.
        m_service->announceTyping(id);
        QTRY_COMPARE(model->conversation(model->rowOfId(id)).replyingUser, u"alice"_s);
        QCOMPARE(cell(*model, id, 0, ConversationListModel::ReplyingRole), QVariant(QString()));
    }

    void countsWhatWaits()
    {
        SHOPDESK_REQUIRE_BACKEND(m_inbox->shop().server());
        QVERIFY2(startShop(), qPrintable(m_inbox->shop().server().output()));
        const qint64 waiting = m_inbox->chat(u"count-1"_s, u"Waiting"_s);
        const qint64 answered = m_inbox->chat(u"count-2"_s, u"Answered"_s);
        const qint64 asleep = m_inbox->chat(u"count-3"_s, u"Asleep"_s);
        QVERIFY(waiting > 0 && answered > 0 && asleep > 0);
        QCOMPARE(m_inbox->bob()
                     .post(conversationPath(answered, u"/reply"_s),
                           {{u"text"_s, u"Done."_s},
                            {u"seen_message_id"_s, m_inbox->newestMessage(answered)}})
                     .status,
                 201);
        QVERIFY(change([&](auto done) {
            m_service->snooze(asleep, QDateTime::currentDateTimeUtc().addSecs(3600), done);
        }));

        InboxCounter counter(m_service.get());
        connect(m_alice->cache()->changes(), &LocalCacheChanges::recordsApplied, &counter,
                &InboxCounter::applyChanges);
        QSignalSpy changes(&counter, &InboxCounter::waitingChanged);
        counter.reload();
        QTRY_COMPARE(counter.waiting(), 1);

        // From here on the records alone keep the count.
        const qint64 fresh = m_inbox->chat(u"count-4"_s, u"New"_s);
        QVERIFY(fresh > 0);
        QTRY_COMPARE_WITH_TIMEOUT(counter.waiting(), 2, 1000);
        QCOMPARE(m_inbox->bob()
                     .post(conversationPath(fresh, u"/reply"_s),
                           {{u"text"_s, u"Hi."_s},
                            {u"seen_message_id"_s, m_inbox->newestMessage(fresh)}})
                     .status,
                 201);
        QTRY_COMPARE(counter.waiting(), 1);
        QVERIFY(change([&](auto done) { m_service->markDone(waiting, done); }));
        QTRY_COMPARE(counter.waiting(), 0);

        // A short snooze: gone from the count, then back by the clock.
        const qint64 later = m_inbox->chat(u"count-5"_s, u"Later"_s);
        QTRY_COMPARE(counter.waiting(), 1);
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(5);
        const auto snoozed = change([&](auto done) { m_service->snooze(later, until, done); });
        QVERIFY2(snoozed, qPrintable(snoozed.error().message));
        QTRY_COMPARE(counter.waiting(), 0);
        // A counter read from the server meanwhile knows the sleeper too.
        InboxCounter reread(m_service.get());
        reread.reload();
        QTRY_VERIFY_WITH_TIMEOUT(counter.waiting() == 1 && reread.waiting() == 1, 10000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= snoozed->snoozedUntil);
        QList<int> seen;
        for (const QList<QVariant> &signal : std::as_const(changes))
            seen.append(signal.first().toInt());
        QCOMPARE(seen, (QList<int>{1, 2, 1, 0, 1, 0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestClientInboxModels)
#include "tst_client_inbox_models.moc"
