// GET /api/v1/reports/returns through a real server: orders, payments, returns, receipts and
// refunds made through the API and then dated exactly while the server is down give known
// returns, units, restocks, write-offs, refunds by kind, shares of units sold, gross and net
// revenue per product, reason and month; bad queries get the documented 4xx and change nothing.

#include "client/apiclient.h"
#include "client/reportsclient.h"
#include "client/returnsreport.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include "storage/database.h"
#include "storage/storageconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

QJsonObject money(qint64 minor)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
}

QJsonArray lines(const QList<QPair<QString, int>> &wanted)
{
    QJsonArray array;
    for (const auto &[sku, quantity] : wanted)
        array.append(QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, quantity}});
    return array;
}

qint64 msecs(const QString &day)
{
    return QDateTime::fromString(day + u"T10:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
}

QString amount(const QJsonValue &money)
{
    return QString::number(money[u"amount_minor"_s].toInteger());
}

// "returns units restocked written_off | refunds refunded (line shipping goodwill double) |
// sold share", and " | gross net" where the figures have revenue.
QString figures(const QJsonObject &f)
{
    const QJsonObject kinds = f[u"refunded_by_kind"_s].toObject();
    const QJsonValue share = f[u"returned_share_pct"_s];
    QString text =
        u"%1 %2 %3 %4 | %5 %6 (%7 %8 %9 %10) | %11 %12"_s.arg(f[u"returns"_s].toInteger())
            .arg(f[u"units_returned"_s].toInteger())
            .arg(f[u"units_restocked"_s].toInteger())
            .arg(f[u"units_written_off"_s].toInteger())
            .arg(f[u"refunds"_s].toInteger())
            .arg(amount(f[u"refunded"_s]), amount(kinds[u"line"_s]), amount(kinds[u"shipping"_s]),
                 amount(kinds[u"goodwill"_s]), amount(kinds[u"double_charge"_s]))
            .arg(f[u"units_sold"_s].toInteger())
            .arg(share.isNull() ? u"-"_s : QString::number(share.toDouble(), 'f', 1));
    if (f.contains(u"gross_revenue"_s))
        text += u" | %1 %2"_s.arg(amount(f[u"gross_revenue"_s]), amount(f[u"net_revenue"_s]));
    return text;
}

QStringList rowTexts(const QJsonArray &rows)
{
    QStringList texts;
    for (const QJsonValue &row : rows) {
        texts << u"%1, %2: "_s.arg(row[u"key"_s].toString(), row[u"label"_s].toString()) +
                     figures(row.toObject());
    }
    return texts;
}

const QString range = u"from=2026-03-01&to=2026-04-30"_s;
const QString expectedTotals = u"3 4 2 1 | 5 8900 (6000 500 400 2000) | 14 28.6 | 16000 7100"_s;

} // namespace

class TestReturnsReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rows_data();
    void rows();
    void totals();
    void months();
    void quarter();
    void emptyRange();
    void errors_data();
    void errors();
    void clientReadsTheReport();

private:
    TestHttp &agent() { return m_shop->as(u"agent"_s); }
    TestHttp &manager() { return m_shop->as(u"manager"_s); }
    TestHttp &warehouse() { return m_shop->as(u"warehouse"_s); }

    qint64 order(const QString &day, const QList<QPair<QString, int>> &wanted, bool ship);
    qint64 newReturn(qint64 order, const QString &day, const QString &reason,
                     const QList<QPair<QString, int>> &wanted, bool approve = true);
    bool receive(qint64 id, const QString &sku, int restock, int writeOff);
    qint64 refund(qint64 order, const QString &day, QJsonObject body,
                  const QString &expectedStatus);
    void tellStory();
    bool moveDates();
    QJsonObject report(const QString &query);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    qint64 m_customer = 0;
    QHash<QString, QList<qint64>> m_dates; // table -> pairs of id and msecs
    bool m_told = false;
};

