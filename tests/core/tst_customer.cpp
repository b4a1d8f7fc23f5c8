#include "domain/customer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

QJsonObject sample()
{
    return QJsonObject{{u"id"_s, 4},
                       {u"name"_s, u"Ada Lovelace"_s},
                       {u"email"_s, u"ada@example.org"_s},
                       {u"phone"_s, u"+44 20 7946 0018"_s},
                       {u"address"_s, u"12 St James's Square\nLondon"_s},
                       {u"language"_s, u"en"_s}};
}

} // namespace

class TestCustomer : public QObject
{
    Q_OBJECT
private slots:
    void readsAndWrites()
    {
        QJsonObject json = sample();
        json.insert(u"created_at"_s, u"2026-11-22T10:15:00Z"_s);
        const auto customer = Customer::fromJson(json);
        QVERIFY(customer.ok());
        QCOMPARE(customer->id, 4);
        QCOMPARE(customer->name, u"Ada Lovelace"_s);
        QCOMPARE(customer->email, u"ada@example.org"_s);
        QCOMPARE(customer->phone, u"+44 20 7946 0018"_s);
        QCOMPARE(customer->address, u"12 St James's Square\nLondon"_s);
        QCOMPARE(customer->language, u"en"_s);
        QCOMPARE(customer->toJson(), sample());
    }

    void absentOptionalStringsAreEmpty()
    {
        const auto customer = Customer::fromJson(
            QJsonObject{{u"id"_s, 9}, {u"name"_s, u"Bo"_s}, {u"email"_s, QJsonValue()}});
        QVERIFY(customer.ok());
        QCOMPARE(customer->email, u""_s);
        QVERIFY(!customer->phone.isNull());
        QCOMPARE(customer->language, u""_s);
    }

    // A bounced address: when and why travel with the customer; a working one says nothing.
    void failingAddressReadsAndWrites()
    {
        QJsonObject json = sample();
        json.insert(u"email_failed_at"_s, u"2026-12-01T09:30:00Z"_s);
        json.insert(u"email_failure"_s, u"Undelivered Mail Returned to Sender"_s);
        const auto failing = Customer::fromJson(json);
        QVERIFY(failing.ok());
        QVERIFY(failing->emailFailing());
        QCOMPARE(failing->emailFailedAt, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(failing->emailFailure, u"Undelivered Mail Returned to Sender"_s);
        QCOMPARE(failing->toJson(), json);

        json.insert(u"email_failed_at"_s, QJsonValue::Null);
        json.insert(u"email_failure"_s, QJsonValue::Null);
        const auto working = Customer::fromJson(json);
        QVERIFY(working.ok());
        QVERIFY(!working->emailFailing());
        QCOMPARE(working->toJson(), sample());
    }

    void badOrMissingFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove it
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::addRow("no id") << u"id"_s << gone;
        QTest::addRow("id zero") << u"id"_s << QJsonValue(0);
        QTest::addRow("id negative") << u"id"_s << QJsonValue(-3);
        QTest::addRow("id as text") << u"id"_s << QJsonValue(u"4"_s);
        QTest::addRow("no name") << u"name"_s << gone;
        QTest::addRow("name null") << u"name"_s << QJsonValue();
        QTest::addRow("email a number") << u"email"_s << QJsonValue(1);
        QTest::addRow("address a list") << u"address"_s << QJsonValue(QJsonArray());
        QTest::addRow("email_failed_at not a time")
            << u"email_failed_at"_s << QJsonValue(u"soon"_s);
        QTest::addRow("email_failure a number") << u"email_failure"_s << QJsonValue(5);
    }
    void badOrMissingFields()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = sample();
        if (value.isUndefined())
            json.remove(key);
        else
            json[key] = value;
        const auto customer = Customer::fromJson(json);
        QVERIFY(!customer.ok());
        QCOMPARE(customer.error().code, u"invalid_field"_s);
        QCOMPARE(customer.error().details.value(u"field"_s).toString(), key);
    }
};

QTEST_GUILESS_MAIN(TestCustomer)
#include "tst_customer.moc"
