#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Unpaid reservations expire: the server itself releases them within 2 s of
// reservation_expires_at and marks the order expired; paid orders keep theirs.
class TestExpiry : public QObject
{
    Q_OBJECT
private slots:
    void unpaidReservationsExpire()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start({u"--reservation-seconds"_s, u"2"_s}), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"EXP-1"_s, 100, 5));
        const qint64 customer = shop.addCustomer(u"Greta Hartmann"_s);
        TestHttp &agent = shop.as(u"agent"_s);

        const HttpReply unpaid =
            agent.post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"EXP-1"_s, 3}}));
        QCOMPARE(unpaid.status, 201);
        const HttpReply paid =
            agent.post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"EXP-1"_s, 2}}));
        QCOMPARE(paid.status, 201);
        QCOMPARE(agent
                     .post(u"/api/v1/orders/%1/payment"_s.arg(paid.json()[u"id"_s].toInteger()),
                           {{u"reference"_s, u"PSP-9"_s}})
                     .status,
                 200);
        QCOMPARE(shop.available(u"EXP-1"_s), 0);

        const QDateTime expiresAt = QDateTime::fromString(
            unpaid.json()[u"reservation_expires_at"_s].toString(), Qt::ISODate);
        QVERIFY(expiresAt.isValid());
        const QString path = u"/api/v1/orders/%1"_s.arg(unpaid.json()[u"id"_s].toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(agent.get(path).json()[u"status"_s].toString(), u"expired"_s,
                                  8000);
        // Released within 2 s of the expiry time (the time in the answer has whole seconds).
        QVERIFY(QDateTime::currentDateTimeUtc() < expiresAt.addMSecs(3000));
        QCOMPARE(shop.available(u"EXP-1"_s), 3);
        QCOMPARE(shop.reserved(u"EXP-1"_s), 2);
        const QJsonArray history = agent.get(path).json()[u"status_history"_s].toArray();
        QCOMPARE(history.last()[u"status"_s].toString(), u"expired"_s);
        QCOMPARE(history.last()[u"user"_s].toString(), u"system"_s);

        // An expired order can be neither paid nor shipped.
        QCOMPARE(agent.post(path + u"/payment"_s, {{u"reference"_s, u"late"_s}}).status, 409);

        // The paid order keeps its reservation: time must pass beyond its expiry (and the
        // sweep's interval) for "kept" to mean anything.
        QTest::qWait(1500);
        QCOMPARE(agent.get(u"/api/v1/orders/%1"_s.arg(paid.json()[u"id"_s].toInteger()))
                     .json()[u"status"_s]
                     .toString(),
                 u"paid"_s);
        QCOMPARE(shop.reserved(u"EXP-1"_s), 2);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