qint64 TestReturnsReport::order(const QString &day, const QList<QPair<QString, int>> &wanted,
                                bool ship)
{
    const HttpReply created =
        agent().post(u"/api/v1/orders"_s, ShopFixture::orderBody(m_customer, wanted));
    if (created.status != 201) {
        qWarning() << "order:" << created.status << created.body;
        return -1;
    }
    const qint64 id = created.json()[u"id"_s].toInteger();
    const QString path = u"/api/v1/orders/%1"_s.arg(id);
    if (agent().post(path + u"/payment"_s, {{u"reference"_s, u"PSP"_s}}).status != 200)
        return -1;
    if (ship &&
        warehouse()
                .post(path + u"/shipment"_s, {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"1"_s}})
                .status != 200) {
        return -1;
    }
    m_dates[u"orders"_s] << id << msecs(day);
    return id;
}

qint64 TestReturnsReport::newReturn(qint64 order, const QString &day, const QString &reason,
                                    const QList<QPair<QString, int>> &wanted, bool approve)
{
    const HttpReply created = manager().post(u"/api/v1/returns"_s, {{u"order_id"_s, order},
                                                                    {u"reason"_s, reason},
                                                                    {u"lines"_s, lines(wanted)},
                                                                    {u"approve"_s, approve}});
    if (created.status != 201) {
        qWarning() << "return:" << created.status << created.body;
        return -1;
    }
    const qint64 id = created.json()[u"id"_s].toInteger();
    m_dates[u"order_returns"_s] << id << msecs(day);
    return id;
}

bool TestReturnsReport::receive(qint64 id, const QString &sku, int restock, int writeOff)
{
    const HttpReply received = warehouse().post(
        u"/api/v1/returns/%1/receipt"_s.arg(id),
        {{u"lines"_s, QJsonArray{QJsonObject{
                          {u"sku"_s, sku}, {u"restock"_s, restock}, {u"write_off"_s, writeOff}}}}});
    if (received.status != 200)
        qWarning() << "receipt:" << received.status << received.body;
    return received.status == 200;
}

qint64 TestReturnsReport::refund(qint64 order, const QString &day, QJsonObject body,
                                 const QString &expectedStatus)
{
    body.insert(u"destination"_s, u"original"_s);
    if (!body.contains(u"reason"_s))
        body.insert(u"reason"_s, u"customer asked"_s);
    const HttpReply made = agent().post(u"/api/v1/orders/%1/refunds"_s.arg(order), body);
    if (made.status != 201 || made.json()[u"status"_s].toString() != expectedStatus) {
        qWarning() << "refund:" << made.status << made.body;
        return -1;
    }
    const qint64 id = made.json()[u"id"_s].toInteger();
    m_dates[u"refunds"_s] << id << msecs(day);
    return id;
}

void TestReturnsReport::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    SHOPDESK_REQUIRE_BACKEND(*m_server);
    const QStringList options{u"--refund-approval-limit"_s, u"3000"_s};
    QVERIFY2(m_server->start(options), qPrintable(m_server->output()));
    m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
    QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
    QVERIFY(m_shop->addProduct(u"RR-A"_s, 2000, 100));
    QVERIFY(m_shop->addProduct(u"RR-B"_s, 500, 100));
    QCOMPARE(m_shop->as(u"admin"_s)
                 .patch(u"/api/v1/products/RR-A"_s, {{u"name"_s, u"Reading lamp"_s}})
                 .status,
             200);
    m_customer = m_shop->addCustomer(u"Ines Navarro"_s);
    QVERIFY(m_customer > 0);
    QCOMPARE(m_shop->as(u"admin"_s)
                 .post(u"/api/v1/users"_s, {{u"username"_s, u"quinn"_s},
                                            {u"password"_s, u"quinn-password-1"_s},
                                            {u"role"_s, u"qa"_s}})
                 .status,
             201);
    m_qa = std::make_unique<TestHttp>(m_server->baseUrl());
    QVERIFY(m_qa->login(u"quinn"_s, u"quinn-password-1"_s));
    tellStory();
    QVERIFY(m_told);
    // No report was asked for yet: the first one builds the summaries from the moved dates.
    QCOMPARE(m_server->stop(), 0);
    QVERIFY(moveDates());
    QVERIFY2(m_server->start(options), qPrintable(m_server->output()));
}

void TestReturnsReport::cleanupTestCase()
{
    m_qa.reset();
    m_shop.reset();
    m_server.reset();
}

