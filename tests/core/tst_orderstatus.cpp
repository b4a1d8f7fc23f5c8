#include "domain/orderstatus.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

Q_DECLARE_METATYPE(shopdesk::OrderStatus)
Q_DECLARE_METATYPE(shopdesk::OrderAction)
Q_DECLARE_METATYPE(shopdesk::PaymentMethod)

namespace {

const QList<std::pair<OrderAction, const char *>> actions = {
    {OrderAction::Cancel, "cancel"}, {OrderAction::Pay, "pay"},
    {OrderAction::Ship, "ship"},     {OrderAction::Deliver, "deliver"},
    {OrderAction::Return, "return"}, {OrderAction::Expire, "expire"}};

// The transitions docs/api.md lists, written out independently of the code under test.
bool expected(const QString &status, bool cashOnDelivery, OrderAction action)
{
    switch (action) {
    case OrderAction::Cancel:
        return status == u"reserved"_s || status == u"paid"_s;
    case OrderAction::Pay:
    case OrderAction::Expire:
        return status == u"reserved"_s;
    case OrderAction::Ship:
        return status == u"paid"_s || (status == u"reserved"_s && cashOnDelivery);
    case OrderAction::Deliver:
        return status == u"shipped"_s;
    case OrderAction::Return:
        return status == u"shipped"_s || status == u"delivered"_s;
    }
    return false;
}

} // namespace

class TestOrderStatus : public QObject
{
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<OrderStatus>("status");
        QTest::addRow("queued") << u"queued"_s << OrderStatus::Queued;
        QTest::addRow("refused") << u"refused"_s << OrderStatus::Refused;
        QTest::addRow("reserved") << u"reserved"_s << OrderStatus::Reserved;
        QTest::addRow("paid") << u"paid"_s << OrderStatus::Paid;
        QTest::addRow("shipped") << u"shipped"_s << OrderStatus::Shipped;
        QTest::addRow("delivered") << u"delivered"_s << OrderStatus::Delivered;
        QTest::addRow("cancelled") << u"cancelled"_s << OrderStatus::Cancelled;
        QTest::addRow("expired") << u"expired"_s << OrderStatus::Expired;
        QTest::addRow("returned") << u"returned"_s << OrderStatus::Returned;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(OrderStatus, status);
        QCOMPARE(orderStatusName(status), name);
        const auto parsed = parseOrderStatus(name);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), status);
    }

    void everyStatusHasAName()
    {
        QCOMPARE(allOrderStatuses().size(), 9);
        QSet<QString> names;
        for (OrderStatus status : allOrderStatuses())
            names.insert(orderStatusName(status));
        QCOMPARE(names.size(), 9);
    }

    void unknownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("empty") << QString();
        QTest::addRow("upper case") << u"PAID"_s;
        QTest::addRow("padded") << u" paid"_s;
        QTest::addRow("other word") << u"pending"_s;
    }
    void unknownNames()
    {
        QFETCH(QString, name);
        const auto parsed = parseOrderStatus(name);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"unknown_status"_s);
        QCOMPARE(parsed.error().details.value(u"status"_s).toString(), name);
    }

    void rule_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<PaymentMethod>("method");
        QTest::addColumn<OrderAction>("action");
        QTest::addColumn<bool>("allowed");
        for (OrderStatus status : allOrderStatuses()) {
            for (PaymentMethod method : allPaymentMethods()) {
                for (const auto &[action, actionName] : actions) {
                    const QString name = orderStatusName(status);
                    QTest::addRow("%s %s %s", qPrintable(name), actionName,
                                  qPrintable(paymentMethodName(method)))
                        << status << method << action
                        << expected(name, method == PaymentMethod::CashOnDelivery, action);
                }
            }
        }
    }
    void rule()
    {
        QFETCH(OrderStatus, status);
        QFETCH(PaymentMethod, method);
        QFETCH(OrderAction, action);
        QFETCH(bool, allowed);
        QCOMPARE(orderAllows(status, method, action), allowed);
    }

    void statusAfter_data()
    {
        QTest::addColumn<OrderAction>("action");
        QTest::addColumn<OrderStatus>("after");
        QTest::addRow("cancel") << OrderAction::Cancel << OrderStatus::Cancelled;
        QTest::addRow("pay") << OrderAction::Pay << OrderStatus::Paid;
        QTest::addRow("ship") << OrderAction::Ship << OrderStatus::Shipped;
        QTest::addRow("deliver") << OrderAction::Deliver << OrderStatus::Delivered;
        QTest::addRow("return") << OrderAction::Return << OrderStatus::Returned;
        QTest::addRow("expire") << OrderAction::Expire << OrderStatus::Expired;
    }
    void statusAfter()
    {
        QFETCH(OrderAction, action);
        QFETCH(OrderStatus, after);
        QCOMPARE(orderStatusAfter(action), after);
    }

    void holdsStock_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<bool>("holds");
        for (OrderStatus status : allOrderStatuses()) {
            QTest::addRow("%s", qPrintable(orderStatusName(status)))
                << status << (status == OrderStatus::Reserved || status == OrderStatus::Paid);
        }
    }
    void holdsStock()
    {
        QFETCH(OrderStatus, status);
        QFETCH(bool, holds);
        QCOMPARE(orderHoldsStock(status), holds);
    }
};

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
