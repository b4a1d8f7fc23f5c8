#include "clientfixture.h"

#include "client/care/ticketcountdown.h"
#include "client/care/ticketlistmodel.h"
#include "client/care/ticketrefusal.h"
#include "client/care/ticketservice.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "domain/care/followuprecord.h"
#include "domain/care/ticketrecord.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::client;
using shopdesk::test::ClientShop;

namespace {

// The ticket of docs/api.md, every field set.
QJsonObject fullTicket()
{
    return QJsonDocument::fromJson(R"({
        "id": 17, "number": "T-17", "kind": "complaint", "status": "open", "priority": "high",
        "channel": "email", "subject": "Mug arrived broken", "customer_id": 5,
        "customer_name": "Ida Sommer", "order_id": 1042,
        "lines": [{"sku": "MUG-1", "quantity": 1}],
        "assignee": "agent", "created_by": "agent", "created_at": "2026-12-07T09:12:00Z",
        "updated_at": "2026-12-07T09:40:00Z", "first_response_at": "2026-12-07T09:40:00Z",
        "resolved_at": null, "escalation_level": 2, "in_qa_queue": true,
        "qa": {"cause": "packing", "action": "Double box mugs", "by": "quinn",
               "at": "2026-12-07T11:00:00Z"},
        "sla": {"first_response": {"state": "met", "due_at": "2026-12-07T10:12:00Z",
                                   "warn_at": "2026-12-07T10:00:00Z", "used_minutes": 28,
                                   "target_minutes": 60, "breached": false},
                "next_update": {"state": "running", "due_at": "2026-12-07T13:40:00Z",
                                "warn_at": "2026-12-07T12:52:00Z", "used_minutes": 5,
                                "target_minutes": 240, "breached": false},
                "resolution": {"state": "paused", "due_at": null, "warn_at": null,
                               "used_minutes": 33, "target_minutes": 960, "breached": true}},
        "messages": [{"id": 3, "kind": "customer", "author": "agent",
                      "text": "The handle came off.", "at": "2026-12-07T09:12:00Z"},
                     {"id": 4, "kind": "public", "author": "agent", "text": "Sorry!",
                      "at": "2026-12-07T09:40:00Z"},
                     {"id": 5, "kind": "internal", "author": "agent", "text": "Courier?",
                      "at": "2026-12-07T09:41:00Z"}],
        "history": [{"status": "new", "at": "2026-12-07T09:12:00Z", "user": "agent"},
                    {"status": "open", "at": "2026-12-07T09:40:00Z", "user": "agent"}]
    })")
        .object();
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

// A ticket with one running first-response clock, due at `due`, warned at `warn`.
care::TicketRecord runningTicket(const QDateTime &due, const QDateTime &warn, bool breached)
{
    care::TicketRecord ticket;
    ticket.id = 1;
    ticket.firstResponse.state = care::ClockState::State::Running;
    ticket.firstResponse.dueAt = due;
    ticket.firstResponse.warnAt = warn;
    ticket.firstResponse.breached = breached;
    ticket.resolution.state = care::ClockState::State::Running;
    ticket.resolution.dueAt = due.addDays(2);
    return ticket;
}

// Runs one asynchronous call and waits for its answer.
template<typename T, typename Call>
Result<T> answer(Call call)
{
    std::optional<Result<T>> out;
    call([&](const Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return Error{u"timeout"_s, u"no answer"_s, {}};
    return *out;
}

bool addUser(ClientShop &shop, const QString &name, const QString &role)
{
    return shop.admin()
               .post(u"/api/v1/users"_s,
                     {{u"username"_s, name},
                      {u"password"_s, QString::fromLatin1(ClientShop::password)},
                      {u"role"_s, role}})
               .status == 201;
}

} // namespace

// The tickets' domain values, countdown and refusal words, and TicketService and
// TicketListModel against a real server.
class TestTickets : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;

private slots:
    void readsEveryFieldOfATicket()
    {
        const auto parsed = care::TicketRecord::fromJson(fullTicket());
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const care::TicketRecord &t = parsed.value();
        QCOMPARE(t.id, 17);
        QCOMPARE(t.number, u"T-17"_s);
        QCOMPARE(t.kind, care::TicketKind::Complaint);
        QCOMPARE(t.status, care::TicketStatus::Open);
        QCOMPARE(t.priority, care::TicketPriority::High);
        QCOMPARE(t.channel, care::TicketChannel::Email);
        QCOMPARE(t.subject, u"Mug arrived broken"_s);
        QCOMPARE(t.customerId, 5);
        QCOMPARE(t.customerName, u"Ida Sommer"_s);
        QCOMPARE(t.orderId, 1042);
        QCOMPARE(t.lines.size(), 1);
        QCOMPARE(t.lines.first().sku, u"MUG-1"_s);
        QCOMPARE(t.lines.first().quantity, 1);
        QCOMPARE(t.assignee, u"agent"_s);
        QCOMPARE(t.createdBy, u"agent"_s);
        QCOMPARE(t.createdAt, utc("2026-12-07T09:12:00Z"));
        QCOMPARE(t.updatedAt, utc("2026-12-07T09:40:00Z"));
        QCOMPARE(t.firstResponseAt, utc("2026-12-07T09:40:00Z"));
        QVERIFY(!t.resolvedAt.isValid());
        QCOMPARE(t.escalationLevel, 2);
        QVERIFY(t.inQaQueue);
        QVERIFY(t.qa);
        QCOMPARE(t.qa->cause, care::QaCause::Packing);
        QCOMPARE(t.qa->action, u"Double box mugs"_s);
        QCOMPARE(t.qa->by, u"quinn"_s);
        QCOMPARE(t.qa->at, utc("2026-12-07T11:00:00Z"));
        QCOMPARE(t.firstResponse.state, care::ClockState::State::Met);
        QCOMPARE(t.firstResponse.usedMinutes, 28);
        QCOMPARE(t.firstResponse.targetMinutes, 60);
        QCOMPARE(t.nextUpdate.state, care::ClockState::State::Running);
        QCOMPARE(t.nextUpdate.dueAt, utc("2026-12-07T13:40:00Z"));
        QCOMPARE(t.nextUpdate.warnAt, utc("2026-12-07T12:52:00Z"));
        QCOMPARE(t.resolution.state, care::ClockState::State::Paused);
        QVERIFY(!t.resolution.dueAt.isValid());
        QVERIFY(t.resolution.breached);
        QCOMPARE(t.messages.size(), 3);
        QCOMPARE(t.messages.at(0).kind, care::TicketMessageKind::Customer);
        QCOMPARE(t.messages.at(1).kind, care::TicketMessageKind::Public);
        QCOMPARE(t.messages.at(2).kind, care::TicketMessageKind::Internal);
        QCOMPARE(t.messages.at(2).text, u"Courier?"_s);
        QCOMPARE(t.messages.at(1).id, 4);
        QCOMPARE(t.history.size(), 2);
        QCOMPARE(t.history.at(1).status, care::TicketStatus::Open);
        QCOMPARE(t.history.at(1).user, u"agent"_s);
        // The next update runs: it is the one the queue counts down to.
        QCOMPARE(t.nextDueClock(), &t.nextUpdate);
    }

    void refusesAnUnreadableTicket_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addRow("no number")
            << u"number"_s << QJsonValue() << u"invalid_field"_s << u"number"_s;
        QTest::addRow("id zero") << u"id"_s << QJsonValue(0) << u"invalid_field"_s << u"id"_s;
        QTest::addRow("unknown kind")
            << u"kind"_s << QJsonValue(u"rant"_s) << u"unknown_kind"_s << u"kind"_s;
        QTest::addRow("unknown status")
            << u"status"_s << QJsonValue(u"pending"_s) << u"unknown_status"_s << u"status"_s;
        QTest::addRow("unknown priority")
            << u"priority"_s << QJsonValue(u"asap"_s) << u"unknown_priority"_s << u"priority"_s;
        QTest::addRow("unknown channel")
            << u"channel"_s << QJsonValue(u"fax"_s) << u"unknown_channel"_s << u"channel"_s;
        QTest::addRow("customer as text")
            << u"customer_id"_s << QJsonValue(u"5"_s) << u"invalid_field"_s << u"customer_id"_s;
        QTest::addRow("lines not a list")
            << u"lines"_s << QJsonValue(u"MUG-1"_s) << u"invalid_field"_s << u"lines"_s;
        QTest::addRow("sla not an object")
            << u"sla"_s << QJsonValue(3) << u"invalid_field"_s << u"sla"_s;
    }