void TestReturnsReport::tellStory()
{
    // Reading lamp RR-A at 20.00, bulb RR-B at 5.00; refunds above 30.00 wait for a manager.
    const qint64 o1 = order(u"2026-03-03"_s, {{u"RR-A"_s, 4}, {u"RR-B"_s, 2}}, true); // 90.00
    const qint64 o2 = order(u"2026-03-20"_s, {{u"RR-B"_s, 4}}, true);                 // 20.00
    const qint64 o3 = order(u"2026-04-10"_s, {{u"RR-A"_s, 1}}, false);                // 20.00
    const qint64 o4 = order(u"2026-04-15"_s, {{u"RR-A"_s, 1}}, true);                 // 20.00
    const qint64 o5 = order(u"2026-03-25"_s, {{u"RR-B"_s, 2}}, true);                 // 10.00
    const qint64 o6 = order(u"2026-02-10"_s, {{u"RR-A"_s, 2}}, true); // before the range
    QVERIFY(o1 > 0 && o2 > 0 && o3 > 0 && o4 > 0 && o5 > 0 && o6 > 0);

    // R1: two lamps, one back on the shelf and one written off; refunded with the shipping
    // above the limit, so a manager issues it.
    const qint64 r1 = newReturn(o1, u"2026-03-10"_s, u"damaged"_s, {{u"RR-A"_s, 2}});
    QVERIFY(r1 > 0 && receive(r1, u"RR-A"_s, 1, 1));
    const qint64 f1 = refund(o1, u"2026-03-12"_s,
                             {{u"lines"_s, lines({{u"RR-A"_s, 2}})}, {u"shipping"_s, money(500)}},
                             u"pending_approval"_s);
    QVERIFY(f1 > 0);
    QCOMPARE(manager().post(u"/api/v1/refunds/%1/approve"_s.arg(f1), {}).status, 200);
    // Refunds rejected or still waiting count nowhere.
    const qint64 f6 =
        refund(o1, u"2026-03-13"_s, {{u"goodwill"_s, money(4200)}}, u"pending_approval"_s);
    QVERIFY(f6 > 0);
    QCOMPARE(manager().post(u"/api/v1/refunds/%1/reject"_s.arg(f6), {}).status, 200);
    QVERIFY(refund(o1, u"2026-03-14"_s, {{u"goodwill"_s, money(3500)}}, u"pending_approval"_s) > 0);

    // R6 cancelled and then R2 approved (not received) on the same order, exchanged for a
    // replacement order that sold nothing new; the goodwill refund follows R2's reason.
    const qint64 r6 = newReturn(o2, u"2026-03-21"_s, u"other"_s, {{u"RR-B"_s, 1}});
    QVERIFY(r6 > 0);
    QCOMPARE(manager().post(u"/api/v1/returns/%1/cancel"_s.arg(r6), {}).status, 200);
    const qint64 r2 = newReturn(o2, u"2026-04-02"_s, u"wrong_item"_s, {{u"RR-B"_s, 1}});
    QVERIFY(r2 > 0);
    const HttpReply exchanged = manager().post(u"/api/v1/returns/%1/exchange"_s.arg(r2), {});
    QCOMPARE(exchanged.status, 201);
    m_dates[u"orders"_s] << exchanged.json()[u"order"_s][u"id"_s].toInteger()
                         << msecs(u"2026-04-03"_s);
    QVERIFY(refund(o2, u"2026-04-05"_s, {{u"goodwill"_s, money(300)}}, u"issued"_s) > 0);

    // O3 charged twice: the surplus refunded as a double charge.
    const HttpReply second = agent().post(
        u"/api/v1/orders/%1/payments"_s.arg(o3),
        {{u"method"_s, u"card"_s}, {u"amount"_s, money(2000)}, {u"reference"_s, u"again"_s}});
    QCOMPARE(second.status, 201);
    QVERIFY(
        refund(o3, u"2026-04-11"_s,
               {{u"double_charge"_s, true}, {u"payment_id"_s, second.json()[u"id"_s].toInteger()}},
               u"issued"_s) > 0);

    // R3 takes O4's only lamp back: the order becomes returned and still counts as sold.
    const qint64 r3 = newReturn(o4, u"2026-04-16"_s, u"no_longer_wanted"_s, {{u"RR-A"_s, 1}});
    QVERIFY(r3 > 0 && receive(r3, u"RR-A"_s, 1, 0));
    QCOMPARE(manager().get(u"/api/v1/orders/%1"_s.arg(o4)).json()[u"status"_s].toString(),
             u"returned"_s);
    QVERIFY(refund(o4, u"2026-04-20"_s, {{u"lines"_s, lines({{u"RR-A"_s, 1}})}}, u"issued"_s) > 0);

    // R4 rejected: no return.
    const qint64 r4 = newReturn(o5, u"2026-03-26"_s, u"damaged"_s, {{u"RR-B"_s, 2}}, false);
    QVERIFY(r4 > 0);
    QCOMPARE(manager()
                 .post(u"/api/v1/returns/%1/reject"_s.arg(r4), {{u"reason"_s, u"Too late"_s}})
                 .status,
             200);

    // Before the range: R5 and a refund in February; a goodwill refund on the same order
    // issued in March counts in March, for R5's reason.
    QVERIFY(newReturn(o6, u"2026-02-15"_s, u"damaged"_s, {{u"RR-A"_s, 1}}) > 0);
    QVERIFY(refund(o6, u"2026-02-16"_s, {{u"lines"_s, lines({{u"RR-A"_s, 1}})}}, u"issued"_s) > 0);
    QVERIFY(refund(o6, u"2026-03-05"_s, {{u"goodwill"_s, money(100)}}, u"issued"_s) > 0);
    m_told = true;
}

