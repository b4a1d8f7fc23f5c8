#include "../client/clientfixture.h"

#include "care/customerfigures.h"
#include "care/customerprofileeditor.h"
#include "care/customerresultsview.h"
#include "care/customersview.h"
#include "care/customertimelineview.h"
#include "care/erasecustomerdialog.h"
#include "care/followupdialog.h"

#include "care/mergecustomerdialog.h"
#include "care/newticketdialog.h"
#include "client/care/customersearchmodel.h"
#include "client/care/customertimelinemodel.h"
#include "client/clientsession.h"
#include "client/producttablemodel.h"
#include "client/syncengine.h"
#include "common/language.h"
#include "common/messagebar.h"
#include "orders/customerpanel.h"
#include "orders/orderintakewidget.h"
#include "orders/orderswidget.h"
#include <QPlainTextEdit>

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using shopdesk::test::HttpReply;

namespace {

using Column = client::CustomerSearchModel::Column;

// One user's Customers screen, live.
struct Desk
{
    std::unique_ptr<client::ClientSession> session;
    std::unique_ptr<ui::CustomersView> view;

    bool open(const QUrl &url, const QString &user)
    {
        session = test::openSession(url, user);
        if (!session)
            return false;
        view = std::make_unique<ui::CustomersView>(session.get());
        view->resize(1100, 700);
        view->show();
        return test::startLive(*session);
    }
    client::CustomerSearchModel *results() const { return view->resultsModel(); }
    QString cell(int row, int column) const
    {
        return results()->index(row, column).data().toString();
    }
    // Types text into the search field and waits for the server's rows.
    bool search(const QString &text)
    {
        QSignalSpy searched(results(), &client::CustomerSearchModel::searched);
        view->searchField()->clear();
        QTest::keyClicks(view->searchField(), text);
        return searched.wait(10000) || !searched.isEmpty();
    }
    // Searches and opens the first row, waiting until its profile is in the form.
    bool openCustomer(const QString &text, const QString &name)
    {
        if (!search(text) || results()->rowCount() == 0)
            return false;
        const QModelIndex first = results()->index(0, 0);
        view->results()->setCurrentIndex(first);
        QTest::mouseClick(view->results()->viewport(), Qt::LeftButton, {},
                          view->results()->visualRect(first).center());
        return QTest::qWaitFor([&] { return view->editor()->nameField()->text() == name; }, 10000);
    }
    QStringList timelineTexts() const
    {
        QStringList texts;
        client::CustomerTimelineModel *model = view->timelineModel();
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row).data().toString());
        return texts;
    }
    bool timelineHas(const QString &text) const
    {
        const QStringList texts = timelineTexts();
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&](const QString &t) { return t.contains(text); });
    }
};

qint64 placeOrder(ClientShop &shop, qint64 customerId, qint64 quantity)
{
    const HttpReply order = shop.admin().post(
        u"/api/v1/orders"_s, {{u"customer_id"_s, customerId},
                              {u"channel"_s, u"phone"_s},
                              {u"payment_method"_s, u"bank_transfer"_s},
                              {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s},
                                                                  {u"quantity"_s, quantity}}}}});
    return order.status == 201 ? order.json().value(u"id"_s).toInteger() : 0;
}

} // namespace

