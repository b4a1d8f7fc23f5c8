#include "../client/clientfixture.h"

#include "care/followupdialog.h"
#include "care/newticketdialog.h"
#include "care/qaqueueview.h"
#include "care/ticketqueueview.h"
#include "care/ticketsview.h"
#include "care/ticketthreadview.h"
#include "common/language.h"
#include "common/messagebar.h"

#include "client/care/ticketcountdown.h"
#include "client/care/ticketlistmodel.h"
#include "client/clientsession.h"
#include "client/syncengine.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;
using Model = client::TicketListModel;

namespace {

// One user's client: a live session and the Tickets module.
struct Desk
{
    std::unique_ptr<client::ClientSession> session;
    std::unique_ptr<ui::TicketsView> view;

    bool open(const QUrl &url, const QString &user)
    {
        session = test::openLiveSession(url, user);
        if (!session)
            return false;
        view = std::make_unique<ui::TicketsView>(session.get());
        view->resize(1280, 760);
        view->show();
        view->activateWindow();
        return QTest::qWaitForWindowActive(view.get()) &&
               QTest::qWaitFor([&] { return view->queueModel()->isLoaded(); }, 10000);
    }
    Model *model() const { return view->queueModel(); }
    ui::TicketThreadView *thread() const { return view->thread(); }
    QString cell(qint64 id, int column) const
    {
        const int row = model()->rowOfId(id);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }
    int tone(qint64 id) const
    {
        const int row = model()->rowOfId(id);
        return row < 0 ? -1 : model()->index(row, Model::DueColumn).data(Model::ToneRole).toInt();
    }
    QStringList threadKinds() const
    {
        QStringList kinds;
        for (int i = 0; i < thread()->thread()->count(); ++i)
            kinds.append(thread()
                             ->thread()
                             ->item(i)
                             ->data(ui::TicketThreadView::MessageKindRole)
                             .toString());
        return kinds;
    }
    QString bar() const { return thread()->messageBar()->text(); }
};

bool addUser(ClientShop &shop, const QString &name, const QString &role)
{
    return shop.admin()
               .post(u"/api/v1/users"_s,
                     {{u"username"_s, name},
                      {u"password"_s, QString::fromLatin1(ClientShop::password)},
                      {u"role"_s, role}})
               .status == 201;
}

qint64 openByApi(ClientShop &shop, const QString &subject)
{
    const HttpReply made =
        shop.admin().post(u"/api/v1/tickets"_s, {{u"kind"_s, u"complaint"_s},
                                                 {u"customer_id"_s, shop.customerId()},
                                                 {u"subject"_s, subject},
                                                 {u"channel"_s, u"email"_s},
                                                 {u"text"_s, u"It broke."_s}});
    if (made.status != 201)
        qWarning("cannot open ticket: %s", made.body.constData());
    return qint64(made.json().value(u"id"_s).toDouble());
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Time for deferred painting before the picture (only when taking screenshots).
    QTest::qWait(300);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

QStringList comboTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts.append(box->itemText(i));
    return texts;
}

} // namespace

