#include "serverprocess.h"
#include "testhttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// `shopdesk-server demo` fills an empty store through the real storage layer: the demo users
// sign in with the documented passwords, the ledger adds up, orders span the channels and
// statuses, and a store that is not empty is refused.
class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void smallDemoShop()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QProcess demo;
        demo.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                   QStringList{u"demo"_s, u"--demo-size"_s, u"small"_s, u"--seed"_s, u"3"_s} +
                       server.storageArguments());
        QVERIFY(demo.waitForFinished(120000));
        const QString summary = QString::fromUtf8(demo.readAllStandardOutput());
        QVERIFY2(demo.exitCode() == 0,
                 qPrintable(summary + QString::fromUtf8(demo.readAllStandardError())));
        QVERIFY(summary.contains(u"Demo shop ready"_s));

        QVERIFY2(server.start(), qPrintable(server.output()));
        const QList<std::pair<QString, QString>> users = {{u"agent"_s, u"demo-agent"_s},
                                                          {u"warehouse"_s, u"demo-warehouse"_s},
                                                          {u"manager"_s, u"demo-manager"_s},
                                                          {u"admin"_s, u"demo-admin"_s},
                                                          {u"shop"_s, u"demo-shop"_s},
                                                          {u"editor"_s, u"demo-editor"_s},
                                                          {u"qa"_s, u"demo-qa"_s}};
        for (const auto &[name, password] : users) {
            TestHttp client(server.baseUrl());
            QVERIFY2(client.login(name, password), qPrintable(name));
            QCOMPARE(client.get(u"/api/v1/session"_s).json()[u"user"_s][u"role"_s].toString(),
                     name);
        }
        TestHttp admin(server.baseUrl());
        QVERIFY(admin.login(u"admin"_s, u"demo-admin"_s));

        // Products in categories, with prices and barcodes.
        QStringList skus;
        QSet<QString> categories;
        QString after;
        for (;;) {
            const HttpReply page = admin.get(u"/api/v1/products?limit=1000"_s +
                                             (after.isEmpty() ? QString() : u"&after="_s + after));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &p : page.json()[u"items"_s].toArray()) {
                skus.append(p[u"sku"_s].toString());
                categories.insert(p[u"category"_s].toString());
                QVERIFY(p[u"price"_s][u"amount_minor"_s].toInteger() > 0);
                QCOMPARE(p[u"barcode"_s].toString().size(), 13);
                QVERIFY(p[u"stock"_s][u"available"_s].toInteger() >= 0);
            }
            if (page.json()[u"next"_s].isNull())
                break;
            after = page.json()[u"next"_s].toString();
        }
        QVERIFY(skus.size() >= 140);
        QCOMPARE(categories.size(), 10);

        // On-hand is the sum of the ledger, for a sample of SKUs.
        for (qsizetype i = 0; i < skus.size(); i += skus.size() / 12) {
            qint64 sum = 0;
            qint64 cursor = 0;
            for (;;) {
                const HttpReply page = admin.get(
                    u"/api/v1/movements?limit=1000&sku=%1&after=%2"_s.arg(skus[i]).arg(cursor));
                for (const QJsonValue &m : page.json()[u"items"_s].toArray())
                    sum += m[u"quantity"_s].toInteger();
                if (page.json()[u"next"_s].isNull())
                    break;
                cursor = page.json()[u"next"_s].toString().toLongLong();
            }
            const QJsonObject stock = admin.get(u"/api/v1/stock/"_s + skus[i]).json();
            QCOMPARE(stock[u"on_hand"_s].toInteger(), sum);
            QVERIFY(stock[u"available"_s].toInteger() >= 0);
        }

        // Orders over the channels, in several states.
        QSet<QString> channels;
        QSet<QString> statuses;
        const HttpReply orders = admin.get(u"/api/v1/orders?limit=1000"_s);
        for (const QJsonValue &o : orders.json()[u"items"_s].toArray()) {
            channels.insert(o[u"channel"_s].toString());
            statuses.insert(o[u"status"_s].toString());
        }
        QCOMPARE(channels.size(), 4);
        QVERIFY(statuses.contains(u"delivered"_s));
        QVERIFY(statuses.contains(u"cancelled"_s) || statuses.contains(u"expired"_s));
        QCOMPARE(admin.get(u"/api/v1/customers?limit=1000"_s).json()[u"items"_s].toArray().size(),
                 300);
        // The reply templates, each in the shop's five languages.
        const QJsonArray templates =
            admin.get(u"/api/v1/inbox/templates"_s).json()[u"items"_s].toArray();
        QCOMPARE(templates.size(), 5);
        for (const QJsonValue &t : templates)
            QCOMPARE(t[u"texts"_s].toArray().size(), 5);

        // Returns and refunds over the months, for the Trends screen.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QJsonObject returns =
            admin
                .get(u"/api/v1/reports/returns?group=month&from=%1&to=%2"_s.arg(
                    today.addDays(-90).toString(Qt::ISODate), today.toString(Qt::ISODate)))
                .json();
        const QJsonObject totals = returns[u"totals"_s].toObject();
        QVERIFY(totals[u"returns"_s].toInteger() > 0);
        QVERIFY(totals[u"units_restocked"_s].toInteger() > 0);
        QVERIFY(totals[u"units_written_off"_s].toInteger() > 0);
        QVERIFY(totals[u"refunds"_s].toInteger() > 0);
        QVERIFY(totals[u"refunded_by_kind"_s][u"shipping"_s][u"amount_minor"_s].toInteger() > 0);
        int monthsWithRefunds = 0;
        for (const QJsonValue &month : returns[u"months"_s].toArray())
            monthsWithRefunds += month[u"refunds"_s].toInteger() > 0 ? 1 : 0;
        QVERIFY(monthsWithRefunds >= 2);
        QCOMPARE(server.stop(), 0);

        // Only an empty store is filled.
        QProcess again;
        again.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                    QStringList{u"demo"_s, u"--demo-size"_s, u"small"_s} +
                        server.storageArguments());
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
