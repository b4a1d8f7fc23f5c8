#include "../client/clientfixture.h"

#include "care/customerresultsview.h"
#include "client/clientsession.h"
#include "client/inbox/inboxservice.h"
#include "client/inbox/replytemplateservice.h"
#include "common/language.h"
#include "common/messagebar.h"
#include "inbox/conversationthread.h"
#include "inbox/conversationview.h"
#include "inbox/customerpickerdialog.h"
#include "inbox/openticketdialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;
using shopdesk::test::TestHttp;

// A conversation turned into work against a real server: linked to a customer found by the
// search, or to a new one made of the contact (or, when the contact is a customer already, to
// that one), a ticket opened from it, and the order form started with its message.
class TestInboxWorkUi : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ui::Translations m_english;
    ClientShop m_shop;
    std::unique_ptr<TestHttp> m_website;
    std::unique_ptr<client::ClientSession> m_session;
    std::unique_ptr<client::InboxService> m_service;
    std::unique_ptr<client::ReplyTemplateService> m_templates;
    int m_chats = 0;

    qint64 postChat(const QString &name, const QString &email, const QString &text,
                    const QString &key = {})
    {
        const HttpReply posted = m_website->post(
            u"/api/v1/inbox/messages"_s,
            {{u"conversation_id"_s, key.isEmpty() ? u"work-%1"_s.arg(++m_chats) : key},
             {u"name"_s, name},
             {u"email"_s, email},
             {u"text"_s, text}});
        if (posted.status != 201)
            qWarning("chat refused: %s", posted.body.constData());
        return posted.status == 201 ? posted.json()[u"conversation"_s][u"id"_s].toInteger() : 0;
    }

    QJsonObject stored(qint64 id)
    {
        return m_shop.admin().get(u"/api/v1/inbox/conversations/%1"_s.arg(id)).json();
    }

    std::unique_ptr<ui::ConversationView> viewOf(qint64 id)
    {
        auto view = std::make_unique<ui::ConversationView>(m_session.get(), m_service.get(),
                                                           m_templates.get());
        view->resize(1000, 700);
        view->show();
        view->showConversation(id);
        if (!QTest::qWaitFor([&] { return view->conversation().has_value(); }, 10000))
            return nullptr;
        return view;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
        QCOMPARE(m_shop.admin()
                     .post(u"/api/v1/users"_s,
                           {{u"username"_s, u"website"_s},
                            {u"password"_s, QString::fromLatin1(ClientShop::password)},
                            {u"role"_s, u"shop"_s}})
                     .status,
                 201);
        m_website = std::make_unique<TestHttp>(m_shop.url());
        QVERIFY(m_website->login(u"website"_s, QString::fromLatin1(ClientShop::password)));
        m_session = test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(m_session);
        m_service = std::make_unique<client::InboxService>(m_session->api());
        m_templates = std::make_unique<client::ReplyTemplateService>(m_session->api());
    }

    void cleanupTestCase()
    {
        m_templates.reset();
        m_service.reset();
        m_session.reset();
    }

    void linkCustomerThroughTheSearch()
    {
        const qint64 id = postChat(u"A. Lovelace"_s, u"ada.l@example.net"_s, u"Hello?"_s);
        QVERIFY(id > 0);
        auto view = viewOf(id);
        QVERIFY(view);
        QCOMPARE(view->customerLabel()->text(), u"No customer yet"_s);
        QVERIFY(view->linkCustomerButton()->isVisible());
        view->linkCustomerButton()->click();
        ui::CustomerPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = view->findChild<ui::CustomerPickerDialog *>()));
        // Prefilled with the contact's address, which is no customer's: search by name.
        QCOMPARE(picker->searchField()->text(), u"ada.l@example.net"_s);
        picker->searchField()->setText(u"Lovelace"_s);
        QTRY_VERIFY(picker->results()->model()->rowCount() > 0);
        picker->results()->setCurrentIndex(picker->results()->model()->index(0, 0));
        QVERIFY(picker->linkButton()->isEnabled());
        picker->linkButton()->click();
        QTRY_COMPARE(view->conversation()->customerId, m_shop.customerId());
        QVERIFY(view->customerLabel()->text().contains(u"Ada Lovelace"_s));
        QVERIFY(!view->linkCustomerButton()->isVisible());
        QCOMPARE(stored(id)[u"customer_id"_s].toInteger(), m_shop.customerId());
    }

    void newCustomerFromTheContact()
    {
        const qint64 id =
            postChat(u"Zoe Neu"_s, u"zoe@example.org"_s, u"2x MUG-01 please"_s, u"zoe"_s);
        QVERIFY(id > 0);
        QCOMPARE(postChat(u"Zoe Neu"_s, u"zoe@example.org"_s, u"and 1x MUG-02"_s, u"zoe"_s), id);
        auto view = viewOf(id);
        QVERIFY(view);
        // A ticket needs a customer: said, nothing made.
        view->openTicket(care::TicketKind::Question, care::TicketPriority::Normal, u"Mugs"_s);
        QTRY_VERIFY(view->messageBar()->isVisible());
        QVERIFY2(view->messageBar()->text().contains(u"customer first"_s),
                 qPrintable(view->messageBar()->text()));
        QCOMPARE(stored(id)[u"ticket_id"_s].toInteger(), 0);

        view->newCustomerButton()->click();
        QTRY_VERIFY(view->conversation()->customerId != 0);
        QVERIFY(view->customerLabel()->text().contains(u"Zoe Neu"_s));
        const qint64 customerId = view->conversation()->customerId;
        const QJsonObject customer =
            m_shop.admin().get(u"/api/v1/customers/%1"_s.arg(customerId)).json();
        QCOMPARE(customer[u"email"_s].toString(), u"zoe@example.org"_s);

        // Open ticket: the dialog with the subject prefilled, then the link.
        view->openTicketButton()->click();
        ui::OpenTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<ui::OpenTicketDialog *>()));
        QCOMPARE(dialog->subjectField()->text(), view->conversation()->subject);
        dialog->priorityBox()->setCurrentIndex(
            dialog->priorityBox()->findData(int(care::TicketPriority::High)));
        dialog->accept();
        QTRY_VERIFY(view->conversation()->ticketId != 0);
        const qint64 ticketId = view->conversation()->ticketId;
        QTRY_VERIFY(view->ticketLabel()->isVisible());
        QVERIFY(!view->openTicketButton()->isVisible());
        QVERIFY(view->ticketLabel()->text().contains(u"Ticket #%1"_s.arg(ticketId)));
        const QJsonObject ticket = m_shop.admin().get(u"/api/v1/tickets/%1"_s.arg(ticketId)).json();
        QCOMPARE(ticket[u"customer_id"_s].toInteger(), customerId);
        QCOMPARE(ticket[u"priority"_s].toString(), u"high"_s);
        QSignalSpy activated(view.get(), &ui::ConversationView::ticketActivated);
        emit view->ticketLabel()->linkActivated(u"ticket"_s);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), ticketId);

        // New order: the customer and what they wrote since the shop last answered.
        QSignalSpy started(view.get(), &ui::ConversationView::orderStartRequested);
        view->newOrderButton()->click();
        QCOMPARE(started.count(), 1);
        const auto order = started.first().first().value<client::ConversationOrder>();
        QCOMPARE(order.conversationId, id);
        QCOMPARE(order.customerId, customerId);
        QCOMPARE(order.customerName, u"Zoe Neu"_s);
        QCOMPARE(order.text, u"2x MUG-01 please\n\nand 1x MUG-02"_s);
        QCOMPARE(order.from, u"Zoe Neu"_s);
        QVERIFY(order.at.isValid());
    }

    void aContactWhoIsACustomerIsLinkedNotMadeTwice()
    {
        const qint64 id = postChat(u"Yan Li"_s, u"yan@example.org"_s, u"Hi there"_s);
        QVERIFY(id > 0);
        // Yan becomes a customer after writing.
        const HttpReply yan = m_shop.admin().post(
            u"/api/v1/customers"_s, {{u"name"_s, u"Yan Li"_s}, {u"email"_s, u"yan@example.org"_s}});
        QCOMPARE(yan.status, 201);
        const qint64 yanId = yan.json()[u"id"_s].toInteger();
        auto view = viewOf(id);
        QVERIFY(view);
        QCOMPARE(view->conversation()->customerId, 0);
        view->newCustomerButton()->click();
        QTRY_VERIFY(view->linkDuplicateButton()->isVisible());
        QVERIFY(view->messageBar()->text().contains(u"Yan Li"_s));
        QCOMPARE(view->linkDuplicateButton()->text(), u"Link to Yan Li"_s);
        QCOMPARE(stored(id)[u"customer_id"_s].toInteger(), 0);
        view->linkDuplicateButton()->click();
        QTRY_COMPARE(view->conversation()->customerId, yanId);
        QVERIFY(!view->linkDuplicateButton()->isVisible());
        const QJsonArray customers = m_shop.admin()
                                         .get(u"/api/v1/customers?query=yan%40example.org"_s)
                                         .json()[u"items"_s]
                                         .toArray();
        QCOMPARE(customers.size(), 1);
    }

    void unreadableAndAttachmentsAreShownAsSuch()
    {
        inbox::InboxMessageRecord mail;
        mail.id = 1;
        mail.author = u"ola@example.org"_s;
        mail.unreadable = true;
        mail.rawSize = 12300;
        mail.at = QDateTime::currentDateTimeUtc();
        inbox::InboxMessageRecord withFile;
        withFile.id = 2;
        withFile.author = u"ola@example.org"_s;
        withFile.text = u"See the photo"_s;
        withFile.autoSubmitted = true;
        withFile.attachments = {{7, u"mug.jpg"_s, u"image/jpeg"_s, 2048, u"ab"_s, true},
                                {8, u"huge.zip"_s, u"application/zip"_s, 90000000, {}, false}};
        withFile.at = mail.at;
        ui::ConversationThread thread;
        QSignalSpy requested(&thread, &ui::ConversationThread::attachmentRequested);
        thread.setMessages({mail, withFile});
        const QString text = thread.toPlainText();
        QVERIFY2(text.contains(u"could not be read (12.3 kB)"_s), qPrintable(text));
        QVERIFY(text.contains(u"automatic reply"_s));
        QVERIFY(text.contains(u"mug.jpg"_s));
        QVERIFY(text.contains(u"too large, not kept"_s));
        // A link in a mail is never followed; the attachment's own link asks to save it.
        emit thread.anchorClicked(QUrl(u"https://evil.example/"_s));
        QCOMPARE(requested.count(), 0);
        emit thread.anchorClicked(QUrl(u"shopdesk-attachment:2/7"_s));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<inbox::InboxAttachmentRecord>().fileName,
                 u"mug.jpg"_s);
    }
};

QTEST_MAIN(TestInboxWorkUi)
#include "tst_inboxwork.moc"
