#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The customer's profile as the customer screen edits it: several phones and addresses kept
// in step with the single phone and address older clients write, marketing consent with the
// time it changed, notes; and the search results the screen and the order form list.
class TestCustomersProfile : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;

    QJsonObject customer(qint64 id)
    {
        return m_shop->as(u"agent"_s).get(u"/api/v1/customers/%1"_s.arg(id)).json();
    }

    QJsonArray search(const QString &query)
    {
        return m_shop->as(u"agent"_s)
            .get(u"/api/v1/customers?query="_s + QString::fromUtf8(QUrl::toPercentEncoding(query)))
            .json()
            .value(u"items"_s)
            .toArray();
    }

    static QJsonObject find(const QJsonArray &items, qint64 id)
    {
        for (const QJsonValue &item : items) {
            if (item[u"id"_s].toInteger() == id)
                return item.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"PR-1"_s, 900, 20));
        const HttpReply created =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/customers"_s, {{u"name"_s, u"Marta Kowalska"_s},
                                               {u"email"_s, u"marta.k@example.com"_s},
                                               {u"phone"_s, u"+48 22 555 0101"_s}});
        QCOMPARE(created.status, 201);
        m_customer = created.json().value(u"id"_s).toInteger();
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void newFieldsHaveDefaults()
    {
        const QJsonObject c = customer(m_customer);
        QCOMPARE(c.value(u"marketing_consent"_s), QJsonValue(false));
        QCOMPARE(c.value(u"marketing_consent_at"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(c.value(u"notes"_s).toString(), u""_s);
        QCOMPARE(c.value(u"merged_into"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(c.value(u"erased"_s), QJsonValue(false));
        // The single phone written at creation is the first of the list.
        const QJsonArray phones = c.value(u"phones"_s).toArray();
        QCOMPARE(phones.size(), 1);
        QCOMPARE(phones[0][u"number"_s].toString(), u"+48 22 555 0101"_s);
        QCOMPARE(c.value(u"addresses"_s).toArray().size(), 0);
    }

    void profileIsEditedAndLogged()
    {
        TestHttp &agent = m_shop->as(u"agent"_s);
        const qint64 seq = m_shop->lastSeq();
        const QJsonArray phones{
            QJsonObject{{u"label"_s, u"mobile"_s}, {u"number"_s, u"+48 600 700 800"_s}},
            QJsonObject{{u"label"_s, u"work"_s}, {u"number"_s, u"+48 22 555 0101"_s}}};
        const QJsonArray addresses{QJsonObject{{u"label"_s, u"home"_s},
                                               {u"street"_s, u"ul. Długa 5"_s},
                                               {u"postcode"_s, u"00-238"_s},
                                               {u"city"_s, u"Warszawa"_s},
                                               {u"country"_s, u"PL"_s}}};
        const HttpReply updated = agent.patch(u"/api/v1/customers/%1"_s.arg(m_customer),
                                              {{u"phones"_s, phones},
                                               {u"addresses"_s, addresses},
                                               {u"marketing_consent"_s, true},
                                               {u"notes"_s, u"Prefers calls after 17:00."_s},
                                               {u"language"_s, u"en"_s}});
        QCOMPARE(updated.status, 200);
        const QJsonObject c = updated.json();
        QCOMPARE(c.value(u"phones"_s).toArray(), phones);
        QCOMPARE(c.value(u"addresses"_s).toArray(), addresses);
        QCOMPARE(c.value(u"phone"_s).toString(), u"+48 600 700 800"_s);
        QCOMPARE(c.value(u"address"_s).toString(), u"ul. Długa 5, 00-238 Warszawa, PL"_s);
        QCOMPARE(c.value(u"marketing_consent"_s), QJsonValue(true));
        QVERIFY(QDateTime::fromString(c.value(u"marketing_consent_at"_s).toString(), Qt::ISODate)
                    .isValid());
        QCOMPARE(c.value(u"notes"_s).toString(), u"Prefers calls after 17:00."_s);
        QCOMPARE(customer(m_customer), c);

        const QJsonArray changes =
            agent.get(u"/api/v1/changes?since=%1"_s.arg(seq)).json().value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"entity"_s].toString(), u"customer"_s);
        QCOMPARE(changes[0][u"op"_s].toString(), u"update"_s);
        QCOMPARE(changes[0][u"data"_s][u"phones"_s].toArray(), phones);

        // The consent's time changes only with the consent.
        const HttpReply again = agent.patch(u"/api/v1/customers/%1"_s.arg(m_customer),
                                            {{u"marketing_consent"_s, true}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"marketing_consent_at"_s), c.value(u"marketing_consent_at"_s));
    }

    void singlePhoneAndAddressSetTheFirstEntry()
    {
        TestHttp &agent = m_shop->as(u"agent"_s);
        const HttpReply created = agent.post(
            u"/api/v1/customers"_s,
            {{u"name"_s, u"Old Client"_s},
             {u"phones"_s,
              QJsonArray{QJsonObject{{u"label"_s, u"home"_s}, {u"number"_s, u"0301"_s}},
                         QJsonObject{{u"label"_s, u"work"_s}, {u"number"_s, u"0302"_s}}}}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(u"id"_s).toInteger();
        QCOMPARE(created.json().value(u"phone"_s).toString(), u"0301"_s);
        const HttpReply updated =
            agent.patch(u"/api/v1/customers/%1"_s.arg(id),
                        {{u"phone"_s, u"0399"_s}, {u"address"_s, u"Hauptstr. 5\n10115 Berlin"_s}});
        QCOMPARE(updated.status, 200);
        const QJsonObject c = updated.json();
        QCOMPARE(c.value(u"phone"_s).toString(), u"0399"_s);
        QCOMPARE(c.value(u"phones"_s).toArray().size(), 2);
        QCOMPARE(c.value(u"phones"_s)[0][u"label"_s].toString(), u"home"_s);
        QCOMPARE(c.value(u"phones"_s)[0][u"number"_s].toString(), u"0399"_s);
        QCOMPARE(c.value(u"phones"_s)[1][u"number"_s].toString(), u"0302"_s);
        QCOMPARE(c.value(u"address"_s).toString(), u"Hauptstr. 5\n10115 Berlin"_s);
        QCOMPARE(c.value(u"addresses"_s)[0][u"street"_s].toString(),
                 u"Hauptstr. 5\n10115 Berlin"_s);
    }

    void badFields_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto phone = [](const QJsonValue &number) {
            return QJsonObject{{u"label"_s, u"x"_s}, {u"number"_s, number}};
        };
        const auto address = [](const QString &key, const QJsonValue &value) {
            QJsonObject a{{u"street"_s, u"Main St 1"_s}, {u"city"_s, u"Town"_s}};
            a.insert(key, value);
            return a;
        };
        QJsonArray elevenPhones;
        QJsonArray elevenAddresses;
        for (int i = 0; i < 11; ++i) {
            elevenPhones.append(phone(u"+1 555 010%1"_s.arg(i)));
            elevenAddresses.append(address(u"label"_s, u"a%1"_s.arg(i)));
        }
        QTest::addRow("unknown field")
            << QJsonObject{{u"nickname"_s, u"M"_s}} << 400 << u"unknown_field"_s << u"nickname"_s;
        QTest::addRow("merged_into is the server's")
            << QJsonObject{{u"merged_into"_s, 1}} << 400 << u"unknown_field"_s << u"merged_into"_s;
        QTest::addRow("erased is the server's")
            << QJsonObject{{u"erased"_s, true}} << 400 << u"unknown_field"_s << u"erased"_s;
        QTest::addRow("phones not a list")
            << QJsonObject{{u"phones"_s, u"0301"_s}} << 400 << u"invalid_type"_s << u"phones"_s;
        QTest::addRow("phone entry not an object")
            << QJsonObject{{u"phones"_s, QJsonArray{u"0301"_s}}} << 400 << u"invalid_type"_s
            << u"phones[0]"_s;
        QTest::addRow("phone number missing")
            << QJsonObject{{u"phones"_s, QJsonArray{QJsonObject{{u"label"_s, u"x"_s}}}}} << 400
            << u"missing_field"_s << u"phones[0].number"_s;
        QTest::addRow("phone number a number") << QJsonObject{{u"phones"_s, QJsonArray{phone(301)}}}
                                               << 400 << u"invalid_type"_s << u"phones[0].number"_s;
        QTest::addRow("phone number without digits")
            << QJsonObject{{u"phones"_s, QJsonArray{phone(u"call me"_s)}}} << 422
            << u"invalid_phone"_s << u"phones[0].number"_s;
        QTest::addRow("phone number empty") << QJsonObject{{u"phones"_s, QJsonArray{phone(u""_s)}}}
                                            << 422 << u"invalid_value"_s << u"phones[0].number"_s;
        QTest::addRow("phone entry unknown field")
            << QJsonObject{{u"phones"_s,
                            QJsonArray{QJsonObject{{u"number"_s, u"1"_s}, {u"ext"_s, u"2"_s}}}}}
            << 400 << u"unknown_field"_s << u"phones[0].ext"_s;
        QTest::addRow("eleven phones") << QJsonObject{{u"phones"_s, elevenPhones}} << 422
                                       << u"too_many_phones"_s << u"phones"_s;
        QTest::addRow("eleven addresses") << QJsonObject{{u"addresses"_s, elevenAddresses}} << 422
                                          << u"too_many_addresses"_s << u"addresses"_s;
        QTest::addRow("country a name")
            << QJsonObject{{u"addresses"_s, QJsonArray{address(u"country"_s, u"Poland"_s)}}} << 422
            << u"invalid_country"_s << u"addresses[0].country"_s;
        QTest::addRow("country lower case")
            << QJsonObject{{u"addresses"_s, QJsonArray{address(u"country"_s, u"pl"_s)}}} << 422
            << u"invalid_country"_s << u"addresses[0].country"_s;
        QTest::addRow("city too long")
            << QJsonObject{{u"addresses"_s, QJsonArray{address(u"city"_s, QString(201, u'x'))}}}
            << 422 << u"value_too_long"_s << u"addresses[0].city"_s;
        QTest::addRow("address entry unknown field")
            << QJsonObject{{u"addresses"_s, QJsonArray{address(u"zip"_s, u"1"_s)}}} << 400
            << u"unknown_field"_s << u"addresses[0].zip"_s;
        QTest::addRow("consent as text") << QJsonObject{{u"marketing_consent"_s, u"yes"_s}} << 400
                                         << u"invalid_type"_s << u"marketing_consent"_s;
        QTest::addRow("notes too long") << QJsonObject{{u"notes"_s, QString(10001, u'n')}} << 422
                                        << u"value_too_long"_s << u"notes"_s;
        QTest::addRow("notes a list")
            << QJsonObject{{u"notes"_s, QJsonArray()}} << 400 << u"invalid_type"_s << u"notes"_s;
        QTest::addRow("bad e-mail") << QJsonObject{{u"email"_s, u"marta.example.com"_s}} << 422
                                    << u"invalid_email"_s << u"email"_s;
        QTest::addRow("bad language") << QJsonObject{{u"language"_s, u"Polish"_s}} << 422
                                      << u"invalid_language"_s << u"language"_s;
        QTest::addRow("empty name")
            << QJsonObject{{u"name"_s, u" "_s}} << 422 << u"invalid_value"_s << u"name"_s;
    }

    void badFields()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        TestHttp &agent = m_shop->as(u"agent"_s);
        const QJsonObject before = customer(m_customer);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = agent.patch(u"/api/v1/customers/%1"_s.arg(m_customer), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.json()[u"error"_s][u"details"_s][u"field"_s].toString(), field);
        QCOMPARE(customer(m_customer), before);
        QCOMPARE(m_shop->lastSeq(), seq);
        // A new customer with the same fields is refused the same way.
        body.insert(u"name"_s, body.value(u"name"_s).toString(u"Someone"_s));
        const HttpReply created = agent.post(u"/api/v1/customers"_s, body);
        QCOMPARE(created.status, status);
        QCOMPARE(created.errorCode(), code);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void searchResultsCarryCityAndLastOrder()
    {
        TestHttp &agent = m_shop->as(u"agent"_s);
        QJsonObject item = find(search(u"Kowalska"_s), m_customer);
        QCOMPARE(item.value(u"city"_s).toString(), u"Warszawa"_s);
        QCOMPARE(item.value(u"last_order"_s), QJsonValue(QJsonValue::Null));
        const HttpReply order =
            agent.post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, {{u"PR-1"_s, 1}}));
        QCOMPARE(order.status, 201);
        item = find(search(u"marta.k@"_s), m_customer);
        const QJsonObject last = item.value(u"last_order"_s).toObject();
        QCOMPARE(last.value(u"id"_s).toInteger(), order.json().value(u"id"_s).toInteger());
        QCOMPARE(last.value(u"status"_s).toString(), u"reserved"_s);
        QCOMPARE(last.value(u"at"_s).toString(), order.json().value(u"created_at"_s).toString());
    }

    void searchFindsEveryPhone_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("first phone, spaced otherwise") << u"600700800"_s;
        QTest::addRow("second phone, spaced otherwise") << u"22 5550101"_s;
        QTest::addRow("second phone with dashes") << u"22-555-0101"_s;
    }

    void searchFindsEveryPhone()
    {
        QFETCH(QString, query);
        QVERIFY(!find(search(query), m_customer).isEmpty());
    }

    void ticketNumberWithoutTicketsFindsNobody()
    {
        // Before the tickets' tables exist a ticket number is just text: no error, no match.
        const HttpReply reply = m_shop->as(u"agent"_s).get(u"/api/v1/customers?query=T-17"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"items"_s).toArray().size(), 0);
    }

    void searchKeepsPaging()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_shop->addCustomer(u"Paging Person %1"_s.arg(i)) > 0);
        QList<qint64> seen;
        QString next;
        do {
            const HttpReply reply = m_shop->as(u"agent"_s)
                                        .get(u"/api/v1/customers?query=paging&limit=2"_s +
                                             (next.isEmpty() ? QString() : u"&after="_s + next));
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &item : reply.json()[u"items"_s].toArray())
                seen << item[u"id"_s].toInteger();
            next = reply.json()[u"next"_s].toString();
        } while (!next.isEmpty());
        QCOMPARE(seen.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCustomersProfile)
#include "tst_customers_profile.moc"