bool TestReturnsReport::moveDates()
{
    const QStringList storage = m_server->storageArguments();
    const auto option = [&storage](const QString &name) {
        const qsizetype at = storage.indexOf(name);
        return at >= 0 ? storage.value(at + 1) : QString();
    };
    auto config =
        shopdesk::storage::StorageConfig::fromOptions(option(u"--data"_s), option(u"--database"_s));
    if (!config)
        return false;
    auto db = shopdesk::storage::Database::open(config.value(), u"returns-history"_s);
    if (!db)
        return false;
    // Refunds still pending have no issue time to move.
    const QHash<QString, QStringList> statements{
        {u"orders"_s, {u"UPDATE orders SET created_at = ? WHERE id = ?"_s}},
        {u"order_returns"_s, {u"UPDATE order_returns SET requested_at = ? WHERE id = ?"_s}},
        {u"refunds"_s,
         {u"UPDATE refunds SET requested_at = ? WHERE id = ?"_s,
          u"UPDATE refunds SET decided_at = ? WHERE id = ? AND decided_at IS NOT NULL"_s}}};
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it) {
        for (qsizetype i = 0; i + 1 < it.value().size(); i += 2) {
            const qint64 id = it.value().at(i);
            const qint64 at = it.value().at(i + 1);
            for (const QString &sql : statements.value(it.key())) {
                if (!db.value()->exec(sql, {at, id})) {
                    qWarning() << "cannot move" << it.key() << id;
                    return false;
                }
            }
        }
    }
    return true;
}

QJsonObject TestReturnsReport::report(const QString &query)
{
    const HttpReply reply = manager().get(u"/api/v1/reports/returns?"_s + query);
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

void TestReturnsReport::rows_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("rows"); // key, label: figures()
    QTest::newRow("product") << u"product"_s
                             << QStringList{
                                    u"RR-A, Reading lamp: 2 3 2 1 | 2 6000 (6000 0 0 0) | 6 50.0"_s,
                                    u"RR-B, Product RR-B: 1 1 0 0 | 0 0 (0 0 0 0) | 8 12.5"_s,
                                    u", Shipping, goodwill and double charges: 0 0 0 0 | "
                                    "4 2900 (0 500 400 2000) | 0 -"_s};
    QTest::newRow("reason")
        << u"reason"_s
        << QStringList{u"damaged, Damaged: 1 2 1 1 | 2 4600 (4000 500 100 0) | 14 14.3"_s,
                       u"wrong_item, Wrong item: 1 1 0 0 | 1 300 (0 0 300 0) | 14 7.1"_s,
                       u"no_longer_wanted, No longer wanted: 1 1 1 0 | "
                       "1 2000 (2000 0 0 0) | 14 7.1"_s,
                       u"none, No return (refund only): 0 0 0 0 | "
                       "1 2000 (0 0 0 2000) | 14 0.0"_s};
    QTest::newRow("month") << u"month"_s
                           << QStringList{u"2026-03, 2026-03: 1 2 1 1 | 2 4600 (4000 500 100 0) | "
                                          "12 16.7 | 12000 7400"_s,
                                          u"2026-04, 2026-04: 2 2 1 0 | 3 4300 (2000 0 300 2000) | "
                                          "2 100.0 | 4000 -300"_s};
}

