// GET /api/v1/reports/* through a real server: orders taken over the API show up in the
// figures at once (also when a product runs out), bad queries get the documented 4xx.

#include "client/apiclient.h"
#include "client/reportsclient.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

class TestReportsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ordersShowUpAtOnce();
    void stockOutsFromTheLedger();
    void refusedOrdersAreLostDemand();
    void errors_data();
    void errors();
    void clientFetchesReports();

private:
    QString today() const { return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate); }

    ServerProcess m_server;
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_customer = 0;
};

void TestReportsApi::initTestCase()
{
    if (!m_server.unavailableReason().isEmpty())
        QFAIL(qPrintable(m_server.unavailableReason()));
    QVERIFY(m_server.start());
    m_shop = std::make_unique<ShopFixture>(m_server.baseUrl());
    QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
    QVERIFY2(m_shop->addProduct(u"TENT-1"_s, 34900, 5), qPrintable(m_shop->why()));
    QVERIFY2(m_shop->addProduct(u"STOVE-1"_s, 5900, 20), qPrintable(m_shop->why()));
    m_customer = m_shop->addCustomer(u"Ada Lovelace"_s);
    QVERIFY(m_customer > 0);
}

void TestReportsApi::ordersShowUpAtOnce()
{
    TestHttp &agent = m_shop->as(u"agent"_s);
    TestHttp &manager = m_shop->as(u"manager"_s);
    const QString sales = u"/api/v1/reports/sales?from=%1&to=%1&dimension=product"_s.arg(today());
    HttpReply before = manager.get(sales);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json().value(u"totals"_s).toObject().value(u"orders"_s).toInteger(), 0);

    // Two tents and a stove, paid; a stove order stays unpaid and does not count yet.
    const HttpReply order = agent.post(
        u"/api/v1/orders"_s,
        ShopFixture::orderBody(m_customer, {{u"TENT-1"_s, 2}, {u"STOVE-1"_s, 1}}, u"card"_s));
    QCOMPARE(order.status, 201);
    const qint64 id = order.json().value(u"id"_s).toInteger();
    QCOMPARE(
        agent.post(u"/api/v1/orders/%1/payment"_s.arg(id), {{u"reference"_s, u"r-1"_s}}).status,
        200);
    QCOMPARE(agent
                 .post(u"/api/v1/orders"_s,
                       ShopFixture::orderBody(m_customer, {{u"STOVE-1"_s, 3}}, u"card"_s))
                 .status,
             201);

    const HttpReply after = manager.get(sales);
    QCOMPARE(after.status, 200);
    const QJsonObject answer = after.json();
    const QJsonObject totals = answer.value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"orders"_s).toInteger(), 1);
    QCOMPARE(totals.value(u"units"_s).toInteger(), 3);
    QCOMPARE(totals.value(u"revenue"_s).toObject().value(u"amount_minor"_s).toInteger(),
             2 * 34900 + 5900);
    const QJsonObject first = answer.value(u"rows"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"key"_s).toString(), u"TENT-1"_s);
    QCOMPARE(first.value(u"label"_s).toString(), u"Product TENT-1"_s);

    const HttpReply service =
        m_shop->as(u"admin"_s).get(u"/api/v1/reports/service?from=%1&to=%1"_s.arg(today()));
    QCOMPARE(service.status, 200);
    const QJsonObject agentRow = service.json().value(u"rows"_s).toArray().first().toObject();
    QCOMPARE(agentRow.value(u"key"_s).toString(), u"agent"_s);
    QCOMPARE(agentRow.value(u"orders_handled"_s).toInteger(), 2);
    QCOMPARE(agentRow.value(u"paid_orders"_s).toInteger(), 1);
}

void TestReportsApi::stockOutsFromTheLedger()
{
    // The last three tents are reserved: nothing is available any more.
    TestHttp &agent = m_shop->as(u"agent"_s);
    QCOMPARE(agent
                 .post(u"/api/v1/orders"_s,
                       ShopFixture::orderBody(m_customer, {{u"TENT-1"_s, 3}}, u"card"_s))
                 .status,
             201);
    QCOMPARE(m_shop->available(u"TENT-1"_s), 0);
    const HttpReply report =
        m_shop->as(u"manager"_s).get(u"/api/v1/reports/stockouts?from=%1&to=%1"_s.arg(today()));
    QCOMPARE(report.status, 200);
    const QJsonArray rows = report.json().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].toObject().value(u"key"_s).toString(), u"TENT-1"_s);
    QCOMPARE(rows[0].toObject().value(u"currently_out"_s).toBool(), true);
    QCOMPARE(rows[0].toObject().value(u"stockouts"_s).toInteger(), 1);
}

