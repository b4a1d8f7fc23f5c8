#include "domain/order.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The Order of docs/api.md, with a shipment and a second history step.
QJsonObject sample()
{
    return parse(
        "{\"id\": 17, \"customer_id\": 4, \"channel\": \"phone\", \"payment_method\": \"card\", "
        " \"status\": \"paid\", "
        " \"lines\": [{\"sku\": \"KIT-00042\", \"name\": \"Nordhaus Chef's Knife, Slate\", "
        "\"quantity\": 2, "
        "            \"unit_price\": {\"amount_minor\": 4999, \"currency\": \"EUR\"}, "
        "            \"line_total\": {\"amount_minor\": 9998, \"currency\": \"EUR\"}}], "
        " \"total\": {\"amount_minor\": 9998, \"currency\": \"EUR\"}, "
        " \"reservation_expires_at\": null, "
        " \"notes\": \"ring twice\", \"payment_reference\": \"PAY-1\", \"carrier\": \"\", "
        "\"tracking\": \"\", "
        " \"payment_link\": null, \"tracking_url\": null, \"stock_at_risk\": false, "
        " \"created_by\": \"agent\", \"created_at\": \"2026-11-22T10:15:00Z\", \"updated_at\": "
        "\"2026-11-22T10:20:00Z\", "
        " \"status_history\": [{\"status\": \"reserved\", \"at\": \"2026-11-22T10:15:00Z\", "
        "\"user\": \"agent\"}, "
        "                    {\"status\": \"paid\", \"at\": \"2026-11-22T10:20:00Z\", \"user\": "
        "\"manager\"}]}");
}

// What the client stores for an order it queued while offline.
QJsonObject queuedDraft()
{
    return parse(
        "{\"customer_id\": 4, \"channel\": \"chat\", \"payment_method\": \"cash_on_delivery\", "
        " \"status\": \"queued\", \"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 3}]}");
}

Money eur(qint64 minor)
{
    return Money(minor, Currency::parse(u"EUR"_s).value());
}

} // namespace

