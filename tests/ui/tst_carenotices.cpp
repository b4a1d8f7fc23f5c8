#include "../client/clientfixture.h"

#include "care/followupdialog.h"
#include "care/newticketdialog.h"
#include "care/noticesbutton.h"
#include "care/noticespanel.h"
#include "care/ticketqueueview.h"
#include "care/ticketsview.h"
#include "care/ticketthreadview.h"
#include "common/language.h"
#include "orders/orderdetailwidget.h"
#include "orders/orderswidget.h"
#include "shell/mainwindow.h"

#include "client/care/escalationnotices.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;

namespace {

// One user's whole client, live.
struct Desk
{
    std::unique_ptr<client::ClientSession> session;
    std::unique_ptr<ui::MainWindow> window;

    bool open(const QUrl &url, const QString &user)
    {
        session = test::openLiveSession(url, user);
        if (!session)
            return false;
        window = std::make_unique<ui::MainWindow>(session.get());
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }
    template<typename T>
    T *module() const
    {
        return window->findChild<T *>();
    }
    // Shows the order (once sync brought it) in the Orders module's detail.
    ui::OrderDetailWidget *showOrder(qint64 orderId)
    {
        if (!QTest::qWaitFor(
                [&] { return session->cache()->queries()->orderByServerId(orderId).has_value(); },
                10000))
            return nullptr;
        auto *orders = module<ui::OrdersWidget>();
        if (!orders || !window->showModule(u"orders"_s))
            return nullptr;
        orders->showOrder(session->cache()->queries()->orderByServerId(orderId)->localId);
        return orders->detail();
    }
};

qint64 placeOrder(ClientShop &shop, qint64 quantity)
{
    const HttpReply order = shop.admin().post(
        u"/api/v1/orders"_s, {{u"customer_id"_s, shop.customerId()},
                              {u"channel"_s, u"phone"_s},
                              {u"payment_method"_s, u"bank_transfer"_s},
                              {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s},
                                                                  {u"quantity"_s, quantity}}}}});
    return order.status == 201 ? order.json().value(u"id"_s).toInteger() : 0;
}

qint64 openTicket(ClientShop &shop, const QString &subject, const QString &assignee)
{
    QJsonObject body{{u"kind"_s, u"complaint"_s},
                     {u"customer_id"_s, shop.customerId()},
                     {u"subject"_s, subject},
                     {u"channel"_s, u"email"_s}};
    if (!assignee.isEmpty())
        body.insert(u"assignee"_s, assignee);
    const HttpReply made = shop.admin().post(u"/api/v1/tickets"_s, body);
    if (made.status != 201)
        qWarning("cannot open ticket: %s", made.body.constData());
    return made.json().value(u"id"_s).toInteger();
}

// Round the clock, one business minute to the first response.
QJsonObject oneMinuteLevels()
{
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
    return {{u"calendar"_s, QJsonObject{{u"time_zone"_s, u"UTC"_s},
                                        {u"hours"_s, hours},
                                        {u"holidays"_s, QJsonArray{}}}},
            {u"warning_share"_s, 0.5},
            {u"policies"_s, policies},
            {u"escalation"_s,
             QJsonObject{{u"qa_after_minutes"_s, 60}, {u"managers_after_minutes"_s, 240}}}};
}

// The window with the notices list drawn above its button, where it pops up on a screen
// larger than the window (the offscreen screen is smaller).
void screenshot(QWidget *window, QWidget *button, QWidget *popup, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Time for deferred painting before the picture (only when taking screenshots).
    QTest::qWait(300);
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    const QPoint corner = button->mapTo(window, QPoint(button->width(), 0));
    painter.drawPixmap(corner - QPoint(popup->width(), popup->height()), popup->grab());
    painter.end();
    QVERIFY(shot.save(QDir(dir).filePath(name)));
}

} // namespace