void TestReportsApi::refusedOrdersAreLostDemand()
{
    // Tents are out: an order for two is refused, and its retry with the same key is answered
    // from the first answer, so the lost demand is counted once.
    TestHttp &agent = m_shop->as(u"agent"_s);
    const QJsonObject body = ShopFixture::orderBody(m_customer, {{u"TENT-1"_s, 2}}, u"card"_s);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const HttpReply refused = agent.post(u"/api/v1/orders"_s, body, key);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"insufficient_stock"_s);
    }
    const HttpReply report =
        m_shop->as(u"manager"_s).get(u"/api/v1/reports/stockouts?from=%1&to=%1"_s.arg(today()));
    QCOMPARE(report.status, 200);
    const QJsonObject totals = report.json().value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"lost_orders"_s).toInteger(), 1);
    QCOMPARE(totals.value(u"lost_units"_s).toInteger(), 2);
    QCOMPARE(totals.value(u"lost_revenue"_s).toObject().value(u"amount_minor"_s).toInteger(),
             2 * 34900);
    const QJsonObject row = report.json().value(u"rows"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"key"_s).toString(), u"TENT-1"_s);
    QCOMPARE(row.value(u"lost_orders"_s).toInteger(), 1);
}

void TestReportsApi::errors_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString m = u"manager"_s;
    QTest::newRow("range backwards")
        << m << u"sales?from=2026-06-01&to=2026-05-01"_s << 422 << u"invalid_range"_s;
    QTest::newRow("not a date") << m << u"sales?from=soon&to=2026-05-01"_s << 400
                                << u"invalid_parameter"_s;
    QTest::newRow("unknown dimension")
        << m << u"growth?dimension=colour"_s << 422 << u"unknown_dimension"_s;
    QTest::newRow("unknown period") << m << u"sales?period=day"_s << 422 << u"unknown_period"_s;
    QTest::newRow("unknown parameter") << m << u"movers?sort=up"_s << 400 << u"unknown_parameter"_s;
    QTest::newRow("unknown report") << m << u"profits"_s << 404 << u"unknown_report"_s;
    QTest::newRow("agent") << u"agent"_s << u"sales"_s << 403 << u"forbidden"_s;
    QTest::newRow("warehouse") << u"warehouse"_s << u"stockouts"_s << 403 << u"forbidden"_s;
    QTest::newRow("no token") << QString() << u"sales"_s << 401 << u"unauthorized"_s;
}

void TestReportsApi::errors()
{
    QFETCH(QString, role);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    TestHttp anonymous(m_server.baseUrl());
    TestHttp &http = role.isEmpty() ? anonymous : m_shop->as(role);
    const HttpReply reply = http.get(u"/api/v1/reports/"_s + path);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
}

void TestReportsApi::clientFetchesReports()
{
    // What the desktop client's trends screen uses: answers and errors come as signals.
    shopdesk::client::ApiClient api(m_server.baseUrl());
    api.setToken(m_shop->token(u"manager"_s));
    shopdesk::reports::ReportsClient client(&api);
    QSignalSpy ready(&client, &shopdesk::reports::ReportSource::reportReady);
    QSignalSpy failed(&client, &shopdesk::reports::ReportSource::reportFailed);
    const quint64 id = client.request(u"sales"_s, QUrlQuery(u"from=%1&to=%1"_s.arg(today())));
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.first().at(0).value<quint64>(), id);
    QCOMPARE(ready.first().at(1).toString(), u"sales"_s);
    QCOMPARE(ready.first()
                 .at(2)
                 .toJsonObject()
                 .value(u"totals"_s)
                 .toObject()
                 .value(u"orders"_s)
                 .toInteger(),
             1);
    client.request(u"sales"_s, QUrlQuery(u"dimension=colour"_s));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(2).value<shopdesk::Error>().code, u"unknown_dimension"_s);
}

QTEST_GUILESS_MAIN(TestReportsApi)
#include "tst_api.moc"
