#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

const QString email = u"Zora.Quill4711@example.net"_s;
const QString phone = u"+44 7700 900 461"_s;
const QString phoneDigits = u"447700900461"_s;
const QString name = u"Zora Quillfeather"_s;

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!QStringView(u" -()./+").contains(c))
            digits.append(u'|');
    }
    return digits;
}

} // namespace

// The customer's own data: everything held exported as JSON and CSV, and erasure on
// request, after which their e-mail, phone and name are found nowhere in the database while
// their orders and the stock ledger still add up. Managers and admins only.
class TestCustomersData : public QObject
{
    Q_OBJECT
private:
    SmtpSinkProcess m_sink;
    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;
    QList<qint64> m_orders;

    TestHttp &manager() { return m_shop->as(u"manager"_s); }

    // Every value of every table of the server's store, as "table.column: value".
    QStringList everyValue()
    {
        const QStringList args = m_server.storageArguments();
        const QString connection = QUuid::createUuid().toString();
        QStringList values;
        {
            QSqlDatabase db;
            QString tablesSql;
            if (args.first() == u"--data"_s) {
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(args.last() + u"/shopdesk.sqlite"_s);
                tablesSql = u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
            } else {
                const QUrl url(args.last());
                db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setPassword(url.password());
                db.setDatabaseName(url.path().mid(1));
                tablesSql = u"SELECT table_name FROM information_schema.tables "
                            "WHERE table_schema = 'public'"_s;
            }
            if (db.open()) {
                QSqlQuery tables(db);
                tables.exec(tablesSql);
                QStringList names;
                while (tables.next())
                    names << tables.value(0).toString();
                for (const QString &table : names) {
                    QSqlQuery rows(db);
                    rows.exec(u"SELECT * FROM "_s + table);
                    while (rows.next()) {
                        const QSqlRecord record = rows.record();
                        for (int i = 0; i < record.count(); ++i) {
                            values << u"%1.%2: %3"_s.arg(table, record.fieldName(i),
                                                         rows.value(i).toString());
                        }
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return values;
    }

    // The values that still hold the customer's e-mail, phone (however spaced) or name.
    QStringList personalValues()
    {
        QStringList found;
        for (const QString &value : everyValue()) {
            if (value.contains(email, Qt::CaseInsensitive) ||
                value.contains(u"Quill4711"_s, Qt::CaseInsensitive) ||
                digitsOf(value).contains(phoneDigits) || value.contains(name))
                found << value.left(300);
        }
        return found;
    }

    bool post(const QString &role, const QString &path, const QJsonObject &body = {})
    {
        const HttpReply reply = m_shop->as(role).post(path, body);
        return reply.status == 200 || reply.status == 201;
    }

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_server);
        QVERIFY2(m_sink.start(), qPrintable(m_sink.output()));
        QVERIFY2(
            m_server.start(
                {u"--smtp"_s, u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(m_sink.port()),
                 u"--mail-from"_s, u"Shop <orders@shop.example>"_s, u"--shop-name"_s, u"Shop"_s}),
            qPrintable(m_server.output()));
        m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"DT-1"_s, 2500, 30));
        TestHttp &agent = m_shop->as(u"agent"_s);
        const HttpReply created = agent.post(
            u"/api/v1/customers"_s,
            {{u"name"_s, name},
             {u"email"_s, email},
             {u"phones"_s,
              QJsonArray{QJsonObject{{u"label"_s, u"mobile"_s}, {u"number"_s, phone}}}},
             {u"addresses"_s, QJsonArray{QJsonObject{{u"label"_s, u"home"_s},
                                                     {u"street"_s, u"14 Larkspur Mews, Flat 2"_s},
                                                     {u"postcode"_s, u"EH1 2AB"_s},
                                                     {u"city"_s, u"Edinburgh"_s},
                                                     {u"country"_s, u"GB"_s}}}},
             {u"notes"_s, u"Says \"call before noon\""_s}},
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(created.status, 201);
        m_customer = created.json()[u"id"_s].toInteger();
        QCOMPARE(agent
                     .patch(u"/api/v1/customers/%1"_s.arg(m_customer), {{u"language"_s, u"en"_s}},
                            QUuid::createUuid().toString(QUuid::WithoutBraces))
                     .status,
                 200);
        QVERIFY(post(u"agent"_s, u"/api/v1/customers/%1/notes"_s.arg(m_customer),
                     {{u"text"_s, u"Reached %1 on +44 7700 900461."_s.arg(name)}}));
        for (int i = 0; i < 2; ++i) {
            QJsonObject body = ShopFixture::orderBody(m_customer, {{u"DT-1"_s, i + 1}});
            body.insert(u"notes"_s, u"Leave with neighbour; phone %1"_s.arg(phone));
            const HttpReply order = agent.post(u"/api/v1/orders"_s, body);
            QCOMPARE(order.status, 201);
            m_orders << order.json()[u"id"_s].toInteger();
        }
        QVERIFY(post(u"agent"_s, u"/api/v1/orders/%1/payment"_s.arg(m_orders[0]),
                     {{u"reference"_s, u"P-1"_s}}));
        QVERIFY(post(u"warehouse"_s, u"/api/v1/orders/%1/shipment"_s.arg(m_orders[0]),
                     {{u"carrier"_s, u"DPD"_s}, {u"tracking"_s, u"DPD-1"_s}}));
        // A complaint in the customer's own words, answered by mail, with a follow-up: the
        // ticket side keeps personal data too.
        const HttpReply ticket =
            agent.post(u"/api/v1/tickets"_s,
                       {{u"kind"_s, u"delivery_problem"_s},
                        {u"customer_id"_s, m_customer},
                        {u"order_id"_s, m_orders[0]},
                        {u"channel"_s, u"phone"_s},
                        {u"subject"_s, u"%1 says the parcel is missing"_s.arg(name)},
                        {u"text"_s, u"Call back on %1 or write to %2."_s.arg(phone, email)}});
        QCOMPARE(ticket.status, 201);
        const qint64 ticketId = ticket.json()[u"id"_s].toInteger();
        QVERIFY(post(
            u"agent"_s, u"/api/v1/tickets/%1/messages"_s.arg(ticketId),
            {{u"kind"_s, u"public"_s}, {u"text"_s, u"Dear %1, it is on its way."_s.arg(name)}}));
        QVERIFY(post(u"agent"_s, u"/api/v1/follow-ups"_s,
                     {{u"customer_id"_s, m_customer},
                      {u"ticket_id"_s, ticketId},
                      {u"due_at"_s, u"2030-01-01T10:00:00Z"_s},
                      {u"note"_s, u"Ring %1 about the parcel."_s.arg(phone)}}));
        QVERIFY(m_sink.waitForMessages(4));
        QVERIFY(!personalValues().isEmpty()); // the scan sees them before
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() == QProcess::Running)
            QCOMPARE(m_server.stop(), 0);
    }

