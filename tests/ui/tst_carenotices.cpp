#include "../client/clientfixture.h"

#include "care/followupdialog.h"
#include "care/newticketdialog.h"
#include "care/ticketqueueview.h"
#include "care/ticketsview.h"
#include "common/language.h"
#include "orders/orderdetailwidget.h"
#include "orders/orderswidget.h"
#include "shell/mainwindow.h"

#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
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

} // namespace

// The care desk from the rest of the client: a follow-up and a ticket opened from the order
// detail.
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
};

QTEST_MAIN(TestCareNotices)
#include "tst_carenotices.moc"