// The care desk from the rest of the client: a follow-up and a ticket opened from the order
// detail, and escalation notices in the shell when the server breaches a ticket.
class TestCareNotices : public QObject
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

    void followUpFromTheOrder()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const qint64 orderId = placeOrder(shop, 2);
        QVERIFY(orderId > 0);
        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        ui::OrderDetailWidget *detail = alice.showOrder(orderId);
        QVERIFY(detail);
        QTRY_VERIFY(detail->followUpButton()->isVisible());
        QVERIFY(detail->followUpButton()->isEnabled());

        // The dialog opens with the order's customer and the order chosen.
        QTest::mouseClick(detail->followUpButton(), Qt::LeftButton);
        ui::FollowUpDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = detail->findChild<ui::FollowUpDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->draft().customerId, shop.customerId());
        QCOMPARE(dialog->draft().orderId, orderId);
        QCOMPARE(dialog->draft().ticketId, qint64(0));
        QVERIFY(dialog->aboutLabel()->isVisible());
        const QString about = dialog->aboutLabel()->text();
        QVERIFY2(about.contains(u"Ada Lovelace"_s) && about.contains(u"#%1"_s.arg(orderId)),
                 qPrintable(about));

        // Due a minute ago: it is in alice's queue at once.
        dialog->dueField()->setDateTime(QDateTime::currentDateTime().addSecs(-60));
        QTest::keyClicks(dialog->textField(), u"Courtesy call after payment"_s);
        QPointer<ui::FollowUpDialog> watched(dialog);
        dialog->save();
        QTRY_VERIFY(!watched || !watched->isVisible());
        QTRY_VERIFY(detail->message()->text().startsWith(u"Follow-up scheduled"_s));

        // Tied to the order: in the agent's queue and on the customer's timeline.
        const QJsonArray due = shop.admin()
                                   .get(u"/api/v1/follow-ups?assignee=alice&state=due"_s)
                                   .json()
                                   .value(u"items"_s)
                                   .toArray();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first()[u"order_id"_s].toInteger(), orderId);
        QCOMPARE(due.first()[u"customer_id"_s].toInteger(), shop.customerId());
        ui::TicketQueueView *queue = alice.module<ui::TicketsView>()->queue();
        QTRY_COMPARE(queue->followUpTable()->rowCount(), 1);
        QCOMPARE(queue->followUpTable()->item(0, 2)->text(), u"Order #%1"_s.arg(orderId));
        const QJsonArray timeline =
            shop.admin()
                .get(u"/api/v1/customers/%1/timeline?limit=50"_s.arg(shop.customerId()))
                .json()
                .value(u"items"_s)
                .toArray();
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [&](const QJsonValue &item) {
            return item[u"kind"_s].toString() == u"follow_up"_s &&
                   item[u"order_id"_s].toInteger() == orderId;
        }));
    }

    void ticketFromTheOrderInAFewKeystrokes()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const qint64 orderId = placeOrder(shop, 3);
        QVERIFY(orderId > 0);
        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        ui::OrderDetailWidget *detail = alice.showOrder(orderId);
        QVERIFY(detail);
        QTRY_VERIFY(detail->newTicketButton()->isVisible());
        QTest::mouseClick(detail->newTicketButton(), Qt::LeftButton);
        ui::NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = detail->findChild<ui::NewTicketDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        // Customer and order chosen, the order's lines offered, the subject has the keys.
        QVERIFY2(dialog->customerLabel()->text().contains(u"Ada Lovelace"_s),
                 qPrintable(dialog->customerLabel()->text()));
        QCOMPARE(dialog->orderBox()->currentData().toLongLong(), orderId);
        QVERIFY(dialog->linesTable()->isVisible());
        QCOMPARE(dialog->linesTable()->rowCount(), 1);
        QCOMPARE(dialog->linesTable()->item(0, 0)->text(), u"MUG-01"_s);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->subjectField()));

        // The subject, then Ctrl+Enter: the ticket is open, about that order.
        QTest::keyClicks(QApplication::focusWidget(), u"Two mugs chipped"_s);
        QPointer<ui::NewTicketDialog> watched(dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!watched || !watched->isVisible());
        QTRY_VERIFY(detail->message()->text().startsWith(u"Ticket T-"_s));
        const QJsonArray tickets =
            shop.admin()
                .get(u"/api/v1/tickets?customer_id=%1"_s.arg(shop.customerId()))
                .json()
                .value(u"items"_s)
                .toArray();
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.first()[u"subject"_s].toString(), u"Two mugs chipped"_s);
        QCOMPARE(tickets.first()[u"order_id"_s].toInteger(), orderId);
    }

    void breachRaisesANotice()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const HttpReply put = shop.admin().send("PUT", u"/api/v1/service-levels"_s,
                                                QJsonDocument(oneMinuteLevels()).toJson());
        QVERIFY2(put.status == 200, put.body.constData());
        Desk alice;
        QVERIFY(alice.open(shop.url(), u"alice"_s));
        ui::NoticesButton *button = alice.window->noticesButton();
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"Notices"_s);

        // Alice's ticket and nobody's: both breach in a minute, only hers concerns her.
        const qint64 mine = openTicket(shop, u"Where is my parcel?"_s, u"alice"_s);
        const qint64 nobodys = openTicket(shop, u"Lid does not fit"_s, QString());
        QVERIFY(mine > 0 && nobodys > 0);
        client::EscalationNotices *notices = button->notices();
        QTRY_COMPARE_WITH_TIMEOUT(notices->unreadCount(), 1, 100000);
        QTRY_COMPARE_WITH_TIMEOUT(shop.admin()
                                      .get(u"/api/v1/tickets/%1"_s.arg(nobodys))
                                      .json()[u"escalation_level"_s]
                                      .toInt(),
                                  1, 20000);
        QCOMPARE(button->text(), u"Notices (1)"_s);
        QCOMPARE(notices->notices().size(), 1);
        QCOMPARE(notices->notices().first().ticketId, mine);

        // The list: number, subject, what happened.
        QTest::mouseClick(button, Qt::LeftButton);
        ui::NoticesPanel *panel = button->panel();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->list()->count(), 1);
        const QString text = panel->list()->item(0)->text();
        QVERIFY2(text.contains(u"T-%1"_s.arg(mine)) && text.contains(u"Where is my parcel?"_s) &&
                     text.contains(u"breached"_s),
                 qPrintable(text));
        QVERIFY(panel->list()->item(0)->font().bold());
        screenshot(alice.window.get(), button, panel, u"notices.png"_s);

        // A click opens the ticket in the Tickets module and marks the notice read.
        QListWidget *list = panel->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTRY_COMPARE(alice.window->currentModule(), u"tickets"_s);
        ui::TicketsView *tickets = alice.module<ui::TicketsView>();
        QTRY_COMPARE(tickets->thread()->ticket() ? tickets->thread()->ticket()->id : 0, mine);
        QVERIFY(!panel->isVisible());
        QCOMPARE(notices->unreadCount(), 0);
        QCOMPARE(button->text(), u"Notices"_s);
        QVERIFY(!panel->list()->item(0)->font().bold());
    }

    void notForRolesWithoutTickets()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        Desk wanda;
        QVERIFY(wanda.open(shop.url(), u"wanda"_s));
        QVERIFY(!wanda.window->noticesButton());
        QVERIFY(!wanda.window->findChild<ui::NoticesButton *>());
    }
};

QTEST_MAIN(TestCareNotices)
#include "tst_carenotices.moc"
