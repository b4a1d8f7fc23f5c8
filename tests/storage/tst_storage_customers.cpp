#include "storage/care/customerexport.h"
#include "storage/care/customerrow.h"
#include "storage/care/customersearch.h"
#include "storage/care/personaldata.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::storage;

// The pieces of the customer's story that need no database: how a PATCH keeps phone and
// address in step with the lists, how personal data is found in free text, the CSV shape of
// an export, and what counts as a ticket number in a search.
class TestStorageCustomers : public QObject
{
    Q_OBJECT
private slots:
    void patchKeepsSingleValuesInStep_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("phones");
        QTest::addColumn<QString>("address");
        const QJsonArray two{QJsonObject{{u"label"_s, u"a"_s}, {u"number"_s, u"111 1"_s}},
                             QJsonObject{{u"label"_s, u"b"_s}, {u"number"_s, u"222 2"_s}}};
        QTest::addRow("phone alone replaces the first number")
            << QJsonObject{{u"phone"_s, u"999"_s}} << u"999"_s << 2 << u"Old St 1"_s;
        QTest::addRow("empty phone drops the first entry")
            << QJsonObject{{u"phone"_s, u""_s}} << u"222 2"_s << 1 << u"Old St 1"_s;
        QTest::addRow("phones win over phone")
            << QJsonObject{{u"phone"_s, u"999"_s}, {u"phones"_s, QJsonArray{two[1]}}} << u"222 2"_s
            << 1 << u"Old St 1"_s;
        QTest::addRow("addresses render the first on one line")
            << QJsonObject{{u"addresses"_s, QJsonArray{QJsonObject{{u"street"_s, u"Ring 1"_s},
                                                                   {u"postcode"_s, u"1010"_s},
                                                                   {u"city"_s, u"Wien"_s},
                                                                   {u"country"_s, u"AT"_s}}}}}
            << u"111 1"_s << 2 << u"Ring 1, 1010 Wien, AT"_s;
        QTest::addRow("no addresses, no address")
            << QJsonObject{{u"addresses"_s, QJsonArray()}} << u"111 1"_s << 2 << u""_s;
    }

    void patchKeepsSingleValuesInStep()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, phone);
        QFETCH(int, phones);
        QFETCH(QString, address);
        const QJsonObject current{
            {u"name"_s, u"N"_s},
            {u"phone"_s, u"111 1"_s},
            {u"phones"_s, QJsonArray{QJsonObject{{u"label"_s, u"a"_s}, {u"number"_s, u"111 1"_s}},
                                     QJsonObject{{u"label"_s, u"b"_s}, {u"number"_s, u"222 2"_s}}}},
            {u"address"_s, u"Old St 1"_s},
            {u"addresses"_s, QJsonArray{QJsonObject{{u"street"_s, u"Old St 1"_s}}}},
            {u"marketing_consent"_s, false}};
        const QJsonObject patched = CustomerRow::patched(current, fields, 1'700'000'000'000);
        QCOMPARE(patched[u"phone"_s].toString(), phone);
        QCOMPARE(patched[u"phones"_s].toArray().size(), phones);
        QCOMPARE(patched[u"address"_s].toString(), address);
        QVERIFY(patched[u"marketing_consent_at"_s].isUndefined());
    }

    void consentChangeIsTimed()
    {
        const QJsonObject patched = CustomerRow::patched(
            {{u"marketing_consent"_s, false}}, {{u"marketing_consent"_s, true}}, 1'700'000'000'000);
        QCOMPARE(patched[u"marketing_consent"_s], QJsonValue(true));
        QCOMPARE(patched[u"marketing_consent_at"_s].toString(), u"2023-11-14T22:13:20Z"_s);
    }

    void personalDataIsScrubbed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("e-mail in another case")
            << u"write to ADA@Example.org now"_s << u"write to [erased] now"_s;
        QTest::addRow("phone as written") << u"call +44 20 7946 0018"_s << u"call [erased]"_s;
        QTest::addRow("phone spaced otherwise")
            << u"call 44-20-79460018 today"_s << u"call [erased] today"_s;
        QTest::addRow("name") << u"Ada Lovelace called"_s << u"[erased] called"_s;
        QTest::addRow("one line of an address")
            << u"to 12 St James's Square please"_s << u"to [erased] please"_s;
        QTest::addRow("nothing personal") << u"order 17 shipped"_s << u"order 17 shipped"_s;
    }

    void personalDataIsScrubbed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        PersonalData data;
        data.add({{u"name"_s, u"Ada Lovelace"_s},
                  {u"email"_s, u"ada@example.org"_s},
                  {u"phone"_s, u"+44 20 7946 0018"_s},
                  {u"address"_s, u"12 St James's Square\nLondon"_s}});
        QCOMPARE(data.scrub(text), expected);
        QCOMPARE(data.foundIn(text), text != expected);
        const QJsonValue nested = data.scrub(
            QJsonValue(QJsonObject{{u"list"_s, QJsonArray{text, 5}}, {u"n"_s, QJsonValue::Null}}));
        QCOMPARE(nested[u"list"_s][0].toString(), expected);
        QCOMPARE(nested[u"list"_s][1].toInt(), 5);
    }

    void csvHasOneQuotedRowAValue()
    {
        const QJsonObject exported{
            {u"customer_id"_s, 4},
            {u"customer"_s, QJsonObject{{u"name"_s, u"Ada, \"the\" first"_s},
                                        {u"erased"_s, false},
                                        {u"merged_into"_s, QJsonValue::Null}}},
            {u"orders"_s,
             QJsonArray{QJsonObject{{u"id"_s, 17},
                                    {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"A-1"_s}}}}}}},
            {u"notes"_s, QJsonArray{QJsonObject{{u"text"_s, u"two\nlines"_s}}}}};
        const QByteArray csv = CustomerExport::csv(exported);
        QCOMPARE(csv, QByteArray("section,item,field,value\r\n"
                                 "customer,,erased,false\r\n"
                                 "customer,,merged_into,\r\n"
                                 "customer,,name,\"Ada, \"\"the\"\" first\"\r\n"
                                 "notes,0,text,\"two\nlines\"\r\n"
                                 "orders,0,id,17\r\n"
                                 "orders,0,lines.0.sku,A-1\r\n"));
    }

    void ticketNumbers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("ticket");
        QTest::addRow("T-17") << u"T-17"_s << qint64(17);
        QTest::addRow("t17") << u"t17"_s << qint64(17);
        QTest::addRow("#T17") << u"#T17"_s << qint64(17);
        QTest::addRow("spaces around") << u" T-5 "_s << qint64(5);
        QTest::addRow("a name") << u"Tom"_s << qint64(0);
        QTest::addRow("order number") << u"#17"_s << qint64(0);
        QTest::addRow("T alone") << u"T-"_s << qint64(0);
    }

    void ticketNumbers()
    {
        QFETCH(QString, query);
        QFETCH(qint64, ticket);
        QCOMPARE(CustomerSearch::ticketNumber(query), ticket);
    }
};

QTEST_GUILESS_MAIN(TestStorageCustomers)
#include "tst_storage_customers.moc"
