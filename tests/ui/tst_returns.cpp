#include "../client/clientfixture.h"

#include "care/ticketsview.h"
#include "care/ticketthreadview.h"
#include "common/language.h"
#include "returns/exchangedialog.h"
#include "returns/refundapprovalview.h"
#include "returns/returndialog.h"
#include "returns/returnsview.h"
#include "warehouse/returnreceivingwidget.h"

#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/returns/returnservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;

namespace {

// An order of MUG-01, paid, shipped and delivered through the API; its id.
qint64 deliveredOrder(ClientShop &shop, int units)
{
    const HttpReply made = shop.admin().post(
        u"/api/v1/orders"_s,
        {{u"customer_id"_s, shop.customerId()},
         {u"channel"_s, u"phone"_s},
         {u"payment_method"_s, u"card"_s},
         {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, units}}}}});
    if (made.status != 201)
        return -1;
    const qint64 id = made.json()[u"id"_s].toInteger();
    const QString path = u"/api/v1/orders/%1"_s.arg(id);
    if (shop.admin().post(path + u"/payment"_s, {{u"reference"_s, u"PSP"_s}}).status != 200 ||
        shop.admin()
                .post(path + u"/shipment"_s, {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"1"_s}})
                .status != 200 ||
        shop.admin().post(path + u"/delivery"_s, {}).status != 200) {
        return -1;
    }
    return id;
}

qint64 onHand(ClientShop &shop)
{
    return shop.admin().get(u"/api/v1/stock/MUG-01"_s).json()[u"on_hand"_s].toInteger();
}

