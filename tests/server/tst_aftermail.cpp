#include "aftermailsuite.h"

#include <QDateTime>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;
using namespace shopdesk::test::aftermail;

// The mails after the sale, received by a real SMTP server (aiosmtpd) in the customer's
// language: the shipping notice with carrier, tracking number and tracking page, and the
// payment reminder before an unpaid reservation ends, sent once per order, also across a
// restart, never for a paid order, an offline method or with the reminder switched off.
class TestAfterSaleMail : public AfterMailSuite
{
    Q_OBJECT
private slots:
    void initTestCase() { makeSecret(); }

    void shippedInCustomersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("German") << u"de"_s
                                << u"Ihre Bestellung %1 bei Kaufhaus Nord ist unterwegs"_s
                                << QStringList{u"Hallo Kim Berger,"_s,
                                               u"Ihre Bestellung %1 an DHL übergeben"_s,
                                               u"2 × Product LAMP-1 (LAMP-1)"_s,
                                               u"Sendungsnummer: JJD 0003/9007"_s,
                                               u"Hier können Sie Ihr Paket verfolgen:"_s};
        QTest::newRow("Spanish") << u"es"_s << u"Su pedido %1 en Kaufhaus Nord está en camino"_s
                                 << QStringList{u"Hola, Kim Berger:"_s,
                                                u"hemos entregado su pedido %1 a DHL"_s,
                                                u"1 × Product MUG-2 (MUG-2)"_s,
                                                u"Número de seguimiento: JJD 0003/9007"_s,
                                                u"Siga su paquete aquí:"_s};
        QTest::newRow("Arabic") << u"ar"_s << u"طلبك %1 لدى Kaufhaus Nord في الطريق إليك"_s
                                << QStringList{u"مرحبًا Kim Berger،"_s,
                                               u"رقم التتبع: JJD 0003/9007"_s};
    }

    void shippedInCustomersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(QStringList, phrases);
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(arguments(sink.port(), {})), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        QVERIFY(shop.addProduct(u"MUG-2"_s, 450, 10));
        const qint64 customer = addCustomer(shop, {{u"name"_s, u"Kim Berger"_s},
                                                   {u"email"_s, u"kim@example.org"_s},
                                                   {u"language"_s, language}});
        QVERIFY(customer > 0);
        const qint64 id = placeOrder(shop, customer, u"card"_s).value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(shop.as(u"agent"_s)
                     .post(u"/api/v1/orders/%1/payment"_s.arg(id), {{u"reference"_s, u"PSP-1"_s}})
                     .status,
                 200);
        // The confirmation and "payment received".
        QVERIFY2(sink.waitForMessages(2, 20000), qPrintable(server.standardError()));

        const HttpReply shipped =
            shop.as(u"warehouse"_s)
                .post(u"/api/v1/orders/%1/shipment"_s.arg(id),
                      {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"JJD 0003/9007"_s}});
        QCOMPARE(shipped.status, 200);
        const QString link = shipped.json().value(u"tracking_url"_s).toString();
        QCOMPARE(link, u"https://track.example/dhl?id=JJD%200003%2F9007"_s);
        QVERIFY2(sink.waitForMessages(3, 20000), qPrintable(server.standardError()));
        const QList<ReadMail> mails = readAll(sink);
        QCOMPARE(countMails(mails, id, subject.arg(id)), 1);
        const ReadMail mail = *std::find_if(mails.cbegin(), mails.cend(), [&](const ReadMail &m) {
            return m.subject == subject.arg(id);
        });
        QCOMPARE(mail.to, u"kim@example.org"_s);
        QCOMPARE(mail.order, QString::number(id));
        QCOMPARE(mail.subject, subject.arg(id));
        // Only some phrases name the order: QString::arg on the others would warn.
        for (const QString &phrase : std::as_const(phrases)) {
            const QString expected = QString(phrase).replace(u"%1"_s, QString::number(id));
            QVERIFY2(mail.text.contains(expected), qPrintable(mail.text));
        }
        // Every placeholder was filled, in the text and in the HTML (the link's %20 and %2F
        // are percent-encoding, not placeholders).
        const QRegularExpression placeholder(u"%[1-9](?![0-9A-Fa-f])"_s);
        QVERIFY2(!mail.text.contains(placeholder), qPrintable(mail.text));
        QVERIFY2(!mail.html.contains(placeholder), qPrintable(mail.html));
        QVERIFY2(mail.text.contains(link), qPrintable(mail.text));
        QVERIFY2(mail.html.contains(u"href=\""_s + link.toHtmlEscaped() + u'"'),
                 qPrintable(mail.html));
        QVERIFY(mail.html.contains(u"<html lang=\"%1\""_s.arg(language)));

        // A refused second shipment queues no second notice; the one sent is on the timeline.
        QCOMPARE(shop.as(u"warehouse"_s)
                     .post(u"/api/v1/orders/%1/shipment"_s.arg(id),
                           {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"OTHER"_s}})
                     .status,
                 409);
        QCOMPARE(timelineMailKinds(shop, customer),
                 (QStringList{u"shipped"_s, u"payment_received"_s, u"order_confirmation"_s}));
        QCOMPARE(server.stop(), 0);
        QCOMPARE(sink.messages().size(), 3);
    }

    void shippedWithoutAddressOrTrackingPage()
    {
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(arguments(sink.port(), {})), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        QVERIFY(shop.addProduct(u"MUG-2"_s, 450, 10));
        // No e-mail address: the parcel ships all the same, silently.
        const qint64 silent = addCustomer(shop, {{u"name"_s, u"Walk-in"_s}});
        const qint64 first =
            placeOrder(shop, silent, u"cash_on_delivery"_s).value(u"id"_s).toInteger();
        QCOMPARE(shop.as(u"warehouse"_s)
                     .post(u"/api/v1/orders/%1/shipment"_s.arg(first),
                           {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"T-1"_s}})
                     .status,
                 200);
        // A carrier without a tracking page: the notice names carrier and number, no link.
        const qint64 customer =
            addCustomer(shop, {{u"name"_s, u"Amy Clarke"_s}, {u"email"_s, u"amy@example.co.uk"_s}});
        const qint64 second =
            placeOrder(shop, customer, u"cash_on_delivery"_s).value(u"id"_s).toInteger();
        QCOMPARE(shop.as(u"warehouse"_s)
                     .post(u"/api/v1/orders/%1/shipment"_s.arg(second),
                           {{u"carrier"_s, u"Hermes"_s}, {u"tracking"_s, u"H-778"_s}})
                     .status,
                 200);
        QVERIFY2(sink.waitForMessages(2, 20000), qPrintable(server.standardError()));
        const QList<ReadMail> mails = readAll(sink);
        QCOMPARE(countMails(mails, second,
                            u"Your order %1 at Kaufhaus Nord is on its way"_s.arg(second)),
                 1);
        const ReadMail mail = *std::find_if(mails.cbegin(), mails.cend(), [](const ReadMail &m) {
            return m.subject.endsWith(u"is on its way"_s);
        });
        QVERIFY2(mail.text.contains(u"Carrier: Hermes\nTracking number: H-778\n"_s),
                 qPrintable(mail.text));
        QVERIFY(!mail.text.contains(u"Follow your parcel"_s));
        QCOMPARE(timelineMailKinds(shop, silent), QStringList());
        QCOMPARE(server.stop(), 0);
        QCOMPARE(sink.messages().size(), 2); // Amy's confirmation and this notice
    }

    void paymentReminderOnceAcrossRestart()
    {
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        // Reservations of 70 s with the reminder a minute before: due 10 s after the order.
        const QStringList options =
            arguments(sink.port(), {u"--reservation-seconds"_s, u"70"_s,
                                    u"--payment-reminder-minutes"_s, u"1"_s});
        QVERIFY2(server.start(options), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 50));
        QVERIFY(shop.addProduct(u"MUG-2"_s, 450, 50));
        const qint64 german = addCustomer(shop, {{u"name"_s, u"Jürgen Weiß"_s},
                                                 {u"email"_s, u"juergen@example.de"_s},
                                                 {u"language"_s, u"de"_s}});
        const qint64 spanish = addCustomer(shop, {{u"name"_s, u"Lucía Pérez"_s},
                                                  {u"email"_s, u"lucia@example.es"_s},
                                                  {u"language"_s, u"es"_s}});
        const qint64 silent = addCustomer(shop, {{u"name"_s, u"Walk-in"_s}});
        QVERIFY(german > 0 && spanish > 0 && silent > 0);

        const QJsonObject unpaid = placeOrder(shop, german, u"card"_s);
        const QJsonObject spanishOrder = placeOrder(shop, spanish, u"card"_s);
        const QJsonObject paid = placeOrder(shop, german, u"card"_s);
        const QJsonObject cash = placeOrder(shop, spanish, u"cash_on_delivery"_s);
        const QJsonObject noAddress = placeOrder(shop, silent, u"card"_s);
        for (const QJsonObject &order : {unpaid, spanishOrder, paid, cash, noAddress})
            QVERIFY(order.value(u"id"_s).toInteger() > 0);
        const qint64 paidId = paid.value(u"id"_s).toInteger();
        QCOMPARE(
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders/%1/payment"_s.arg(paidId), {{u"reference"_s, u"PSP-9"_s}})
                .status,
            200);

        // Four confirmations and the paid order's "payment received", then the two reminders.
        QVERIFY2(sink.waitForMessages(7, 40000), qPrintable(server.standardError()));
        QList<ReadMail> mails = readAll(sink);
        const qint64 unpaidId = unpaid.value(u"id"_s).toInteger();
        const qint64 spanishId = spanishOrder.value(u"id"_s).toInteger();
        const auto reminder = [&](qint64 id) {
            for (const ReadMail &mail : std::as_const(mails)) {
                if (mail.order == QString::number(id) &&
                    (mail.subject.startsWith(u"Erinnerung"_s) ||
                     mail.subject.startsWith(u"Recordatorio"_s)))
                    return mail;
            }
            return ReadMail();
        };
        const ReadMail germanMail = reminder(unpaidId);
        QCOMPARE(germanMail.to, u"juergen@example.de"_s);
        QCOMPARE(germanMail.subject,
                 u"Erinnerung: Ihre Bestellung %1 bei Kaufhaus Nord wartet auf Ihre Zahlung"_s.arg(
                     unpaidId));
        const QString link = unpaid.value(u"payment_link"_s).toString();
        QVERIFY(link.startsWith(u"https://pay.example/checkout?order="_s));
        QVERIFY2(germanMail.text.contains(
                     u"Bitte bezahlen Sie sicher online über diesen Link:\n"_s + link),
                 qPrintable(germanMail.text));
        QVERIFY2(germanMail.text.contains(u"44,48"_s), qPrintable(germanMail.text));
        const QDateTime expires =
            QDateTime::fromString(unpaid.value(u"reservation_expires_at"_s).toString(), Qt::ISODate)
                .toUTC();
        const QLocale de(QLocale::German, QLocale::Germany);
        QVERIFY2(
            germanMail.text.contains(u"Ohne Zahlung endet die Reservierung am %1, %2 UTC"_s.arg(
                de.toString(expires.date(), QLocale::LongFormat),
                de.toString(expires.time(), QLocale::ShortFormat))),
            qPrintable(germanMail.text));
        QVERIFY(germanMail.html.contains(u"href=\""_s + link.toHtmlEscaped() + u'"'));
        const ReadMail spanishMail = reminder(spanishId);
        QCOMPARE(spanishMail.to, u"lucia@example.es"_s);
        QCOMPARE(
            spanishMail.subject,
            u"Recordatorio: su pedido %1 en Kaufhaus Nord está pendiente de pago"_s.arg(spanishId));
        QVERIFY2(spanishMail.text.contains(spanishOrder.value(u"payment_link"_s).toString()),
                 qPrintable(spanishMail.text));
        QVERIFY(spanishMail.text.contains(u"¿Ya ha pagado?"_s));
        QVERIFY(timelineMailKinds(shop, german).contains(u"payment_reminder"_s));

        // After a restart, still within the lead time: the reminded orders are not reminded
        // again, while a new order gets its own reminder.
        QCOMPARE(server.stop(), 0);
        QVERIFY2(server.start(options), qPrintable(server.output()));
        const qint64 later = placeOrder(shop, german, u"card"_s).value(u"id"_s).toInteger();
        QVERIFY(later > 0);
        QVERIFY2(sink.waitForMessages(9, 40000), qPrintable(server.standardError()));
        mails = readAll(sink);
        QCOMPARE(mails.size(), 9);
        QCOMPARE(countMails(mails, unpaidId, u"Erinnerung"_s), 1);
        QCOMPARE(countMails(mails, spanishId, u"Recordatorio"_s), 1);
        QCOMPARE(countMails(mails, later, u"Erinnerung"_s), 1);
        QCOMPARE(countMails(mails, paidId, u"Erinnerung"_s), 0);
        QCOMPARE(countMails(mails, paidId, u"Zahlung für Ihre Bestellung"_s), 1);
        const QStringList kinds = timelineMailKinds(shop, german);
        QCOMPARE(kinds.count(u"payment_reminder"_s), 2); // the unpaid and the later order
        QCOMPARE(timelineMailKinds(shop, spanish).count(u"payment_reminder"_s), 1);
        QCOMPARE(timelineMailKinds(shop, silent), QStringList());
        QCOMPARE(server.stop(), 0);
    }

    void noReminderWithLeadTimeZero()
    {
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(arguments(sink.port(), {u"--reservation-seconds"_s, u"64"_s,
                                                      u"--payment-reminder-minutes"_s, u"0"_s})),
                 qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        QVERIFY(shop.addProduct(u"MUG-2"_s, 450, 10));
        const qint64 customer = addCustomer(shop, {{u"name"_s, u"Jürgen Weiß"_s},
                                                   {u"email"_s, u"juergen@example.de"_s},
                                                   {u"language"_s, u"de"_s}});
        const QJsonObject order = placeOrder(shop, customer, u"card"_s);
        QVERIFY(order.value(u"id"_s).toInteger() > 0);
        QVERIFY2(sink.waitForMessages(1, 20000), qPrintable(server.standardError()));
        // Well past the time a one-minute lead would have sent it.
        const QDateTime expires =
            QDateTime::fromString(order.value(u"reservation_expires_at"_s).toString(), Qt::ISODate);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expires.addSecs(-60 + 4), 20000);
        QCOMPARE(timelineMailKinds(shop, customer), QStringList{u"order_confirmation"_s});
        QCOMPARE(server.stop(), 0);
        QCOMPARE(sink.messages().size(), 1);
    }
};

QTEST_MAIN(TestAfterSaleMail)
#include "tst_aftermail.moc"