void TestReturnsReport::rows()
{
    QFETCH(QString, group);
    QFETCH(QStringList, rows);
    const QJsonObject answer = report(range + u"&group="_s + group);
    QCOMPARE(answer[u"report"_s].toString(), u"returns"_s);
    QCOMPARE(answer[u"group"_s].toString(), group);
    QCOMPARE(answer[u"currency"_s].toString(), u"EUR"_s);
    QCOMPARE(rowTexts(answer[u"rows"_s].toArray()), rows);
}

void TestReturnsReport::totals()
{
    // The same whichever the grouping; product is the default.
    for (const QString &query : {range, range + u"&group=reason"_s, range + u"&group=month"_s})
        QCOMPARE(figures(report(query)[u"totals"_s].toObject()), expectedTotals);
    const QJsonObject answer = report(range);
    QCOMPARE(answer[u"group"_s].toString(), u"product"_s);
    QCOMPARE(answer[u"counted_return_statuses"_s].toArray(),
             (QJsonArray{u"requested"_s, u"approved"_s, u"received"_s}));
    QCOMPARE(answer[u"counted_refund_statuses"_s].toArray(), QJsonArray{u"issued"_s});
    QCOMPARE(answer[u"counted_statuses"_s].toArray(),
             (QJsonArray{u"paid"_s, u"shipped"_s, u"delivered"_s, u"returned"_s}));
}

void TestReturnsReport::months()
{
    // The chart's series, whatever the grouping of the table.
    const QJsonArray months = report(range + u"&group=reason"_s)[u"months"_s].toArray();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0][u"month"_s].toString(), u"2026-03"_s);
    QCOMPARE(figures(months[0].toObject()),
             u"1 2 1 1 | 2 4600 (4000 500 100 0) | 12 16.7 | 12000 7400"_s);
    QCOMPARE(months[1][u"month"_s].toString(), u"2026-04"_s);
    QCOMPARE(figures(months[1].toObject()),
             u"2 2 1 0 | 3 4300 (2000 0 300 2000) | 2 100.0 | 4000 -300"_s);
    // February alone: its return and refund, and the order sold then.
    const QJsonObject february = report(u"from=2026-02-01&to=2026-02-28&group=month"_s);
    QCOMPARE(figures(february[u"totals"_s].toObject()),
             u"1 1 0 0 | 1 2000 (2000 0 0 0) | 2 50.0 | 4000 2000"_s);
}

void TestReturnsReport::quarter()
{
    // The second quarter: April's figures and two empty months.
    const QJsonObject answer = report(u"quarter=2026-Q2&group=month"_s);
    QCOMPARE(rowTexts(answer[u"rows"_s].toArray()),
             (QStringList{u"2026-04, 2026-04: 2 2 1 0 | 3 4300 (2000 0 300 2000) | "
                          "2 100.0 | 4000 -300"_s,
                          u"2026-05, 2026-05: 0 0 0 0 | 0 0 (0 0 0 0) | 0 - | 0 0"_s,
                          u"2026-06, 2026-06: 0 0 0 0 | 0 0 (0 0 0 0) | 0 - | 0 0"_s}));
    QCOMPARE(answer[u"range"_s][u"label"_s].toString(), u"2026-Q2"_s);
}

void TestReturnsReport::emptyRange()
{
    const QJsonObject answer = report(u"from=2026-01-01&to=2026-01-31&group=reason"_s);
    QCOMPARE(answer[u"rows"_s].toArray().size(), 0);
    QCOMPARE(figures(answer[u"totals"_s].toObject()), u"0 0 0 0 | 0 0 (0 0 0 0) | 0 - | 0 0"_s);
    const QJsonArray months = answer[u"months"_s].toArray();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months[0][u"month"_s].toString(), u"2026-01"_s);
    QCOMPARE(report(u"from=2026-01-01&to=2026-01-31"_s)[u"rows"_s].toArray().size(), 0);
}

