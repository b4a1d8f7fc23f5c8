#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

const QString cardTemplate =
    u"card=https://pay.example/checkout?order={order_id}&amount={amount_minor}&currency={currency}"_s;

struct ReadMail
{
    QJsonObject parsed;
    QString subject;
    QString to;
    QString text;
    QString html;
};

ReadMail readMail(const QByteArray &raw)
{
    ReadMail mail;
    mail.parsed = TestPython::parseMail(raw);
    mail.subject = mail.parsed[u"headers"_s][u"subject"_s].toString();
    mail.to = mail.parsed[u"to_addresses"_s][0][u"address"_s].toString();
    for (const QJsonValue &part : mail.parsed[u"parts"_s].toArray()) {
        if (part[u"content_type"_s].toString() == u"text/plain"_s)
            mail.text = part[u"content"_s].toString();
        else if (part[u"content_type"_s].toString() == u"text/html"_s)
            mail.html = part[u"content"_s].toString();
    }
    return mail;
}

} // namespace

// The mail the server sends for orders, received by a real SMTP server (aiosmtpd): the
// confirmation in the customer's language when an order is placed through the API, the
// payment link on request, and no order held up or mail lost while the relay is down.
class TestOrderMail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_folder;
    QString m_secretFile;

    // testCatalogue: the German catalogue of the mail tests instead of the built-in ones.
    QStringList mailArguments(quint16 smtpPort, bool testCatalogue = true) const
    {
        QStringList arguments = {u"--smtp"_s,
                                 u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(smtpPort),
                                 u"--mail-from"_s,
                                 u"Kaufhaus Nord <orders@kaufhaus.example>"_s,
                                 u"--shop-name"_s,
                                 u"Kaufhaus Nord"_s,
                                 u"--shop-phone"_s,
                                 u"+49 40 555 0100"_s,
                                 u"--shop-address"_s,
                                 u"Hafenstr. 1\\n20457 Hamburg"_s,
                                 u"--mail-retry-seconds"_s,
                                 u"1"_s,
                                 u"--payment-link-secret-file"_s,
                                 m_secretFile,
                                 u"--payment-url"_s,
                                 cardTemplate};
        if (testCatalogue)
            arguments << u"--mail-translations"_s << QStringLiteral(SHOPDESK_ORDERMAIL_QM_DIR);
        return arguments;
    }

    static qint64 addCustomer(ShopFixture &shop, const QJsonObject &fields)
    {
        const HttpReply reply = shop.as(u"agent"_s).post(u"/api/v1/customers"_s, fields);
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_secretFile = m_folder.filePath(u"secret"_s);
        QFile file(m_secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n");
    }

    void confirmationInCustomersLanguage()
    {
        SmtpSinkProcess sink;
        QVERIFY2(sink.start(), qPrintable(sink.output()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(mailArguments(sink.port())), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        QVERIFY(shop.addProduct(u"MUG-2"_s, 450, 10));
        const qint64 customer = addCustomer(shop, {{u"name"_s, u"Jürgen Weiß"_s},
                                                   {u"email"_s, u"juergen@example.de"_s},
                                                   {u"address"_s, u"Lindenallee 7\n50667 Köln"_s},
                                                   {u"language"_s, u"de"_s}});
        QVERIFY(customer > 0);

        const HttpReply placed =
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(customer, {{u"LAMP-1"_s, 2}, {u"MUG-2"_s, 1}},
                                             u"card"_s));
        QCOMPARE(placed.status, 201);
        const QString id = QString::number(placed.json().value(u"id"_s).toInteger());
        const QString link = placed.json().value(u"payment_link"_s).toString();
        QVERIFY(link.startsWith(u"https://pay.example/checkout?order="_s + id));

        QVERIFY2(sink.waitForMessages(1, 20000), qPrintable(server.standardError()));
        const ReadMail mail = readMail(sink.messages().constFirst());
        QCOMPARE(mail.parsed[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(sink.envelopes().constFirst()[u"mail_from"_s].toString(),
                 u"orders@kaufhaus.example"_s);
        QCOMPARE(mail.to, u"juergen@example.de"_s);
        QCOMPARE(mail.parsed[u"from_addresses"_s][0][u"name"_s].toString(), u"Kaufhaus Nord"_s);
        QCOMPARE(mail.subject, u"Ihre Bestellung %1 bei Kaufhaus Nord"_s.arg(id));
        QCOMPARE(mail.parsed[u"headers"_s][u"x-shopdesk-order"_s].toString(), id);
        // German texts and German number format, every line, the total, address, link.
        const QString &text = mail.text;
        QVERIFY2(text.contains(u"Hallo Jürgen Weiß,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"2 × Product LAMP-1 (LAMP-1) zu je 19,99"_s), qPrintable(text));
        QVERIFY2(text.contains(u"39,98"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 × Product MUG-2 (MUG-2) zu je 4,50"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Summe: 44,48"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Lieferadresse:\nLindenallee 7\n50667 Köln"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Bitte bezahlen Sie sicher online über diesen Link:\n"_s + link),
                 qPrintable(text));
        QVERIFY2(text.contains(u"+49 40 555 0100"_s), qPrintable(text)); // how to ask for a change
        QVERIFY2(text.contains(u"Hafenstr. 1\n20457 Hamburg"_s), qPrintable(text));
        QVERIFY2(mail.html.contains(u"<html lang=\"de\" dir=\"ltr\">"_s), qPrintable(mail.html));
        QVERIFY(mail.html.contains(u"Jetzt bezahlen"_s));
        QVERIFY(mail.html.contains(u"href=\""_s + link.toHtmlEscaped() + u'"'));
        QVERIFY(mail.html.contains(u"Lindenallee 7<br>"_s));

        // An English customer paying cash gets English and no link.
        const qint64 english =
            addCustomer(shop, {{u"name"_s, u"Amy Clarke"_s}, {u"email"_s, u"amy@example.co.uk"_s}});
        QVERIFY(english > 0);
        const HttpReply cash =
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders"_s,
                      ShopFixture::orderBody(english, {{u"MUG-2"_s, 3}}, u"cash_on_delivery"_s));
        QCOMPARE(cash.status, 201);
        QVERIFY(cash.json().value(u"payment_link"_s).isNull());
        QVERIFY(sink.waitForMessages(2, 20000));
        const ReadMail second = readMail(sink.messages().at(1));
        QCOMPARE(second.to, u"amy@example.co.uk"_s);
        QCOMPARE(second.subject,
                 u"Your order %1 at Kaufhaus Nord"_s.arg(cash.json().value(u"id"_s).toInteger()));
        QVERIFY2(second.text.contains(u"Total: €13.50"_s), qPrintable(second.text));
        QVERIFY(second.text.contains(u"cash when your parcel is delivered"_s));
        QVERIFY(!second.text.contains(u"https://pay.example"_s));
        QVERIFY(second.text.contains(u"please reply with it"_s)); // no address on file yet

        // A customer without an e-mail address: the order is placed, no mail is sent.
        const qint64 silent = addCustomer(shop, {{u"name"_s, u"Walk-in"_s}});
        QCOMPARE(shop.as(u"agent"_s)
                     .post(u"/api/v1/orders"_s, ShopFixture::orderBody(silent, {{u"MUG-2"_s, 1}}))
                     .status,
                 201);

        // An order refused for stock queues nothing: order and mail commit together.
        const HttpReply refused =
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"LAMP-1"_s, 999}}));
        QCOMPARE(refused.status, 409);

        // The payment link on request, to the same customer, in German.
        const HttpReply requested =
            shop.as(u"agent"_s).post(u"/api/v1/orders/%1/payment-link/email"_s.arg(id), {});
        QCOMPARE(requested.status, 202);
        QCOMPARE(requested.json().value(u"to"_s).toString(), u"juergen@example.de"_s);
        QVERIFY(sink.waitForMessages(3, 20000));
        // A mail that should not exist has no event to wait for: give it time to arrive.
        QTest::qWait(300);
        // None for the customer without an address, none for the refused order.
        QCOMPARE(sink.messages().size(), 3);
        const ReadMail linkMail = readMail(sink.messages().at(2));
        QCOMPARE(linkMail.to, u"juergen@example.de"_s);
        QCOMPARE(linkMail.subject,
                 u"Zahlungslink für Ihre Bestellung %1 bei Kaufhaus Nord"_s.arg(id));
        QVERIFY2(linkMail.text.contains(link), qPrintable(linkMail.text));
        QVERIFY2(linkMail.text.contains(u"44,48"_s), qPrintable(linkMail.text));
        QVERIFY(linkMail.html.contains(u"Jetzt bezahlen"_s));
        QCOMPARE(server.stop(), 0);
    }

    void relayDownNeverHoldsAnOrder()
    {
        const quint16 port = SmtpSinkProcess::freePort();
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        // The catalogues built into the server this time, in a right-to-left language.
        QVERIFY2(server.start(mailArguments(port, false)), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        const qint64 customer = addCustomer(shop, {{u"name"_s, u"Layla Haddad"_s},
                                                   {u"email"_s, u"layla@example.ae"_s},
                                                   {u"language"_s, u"ar"_s}});

        QElapsedTimer timer;
        timer.start();
        const HttpReply placed =
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"LAMP-1"_s, 1}}));
        QCOMPARE(placed.status, 201);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // Time must pass here: the outbox retries on its own clock, and the point is that a
        // delivery attempt or two fail before the sink listens.
        QTest::qWait(1500);
        QCOMPARE(server.process().state(), QProcess::Running);

        SmtpSinkProcess sink;
        SmtpSinkProcess::Options options;
        options.port = port;
        QVERIFY2(sink.start(options), qPrintable(sink.output()));
        QVERIFY2(sink.waitForMessages(1, 30000), qPrintable(server.standardError()));
        const ReadMail mail = readMail(sink.messages().constFirst());
        QCOMPARE(mail.to, u"layla@example.ae"_s);
        QCOMPARE(mail.subject,
                 u"طلبك %1 لدى Kaufhaus Nord"_s.arg(placed.json().value(u"id"_s).toInteger()));
        QVERIFY2(mail.text.contains(u"مرحبًا Layla Haddad،"_s), qPrintable(mail.text));
        QVERIFY(mail.html.contains(u"<html lang=\"ar\" dir=\"rtl\">"_s));
        QCOMPARE(server.stop(), 0);
    }

    void hangingRelayNeverHoldsAnOrder()
    {
        // A relay that takes the connection and never answers: each delivery attempt hangs
        // until its 5 s timeout, on the dispatcher's thread only.
        QTcpServer hanging;
        QVERIFY(hanging.listen(QHostAddress::LocalHost, 0));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(mailArguments(hanging.serverPort())), qPrintable(server.output()));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        const qint64 customer =
            addCustomer(shop, {{u"name"_s, u"Kim Park"_s}, {u"email"_s, u"kim@example.kr"_s}});
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            const HttpReply placed =
                shop.as(u"agent"_s)
                    .post(u"/api/v1/orders"_s,
                          ShopFixture::orderBody(customer, {{u"LAMP-1"_s, 1}}));
            QCOMPARE(placed.status, 201);
            QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        }
        QTRY_VERIFY(hanging.hasPendingConnections()); // the dispatcher did try
        // Nor does it hold up a shutdown: the hanging send gives up at once.
        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(server.stop(), 0);
        QVERIFY2(stopping.elapsed() < 4000, qPrintable(QString::number(stopping.elapsed())));
    }

    void queuedMailSurvivesRestart()
    {
        const quint16 port = SmtpSinkProcess::freePort();
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        // No relay at all first: mail stays queued, and the log says so.
        QStringList noRelay = mailArguments(port);
        noRelay.remove(0, 2);
        QVERIFY2(server.start(noRelay), qPrintable(server.output()));
        QTRY_VERIFY(server.standardError().contains(u"no SMTP relay"_s));
        ShopFixture shop(server.baseUrl());
        QVERIFY2(shop.setUp(), qPrintable(shop.why()));
        QVERIFY(shop.addProduct(u"LAMP-1"_s, 1999, 10));
        const qint64 customer = addCustomer(shop, {{u"name"_s, u"Ines Costa"_s},
                                                   {u"email"_s, u"ines@example.pt"_s},
                                                   {u"language"_s, u"pt-PT"_s}});
        const HttpReply placed =
            shop.as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"LAMP-1"_s, 1}}));
        QCOMPARE(placed.status, 201);
        QCOMPARE(server.stop(), 0);

        SmtpSinkProcess sink;
        SmtpSinkProcess::Options options;
        options.port = port;
        QVERIFY2(sink.start(options), qPrintable(sink.output()));
        QVERIFY2(server.start(mailArguments(port)), qPrintable(server.output()));
        QVERIFY2(sink.waitForMessages(1, 30000), qPrintable(server.standardError()));
        const ReadMail mail = readMail(sink.messages().constFirst());
        QCOMPARE(mail.to, u"ines@example.pt"_s);
        // No Portuguese catalogue: the mail falls back to English.
        QVERIFY(mail.subject.startsWith(u"Your order "_s));
        // No second copy: a mail that should not exist has no event to wait for.
        QTest::qWait(500);
        QCOMPARE(sink.messages().size(), 1);
        QVERIFY2(server.stop() == 0, qPrintable(server.standardError().right(4000)));
    }
};

QTEST_GUILESS_MAIN(TestOrderMail)
#include "tst_ordermail.moc"