    void refusesAnUnreadableTicket()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QJsonObject ticket = fullTicket();
        if (value.isUndefined())
            ticket.remove(path);
        else
            ticket.insert(path, value);
        const auto parsed = care::TicketRecord::fromJson(ticket);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().details.value(u"field"_s).toString(), field);
    }

    void refusesUnreadablePartsOfATicket_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("field");
        QTest::addRow("message kind") << u"message"_s << u"messages[1].kind"_s;
        QTest::addRow("history status") << u"history"_s << u"history[0].status"_s;
        QTest::addRow("clock state") << u"clock"_s << u"sla.next_update"_s;
        QTest::addRow("qa cause") << u"qa"_s << u"qa.cause"_s;
    }

    void refusesUnreadablePartsOfATicket()
    {
        QFETCH(QString, part);
        QFETCH(QString, field);
        QJsonObject ticket = fullTicket();
        if (part == u"message"_s) {
            QJsonArray messages = ticket.value(u"messages"_s).toArray();
            QJsonObject second = messages.at(1).toObject();
            second.insert(u"kind"_s, u"shout"_s);
            messages.replace(1, second);
            ticket.insert(u"messages"_s, messages);
        } else if (part == u"history"_s) {
            QJsonArray history = ticket.value(u"history"_s).toArray();
            QJsonObject first = history.at(0).toObject();
            first.insert(u"status"_s, u"limbo"_s);
            history.replace(0, first);
            ticket.insert(u"history"_s, history);
        } else if (part == u"clock"_s) {
            QJsonObject sla = ticket.value(u"sla"_s).toObject();
            QJsonObject clock = sla.value(u"next_update"_s).toObject();
            clock.insert(u"state"_s, u"ticking"_s);
            sla.insert(u"next_update"_s, clock);
            ticket.insert(u"sla"_s, sla);
        } else {
            QJsonObject qa = ticket.value(u"qa"_s).toObject();
            qa.insert(u"cause"_s, u"gremlins"_s);
            ticket.insert(u"qa"_s, qa);
        }
        const auto parsed = care::TicketRecord::fromJson(ticket);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().details.value(u"field"_s).toString(), field);
    }

    void readsAFollowUp()
    {
        const auto parsed = care::FollowUpRecord::fromJson(QJsonDocument::fromJson(R"({
            "id": 9, "customer_id": 5, "order_id": 1042, "ticket_id": 17, "assignee": "agent",
            "due_at": "2026-12-08T10:00:00Z", "note": "Call back", "created_by": "mia",
            "created_at": "2026-12-07T10:00:00Z", "done_at": "2026-12-08T10:05:00Z",
            "outcome": "Happy", "done_by": "agent"})")
                                                               .object());
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->id, 9);
        QCOMPARE(parsed->customerId, 5);
        QCOMPARE(parsed->orderId, 1042);
        QCOMPARE(parsed->ticketId, 17);
        QCOMPARE(parsed->assignee, u"agent"_s);
        QCOMPARE(parsed->dueAt, utc("2026-12-08T10:00:00Z"));
        QCOMPARE(parsed->note, u"Call back"_s);
        QCOMPARE(parsed->createdBy, u"mia"_s);
        QCOMPARE(parsed->createdAt, utc("2026-12-07T10:00:00Z"));
        QVERIFY(parsed->isDone());
        QCOMPARE(parsed->outcome, u"Happy"_s);
        QCOMPARE(parsed->doneBy, u"agent"_s);
        const auto missing =
            care::FollowUpRecord::fromJson(QJsonObject{{u"id"_s, 9}, {u"customer_id"_s, 5}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().details.value(u"field"_s).toString(), u"due_at"_s);
    }

    void countsDownToTheNextDeadline_data()
    {
        QTest::addColumn<int>("secondsLeft");
        QTest::addColumn<int>("secondsToWarning");
        QTest::addColumn<bool>("breached");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tone");
        using Tone = TicketCountdown::Tone;
        QTest::addRow("calm") << 3725 << 600 << false << u"1 h 02 min"_s << int(Tone::Calm);
        QTest::addRow("minutes") << 605 << 60 << false << u"10 min 05 s"_s << int(Tone::Calm);
        QTest::addRow("days") << 2 * 86400 + 3 * 3600 << 60 << false << u"2 d 3 h"_s
                              << int(Tone::Calm);
        QTest::addRow("warned") << 300 << -60 << false << u"5 min 00 s"_s << int(Tone::Warning);
        QTest::addRow("past due, no breach yet")
            << -5 << -100 << false << u"due now"_s << int(Tone::Breached);
        QTest::addRow("breached") << -180 << -600 << true << u"breached 3 min 00 s ago"_s
                                  << int(Tone::Breached);
    }

    void countsDownToTheNextDeadline()
    {
        QFETCH(int, secondsLeft);
        QFETCH(int, secondsToWarning);
        QFETCH(bool, breached);
        QFETCH(QString, text);
        QFETCH(int, tone);
        const QDateTime now = utc("2026-12-07T10:00:00Z");
        const care::TicketRecord ticket =
            runningTicket(now.addSecs(secondsLeft), now.addSecs(secondsToWarning), breached);
        const TicketCountdown countdown = TicketCountdown::of(ticket, now);
        QCOMPARE(countdown.text, text);
        QCOMPARE(int(countdown.tone), tone);
        QCOMPARE(countdown.clock, u"First response"_s);
        QCOMPARE(countdown.secondsLeft, qint64(secondsLeft));
    }

    void countdownPausesAndEnds()
    {
        const QDateTime now = utc("2026-12-07T10:00:00Z");
        care::TicketRecord ticket = runningTicket(now.addSecs(60), now, false);
        ticket.firstResponse.state = care::ClockState::State::Paused;
        ticket.resolution.state = care::ClockState::State::Paused;
        QCOMPARE(TicketCountdown::of(ticket, now).text, u"paused"_s);
        // First response met: the resolution is next.
        ticket.firstResponse.state = care::ClockState::State::Met;
        ticket.resolution.state = care::ClockState::State::Running;
        QCOMPARE(TicketCountdown::of(ticket, now).clock, u"Resolution"_s);
        // Everything met (resolved): nothing to count.
        ticket.resolution.state = care::ClockState::State::Met;
        QVERIFY(TicketCountdown::of(ticket, now).text.isEmpty());
    }

    void wordsTheCareRefusals()
    {
        QCOMPARE(TicketRefusal::describe(
                     {u"already_taken"_s, u"taken"_s, QJsonObject{{u"assignee"_s, u"bob"_s}}}),
                 u"bob has already taken this ticket."_s);
        QCOMPARE(TicketRefusal::describe(
                     {u"invalid_status_change"_s, u"no"_s,
                      QJsonObject{{u"from"_s, u"closed"_s}, {u"to"_s, u"escalated"_s}}}),
                 u"A ticket cannot go from \"Closed\" to \"Escalated\"."_s);
        QCOMPARE(TicketRefusal::describe({u"something_new"_s, u"As the server says."_s, {}}),
                 u"As the server says."_s);
    }

    void serviceOpensListsAndWorksTickets()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"bob"_s, u"agent"_s));
        const auto order = shop.admin().post(
            u"/api/v1/orders"_s,
            {{u"customer_id"_s, shop.customerId()},
             {u"channel"_s, u"phone"_s},
             {u"payment_method"_s, u"card"_s},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 2}}}}});
        QCOMPARE(order.status, 201);
        const qint64 orderId = qint64(order.json().value(u"id"_s).toDouble());

        auto alice = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(alice);
        TicketService service(alice->api());
        TicketDraft draft;
        draft.kind = care::TicketKind::DeliveryProblem;
        draft.customerId = shop.customerId();
        draft.subject = u"Parcel arrived crushed"_s;
        draft.channel = care::TicketChannel::Phone;
        draft.priority = care::TicketPriority::Urgent;
        draft.orderId = orderId;
        draft.lines = {{u"MUG-01"_s, 1}};
        draft.text = u"The box was flat."_s;
        const auto opened =
            answer<care::TicketRecord>([&](auto done) { service.open(draft, done); });
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(opened->id > 0);
        QVERIFY(!opened->number.isEmpty());
        QCOMPARE(opened->kind, care::TicketKind::DeliveryProblem);
        QCOMPARE(opened->status, care::TicketStatus::New);
        QCOMPARE(opened->priority, care::TicketPriority::Urgent);
        QCOMPARE(opened->channel, care::TicketChannel::Phone);
        QCOMPARE(opened->subject, u"Parcel arrived crushed"_s);
        QCOMPARE(opened->customerId, shop.customerId());
        QCOMPARE(opened->customerName, u"Ada Lovelace"_s);
        QCOMPARE(opened->orderId, orderId);
        QCOMPARE(opened->lines.size(), 1);
        QCOMPARE(opened->lines.first().quantity, 1);
        QCOMPARE(opened->createdBy, u"alice"_s);
        QVERIFY(opened->createdAt.isValid());
        QCOMPARE(opened->firstResponse.state, care::ClockState::State::Running);
        QVERIFY(opened->firstResponse.dueAt > opened->createdAt);
        QVERIFY(opened->firstResponse.targetMinutes > 0);
        QCOMPARE(opened->messages.size(), 1);
        QCOMPARE(opened->messages.first().kind, care::TicketMessageKind::Customer);
        QCOMPARE(opened->messages.first().text, u"The box was flat."_s);

        // Listed in open and unassigned, not in mine; lists leave out the thread.
        for (const QString &queue : {u"open"_s, u"unassigned"_s}) {
            const auto listed =
                answer<QList<care::TicketRecord>>([&](auto done) { service.list(queue, done); });
            QVERIFY2(listed, qPrintable(listed.error().message));
            QCOMPARE(listed->size(), 1);
            QCOMPARE(listed->first().id, opened->id);
            QCOMPARE(listed->first().subject, opened->subject);
        }
        const auto mine =
            answer<QList<care::TicketRecord>>([&](auto done) { service.list(u"mine"_s, done); });
        QVERIFY(mine);
        QVERIFY(mine->isEmpty());

        // A bad draft is refused and opens nothing.
        TicketDraft bad = draft;
        bad.lines = {{u"TEA-99"_s, 1}};
        const auto refused =
            answer<care::TicketRecord>([&](auto done) { service.open(bad, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"line_not_on_order"_s);
        bad = draft;
        bad.customerId = 99999;
        bad.orderId = 0;
        const auto unknown =
            answer<care::TicketRecord>([&](auto done) { service.open(bad, done); });
        QCOMPARE(unknown.error().code, u"unknown_customer"_s);
        const auto still =
            answer<QList<care::TicketRecord>>([&](auto done) { service.list(u"open"_s, done); });
        QCOMPARE(still->size(), 1);

        // Take, reply, note, status.
        const auto taken =
            answer<care::TicketRecord>([&](auto done) { service.take(opened->id, done); });
        QVERIFY2(taken, qPrintable(taken.error().message));
        QCOMPARE(taken->assignee, u"alice"_s);
        const auto replied = answer<care::TicketRecord>([&](auto done) {
            service.addMessage(opened->id, care::TicketMessageKind::Public,
                               u"A new mug is on its way."_s, done);
        });
        QVERIFY2(replied, qPrintable(replied.error().message));
        QCOMPARE(replied->status, care::TicketStatus::Open);
        QCOMPARE(replied->firstResponse.state, care::ClockState::State::Met);
        QVERIFY(replied->firstResponseAt.isValid());
        QCOMPARE(replied->messages.last().kind, care::TicketMessageKind::Public);
        const auto empty = answer<care::TicketRecord>([&](auto done) {
            service.addMessage(opened->id, care::TicketMessageKind::Internal, u"  "_s, done);
        });
        QCOMPARE(empty.error().code, u"empty_message"_s);
        const auto waiting = answer<care::TicketRecord>([&](auto done) {
            service.changeStatus(opened->id, care::TicketStatus::WaitingOnCustomer, done);
        });
        QVERIFY2(waiting, qPrintable(waiting.error().message));
        QCOMPARE(waiting->status, care::TicketStatus::WaitingOnCustomer);
        const auto backToNew = answer<care::TicketRecord>(
            [&](auto done) { service.changeStatus(opened->id, care::TicketStatus::New, done); });
        QCOMPARE(backToNew.error().code, u"invalid_status_change"_s);

        // Read back whole: the thread and the history.
        const auto read =
            answer<care::TicketRecord>([&](auto done) { service.ticket(opened->id, done); });
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->messages.size(), 2);
        QVERIFY(read->history.size() >= 3);
        QCOMPARE(read->history.last().status, care::TicketStatus::WaitingOnCustomer);
        QCOMPARE(read->nextDueClock() ? read->nextDueClock()->state : care::ClockState::State::Met,
                 care::ClockState::State::Paused);

        // A second agent cannot take it.
        auto bob = test::openSession(shop.url(), u"bob"_s);
        QVERIFY(bob);
        TicketService bobs(bob->api());
        const auto late =
            answer<care::TicketRecord>([&](auto done) { bobs.take(opened->id, done); });
        QVERIFY(!late);
        QCOMPARE(late.error().code, u"already_taken"_s);
        QCOMPARE(late.error().details.value(u"assignee"_s).toString(), u"alice"_s);

        // A follow-up, due in the past, is due now for alice; then done.
        FollowUpDraft call;
        call.customerId = shop.customerId();
        call.ticketId = opened->id;
        call.dueAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        call.note = u"Check the new mug arrived"_s;
        const auto scheduled =
            answer<care::FollowUpRecord>([&](auto done) { service.scheduleFollowUp(call, done); });
        QVERIFY2(scheduled, qPrintable(scheduled.error().message));
        QCOMPARE(scheduled->assignee, u"alice"_s);
        QCOMPARE(scheduled->ticketId, opened->id);
        const auto due = answer<QList<care::FollowUpRecord>>(
            [&](auto done) { service.followUps(u"due"_s, u"alice"_s, done); });
        QVERIFY2(due, qPrintable(due.error().message));
        QCOMPARE(due->size(), 1);
        const auto done = answer<care::FollowUpRecord>([&](auto finished) {
            service.completeFollowUp(scheduled->id, u"Arrived fine"_s, finished);
        });
        QVERIFY2(done, qPrintable(done.error().message));
        QVERIFY(done->isDone());
        QCOMPARE(done->outcome, u"Arrived fine"_s);
        const auto twice = answer<care::FollowUpRecord>(
            [&](auto finished) { service.completeFollowUp(scheduled->id, u"Again"_s, finished); });
        QCOMPARE(twice.error().code, u"already_done"_s);
    }

    void modelFollowsTheChangeLogRowByRow()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto alice = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(alice);
        TicketService service(alice->api());
        TicketListModel unassigned(&service, u"alice"_s);
        QAbstractItemModelTester tester(&unassigned,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(alice->cache()->changes(), &LocalCacheChanges::recordsApplied, &unassigned,
                &TicketListModel::applyChanges);
        unassigned.setQueue(u"unassigned"_s);
        QTRY_VERIFY(unassigned.isLoaded());
        QCOMPARE(unassigned.rowCount(), 0);
        QSignalSpy resets(&unassigned, &QAbstractItemModel::modelReset);

        // Opened by the admin elsewhere: the change record inserts the row.
        const auto made =
            shop.admin().post(u"/api/v1/tickets"_s, {{u"kind"_s, u"question"_s},
                                                     {u"customer_id"_s, shop.customerId()},
                                                     {u"subject"_s, u"Opening hours?"_s},
                                                     {u"channel"_s, u"chat"_s}});
        QCOMPARE(made.status, 201);
        const qint64 id = qint64(made.json().value(u"id"_s).toDouble());
        QTRY_COMPARE(unassigned.rowCount(), 1);
        QCOMPARE(unassigned.rowOfId(id), 0);
        QCOMPARE(unassigned.index(0, TicketListModel::SubjectColumn).data().toString(),
                 u"Opening hours?"_s);
        QCOMPARE(unassigned.index(0, TicketListModel::StatusColumn).data().toString(), u"New"_s);
        QVERIFY(!unassigned.index(0, TicketListModel::DueColumn).data().toString().isEmpty());

        // Taken: it leaves the unassigned queue, row by row.
        const auto taken = answer<care::TicketRecord>([&](auto done) { service.take(id, done); });
        QVERIFY(taken);
        QTRY_COMPARE(unassigned.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
        QVERIFY(TicketListModel::belongsTo(taken.value(), u"mine"_s, u"alice"_s));
        QVERIFY(!TicketListModel::belongsTo(taken.value(), u"mine"_s, u"bob"_s));
        QVERIFY(TicketListModel::belongsTo(taken.value(), u"open"_s, u"bob"_s));
        QVERIFY(!TicketListModel::belongsTo(taken.value(), u"qa"_s, u"bob"_s));
    }
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
