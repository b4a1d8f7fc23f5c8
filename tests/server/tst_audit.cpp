#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include "server/auditcsv.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The audit trail: who changed what, when and from where, filtered, paged and exported as
// CSV, for managers and admins only; a manager never sees the records of admin matters.
class TestAudit : public QObject
{
    Q_OBJECT
    std::unique_ptr<ServerProcess> m_process; // a fresh store for each test
    std::unique_ptr<ShopFixture> m_shop;

    ServerProcess &server() const { return *m_process; }
    TestHttp &as(const QString &role) { return m_shop->as(role); }

    // Every entry the role reads with the query, following the pages.
    QJsonArray entries(const QString &role, const QString &query = {})
    {
        QJsonArray all;
        QString after;
        for (int guard = 0; guard < 100; ++guard) {
            QString path = u"/api/v1/audit?limit=50"_s;
            if (!query.isEmpty())
                path += u'&' + query;
            if (!after.isEmpty())
                path += u"&after="_s + after;
            const HttpReply reply = as(role).get(path);
            if (reply.status != 200) {
                qWarning() << reply.status << reply.body;
                return {};
            }
            for (const QJsonValue &item : reply.json()[u"items"_s].toArray())
                all.append(item);
            const QJsonValue next = reply.json()[u"next"_s];
            if (!next.isString())
                break;
            after = next.toString();
        }
        return all;
    }

    // A customer made by the role (a change record of entity "customer").
    qint64 addCustomer(TestHttp &http, const QString &name)
    {
        const HttpReply made = http.post(u"/api/v1/customers"_s, {{u"name"_s, name}});
        return made.status == 201 ? made.json()[u"id"_s].toInteger() : -1;
    }

    bool addProduct(TestHttp &http, const QString &sku)
    {
        return http.post(u"/api/v1/products"_s,
                         {{u"sku"_s, sku},
                          {u"name"_s, u"Product "_s + sku},
                          {u"price"_s,
                           QJsonObject{{u"amount_minor"_s, 500}, {u"currency"_s, u"EUR"_s}}},
                          {u"category"_s, u"Test"_s}})
                   .status == 201;
    }

    static QSet<QString> values(const QJsonArray &items, const QString &key)
    {
        QSet<QString> found;
        for (const QJsonValue &item : items)
            found.insert(item[key].toString());
        return found;
    }

private slots:
    void init()
    {
        m_process = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_process);
        QVERIFY2(server().start(), qPrintable(server().output()));
        m_shop = std::make_unique<ShopFixture>(server().baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
    }
    void cleanup()
    {
        m_shop.reset();
        if (m_process)
            QCOMPARE(server().stop(), 0);
        m_process.reset();
    }