QSpinBox *spin(QTableWidget *table, int row, int column)
{
    return qobject_cast<QSpinBox *>(table->cellWidget(row, column));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

// The return flows against a real server: started from an order's detail and from a ticket,
// listed in the Returns module, and received at the warehouse by scanner.
class TestReturnsUi : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ui::Translations m_english;
    ClientShop m_shop;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
    }

    void returnFromAnOrder()
    {
        const qint64 order = deliveredOrder(m_shop, 2);
        QVERIFY(order > 0);
        auto session = test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        QTRY_VERIFY_WITH_TIMEOUT(session->cache()->queries()->orderByServerId(order).has_value(),
                                 15000);
        QWidget host;
        auto *dialog = ui::ReturnDialog::start(session.get(), order, 0, &host);
        QSignalSpy started(dialog, &ui::ReturnDialog::started);
        QCOMPARE(dialog->linesTable()->rowCount(), 1);
        QCOMPARE(dialog->linesTable()->item(0, 0)->text(), u"MUG-01"_s);
        QCOMPARE(spin(dialog->linesTable(), 0, 3)->maximum(), 2);
        QVERIFY(dialog->approveBox()->isChecked());
        // Nothing chosen: the dialog says so and sends nothing.
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->messageLabel()->isVisibleTo(dialog));
        QCOMPARE(started.count(), 0);

        spin(dialog->linesTable(), 0, 3)->setValue(1);
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(u"wrong_item"_s));
        dialog->noteEdit()->setPlainText(u"Ordered blue, got red."_s);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        const auto ret = started.first().first().value<returns::ReturnRecord>();
        const QJsonObject stored = m_shop.admin().get(u"/api/v1/returns/%1"_s.arg(ret.id)).json();
        QCOMPARE(stored[u"status"_s].toString(), u"approved"_s);
        QCOMPARE(stored[u"reason"_s].toString(), u"wrong_item"_s);
        QCOMPARE(stored[u"note"_s].toString(), u"Ordered blue, got red."_s);
        QCOMPARE(stored[u"lines"_s][0][u"quantity"_s].toInteger(), 1);

        // The server's refusal is shown: only one unit is left to return.
        auto *again = ui::ReturnDialog::start(session.get(), order, 0, &host);
        spin(again->linesTable(), 0, 3)->setValue(2);
        again->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(again->messageLabel()->isVisibleTo(again), 10000);
        QVERIFY2(again->messageLabel()->text().contains(u"1"_s),
                 qPrintable(again->messageLabel()->text()));
        QVERIFY(again->isVisible());
        again->reject();

        // The Returns module lists it and shows its lines.
        ui::ReturnsView view(session.get());
        view.resize(1200, 640);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.list()->topLevelItemCount() >= 1, 10000);
        view.showReturn(ret.id);
        QTRY_COMPARE_WITH_TIMEOUT(view.linesTable()->rowCount(), 1, 10000);
        QVERIFY(view.detailTitle()->text().startsWith(ret.number));
        QVERIFY(!view.approveButton()->isEnabled());
        QVERIFY(view.exchangeButton()->isEnabled());
        screenshot(&view, u"returns.png"_s);
    }

    void returnFromATicket()
    {
        const qint64 order = deliveredOrder(m_shop, 3);
        QVERIFY(order > 0);
        const HttpReply ticket = m_shop.admin().post(
            u"/api/v1/tickets"_s,
            {{u"kind"_s, u"return_request"_s},
             {u"customer_id"_s, m_shop.customerId()},
             {u"order_id"_s, order},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 2}}}},
             {u"channel"_s, u"email"_s},
             {u"subject"_s, u"Two mugs cracked"_s}});
        QCOMPARE(ticket.status, 201);
        const qint64 ticketId = ticket.json()[u"id"_s].toInteger();
        auto session = test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        QTRY_VERIFY_WITH_TIMEOUT(session->cache()->queries()->orderByServerId(order).has_value(),
                                 15000);
        ui::TicketsView tickets(session.get());
        tickets.resize(1280, 760);
        tickets.show();
        tickets.showTicket(ticketId);
        QPushButton *start = tickets.thread()->startReturnButton();
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
        start->click();
        auto *dialog = tickets.thread()->findChild<ui::ReturnDialog *>();
        QVERIFY(dialog);
        // The ticket's lines are chosen already.
        QCOMPARE(spin(dialog->linesTable(), 0, 3)->value(), 2);
        QSignalSpy started(dialog, &ui::ReturnDialog::started);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        const auto ret = started.first().first().value<returns::ReturnRecord>();
        QCOMPARE(ret.ticketId, ticketId);
        QCOMPARE(m_shop.admin()
                     .get(u"/api/v1/returns/%1"_s.arg(ret.id))
                     .json()[u"ticket_id"_s]
                     .toInteger(),
                 ticketId);

        // The thread lists the ticket's return (not the order's others) and opens it.
        QCOMPARE(m_shop.admin()
                     .post(u"/api/v1/returns"_s,
                           {{u"order_id"_s, order},
                            {u"reason"_s, u"no_longer_wanted"_s},
                            {u"lines"_s,
                             QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 1}}}}})
                     .status,
                 201);
        QListWidget *returnsList = tickets.thread()->returnsList();
        QTRY_VERIFY_WITH_TIMEOUT(returnsList->isVisible(), 10000);
        QCOMPARE(returnsList->count(), 1);
        const QString text = returnsList->item(0)->text();
        QVERIFY2(text.startsWith(ret.number + u" · "_s + returns::returnStatusText(ret.status)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"2 × "_s) && text.contains(u"(MUG-01)"_s), qPrintable(text));
        QSignalSpy opened(tickets.thread(), &ui::TicketThreadView::returnActivated);
        returnsList->setCurrentRow(0);
        QTest::keyClick(returnsList, Qt::Key_Return);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), ret.id);
        screenshot(&tickets, u"ticket-returns.png"_s);

        // A ticket with no return shows no list.
        const HttpReply other =
            m_shop.admin().post(u"/api/v1/tickets"_s, {{u"kind"_s, u"question"_s},
                                                       {u"customer_id"_s, m_shop.customerId()},
                                                       {u"channel"_s, u"email"_s},
                                                       {u"subject"_s, u"Opening hours"_s}});
        QCOMPARE(other.status, 201);
        tickets.showTicket(other.json()[u"id"_s].toInteger());
        QTRY_VERIFY_WITH_TIMEOUT(
            tickets.thread()->ticket()->id == other.json()[u"id"_s].toInteger(), 10000);
        QVERIFY(!returnsList->isVisible());
        QCOMPARE(returnsList->count(), 0);
    }

    // Managers find the refunds waiting for them beside the returns; agents see returns only.
    void refundApprovalsBesideReturns()
    {
        auto manager = test::openLiveSession(m_shop.url(), u"mia"_s);
        QVERIFY(manager);
        ui::ReturnsView managerView(manager.get());
        QVERIFY(managerView.tabs());
        QCOMPARE(managerView.tabs()->count(), 2);
        QCOMPARE(managerView.tabs()->tabText(1), u"Refunds to approve"_s);
        QVERIFY(managerView.refundApprovals());
        QSignalSpy loaded(managerView.refundApprovals(), &ui::RefundApprovalView::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        QVERIFY(managerView.refundApprovals()->message()->text().isEmpty());

        auto agent = test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::ReturnsView agentView(agent.get());
        QVERIFY(!agentView.tabs());
        QVERIFY(!agentView.refundApprovals());
    }

    void receivingByScanner()
    {
        const qint64 order = deliveredOrder(m_shop, 2);
        const HttpReply made = m_shop.admin().post(
            u"/api/v1/returns"_s,
            {{u"order_id"_s, order},
             {u"reason"_s, u"damaged"_s},
             {u"approve"_s, true},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 2}}}}});
        QCOMPARE(made.status, 201);
        const qint64 id = made.json()[u"id"_s].toInteger();
        auto session = test::openSession(m_shop.url(), u"wanda"_s);
        QVERIFY(session);
        client::ReturnService service(session->api());
        ui::ReturnReceivingWidget widget(&service);
        widget.resize(1000, 640);
        widget.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            !widget.waitingList()->findItems(u"R-%1"_s.arg(id), Qt::MatchExactly).isEmpty(), 10000);
        const qint64 before = onHand(m_shop);

        // The scanner types the return's number and Enter, then one product per unit.
        QTest::keyClicks(widget.scanInput(), u"R-%1"_s.arg(id));
        QTest::keyClick(widget.scanInput(), Qt::Key_Return);
        QVERIFY(widget.openReturn().has_value());
        QCOMPARE(widget.openReturn()->id, id);
        QTest::keyClicks(widget.scanInput(), u"MUG-01"_s);
        QTest::keyClick(widget.scanInput(), Qt::Key_Return);
        QCOMPARE(spin(widget.linesTable(), 0, 3)->value(), 1);
        spin(widget.linesTable(), 0, 4)->setValue(1); // the second one is broken
        screenshot(&widget, u"warehouse-returns.png"_s);

        // A location that does not exist: the server's reason shows, nothing moves.
        widget.linesTable()->item(0, 5)->setText(u"nowhere"_s);
        widget.receiveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(widget.messageLabel()->text().contains(u"nowhere"_s), 10000);
        QCOMPARE(onHand(m_shop), before);

        widget.linesTable()->item(0, 5)->setText(u"main"_s);
        QSignalSpy received(&widget, &ui::ReturnReceivingWidget::received);
        widget.receiveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
        QCOMPARE(onHand(m_shop), before + 1);
        QCOMPARE(m_shop.admin().get(u"/api/v1/returns/%1"_s.arg(id)).json()[u"status"_s].toString(),
                 u"received"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            widget.waitingList()->findItems(u"R-%1"_s.arg(id), Qt::MatchExactly).isEmpty(), 10000);
    }

    // The exchange dialog offers other products at the returned unit's price, found by typing,
    // with their stock; one out of stock is refused and nothing is reserved, another size
    // becomes the replacement order.
    void exchangeForAnotherSize()
    {
        QCOMPARE(m_shop.createProduct(u"MUG-02"_s, u"Red mug"_s, 1250), 201);
        QCOMPARE(m_shop.postMovement(u"MUG-02"_s, u"receipt"_s, 4), 201);
        QCOMPARE(m_shop.createProduct(u"MUG-03"_s, u"Green mug"_s, 1250), 201);
        QCOMPARE(m_shop.createProduct(u"CUP-09"_s, u"Dearer cup"_s, 2500), 201);
        const qint64 order = deliveredOrder(m_shop, 1);
        QVERIFY(order > 0);
        const HttpReply made = m_shop.admin().post(
            u"/api/v1/returns"_s,
            {{u"order_id"_s, order},
             {u"reason"_s, u"not_as_described"_s},
             {u"approve"_s, true},
             {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 1}}}}});
        QCOMPARE(made.status, 201);
        const qint64 id = made.json()[u"id"_s].toInteger();
        auto session = test::openLiveSession(m_shop.url(), u"alice"_s);
        QVERIFY(session);
        QTRY_VERIFY_WITH_TIMEOUT(session->cache()->queries()->product(u"MUG-03"_s).has_value(),
                                 15000);
        ui::ReturnsView view(session.get());
        view.resize(1200, 640);
        view.show();
        view.showReturn(id);
        QTRY_VERIFY_WITH_TIMEOUT(view.exchangeButton()->isEnabled(), 10000);
        view.exchangeButton()->click();
        auto *dialog = view.findChild<ui::ExchangeDialog *>();
        QVERIFY(dialog);
        QComboBox *box = dialog->replacementBox(0);
        QVERIFY(box);
        // The returned SKU first, then the others at its price; the dearer cup is not offered.
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemData(0).toString(), u"MUG-01"_s);
        QCOMPARE(box->itemText(1), u"MUG-02 — Red mug (4 available)"_s);
        QCOMPARE(box->itemText(2), u"MUG-03 — Green mug (0 available)"_s);
        QCOMPARE(box->findData(u"CUP-09"_s), -1);
        // Typing part of a name finds it.
        box->lineEdit()->clear();
        QTest::keyClicks(box->lineEdit(), u"green"_s);
        QCOMPARE(box->completer()->completionCount(), 1);
        QCOMPARE(box->completer()->currentCompletion(), box->itemText(2));
        box->setCurrentIndex(1);
        screenshot(dialog, u"return-exchange.png"_s);

        box->setCurrentIndex(2);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->isVisibleTo(dialog), 10000);
        QVERIFY2(dialog->messageLabel()->text().contains(u"MUG-03"_s),
                 qPrintable(dialog->messageLabel()->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_shop.admin().get(u"/api/v1/stock/MUG-03"_s).json()[u"reserved"_s].toInteger(),
                 0);
        QVERIFY(m_shop.admin()
                    .get(u"/api/v1/returns/%1"_s.arg(id))
                    .json()[u"exchange_order_id"_s]
                    .isNull());

        box->setCurrentIndex(1);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(view.messageLabel()->text().contains(u"exchanged"_s), 10000);
        const qint64 replacement = m_shop.admin()
                                       .get(u"/api/v1/returns/%1"_s.arg(id))
                                       .json()[u"exchange_order_id"_s]
                                       .toInteger();
        QVERIFY(replacement > 0);
        QVERIFY2(view.messageLabel()->text().contains(u"#%1"_s.arg(replacement)),
                 qPrintable(view.messageLabel()->text()));
        const QJsonObject placed =
            m_shop.admin().get(u"/api/v1/orders/%1"_s.arg(replacement)).json();
        QCOMPARE(placed[u"status"_s].toString(), u"paid"_s);
        QCOMPARE(placed[u"lines"_s].toArray().size(), 1);
        QCOMPARE(placed[u"lines"_s][0][u"sku"_s].toString(), u"MUG-02"_s);
        QCOMPARE(placed[u"lines"_s][0][u"quantity"_s].toInteger(), 1);
        QCOMPARE(m_shop.admin().get(u"/api/v1/stock/MUG-02"_s).json()[u"reserved"_s].toInteger(),
                 1);
    }
};

QTEST_MAIN(TestReturnsUi)
#include "tst_returns.moc"
