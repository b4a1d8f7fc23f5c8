#include "../client/clientfixture.h"

#include "client/clientsession.h"
#include "client/inbox/conversationlistmodel.h"
#include "client/inbox/inboxcounter.h"
#include "client/inbox/inboxservice.h"
#include "client/inbox/replytemplateservice.h"
#include "common/language.h"
#include "common/messagebar.h"
#include "inbox/conversationlistproxy.h"
#include "inbox/conversationthread.h"
#include "inbox/conversationview.h"
#include "inbox/inboxview.h"
#include "inbox/replybox.h"
#include "shell/mainwindow.h"

#include <QButtonGroup>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;
using shopdesk::test::TestHttp;

namespace {

QString inboxItemText(ui::MainWindow &window)
{
    auto *list = window.findChild<QListWidget *>(u"moduleList"_s);
    const int row = int(window.moduleIds().indexOf(u"inbox"_s));
    return list && row >= 0 ? list->item(row)->text() : QString();
}

QString titleFor(int waiting)
{
    return waiting > 0 ? u"Inbox (%1)"_s.arg(waiting) : u"Inbox"_s;
}

// The conversation's messages as the website reads them.
QJsonArray messagesOf(TestHttp &http, qint64 id)
{
    return http.get(u"/api/v1/inbox/conversations/%1"_s.arg(id)).json()[u"messages"_s].toArray();
}

int answersIn(const QJsonArray &messages)
{
    int answers = 0;
    for (const QJsonValue &message : messages)
        answers += message[u"direction"_s].toString() == u"out"_s ? 1 : 0;
    return answers;
}

} // namespace