    void changesOfTwoUsersShowWhoWhatWhenAndWhere()
    {
        QVERIFY(addProduct(as(u"manager"_s), u"AUD-1"_s));
        const qint64 customer = addCustomer(as(u"agent"_s), u"Ada Audit"_s);
        QVERIFY(customer > 0);

        const QJsonArray all = entries(u"manager"_s);
        QVERIFY(!all.isEmpty());
        // Newest first.
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i][u"seq"_s].toInteger() < all[i - 1][u"seq"_s].toInteger());
        QJsonObject product;
        QJsonObject made;
        for (const QJsonValue &value : all) {
            const QJsonObject entry = value.toObject();
            if (entry[u"entity"_s] == u"product"_s && entry[u"entity_id"_s] == u"AUD-1"_s)
                product = entry;
            if (entry[u"entity"_s] == u"customer"_s &&
                entry[u"entity_id"_s] == QString::number(customer))
                made = entry;
        }
        QCOMPARE(product[u"user"_s].toString(), u"manager"_s);
        QCOMPARE(product[u"address"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(product[u"op"_s].toString(), u"create"_s);
        QVERIFY(product[u"at"_s].toString().endsWith(u'Z'));
        QCOMPARE(product[u"data"_s][u"sku"_s].toString(), u"AUD-1"_s);
        QCOMPARE(made[u"user"_s].toString(), u"agent"_s);
        QCOMPARE(made[u"address"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(made[u"op"_s].toString(), u"create"_s);
        QCOMPARE(made[u"data"_s][u"name"_s].toString(), u"Ada Audit"_s);
    }

    void eachFilterNarrows()
    {
        QVERIFY(addProduct(as(u"manager"_s), u"AUD-1"_s));
        QVERIFY(addProduct(as(u"admin"_s), u"AUD-2"_s));
        const qint64 first = addCustomer(as(u"agent"_s), u"First"_s);
        const qint64 second = addCustomer(as(u"manager"_s), u"Second"_s);
        QVERIFY(first > 0 && second > 0);
        const QJsonArray all = entries(u"admin"_s);

        const QJsonArray byAgent = entries(u"admin"_s, u"user=agent"_s);
        QVERIFY(!byAgent.isEmpty());
        QCOMPARE(values(byAgent, u"user"_s), QSet<QString>{u"agent"_s});

        const QJsonArray customers = entries(u"admin"_s, u"entity=customer"_s);
        QCOMPARE(values(customers, u"entity"_s), QSet<QString>{u"customer"_s});
        QCOMPARE(customers.size(), 2);

        const QJsonArray one = entries(u"admin"_s, u"entity=customer&entity_id=%1"_s.arg(second));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0][u"user"_s].toString(), u"manager"_s);

        const QJsonArray both = entries(u"admin"_s, u"user=manager&entity=product"_s);
        QCOMPARE(both.size(), 1);
        QCOMPARE(both[0][u"entity_id"_s].toString(), u"AUD-1"_s);

        // A time range: from and to inclusive, as ISO times or milliseconds.
        const QDateTime newest = QDateTime::fromString(all[0][u"at"_s].toString(), Qt::ISODate);
        QVERIFY(newest.isValid());
        const QString iso = newest.toString(Qt::ISODate);
        QVERIFY(!entries(u"admin"_s, u"from="_s + iso).isEmpty());
        QVERIFY(
            entries(u"admin"_s, u"from="_s + newest.addSecs(3600).toString(Qt::ISODate)).isEmpty());
        QCOMPARE(entries(u"admin"_s,
                         u"to="_s + QString::number(newest.addSecs(3600).toMSecsSinceEpoch()))
                     .size(),
                 all.size());
        QVERIFY(entries(u"admin"_s, u"to=2000-01-01"_s).isEmpty());
        // A date as "to" is its whole day; a time without a fraction its whole second.
        QCOMPARE(entries(u"admin"_s, u"to="_s + newest.date().toString(Qt::ISODate)).size(),
                 all.size());
        QCOMPARE(entries(u"admin"_s, u"from=2000-01-01&to="_s +
                                         QString::fromLatin1(QUrl::toPercentEncoding(iso)))
                     .size(),
                 all.size());
    }

    void pagesFollowEachOtherWithoutGapsOrRepeats()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(addCustomer(as(u"agent"_s), u"Page %1"_s.arg(i)) > 0);
        const QJsonArray all = entries(u"admin"_s, u"entity=customer"_s);
        QCOMPARE(all.size(), 5);
        QJsonArray paged;
        QString after;
        int pages = 0;
        for (; pages < 10; ++pages) {
            QString path = u"/api/v1/audit?entity=customer&limit=2"_s;
            if (!after.isEmpty())
                path += u"&after="_s + after;
            const HttpReply reply = as(u"admin"_s).get(path);
            QCOMPARE(reply.status, 200);
            const QJsonArray items = reply.json()[u"items"_s].toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &item : items)
                paged.append(item);
            if (!reply.json()[u"next"_s].isString())
                break;
            after = reply.json()[u"next"_s].toString();
        }
        QCOMPARE(pages, 2); // 2 + 2 + 1
        QCOMPARE(paged, all);
    }

    void csvQuotesAndGuardsAgainstFormulas()
    {
        QVERIFY(as(u"admin"_s)
                    .post(u"/api/v1/users"_s, {{u"username"_s, u"=SUM(1,2)"_s},
                                               {u"password"_s, u"formula-password"_s},
                                               {u"role"_s, u"manager"_s}})
                    .status == 201);
        TestHttp formula(server().baseUrl());
        QVERIFY(formula.login(u"=SUM(1,2)"_s, u"formula-password"_s));
        QVERIFY(addCustomer(formula, u"Quote \"Q\", Comma"_s) > 0);

        const HttpReply csv = as(u"manager"_s).get(u"/api/v1/audit.csv?entity=customer"_s);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.body.startsWith("seq,at,user,address,entity,entity_id,op,data\r\n"));
        const QList<QByteArray> lines = csv.body.split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, the empty tail after the last CRLF
        const QByteArray row = lines[1];
        QVERIFY2(row.contains(",\"'=SUM(1,2)\",127.0.0.1,customer,"), row.constData());
        // The data's quotes doubled, the cell quoted as a whole.
        QVERIFY2(row.contains(",create,\"{\"\"") && row.contains("\"\"id\"\":"), row.constData());
        QVERIFY2(row.contains("Quote \\\"\"Q\\\"\", Comma"), row.constData());
        // format=csv on /audit is the same export.
        QCOMPARE(as(u"manager"_s).get(u"/api/v1/audit?entity=customer&format=csv"_s).body,
                 csv.body);
    }

    void csvCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"agent"_s << u"agent"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
        QTest::newRow("at") << u"@cmd"_s << u"'@cmd"_s;
        QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    }
    void csvCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(shopdesk::server::AuditCsv::cell(text), cell);
    }

    void csvPagesCarryTheNextCursor()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(addCustomer(as(u"agent"_s), u"Row %1"_s.arg(i)) > 0);
        const HttpReply first = as(u"admin"_s).get(u"/api/v1/audit.csv?entity=customer&limit=2"_s);
        QCOMPARE(first.status, 200);
        QByteArray next;
        for (const auto &[name, value] : first.headers) {
            if (name.toLower() == "x-next-after")
                next = value;
        }
        QVERIFY(!next.isEmpty());
        QCOMPARE(first.body.count('\n'), 3);
        const HttpReply second = as(u"admin"_s)
                                     .get(u"/api/v1/audit.csv?entity=customer&limit=2&after="_s +
                                          QString::fromLatin1(next));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body.count('\n'), 2);
    }

    void badFiltersAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown entity") << u"entity=planet"_s << u"unknown_entity"_s;
        QTest::newRow("from after to")
            << u"from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z"_s << u"time_range_reversed"_s;
        QTest::newRow("bad time") << u"from=yesterday"_s << u"invalid_time_filter"_s;
        QTest::newRow("bad date") << u"to=2026-13-45"_s << u"invalid_time_filter"_s;
        QTest::newRow("zero ms") << u"from=0"_s << u"invalid_time_filter"_s;
        QTest::newRow("zero limit") << u"limit=0"_s << u"invalid_limit"_s;
        QTest::newRow("negative limit") << u"limit=-5"_s << u"invalid_limit"_s;
        QTest::newRow("word limit") << u"limit=many"_s << u"invalid_limit"_s;
        QTest::newRow("bad cursor") << u"after=abc"_s << u"invalid_parameter"_s;
        QTest::newRow("unknown parameter") << u"who=agent"_s << u"invalid_parameter"_s;
        QTest::newRow("bad format") << u"format=xml"_s << u"invalid_parameter"_s;
    }
    void badFiltersAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        for (const QString &route : {u"audit"_s, u"audit.csv"_s}) {
            if (route == u"audit.csv"_s && query.startsWith(u"format"_s))
                continue;
            const HttpReply reply = as(u"manager"_s).get(u"/api/v1/"_s + route + u'?' + query);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), code);
            QVERIFY(!reply.json()[u"error"_s][u"message"_s].toString().isEmpty());
            QVERIFY(!reply.json().contains(u"items"_s));
        }
    }

    void onlyManagersAndAdminsRead_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("status");
        QTest::newRow("agent") << u"agent"_s << 403;
        QTest::newRow("warehouse") << u"warehouse"_s << 403;
        QTest::newRow("shop") << u"shop"_s << 403;
        QTest::newRow("manager") << u"manager"_s << 200;
        QTest::newRow("admin") << u"admin"_s << 200;
    }
    void onlyManagersAndAdminsRead()
    {
        QFETCH(QString, role);
        QFETCH(int, status);
        QCOMPARE(as(role).get(u"/api/v1/audit"_s).status, status);
        QCOMPARE(as(role).get(u"/api/v1/audit.csv"_s).status, status);
        QCOMPARE(TestHttp(server().baseUrl()).get(u"/api/v1/audit"_s).status, 401);
    }

    void aManagerDoesNotSeeAdminMatters()
    {
        QVERIFY(addCustomer(as(u"agent"_s), u"Visible"_s) > 0);
        QVERIFY(as(u"admin"_s)
                    .post(u"/api/v1/users"_s, {{u"username"_s, u"nora"_s},
                                               {u"password"_s, u"nora-password"_s},
                                               {u"role"_s, u"agent"_s}})
                    .status == 201);
        const QJsonArray admins = entries(u"admin"_s, u"entity=user"_s);
        QVERIFY(!admins.isEmpty());
        for (const QJsonValue &entry : admins) {
            // A user's record never holds a password or its hash.
            const QJsonObject data = entry[u"data"_s].toObject();
            QVERIFY(!data.isEmpty());
            for (auto it = data.constBegin(); it != data.constEnd(); ++it)
                QVERIFY2(!it.key().contains(u"password"_s) || it.key() == u"must_change_password"_s,
                         qPrintable(it.key()));
            QVERIFY(!QJsonDocument(data).toJson().contains("nora-password"));
        }
        QVERIFY(!values(entries(u"manager"_s), u"entity"_s).contains(u"user"_s));
        const QList<QByteArray> rows =
            as(u"manager"_s).get(u"/api/v1/audit.csv"_s).body.split('\n');
        QVERIFY(rows.size() > 2); // the header, the customer, the empty tail
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY2(!rows[i].contains(",user,"), rows[i].constData());
        const HttpReply asked = as(u"manager"_s).get(u"/api/v1/audit?entity=user"_s);
        QCOMPARE(asked.status, 403);
        QCOMPARE(asked.errorCode(), u"forbidden"_s);
    }

    // Behind a trusted proxy the address is the client X-Forwarded-For names; anyone else's
    // X-Forwarded-For is not believed.
    void theAddressBehindAProxy_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QString>("address");
        QTest::newRow("trusted proxy") << true << u"203.0.113.9"_s;
        QTest::newRow("no proxy trusted") << false << u"127.0.0.1"_s;
    }
    void theAddressBehindAProxy()
    {
        QFETCH(bool, trusted);
        QFETCH(QString, address);
        m_shop.reset();
        QCOMPARE(server().stop(), 0);
        QVERIFY(server().start(trusted ? QStringList{u"--trusted-proxy"_s, u"127.0.0.1"_s}
                                       : QStringList{}));
        m_shop = std::make_unique<ShopFixture>(server().baseUrl());
        TestHttp admin(server().baseUrl());
        QVERIFY(admin.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"name"_s, u"Proxied"_s}}).toJson(QJsonDocument::Compact);
        const HttpReply made = admin.send(
            "POST", u"/api/v1/customers"_s, body,
            {{"Content-Type", "application/json"}, {"X-Forwarded-For", "203.0.113.9, 127.0.0.1"}});
        QCOMPARE(made.status, 201);
        const HttpReply listed = admin.get(
            u"/api/v1/audit?entity=customer&entity_id=%1"_s.arg(made.json()[u"id"_s].toInteger()));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json()[u"items"_s][0][u"address"_s].toString(), address);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