// The Customers screen against a real server: search with readable rows, the profile edited
// and saved (and refused), the timeline with orders and notes, the figures, roles, merging,
// and the order form's search with the same rows.
class TestCustomers : public QObject
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

    void searchEditAndSave()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.admin()
                     .patch(u"/api/v1/customers/%1"_s.arg(shop.customerId()),
                            {{u"addresses"_s, QJsonArray{QJsonObject{{u"street"_s, u"Ring 1"_s},
                                                                     {u"postcode"_s, u"1010"_s},
                                                                     {u"city"_s, u"Wien"_s},
                                                                     {u"country"_s, u"AT"_s}}}}})
                     .status,
                 200);
        const qint64 orderId = placeOrder(shop, shop.customerId(), 2);
        QVERIFY(orderId > 0);

        Desk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QVERIFY(desk.search(u"lovelace"_s));
        QTRY_COMPARE(desk.results()->rowCount(), 1);
        QCOMPARE(desk.cell(0, Column::Name), u"Ada Lovelace"_s);
        QCOMPARE(desk.cell(0, Column::City), u"Wien"_s);
        QVERIFY2(desk.cell(0, Column::LastOrder).startsWith(u"#%1 · "_s.arg(orderId)),
                 qPrintable(desk.cell(0, Column::LastOrder)));
        QVERIFY(desk.cell(0, Column::LastOrder).endsWith(u"Reserved"_s));
        QTRY_COMPARE(desk.view->results()->horizontalScrollBar()->maximum(), 0);

        QVERIFY(desk.openCustomer(u"lovelace"_s, u"Ada Lovelace"_s));
        ui::CustomerProfileEditor *editor = desk.view->editor();
        QCOMPARE(editor->addresses()->item(0, 3)->text(), u"Wien"_s);
        QVERIFY(!editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->addPhoneButton(), Qt::LeftButton);
        QCOMPARE(editor->phones()->rowCount(), 1);
        editor->phones()->item(0, 0)->setText(u"mobile"_s);
        editor->phones()->item(0, 1)->setText(u"+43 660 1234567"_s);
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 10000);
        const QJsonObject stored =
            shop.admin().get(u"/api/v1/customers/%1"_s.arg(shop.customerId())).json();
        QCOMPARE(stored.value(u"phones"_s).toArray().first()[u"number"_s].toString(),
                 u"+43 660 1234567"_s);
        QCOMPARE(stored.value(u"phone"_s).toString(), u"+43 660 1234567"_s);

        // Refused: the reason in the message bar, the typed address still in the field.
        editor->emailField()->setText(u"ada-at-nowhere"_s);
        QTest::keyClick(editor->emailField(), Qt::Key_Space);
        QTest::keyClick(editor->emailField(), Qt::Key_Backspace);
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(desk.view->messages()->isVisible() &&
                                     !desk.view->messages()->text().isEmpty() &&
                                     editor->saveButton()->isEnabled(),
                                 10000);
        QCOMPARE(editor->emailField()->text(), u"ada-at-nowhere"_s);
        QVERIFY(editor->isModified());
        QCOMPARE(shop.admin()
                     .get(u"/api/v1/customers/%1"_s.arg(shop.customerId()))
                     .json()
                     .value(u"email"_s)
                     .toString(),
                 u"ada@example.org"_s);
    }

    void timelineFiguresAndLive()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const qint64 orderId = placeOrder(shop, shop.customerId(), 3);
        QVERIFY(orderId > 0);
        QCOMPARE(
            shop.admin()
                .post(u"/api/v1/orders/%1/payment"_s.arg(orderId), {{u"reference"_s, u"BANK-1"_s}})
                .status,
            200);
        const qint64 unpaid = placeOrder(shop, shop.customerId(), 1);
        QVERIFY(unpaid > 0);
        const QJsonObject paidOrder = shop.admin().get(u"/api/v1/orders/%1"_s.arg(orderId)).json();
        const qint64 revenue = paidOrder.value(u"total"_s)[u"amount_minor"_s].toInteger();

        Desk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QVERIFY(desk.openCustomer(u"ada@example.org"_s, u"Ada Lovelace"_s));
        QTRY_VERIFY_WITH_TIMEOUT(desk.timelineHas(u"Order #%1 is now Paid"_s.arg(orderId)), 10000);
        QVERIFY(desk.timelineHas(u"Order #%1 created"_s.arg(orderId)));
        QVERIFY(desk.timelineHas(u"Order #%1 created"_s.arg(unpaid)));
        // Newest first.
        const auto position = [&](const QString &text) {
            const QStringList texts = desk.timelineTexts();
            for (int row = 0; row < texts.size(); ++row) {
                if (texts.at(row).contains(text))
                    return row;
            }
            return -1;
        };
        QVERIFY(position(u"Order #%1 created"_s.arg(unpaid)) <
                position(u"Order #%1 is now Paid"_s.arg(orderId)));
        QVERIFY(position(u"Order #%1 is now Paid"_s.arg(orderId)) <
                position(u"Order #%1 created"_s.arg(orderId)));

        // Only the paid order counts towards the revenue.
        QTRY_COMPARE(desk.view->figures()->orders()->text(), u"2"_s);
        QCOMPARE(desk.view->figures()->revenue()->text(),
                 Money(revenue, Currency::parse(u"EUR"_s).value()).format());

        ui::CustomerTimelineView *timeline = desk.view->timeline();
        QTest::keyClicks(timeline->noteField(), u"Wants the blue mug next time"_s);
        QTest::mouseClick(timeline->addNoteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(desk.timelineHas(u"Wants the blue mug next time"_s), 10000);
        QVERIFY(timeline->noteField()->text().isEmpty());
        QCOMPARE(position(u"Wants the blue mug"_s), 0);

        // Another desk renames the customer: the profile follows the change log.
        QCOMPARE(shop.admin()
                     .patch(u"/api/v1/customers/%1"_s.arg(shop.customerId()),
                            {{u"name"_s, u"Augusta Ada King"_s}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(desk.view->titleLabel()->text(), u"Augusta Ada King"_s, 10000);
        QCOMPARE(desk.view->editor()->nameField()->text(), u"Augusta Ada King"_s);
    }

    void buttonsFollowTheRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("merge");
        QTest::addColumn<bool>("manage");
        QTest::addRow("agent") << u"alice"_s << true << false;
        QTest::addRow("manager") << u"mia"_s << true << true;
    }

    void buttonsFollowTheRole()
    {
        QFETCH(QString, user);
        QFETCH(bool, merge);
        QFETCH(bool, manage);
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        Desk desk;
        QVERIFY(desk.open(shop.url(), user));
        QVERIFY(desk.openCustomer(u"lovelace"_s, u"Ada Lovelace"_s));
        QCOMPARE(desk.view->mergeButton()->isVisible(), merge);
        QCOMPARE(desk.view->exportButton()->isVisible(), manage);
        QCOMPARE(desk.view->eraseButton()->isVisible(), manage);
    }

    void newTicketFromTheCustomer()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QVERIFY(desk.openCustomer(u"lovelace"_s, u"Ada Lovelace"_s));
        QVERIFY(desk.view->newTicketButton()->isVisible());
        QTest::mouseClick(desk.view->newTicketButton(), Qt::LeftButton);
        ui::NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.view->findChild<ui::NewTicketDialog *>()) != nullptr);
        // The customer is chosen already: a subject is all it takes.
        QVERIFY2(dialog->customerLabel()->text().contains(u"Ada Lovelace"_s),
                 qPrintable(dialog->customerLabel()->text()));
        QTest::keyClicks(dialog->subjectField(), u"Wants a call back"_s);
        dialog->submit();
        const qint64 customer = desk.view->currentCustomerId();
        QTRY_COMPARE_WITH_TIMEOUT(shop.admin()
                                      .get(u"/api/v1/tickets?customer_id=%1"_s.arg(customer))
                                      .json()[u"items"_s][0][u"subject"_s]
                                      .toString(),
                                  u"Wants a call back"_s, 10000);
    }

    void followUpFromTheCustomer()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QVERIFY(desk.openCustomer(u"lovelace"_s, u"Ada Lovelace"_s));
        QVERIFY(desk.view->followUpButton()->isVisible());
        QTest::mouseClick(desk.view->followUpButton(), Qt::LeftButton);
        ui::FollowUpDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.view->findChild<ui::FollowUpDialog *>()) != nullptr);
        QTest::keyClicks(dialog->textField(), u"Courtesy call after payment"_s);
        dialog->save();
        const qint64 customer = desk.view->currentCustomerId();
        // It lands in alice's follow-ups and on the customer's timeline.
        QTRY_COMPARE_WITH_TIMEOUT(shop.admin()
                                      .get(u"/api/v1/follow-ups?assignee=alice&state=open"_s)
                                      .json()[u"items"_s][0][u"customer_id"_s]
                                      .toInteger(),
                                  customer, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.timelineHas(u"Courtesy call after payment"_s), 10000);
    }

    void mergeDuplicate()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const HttpReply twin = shop.admin().post(
            u"/api/v1/customers"_s, {{u"name"_s, u"A. Lovelace"_s}, {u"phone"_s, u"0171 555"_s}});
        QCOMPARE(twin.status, 201);
        const qint64 twinId = twin.json().value(u"id"_s).toInteger();
        const qint64 twinOrder = placeOrder(shop, twinId, 1);
        QVERIFY(twinOrder > 0);

        Desk desk;
        QVERIFY(desk.open(shop.url(), u"alice"_s));
        QVERIFY(desk.openCustomer(u"ada@example.org"_s, u"Ada Lovelace"_s));
        QTest::mouseClick(desk.view->mergeButton(), Qt::LeftButton);
        QTRY_VERIFY(desk.view->mergeDialog() && desk.view->mergeDialog()->isVisible());
        ui::MergeCustomerDialog *dialog = desk.view->mergeDialog();
        QVERIFY(!dialog->mergeButton()->isEnabled());
        QVERIFY(dialog->survivorText()->text().contains(u"ada@example.org"_s));
        QTest::keyClicks(dialog->searchField(), u"lovelace"_s);
        auto *model = qobject_cast<client::CustomerSearchModel *>(dialog->results()->model());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        int twinRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->matchAt(row)->customer.id == twinId)
                twinRow = row;
        }
        QVERIFY(twinRow >= 0);
        // Picking the survivor itself is refused; the twin is shown beside it.
        dialog->results()->setCurrentIndex(model->index(1 - twinRow, 0));
        QVERIFY(!dialog->mergeButton()->isEnabled());
        dialog->results()->setCurrentIndex(model->index(twinRow, 0));
        QVERIFY(dialog->mergeButton()->isEnabled());
        QVERIFY(dialog->duplicateText()->text().contains(u"0171 555"_s));
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(shop.admin()
                                         .get(u"/api/v1/customers/%1"_s.arg(twinId))
                                         .json()
                                         .value(u"merged_into"_s) == QJsonValue(shop.customerId()),
                                 10000);
        QCOMPARE(shop.admin()
                     .get(u"/api/v1/orders/%1"_s.arg(twinOrder))
                     .json()
                     .value(u"customer_id"_s)
                     .toInteger(),
                 shop.customerId());
        QTRY_VERIFY_WITH_TIMEOUT(desk.timelineHas(u"Order #%1 created"_s.arg(twinOrder)), 10000);
    }

    void eraseNeedsTheTypedName()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"mia"_s));
        QVERIFY(desk.openCustomer(u"lovelace"_s, u"Ada Lovelace"_s));
        QTest::mouseClick(desk.view->eraseButton(), Qt::LeftButton);
        QTRY_VERIFY(desk.view->eraseDialog() && desk.view->eraseDialog()->isVisible());
        ui::EraseCustomerDialog *dialog = desk.view->eraseDialog();
        QTest::keyClicks(dialog->confirmationField(), u"Ada"_s);
        QVERIFY(!dialog->eraseButton()->isEnabled());
        QTest::keyClicks(dialog->confirmationField(), u" Lovelace"_s);
        QVERIFY(dialog->eraseButton()->isEnabled());
        QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shop.admin()
                                     .get(u"/api/v1/customers/%1"_s.arg(shop.customerId()))
                                     .json()
                                     .value(u"erased"_s)
                                     .toBool(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.view->eraseButton()->isEnabled(), 10000);
        QVERIFY(desk.view->editor()->emailField()->text().isEmpty());
    }

    void orderFormShowsReadableRows()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.admin()
                     .patch(u"/api/v1/customers/%1"_s.arg(shop.customerId()),
                            {{u"phone"_s, u"+44 20 7946 0018"_s},
                             {u"addresses"_s,
                              QJsonArray{QJsonObject{{u"street"_s, u"12 St James's Square"_s},
                                                     {u"postcode"_s, u"SW1Y 4JH"_s},
                                                     {u"city"_s, u"London"_s},
                                                     {u"country"_s, u"GB"_s}}}}})
                     .status,
                 200);
        const qint64 orderId = placeOrder(shop, shop.customerId(), 1);
        QVERIFY(orderId > 0);
        auto session = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        client::ProductTableModel products(session->cache());
        ui::OrdersWidget orders(session.get(), &products);
        orders.resize(1100, 700);
        orders.show();
        QVERIFY(test::startLive(*session));
        ui::CustomerPanel *panel = orders.intake()->customerPanel();
        QTest::keyClicks(panel->searchField(), u"lovelace"_s);
        client::CustomerSearchModel *model = panel->resultsModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 &&
                                     !model->index(0, Column::City).data().toString().isEmpty(),
                                 10000);
        QVERIFY(panel->results()->isVisible());
        QCOMPARE(model->columnCount(), int(Column::ColumnCount));
        QCOMPARE(model->index(0, Column::Name).data().toString(), u"Ada Lovelace"_s);
        QCOMPARE(model->index(0, Column::Phone).data().toString(), u"+44 20 7946 0018"_s);
        QCOMPARE(model->index(0, Column::City).data().toString(), u"London"_s);
        QVERIFY(
            model->index(0, Column::LastOrder).data().toString().startsWith(u"#%1"_s.arg(orderId)));
        // Once laid out (the layout of new rows is deferred), nothing scrolls sideways.
        QTRY_COMPARE(panel->results()->horizontalScrollBar()->maximum(), 0);
        QVERIFY(panel->results()->header()->length() <= panel->results()->viewport()->width());
        for (int column = 0; column < Column::ColumnCount; ++column)
            QVERIFY(!panel->results()->header()->isSectionHidden(column));
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QTRY_VERIFY(panel->customer() && panel->customer()->name == u"Ada Lovelace"_s);
    }
};

QTEST_MAIN(TestCustomers)
#include "tst_customers.moc"