// The inbox's screens against a real server, as agents use them: a chat the website posts
// shows in the list and the shell's count at once and leaves both when answered; two agents
// answering at once are told of each other; templates, status buttons, customers, tickets
// and orders from a conversation.
class TestInboxUi : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ui::Translations m_english;
    ClientShop m_shop;
    std::unique_ptr<TestHttp> m_website;
    std::unique_ptr<TestHttp> m_bert;
    int m_chats = 0;

    std::unique_ptr<TestHttp> addUser(const QString &name, const QString &role)
    {
        const HttpReply created = m_shop.admin().post(
            u"/api/v1/users"_s, {{u"username"_s, name},
                                 {u"password"_s, QString::fromLatin1(ClientShop::password)},
                                 {u"role"_s, role}});
        if (created.status != 201)
            return nullptr;
        auto http = std::make_unique<TestHttp>(m_shop.url());
        if (!http->login(name, QString::fromLatin1(ClientShop::password)))
            return nullptr;
        return http;
    }

    // The website posts a chat message; the conversation's id (0 if refused).
    qint64 postChat(const QString &name, const QString &email, const QString &text,
                    const QString &key = {})
    {
        const HttpReply posted = m_website->post(
            u"/api/v1/inbox/messages"_s,
            {{u"conversation_id"_s, key.isEmpty() ? u"web-%1"_s.arg(++m_chats) : key},
             {u"name"_s, name},
             {u"email"_s, email},
             {u"text"_s, text}});
        if (posted.status != 201)
            qWarning("chat refused: %s", posted.body.constData());
        return posted.status == 201 ? posted.json()[u"conversation"_s][u"id"_s].toInteger() : 0;
    }

    // A conversation view of its own for user, beside any inbox: it follows no change log, so
    // what another agent does meanwhile reaches it only through the server's answers.
    struct Standalone
    {
        std::unique_ptr<client::ClientSession> session;
        std::unique_ptr<client::InboxService> service;
        std::unique_ptr<client::ReplyTemplateService> templates;
        std::unique_ptr<ui::ConversationView> view;
    };
    Standalone standalone(const QString &user)
    {
        Standalone made;
        made.session = test::openSession(m_shop.url(), user);
        if (!made.session)
            return made;
        made.service = std::make_unique<client::InboxService>(made.session->api());
        made.templates = std::make_unique<client::ReplyTemplateService>(made.session->api());
        made.view = std::make_unique<ui::ConversationView>(made.session.get(), made.service.get(),
                                                           made.templates.get());
        made.view->resize(1000, 700);
        made.view->show();
        return made;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        m_website = addUser(u"website"_s, u"shop"_s);
        m_bert = addUser(u"bert"_s, u"agent"_s);
        QVERIFY(m_website && m_bert);
    }

    void aChatArrivesAndIsAnswered()
    {
        auto session = test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        ui::MainWindow window(session.get());
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *inbox = window.findChild<ui::InboxView *>();
        QVERIFY(inbox);
        QVERIFY(window.showModule(u"inbox"_s));
        QTRY_VERIFY(inbox->model()->isLoaded());
        QCOMPARE(inbox->filter(), ui::InboxView::Filter::Waiting);
        const int before = inbox->counter()->waiting();
        QTRY_COMPARE(inboxItemText(window), titleFor(before));

        const qint64 id = postChat(u"Dana Ost"_s, u"dana@example.org"_s,
                                   u"Do you have the blue mug MUG-01 in stock?"_s);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->rowOfId(id) >= 0, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(inboxItemText(window), titleFor(before + 1), 1000);
        // Waiting rows are bold in the list.
        const QModelIndex row =
            inbox->proxy()->mapFromSource(inbox->model()->index(inbox->model()->rowOfId(id), 0));
        QVERIFY(row.data(Qt::FontRole).value<QFont>().bold());

        inbox->list()->setCurrentIndex(row);
        ui::ConversationView *view = inbox->conversationView();
        QTRY_VERIFY(view->conversation() && view->conversation()->id == id);
        QCOMPARE(view->subjectLabel()->text(), u"Do you have the blue mug MUG-01 in stock?"_s);
        QVERIFY(view->contactLabel()->text().contains(u"dana@example.org"_s));
        QCOMPARE(view->thread()->messages().size(), 1);
        QVERIFY(view->thread()->toPlainText().contains(u"blue mug MUG-01"_s));

        QTest::keyClicks(view->replyBox()->editor(), u"Yes, twelve are here."_s);
        // SHOPDESK_SCREENSHOT_DIR set: the shell with the inbox for docs/screenshots.
        const QString shots = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(300); // only for the picture: the labels laid out anew
            QVERIFY(window.grab().save(QDir(shots).filePath(u"inbox-list.png"_s)));
        }
        view->replyBox()->sendButton()->click();
        // Answered: it leaves the waiting list and the count.
        QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowOfId(id), -1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(inboxItemText(window), titleFor(before), 5000);
        QTRY_VERIFY(view->replyBox()->editor()->toPlainText().isEmpty());
        const QJsonArray messages = messagesOf(*m_website, id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last()[u"direction"_s].toString(), u"out"_s);
        QCOMPARE(messages.last()[u"text"_s].toString(), u"Yes, twelve are here."_s);
        QCOMPARE(messages.last()[u"author"_s].toString(), u"alice"_s);
        QTRY_COMPARE(view->thread()->messages().size(), 2);
        QVERIFY(view->assigneeLabel()->text().contains(u"alice"_s));
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(view->grab().save(QDir(shots).filePath(u"inbox-conversation.png"_s)));
        }

        // New order takes the agent to the order form.
        view->newOrderButton()->click();
        QTRY_COMPARE(window.currentModule(), u"orders"_s);
        QVERIFY(window.showModule(u"inbox"_s));

        // The other lists keep it: open, newest first.
        inbox->filterButtons()->button(int(ui::InboxView::Filter::Open))->click();
        QTRY_VERIFY(inbox->model()->rowOfId(id) >= 0);
        inbox->filterButtons()->button(int(ui::InboxView::Filter::Mine))->click();
        QTRY_VERIFY(inbox->model()->rowOfId(id) >= 0);
    }

    void anotherAgentTypingAndAnswering()
    {
        const qint64 id =
            postChat(u"Emil Berg"_s, u"emil@example.org"_s, u"Is MUG-01 dishwasher-safe?"_s);
        QVERIFY(id > 0);
        auto session = test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        ui::InboxView inbox(session.get());
        inbox.resize(1300, 800);
        inbox.show();
        QTRY_VERIFY(inbox.model()->rowOfId(id) >= 0);
        inbox.showConversation(id);
        ui::ConversationView *view = inbox.conversationView();
        QTRY_VERIFY(view->conversation() && view->conversation()->id == id);
        QVERIFY(!view->replyingBanner()->isVisible());

        // bert starts typing: alice sees it on the conversation and in the list.
        QCOMPARE(m_bert->post(u"/api/v1/inbox/conversations/%1/typing"_s.arg(id), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(view->replyingBanner()->isVisible(), 2000);
        QCOMPARE(view->replyingBanner()->text(), u"bert is replying…"_s);
        const auto customerCell = [&] {
            const int row = inbox.model()->rowOfId(id);
            return row < 0 ? QString()
                           : inbox.proxy()
                                 ->mapFromSource(inbox.model()->index(
                                     row, client::ConversationListModel::CustomerColumn))
                                 .data()
                                 .toString();
        };
        QTRY_VERIFY2(customerCell().contains(u"bert typing…"_s), qPrintable(customerCell()));
    }

    void answeredMeanwhileKeepsTheDraft()
    {
        const qint64 id =
            postChat(u"Fritz Kahn"_s, u"fritz@example.org"_s, u"Can I still change my order?"_s);
        QVERIFY(id > 0);
        Standalone alice = standalone(u"alice"_s);
        QVERIFY(alice.view);
        alice.view->showConversation(id);
        QTRY_VERIFY(alice.view->conversation() && alice.view->conversation()->id == id);
        const qint64 seen = alice.view->conversation()->messages.last().id;

        // bert answers first.
        const HttpReply bert =
            m_bert->post(u"/api/v1/inbox/conversations/%1/reply"_s.arg(id),
                         {{u"text"_s, u"Yes, until it ships."_s}, {u"seen_message_id"_s, seen}});
        QCOMPARE(bert.status, 201);

        QTest::keyClicks(alice.view->replyBox()->editor(), u"Sure, tell me what to change."_s);
        alice.view->replyBox()->sendButton()->click();
        QTRY_VERIFY(alice.view->messageBar()->isVisible());
        QVERIFY2(alice.view->messageBar()->text().contains(u"bert answered"_s),
                 qPrintable(alice.view->messageBar()->text()));
        // The draft stays, the thread shows bert's answer, nothing was stored twice.
        QCOMPARE(alice.view->replyBox()->editor()->toPlainText(),
                 u"Sure, tell me what to change."_s);
        QTRY_COMPARE(alice.view->thread()->messages().size(), 2);
        QVERIFY(alice.view->thread()->toPlainText().contains(u"Yes, until it ships."_s));
        const QJsonArray messages = messagesOf(*m_website, id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(answersIn(messages), 1);

        // Having read it, alice may send hers.
        alice.view->replyBox()->sendButton()->click();
        QTRY_COMPARE(answersIn(messagesOf(*m_website, id)), 2);
    }

    void templateFillsTheCustomersName()
    {
        const HttpReply made = m_shop.admin().post(
            u"/api/v1/inbox/templates"_s,
            {{u"name"_s, u"Thanks"_s},
             {u"texts"_s,
              QJsonObject{{u"en"_s, u"Hello {first_name}, thank you for writing."_s}}}});
        QCOMPARE(made.status, 201);
        // Ada is a customer already: the conversation is hers at once.
        const qint64 id = postChat(u"Ada"_s, u"ada@example.org"_s, u"Where is my parcel?"_s);
        QVERIFY(id > 0);
        Standalone alice = standalone(u"alice"_s);
        QVERIFY(alice.view);
        alice.view->showConversation(id);
        QTRY_VERIFY(alice.view->conversation() && alice.view->conversation()->id == id);
        QCOMPARE(alice.view->conversation()->customerId, m_shop.customerId());
        QVERIFY(alice.view->customerLabel()->text().contains(u"Ada Lovelace"_s));
        ui::ReplyBox *reply = alice.view->replyBox();
        QTRY_VERIFY(reply->templateButton()->isEnabled());
        QAction *thanks = nullptr;
        for (QAction *action : reply->templateMenu()->actions())
            thanks = action->text() == u"Thanks"_s ? action : thanks;
        QVERIFY(thanks);
        thanks->trigger();
        QTRY_COMPARE(reply->editor()->toPlainText(), u"Hello Ada, thank you for writing."_s);
    }

    void statusButtonsFollowTheRule()
    {
        const qint64 id = postChat(u"Gina Roth"_s, u"gina@example.org"_s, u"Call me back?"_s);
        QVERIFY(id > 0);
        Standalone alice = standalone(u"alice"_s);
        QVERIFY(alice.view);
        ui::ConversationView *view = alice.view.get();
        view->showConversation(id);
        QTRY_VERIFY(view->conversation() && view->conversation()->id == id);
        const auto status = [&] { return view->conversation()->status; };
        QVERIFY(view->snoozeButton()->isEnabled());
        QVERIFY(view->doneButton()->isEnabled());
        QVERIFY(!view->reopenButton()->isEnabled());

        view->doneButton()->click();
        QTRY_COMPARE(status(), inbox::ConversationStatus::Done);
        QCOMPARE(view->statusLabel()->text(), u"Done"_s);
        // Done is reopened before it is snoozed.
        QVERIFY(!view->snoozeButton()->isEnabled());
        QVERIFY(!view->doneButton()->isEnabled());
        QVERIFY(view->reopenButton()->isEnabled());

        view->reopenButton()->click();
        QTRY_COMPARE(status(), inbox::ConversationStatus::Open);
        QVERIFY(view->snoozeButton()->isEnabled());
        QVERIFY(!view->reopenButton()->isEnabled());

        QAction *hour = view->snoozeButton()->menu()->actions().first();
        QCOMPARE(hour->text(), u"For 1 hour"_s);
        hour->trigger();
        QTRY_COMPARE(status(), inbox::ConversationStatus::Snoozed);
        QVERIFY(view->statusLabel()->text().startsWith(u"Snoozed until"_s));
        QVERIFY(view->reopenButton()->isEnabled());
        QVERIFY(view->doneButton()->isEnabled());
        const QJsonObject stored =
            m_website->get(u"/api/v1/inbox/conversations/%1"_s.arg(id)).json();
        QCOMPARE(stored[u"status"_s].toString(), u"snoozed"_s);
        const QDateTime until =
            QDateTime::fromString(stored[u"snoozed_until"_s].toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(until) - 3600) < 120);
    }
};

QTEST_MAIN(TestInboxUi)
#include "tst_inbox.moc"