// The Tickets module against a real server: open a ticket from the dialog, work its thread,
// race another agent for it, hand it to QA, and watch a countdown turn into a breach.
class TestTicketsUi : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ui::Translations m_english;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
    }

    void agentOpensAndWorksATicket()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"bob"_s, u"agent"_s));
        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        QCOMPARE(alice.model()->rowCount(), 0);

        // Ctrl+N, the customer's name and Enter, a subject: a ticket in a few keystrokes.
        ui::TicketQueueView *queue = alice.view->queue();
        queue->table()->setFocus();
        QTest::keyClick(queue->table(), Qt::Key_N, Qt::ControlModifier);
        ui::NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = queue->findChild<ui::NewTicketDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->customerSearch(), u"lovelace"_s);
        QTest::keyClick(dialog->customerSearch(), Qt::Key_Return);
        QTRY_VERIFY(dialog->customer() && dialog->customer()->name == u"Ada Lovelace"_s);
        // Without a subject the dialog says so and keeps what was typed.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"openTicket"_s), Qt::LeftButton);
        QVERIFY(dialog->messageBar()->isVisible());
        QVERIFY(dialog->isVisible());
        dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(int(care::TicketKind::DeliveryProblem)));
        dialog->priorityBox()->setCurrentIndex(
            dialog->priorityBox()->findData(int(care::TicketPriority::High)));
        QTest::keyClicks(dialog->subjectField(), u"Parcel never arrived"_s);
        QTest::keyClicks(dialog->textField(), u"Ordered two weeks ago."_s);
        QPointer<ui::NewTicketDialog> watched(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"openTicket"_s), Qt::LeftButton);
        QTRY_VERIFY(!watched || !watched->isVisible());

        // In the queue with a countdown to its first response.
        QTRY_COMPARE(alice.model()->rowCount(), 1);
        const qint64 id = alice.model()->ticket(0).id;
        QCOMPARE(alice.cell(id, Model::SubjectColumn), u"Parcel never arrived"_s);
        QCOMPARE(alice.cell(id, Model::CustomerColumn), u"Ada Lovelace"_s);
        QCOMPARE(alice.cell(id, Model::KindColumn), u"Delivery problem"_s);
        QCOMPARE(alice.cell(id, Model::PriorityColumn), u"High"_s);
        QCOMPARE(alice.cell(id, Model::StatusColumn), u"New"_s);
        static const QRegularExpression countdown(u"^\\d+ (d|h|min) \\d+ ?(h|min|s)$"_s);
        QVERIFY2(countdown.match(alice.cell(id, Model::DueColumn)).hasMatch(),
                 qPrintable(alice.cell(id, Model::DueColumn)));
        // The server has it as the dialog said.
        const HttpReply stored = shop.admin().get(u"/api/v1/tickets/%1"_s.arg(id));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(u"kind"_s).toString(), u"delivery_problem"_s);
        QCOMPARE(stored.json().value(u"priority"_s).toString(), u"high"_s);

        // The thread shows it; the customer's message is there.
        QTRY_COMPARE(alice.thread()->ticket() ? alice.thread()->ticket()->id : 0, id);
        QVERIFY(alice.thread()->titleLabel()->text().contains(u"Parcel never arrived"_s));
        QCOMPARE(alice.threadKinds(), QStringList{u"customer"_s});

        // Take it.
        QTest::mouseClick(alice.thread()->takeButton(), Qt::LeftButton);
        QTRY_COMPARE(alice.thread()->ticket()->assignee, u"alice"_s);
        QTRY_COMPARE(alice.cell(id, Model::AssigneeColumn), u"alice"_s);

        // A public reply: shown as a reply, and the first response is met.
        QTest::keyClicks(alice.thread()->replyField(), u"We are asking the courier."_s);
        QTest::mouseClick(alice.thread()->sendReplyButton(), Qt::LeftButton);
        QTRY_COMPARE(alice.threadKinds(), (QStringList{u"customer"_s, u"public"_s}));
        QVERIFY(alice.thread()->replyField()->toPlainText().isEmpty());
        QCOMPARE(alice.thread()->ticket()->firstResponse.state, care::ClockState::State::Met);
        QVERIFY2(alice.thread()->clocksLabel()->text().startsWith(u"First response: met"_s),
                 qPrintable(alice.thread()->clocksLabel()->text()));
        QTRY_COMPARE(alice.cell(id, Model::StatusColumn), u"Open"_s);

        // An internal note looks different from the reply.
        QTest::keyClicks(alice.thread()->replyField(), u"Courier ticket 4711."_s);
        QTest::mouseClick(alice.thread()->addNoteButton(), Qt::LeftButton);
        QTRY_COMPARE(alice.threadKinds(), (QStringList{u"customer"_s, u"public"_s, u"internal"_s}));
        QListWidget *items = alice.thread()->thread();
        QVERIFY(items->item(1)->background() != items->item(2)->background());
        QVERIFY(items->item(2)->font().italic());
        screenshot(alice.view.get(), u"tickets-thread.png"_s);

        // Only the statuses the rule allows from "open" are offered.
        QStringList allowed;
        for (care::TicketStatus status : care::allTicketStatuses()) {
            if (care::ticketAllowsStatus(care::TicketStatus::Open, status))
                allowed.append(care::ticketStatusText(status));
        }
        QCOMPARE(comboTexts(alice.thread()->statusBox()), allowed);
        QVERIFY(!allowed.contains(u"New"_s) && !allowed.contains(u"Open"_s));
        alice.thread()->statusBox()->setCurrentIndex(
            alice.thread()->statusBox()->findData(int(care::TicketStatus::WaitingOnCustomer)));
        QTest::mouseClick(alice.thread()->changeStatusButton(), Qt::LeftButton);
        QTRY_COMPARE(alice.cell(id, Model::StatusColumn), u"Waiting on customer"_s);
        QTRY_COMPARE(alice.cell(id, Model::DueColumn), u"paused"_s);
        QVERIFY(!comboTexts(alice.thread()->statusBox()).contains(u"Waiting on customer"_s));

        // Bob, on his own client, tries to take it: he is told who has it.
        Desk bob;
        QVERIFY(bob.open(shop.url(), u"bob"_s));
        QCOMPARE(bob.cell(id, Model::AssigneeColumn), u"alice"_s);
        bob.view->showTicket(id);
        QTRY_VERIFY(bob.thread()->ticket().has_value());
        QTest::mouseClick(bob.thread()->takeButton(), Qt::LeftButton);
        QTRY_VERIFY2(bob.bar().contains(u"already taken"_s), qPrintable(bob.bar()));
        QVERIFY(bob.bar().contains(u"alice"_s));
        QCOMPARE(shop.admin().get(u"/api/v1/tickets/%1"_s.arg(id)).json().value(u"assignee"_s),
                 QJsonValue(u"alice"_s));

        // A refusal keeps what was typed: close it, then try to reply.
        alice.thread()->statusBox()->setCurrentIndex(
            alice.thread()->statusBox()->findData(int(care::TicketStatus::Closed)));
        QTest::mouseClick(alice.thread()->changeStatusButton(), Qt::LeftButton);
        QTRY_COMPARE(alice.thread()->ticket()->status, care::TicketStatus::Closed);
        QVERIFY(!alice.thread()->sendReplyButton()->isEnabled());
        QCOMPARE(comboTexts(alice.thread()->statusBox()), QStringList{u"Open"_s});
        // Closed: it leaves the open queue.
        QTRY_COMPARE(alice.model()->rowOfId(id), -1);
    }

    void refusalKeepsTheReply()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const qint64 id = openByApi(shop, u"Lid does not fit"_s);
        QVERIFY(id > 0);
        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        QTRY_COMPARE(alice.model()->rowOfId(id), 0);
        alice.view->showTicket(id);
        QTRY_VERIFY(alice.thread()->ticket().has_value());
        // Someone closes it meanwhile (the change log brings it), then alice replies.
        QCOMPARE(shop.admin()
                     .post(u"/api/v1/tickets/%1/status"_s.arg(id), {{u"status"_s, u"closed"_s}})
                     .status,
                 200);
        QTRY_COMPARE(alice.model()->rowOfId(id), -1);
        QTRY_COMPARE(alice.thread()->ticket()->status, care::TicketStatus::Closed);
        // The button follows; sent anyway (a stale screen), the server refuses and the text stays.
        alice.thread()->replyField()->setPlainText(u"We will send a new lid."_s);
        alice.thread()->sendReplyButton()->setEnabled(true);
        QTest::mouseClick(alice.thread()->sendReplyButton(), Qt::LeftButton);
        QTRY_VERIFY2(alice.bar().contains(u"reopen"_s), qPrintable(alice.bar()));
        QCOMPARE(alice.thread()->replyField()->toPlainText(), u"We will send a new lid."_s);
        const HttpReply stored = shop.admin().get(u"/api/v1/tickets/%1"_s.arg(id));
        QCOMPARE(stored.json().value(u"messages"_s).toArray().size(), 1);
    }

    void qaResolvesAnEscalatedTicket()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"quinn"_s, u"qa"_s));
        const qint64 id = openByApi(shop, u"Mug arrived broken"_s);
        QVERIFY(id > 0);
        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        QVERIFY(!alice.view->qaQueue());
        Desk quinn;
        QVERIFY(quinn.open(shop.url(), u"quinn"_s));
        ui::QaQueueView *qa = quinn.view->qaQueue();
        QVERIFY(qa);
        QTRY_VERIFY(quinn.view->qaModel()->isLoaded());
        QCOMPARE(quinn.view->qaModel()->rowCount(), 0);

        // Alice escalates with a reason; QA's queue gets it live.
        alice.view->showTicket(id);
        QTRY_VERIFY(alice.thread()->ticket().has_value());
        QTest::keyClicks(alice.thread()->replyField(), u"Third broken mug this week."_s);
        QTest::mouseClick(alice.thread()->escalateButton(), Qt::LeftButton);
        QTRY_COMPARE(alice.thread()->ticket()->status, care::TicketStatus::Escalated);
        QVERIFY(alice.threadKinds().contains(u"internal"_s));
        QTRY_COMPARE(quinn.view->qaModel()->rowCount(), 1);
        quinn.view->tabs()->setCurrentWidget(qa);
        qa->table()->selectRow(0);
        QCOMPARE(qa->selectedId(), id);
        QVERIFY(qa->summaryLabel()->text().contains(u"Ada Lovelace"_s));

        // Take, then the finding: no action is refused; a cause and an action resolve it.
        QTest::mouseClick(qa->takeButton(), Qt::LeftButton);
        QTRY_COMPARE(quinn.view->qaModel()->ticket(0).assignee, u"quinn"_s);
        QStringList causes;
        for (care::QaCause cause : care::allQaCauses())
            causes.append(care::qaCauseText(cause));
        QCOMPARE(comboTexts(qa->causeBox()), causes);
        QTest::mouseClick(qa->resolveButton(), Qt::LeftButton);
        QVERIFY(qa->messageBar()->text().contains(u"corrective action"_s));
        qa->causeBox()->setCurrentIndex(qa->causeBox()->findData(int(care::QaCause::Packing)));
        QTest::keyClicks(qa->actionField(), u"Mugs go in double boxes from now on."_s);
        qa->messageBar()->hide(); // read and closed, as the user would
        screenshot(quinn.view.get(), u"tickets-qa.png"_s);
        QTest::mouseClick(qa->resolveButton(), Qt::LeftButton);
        QTRY_COMPARE(quinn.view->qaModel()->rowCount(), 0);
        const QJsonObject stored = shop.admin().get(u"/api/v1/tickets/%1"_s.arg(id)).json();
        QCOMPARE(stored.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(stored.value(u"in_qa_queue"_s).toBool(), false);
        QCOMPARE(stored.value(u"qa"_s).toObject().value(u"cause"_s).toString(), u"packing"_s);
        QCOMPARE(stored.value(u"qa"_s).toObject().value(u"by"_s).toString(), u"quinn"_s);
        // Resolved: gone from alice's open queue too.
        QTRY_COMPARE(alice.model()->rowOfId(id), -1);
    }

    void dueFollowUpShowsInTheQueue()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const qint64 id = openByApi(shop, u"Call me back"_s);
        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        alice.view->showTicket(id);
        QTRY_VERIFY(alice.thread()->ticket().has_value());
        QTest::mouseClick(alice.thread()->followUpButton(), Qt::LeftButton);
        ui::FollowUpDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = alice.thread()->findChild<ui::FollowUpDialog *>()) != nullptr);
        // Due a minute ago: due at once.
        dialog->dueField()->setDateTime(QDateTime::currentDateTime().addSecs(-60));
        QTest::keyClicks(dialog->textField(), u"Promised a call about the refund"_s);
        dialog->save();
        QTRY_COMPARE(alice.view->queue()->followUps().size(), 1);
        QTableWidget *table = alice.view->queue()->followUpTable();
        QCOMPARE(table->item(0, 1)->text(), u"Ada Lovelace"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Promised a call about the refund"_s);
        screenshot(alice.view.get(), u"tickets-queue.png"_s);

        // Done…: the outcome, and it leaves the list.
        QTest::mouseClick(alice.view->queue()->followUpDoneButton(), Qt::LeftButton);
        ui::FollowUpDialog *done = nullptr;
        QTRY_VERIFY((done = alice.view->queue()->findChild<ui::FollowUpDialog *>()) != nullptr);
        QVERIFY(!done->dueField());
        done->save();
        QVERIFY(done->messageBar()->isVisible()); // no outcome written
        QTest::keyClicks(done->textField(), u"Refund confirmed on the phone"_s);
        done->save();
        QTRY_COMPARE(alice.view->queue()->followUps().size(), 0);
        const QJsonArray doneList = shop.admin()
                                        .get(u"/api/v1/follow-ups?state=done&assignee=alice"_s)
                                        .json()
                                        .value(u"items"_s)
                                        .toArray();
        QCOMPARE(doneList.size(), 1);
        QCOMPARE(doneList.first().toObject().value(u"outcome"_s).toString(),
                 u"Refund confirmed on the phone"_s);
    }

    void countdownTurnsBreached()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        // Open round the clock, one business minute to the first response.
        QJsonObject hours;
        for (const QString &day :
             {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s})
            hours.insert(day, QJsonArray{QJsonArray{u"00:00"_s, u"24:00"_s}});
        QJsonArray policies;
        for (const QString &priority : {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s})
            policies.append(QJsonObject{{u"priority"_s, priority},
                                        {u"kind"_s, QJsonValue::Null},
                                        {u"first_response_minutes"_s, 1},
                                        {u"next_update_minutes"_s, 1},
                                        {u"resolution_minutes"_s, 5}});
        const QJsonObject levels{
            {u"calendar"_s, QJsonObject{{u"time_zone"_s, u"UTC"_s},
                                        {u"hours"_s, hours},
                                        {u"holidays"_s, QJsonArray{}}}},
            {u"warning_share"_s, 0.5},
            {u"policies"_s, policies},
            {u"escalation"_s,
             QJsonObject{{u"qa_after_minutes"_s, 60}, {u"managers_after_minutes"_s, 240}}}};
        const HttpReply put =
            shop.admin().send("PUT", u"/api/v1/service-levels"_s, QJsonDocument(levels).toJson());
        QVERIFY2(put.status == 200, put.body.constData());

        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        const qint64 id = openByApi(shop, u"Where is my parcel?"_s);
        QTRY_VERIFY(alice.model()->rowOfId(id) >= 0);
        using Tone = client::TicketCountdown::Tone;
        // Counting down, amber after half the minute, then the server's breach turns it red.
        QTRY_VERIFY_WITH_TIMEOUT(
            alice.tone(id) == int(Tone::Warning) || alice.tone(id) == int(Tone::Breached), 45000);
        QTRY_VERIFY_WITH_TIMEOUT(alice.cell(id, Model::DueColumn).startsWith(u"breached"_s), 90000);
        QCOMPARE(alice.tone(id), int(Tone::Breached));
        QVERIFY(alice.model()->ticket(alice.model()->rowOfId(id)).firstResponse.breached);
        QVERIFY(alice.model()->ticket(alice.model()->rowOfId(id)).escalationLevel >= 1);
    }
};

QTEST_MAIN(TestTicketsUi)
#include "tst_tickets.moc"