class TestOrder : public QObject
{
    Q_OBJECT
private slots:
    void readsTheApiOrder()
    {
        const auto order = Order::fromJson(sample());
        QVERIFY2(order.ok(), qPrintable(order.error().message));
        QCOMPARE(order->id, OrderId(17));
        QCOMPARE(order->status, OrderStatus::Paid);
        QCOMPARE(order->customerId, CustomerId(4));
        QCOMPARE(order->channel, u"phone"_s);
        QCOMPARE(order->paymentMethod, PaymentMethod::Card);
        QCOMPARE(order->lines.size(), 1);
        QCOMPARE(order->lines[0].sku, u"KIT-00042"_s);
        QCOMPARE(order->lines[0].name, u"Nordhaus Chef's Knife, Slate"_s);
        QCOMPARE(order->lines[0].quantity, 2);
        QCOMPARE(order->lines[0].unitPrice, eur(4999));
        QCOMPARE(order->lines[0].lineTotal, eur(9998));
        QCOMPARE(order->total, eur(9998));
        QVERIFY(!order->reservationExpiresAt.isValid());
        QCOMPARE(order->notes, u"ring twice"_s);
        QCOMPARE(order->paymentReference, u"PAY-1"_s);
        QVERIFY(order->paymentLink.isEmpty());
        QVERIFY(order->trackingUrl.isEmpty());
        QCOMPARE(order->createdBy, u"agent"_s);
        QCOMPARE(order->createdAt, QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
        QCOMPARE(order->statusHistory.size(), 2);
        QCOMPARE(order->statusHistory[1].status, OrderStatus::Paid);
        QCOMPARE(order->statusHistory[1].user, u"manager"_s);
        QVERIFY(order->isConfirmed());
        QVERIFY(order->allows(OrderAction::Cancel));
        QVERIFY(order->allows(OrderAction::Ship));
        QVERIFY(!order->allows(OrderAction::Pay));
    }

    void writesWhatItReads()
    {
        const QJsonObject json = sample();
        QCOMPARE(Order::fromJson(json)->toJson(), json);
        const QJsonObject draft = queuedDraft();
        const QJsonObject written = Order::fromJson(draft)->toJson();
        for (auto it = draft.begin(); it != draft.end(); ++it)
            QCOMPARE(written.value(it.key()), it.value());
        QCOMPARE(Order::fromJson(written)->toJson(), written);
    }

    void readsAQueuedDraft()
    {
        const auto order = Order::fromJson(queuedDraft());
        QVERIFY(order.ok());
        QVERIFY(!order->isConfirmed());
        QCOMPARE(order->status, OrderStatus::Queued);
        QVERIFY(!order->total.has_value());
        QVERIFY(!order->lines[0].unitPrice.has_value());
        QCOMPARE(order->lines[0].name, u""_s);
        for (OrderAction action : {OrderAction::Cancel, OrderAction::Pay, OrderAction::Ship})
            QVERIFY(!order->allows(action));
    }

    void readsLinksAndExpiry()
    {
        QJsonObject json = sample();
        json[u"status"_s] = u"reserved"_s;
        json[u"reservation_expires_at"_s] = u"2026-11-22T10:45:00.250Z"_s;
        json[u"payment_link"_s] = u"https://pay.example/checkout?order=17"_s;
        json[u"tracking_url"_s] = u"https://track.example/?n=1"_s;
        json[u"stock_at_risk"_s] = true;
        const auto order = Order::fromJson(json);
        QVERIFY(order.ok());
        QCOMPARE(order->reservationExpiresAt,
                 QDateTime(QDate(2026, 11, 22), QTime(10, 45, 0, 250), Qt::UTC));
        QCOMPARE(order->paymentLink, u"https://pay.example/checkout?order=17"_s);
        QCOMPARE(order->trackingUrl, u"https://track.example/?n=1"_s);
        QVERIFY(order->stockAtRisk);
        QCOMPARE(order->toJson(), json);
    }

    void badOrMissingFields_data()
    {
        QTest::addColumn<QString>("path");     // "field" or "array/index/field"
        QTest::addColumn<QJsonValue>("value"); // undefined: remove it
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::addRow("no status") << u"status"_s << gone << u"invalid_field"_s << u"status"_s;
        QTest::addRow("unknown status")
            << u"status"_s << QJsonValue(u"pending"_s) << u"unknown_status"_s << u"status"_s;
        QTest::addRow("status a number")
            << u"status"_s << QJsonValue(3) << u"invalid_field"_s << u"status"_s;
        QTest::addRow("no customer")
            << u"customer_id"_s << gone << u"invalid_field"_s << u"customer_id"_s;
        QTest::addRow("customer as text")
            << u"customer_id"_s << QJsonValue(u"4"_s) << u"invalid_field"_s << u"customer_id"_s;
        QTest::addRow("fractional id")
            << u"id"_s << QJsonValue(1.5) << u"invalid_field"_s << u"id"_s;
        QTest::addRow("no channel") << u"channel"_s << gone << u"invalid_field"_s << u"channel"_s;
        QTest::addRow("unknown payment method")
            << u"payment_method"_s << QJsonValue(u"cheque"_s) << u"unknown_payment_method"_s
            << u"payment_method"_s;
        QTest::addRow("no lines") << u"lines"_s << gone << u"invalid_field"_s << u"lines"_s;
        QTest::addRow("lines an object")
            << u"lines"_s << QJsonValue(QJsonObject()) << u"invalid_field"_s << u"lines"_s;
        QTest::addRow("line not an object")
            << u"lines"_s << QJsonValue(QJsonArray{1}) << u"invalid_field"_s << u"lines[0]"_s;
        QTest::addRow("line without sku")
            << u"lines/0/sku"_s << gone << u"invalid_field"_s << u"lines[0].sku"_s;
        QTest::addRow("line with a bad sku")
            << u"lines/0/sku"_s << QJsonValue(u"a b"_s) << u"invalid_sku"_s << u"lines[0].sku"_s;
        QTest::addRow("line without quantity")
            << u"lines/0/quantity"_s << gone << u"invalid_field"_s << u"lines[0].quantity"_s;
        QTest::addRow("line with a bad price") << u"lines/0/unit_price"_s << QJsonValue(4999)
                                               << u"invalid_money"_s << u"lines[0].unit_price"_s;
        QTest::addRow("total without currency")
            << u"total"_s << QJsonValue(QJsonObject{{u"amount_minor"_s, 1}}) << u"invalid_money"_s
            << u"total"_s;
        QTest::addRow("expiry not a time") << u"reservation_expires_at"_s << QJsonValue(u"soon"_s)
                                           << u"invalid_field"_s << u"reservation_expires_at"_s;
        QTest::addRow("risk flag as text") << u"stock_at_risk"_s << QJsonValue(u"yes"_s)
                                           << u"invalid_field"_s << u"stock_at_risk"_s;
        QTest::addRow("history step with unknown status")
            << u"status_history/1/status"_s << QJsonValue(u"lost"_s) << u"unknown_status"_s
            << u"status_history[1].status"_s;
        QTest::addRow("notes a number")
            << u"notes"_s << QJsonValue(7) << u"invalid_field"_s << u"notes"_s;
    }
    void badOrMissingFields()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QJsonObject json = sample();
        const QStringList parts = path.split(u'/');
        if (parts.size() == 1) {
            if (value.isUndefined())
                json.remove(path);
            else
                json[path] = value;
        } else {
            QJsonArray array = json[parts[0]].toArray();
            QJsonObject element = array[parts[1].toInt()].toObject();
            if (value.isUndefined())
                element.remove(parts[2]);
            else
                element[parts[2]] = value;
            array[parts[1].toInt()] = element;
            json[parts[0]] = array;
        }
        const auto order = Order::fromJson(json);
        QVERIFY(!order.ok());
        QCOMPARE(order.error().code, code);
        QCOMPARE(order.error().details.value(u"field"_s).toString(), field);
        QVERIFY(!order.error().message.isEmpty());
    }

    void lineOnItsOwn()
    {
        const auto line = OrderLine::fromJson(
            QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 2}, {u"name"_s, u"Mug"_s}});
        QVERIFY(line.ok());
        QCOMPARE(line->toJson(),
                 (QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 2}, {u"name"_s, u"Mug"_s}}));
        QCOMPARE(OrderLine::fromJson(QJsonObject{{u"sku"_s, u"MUG-1"_s}}).error().code,
                 u"invalid_field"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