    void exportAsJson()
    {
        const HttpReply reply = manager().get(u"/api/v1/customers/%1/export"_s.arg(m_customer));
        QCOMPARE(reply.status, 200);
        bool attachment = false;
        bool jsonType = false;
        for (const auto &[key, value] : reply.headers) {
            if (key.toLower() == "content-type")
                jsonType = value.startsWith("application/json");
            if (key.toLower() == "content-disposition")
                attachment = value == "attachment; filename=\"customer-%1.json\""_ba.replace(
                                          "%1", QByteArray::number(m_customer));
        }
        QVERIFY(attachment);
        QVERIFY(jsonType);
        const QJsonObject exported = reply.json();
        QCOMPARE(exported[u"customer_id"_s].toInteger(), m_customer);
        QCOMPARE(exported[u"customer"_s][u"email"_s].toString(), email);
        QCOMPARE(exported[u"notes"_s].toArray().size(), 1);
        const QJsonArray orders = exported[u"orders"_s].toArray();
        QCOMPARE(orders.size(), 2);
        QCOMPARE(orders[0][u"lines"_s][0][u"sku"_s].toString(), u"DT-1"_s);
        QCOMPARE(orders[0][u"status_history"_s].toArray().size(), 3);
        const QJsonArray mails = exported[u"mails"_s].toArray();
        // Both confirmations, and the first order's "payment received" and shipping notice.
        QCOMPARE(mails.size(), 4);
        QCOMPARE(mails[0][u"kind"_s].toString(), u"order_confirmation"_s);
        QCOMPARE(mails[2][u"kind"_s].toString(), u"payment_received"_s);
        QCOMPARE(mails[3][u"kind"_s].toString(), u"shipped"_s);
        QVERIFY(!mails[0][u"subject"_s].toString().isEmpty());
    }