void TestReturnsReport::errors_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString m = u"manager"_s;
    QTest::newRow("unknown group") << m << u"group=customer"_s << 422 << u"unknown_group"_s;
    QTest::newRow("empty group") << m << u"group="_s << 422 << u"unknown_group"_s;
    QTest::newRow("quarter and range")
        << m << u"quarter=2026-Q1&from=2026-01-01&to=2026-01-31"_s << 422 << u"invalid_range"_s;
    QTest::newRow("range backwards")
        << m << u"from=2026-04-30&to=2026-03-01"_s << 422 << u"invalid_range"_s;
    QTest::newRow("not a date") << m << u"from=2026-02-30&to=2026-04-30"_s << 400
                                << u"invalid_parameter"_s;
    QTest::newRow("not a quarter") << m << u"quarter=2026-Q5"_s << 400 << u"invalid_parameter"_s;
    QTest::newRow("group twice") << m << u"group=reason&group=month"_s << 400
                                 << u"invalid_parameter"_s;
    QTest::newRow("channel filter") << m << u"channel=web"_s << 400 << u"unknown_parameter"_s;
    QTest::newRow("agent") << u"agent"_s << u"group=reason"_s << 403 << u"forbidden"_s;
    QTest::newRow("warehouse") << u"warehouse"_s << u"group=reason"_s << 403 << u"forbidden"_s;
    QTest::newRow("qa") << u"qa"_s << u"group=reason"_s << 403 << u"forbidden"_s;
}

void TestReturnsReport::errors()
{
    QFETCH(QString, role);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qint64 seq = m_shop->lastSeq();
    TestHttp &http = role == u"qa"_s ? *m_qa : m_shop->as(role);
    const HttpReply reply = http.get(u"/api/v1/reports/returns?"_s + query);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json()[u"error"_s][u"message"_s].toString().isEmpty());
    // A report changes nothing: no change record, and the figures read the same afterwards.
    QCOMPARE(m_shop->lastSeq(), seq);
    QCOMPARE(figures(report(range)[u"totals"_s].toObject()), expectedTotals);
}

void TestReturnsReport::clientReadsTheReport()
{
    // What the trends screen gets: the typed report, which writes the same JSON back.
    shopdesk::client::ApiClient api(m_server->baseUrl());
    api.setToken(m_shop->token(u"manager"_s));
    shopdesk::reports::ReportsClient client(&api);
    QSignalSpy results(&client, &shopdesk::reports::ReportSource::resultReady);
    QSignalSpy failed(&client, &shopdesk::reports::ReportSource::reportFailed);
    const quint64 id = client.request(u"returns"_s, QUrlQuery(range + u"&group=reason"_s));
    QVERIFY(results.wait(10000));
    QCOMPARE(results.first().at(0).value<quint64>(), id);
    const auto result = results.first().at(2).value<shopdesk::reports::ReportResult>();
    const shopdesk::reports::ReturnsReport &returns = result.returns();
    QCOMPARE(returns.group, u"reason"_s);
    QCOMPARE(returns.rows.size(), 4);
    QCOMPARE(returns.rows[0].label, u"Damaged"_s);
    QCOMPARE(returns.rows[0].refunded->amountMinor(), 4600);
    QCOMPARE(returns.rows[0].returnedSharePct.value_or(-1), 14.3);
    QVERIFY(!returns.rows[0].grossRevenue);
    QCOMPARE(returns.totals.netRevenue->amountMinor(), 7100);
    QCOMPARE(returns.totals.refundedDoubleCharges->amountMinor(), 2000);
    QCOMPARE(returns.months.size(), 2);
    QCOMPARE(returns.months[1].netRevenue->amountMinor(), -300);
    QCOMPARE(result.toJson(), report(range + u"&group=reason"_s));
    client.request(u"returns"_s, QUrlQuery(u"group=colour"_s));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(2).value<shopdesk::Error>().code, u"unknown_group"_s);
}

QTEST_GUILESS_MAIN(TestReturnsReport)
#include "tst_returns.moc"
