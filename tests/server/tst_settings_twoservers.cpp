#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Two servers on one PostgreSQL database: a setting an admin changes on one applies on the
// other without a restart (it reloads on the change record), here the reservation time.
class TestSettingsTwoServers : public QObject
{
    Q_OBJECT
    std::unique_ptr<ServerProcess> m_process;
    QProcess m_second;
    QUrl m_secondUrl;

    static QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static int reservationMinutes(TestHttp &http)
    {
        const QJsonArray items = http.get(u"/api/v1/settings"_s).json()[u"items"_s].toArray();
        for (const QJsonValue &item : items) {
            if (item[u"key"_s].toString() == u"orders.reservation_minutes"_s)
                return item[u"value"_s].toInt();
        }
        return -1;
    }

private slots:
    void init()
    {
        // Registered for PostgreSQL only: several servers can share no other database.
        QCOMPARE(ServerProcess::backend(), u"postgres"_s);
        m_process = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_process);
        QVERIFY2(m_process->start(), qPrintable(m_process->output()));
        m_second.start(QStringLiteral(SHOPDESK_SERVER_BIN),
                       m_process->storageArguments() +
                           QStringList{u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(m_second.waitForReadyRead(20000));
        const QString line = QString::fromUtf8(m_second.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        m_secondUrl = QUrl(line.mid(13));
    }

    void cleanup()
    {
        m_second.terminate();
        QVERIFY(m_second.waitForFinished(10000));
        QCOMPARE(m_process->stop(), 0);
        m_process.reset();
    }

    void aChangeOnOneAppliesOnTheOther()
    {
        ShopFixture shop(m_process->baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        const qint64 customer = shop.addCustomer(u"Ada Byron"_s);
        TestHttp second(m_secondUrl);
        QVERIFY(second.login(u"agent"_s, ShopFixture::passwordFor(u"agent"_s)));
        TestHttp secondAdmin(m_secondUrl);
        secondAdmin.setToken(shop.token(u"admin"_s));
        QCOMPARE(reservationMinutes(secondAdmin), 30);

        QCOMPARE(shop.as(u"admin"_s)
                     .patch(u"/api/v1/settings"_s, {{u"orders.reservation_minutes"_s, 9}}, key())
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(reservationMinutes(secondAdmin), 9, 10000);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpReply placed = second.post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"LAMP-1"_s, 1}}), key());
        QCOMPARE(placed.status, 201);
        const qint64 seconds = before.secsTo(QDateTime::fromString(
            placed.json()[u"reservation_expires_at"_s].toString(), Qt::ISODateWithMs));
        QVERIFY2(seconds >= 9 * 60 - 5 && seconds <= 9 * 60 + 5,
                 qPrintable(QString::number(seconds)));
    }
};

QTEST_GUILESS_MAIN(TestSettingsTwoServers)
#include "tst_settings_twoservers.moc"