    void exportAsCsv()
    {
        const HttpReply reply =
            manager().get(u"/api/v1/customers/%1/export?format=csv"_s.arg(m_customer));
        QCOMPARE(reply.status, 200);
        bool csvType = false;
        for (const auto &[key, value] : reply.headers) {
            if (key.toLower() == "content-type")
                csvType = value.startsWith("text/csv");
        }
        QVERIFY(csvType);
        const QString text = QString::fromUtf8(reply.body);
        QVERIFY(text.startsWith(u"section,item,field,value\r\n"_s));
        QVERIFY(text.contains(u"customer,,email,%1\r\n"_s.arg(email)));
        // Commas and quotes are quoted (RFC 4180).
        QVERIFY(text.contains(u"customer,,addresses.0.street,\"14 Larkspur Mews, Flat 2\"\r\n"_s));
        QVERIFY(text.contains(u"customer,,notes,\"Says \"\"call before noon\"\"\"\r\n"_s));
        QVERIFY(text.contains(u"orders,1,lines.0.quantity,2\r\n"_s));
        QVERIFY(text.contains(u"mails,0,kind,order_confirmation\r\n"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString c = u"/api/v1/customers/%1"_s.arg(m_customer);
        for (const QString &role : {u"agent"_s, u"qa"_s, u"warehouse"_s, u"shop"_s}) {
            QTest::addRow("%s exports", qPrintable(role))
                << role << QByteArray("GET") << c + u"/export"_s << 403 << u"forbidden"_s;
            QTest::addRow("%s erases", qPrintable(role))
                << role << QByteArray("POST") << c + u"/erase"_s << 403 << u"forbidden"_s;
        }
        QTest::addRow("unknown format")
            << u"manager"_s << QByteArray("GET") << c + u"/export?format=xml"_s << 400
            << u"invalid_parameter"_s;
        QTest::addRow("unknown parameter")
            << u"manager"_s << QByteArray("GET") << c + u"/export?all=1"_s << 400
            << u"invalid_parameter"_s;
        QTest::addRow("export of nobody")
            << u"manager"_s << QByteArray("GET") << u"/api/v1/customers/999999/export"_s << 404
            << u"not_found"_s;
        QTest::addRow("erase of nobody")
            << u"admin"_s << QByteArray("POST") << u"/api/v1/customers/999999/erase"_s << 404
            << u"not_found"_s;
    }

    void refusals()
    {
        QFETCH(QString, role);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        std::unique_ptr<TestHttp> qa;
        if (role == u"qa"_s) {
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/users"_s, {{u"username"_s, u"qa"_s},
                                           {u"password"_s, ShopFixture::passwordFor(u"qa"_s)},
                                           {u"role"_s, u"qa"_s}});
            qa = std::make_unique<TestHttp>(m_server.baseUrl());
            QVERIFY(qa->login(u"qa"_s, ShopFixture::passwordFor(u"qa"_s)));
        }
        TestHttp &client = qa ? *qa : m_shop->as(role);
        const QJsonObject before = manager().get(u"/api/v1/customers/%1"_s.arg(m_customer)).json();
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = client.send(method, path, method == "POST" ? "{}" : QByteArray(),
                                            {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(m_shop->lastSeq(), seq);
        QCOMPARE(manager().get(u"/api/v1/customers/%1"_s.arg(m_customer)).json(), before);
    }

    void eraseBodyIsChecked()
    {
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = manager().post(u"/api/v1/customers/%1/erase"_s.arg(m_customer),
                                               {{u"reason"_s, u"asked"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"unknown_field"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void eraseLeavesNoTraceButTheAccounts()
    {
        QList<QJsonObject> ordersBefore;
        for (const qint64 id : m_orders)
            ordersBefore << manager().get(u"/api/v1/orders/%1"_s.arg(id)).json();
        const qint64 onHand = m_shop->onHand(u"DT-1"_s);
        const qint64 reserved = m_shop->reserved(u"DT-1"_s);
        const qint64 seq = m_shop->lastSeq();

        const HttpReply erased =
            manager().post(u"/api/v1/customers/%1/erase"_s.arg(m_customer), {});
        QCOMPARE(erased.status, 200);
        const QJsonObject c = erased.json();
        QCOMPARE(c[u"name"_s].toString(), u"Erased customer %1"_s.arg(m_customer));
        QCOMPARE(c[u"email"_s].toString(), u""_s);
        QCOMPARE(c[u"phones"_s].toArray().size(), 0);
        QCOMPARE(c[u"addresses"_s].toArray().size(), 0);
        QCOMPARE(c[u"erased"_s], QJsonValue(true));

        // The audit trail: who erased whom, and nothing else of the customer.
        const QJsonArray changes =
            manager().get(u"/api/v1/changes?since=%1"_s.arg(seq)).json()[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"entity"_s].toString(), u"customer"_s);
        QCOMPARE(changes[0][u"op"_s].toString(), u"update"_s);
        QCOMPARE(changes[0][u"user"_s].toString(), u"manager"_s);
        QCOMPARE(changes[0][u"data"_s][u"id"_s].toInteger(), m_customer);
        QCOMPARE(changes[0][u"data"_s][u"erased"_s], QJsonValue(true));

        const QStringList left = personalValues();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u"\n"_s)));

        // Orders, amounts and the ledger stay as they were.
        for (qsizetype i = 0; i < m_orders.size(); ++i) {
            QJsonObject order = manager().get(u"/api/v1/orders/%1"_s.arg(m_orders[i])).json();
            QCOMPARE(order[u"total"_s], ordersBefore[i][u"total"_s]);
            QCOMPARE(order[u"lines"_s], ordersBefore[i][u"lines"_s]);
            QCOMPARE(order[u"status"_s], ordersBefore[i][u"status"_s]);
            QCOMPARE(order[u"customer_id"_s].toInteger(), m_customer);
        }
        QCOMPARE(m_shop->onHand(u"DT-1"_s), onHand);
        QCOMPARE(m_shop->reserved(u"DT-1"_s), reserved);
        const QJsonArray movements =
            manager().get(u"/api/v1/movements?sku=DT-1&limit=1000"_s).json()[u"items"_s].toArray();
        qint64 sum = 0;
        for (const QJsonValue &movement : movements)
            sum += movement[u"quantity"_s].toInteger();
        QCOMPARE(sum, onHand);
        QCOMPARE(onHand, 30 - 1); // the shipped order's one unit

        // Not found by search any more; not changed again.
        QCOMPARE(
            manager().get(u"/api/v1/customers?query=quill"_s).json()[u"items"_s].toArray().size(),
            0);
        const HttpReply again = manager().post(u"/api/v1/customers/%1/erase"_s.arg(m_customer), {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"customer_erased"_s);
        const HttpReply edit =
            m_shop->as(u"agent"_s)
                .patch(u"/api/v1/customers/%1"_s.arg(m_customer), {{u"email"_s, email}});
        QCOMPARE(edit.status, 409);
        QCOMPARE(edit.errorCode(), u"customer_erased"_s);
        const HttpReply note =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/customers/%1/notes"_s.arg(m_customer), {{u"text"_s, email}});
        QCOMPARE(note.status, 409);
        QVERIFY(personalValues().isEmpty());
    }

    void erasingASurvivorErasesItsDuplicates()
    {
        TestHttp &agent = m_shop->as(u"agent"_s);
        const qint64 a = agent.post(u"/api/v1/customers"_s, {{u"name"_s, u"Keeper Record"_s}})
                             .json()[u"id"_s]
                             .toInteger();
        const qint64 b =
            agent
                .post(u"/api/v1/customers"_s, {{u"name"_s, u"Old Record"_s},
                                               {u"email"_s, u"old.record.9931@example.org"_s}})
                .json()[u"id"_s]
                .toInteger();
        QCOMPARE(
            agent.post(u"/api/v1/customers/%1/merge"_s.arg(a), {{u"duplicate_id"_s, b}}).status,
            200);
        QCOMPARE(m_shop->as(u"admin"_s).post(u"/api/v1/customers/%1/erase"_s.arg(a), {}).status,
                 200);
        const QJsonObject duplicate = agent.get(u"/api/v1/customers/%1"_s.arg(b)).json();
        QCOMPARE(duplicate[u"erased"_s], QJsonValue(true));
        bool found = false;
        for (const QString &value : everyValue())
            found = found || value.contains(u"old.record.9931"_s);
        QVERIFY(!found);
    }
};

QTEST_GUILESS_MAIN(TestCustomersData)
#include "tst_customers_data.moc"
