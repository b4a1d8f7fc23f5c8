#include "mail/smtpsender.h"

#include "smtpsinkprocess.h"
#include "testpython.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QtConcurrent>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::mail;
using shopdesk::Result;
using shopdesk::test::SmtpSinkProcess;
using shopdesk::test::TestPython;

namespace {

SmtpSettings plainSettings(quint16 port)
{
    SmtpSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.security = SmtpSettings::Security::None;
    settings.timeout = std::chrono::seconds(10);
    return settings;
}

MailMessage sample(const QString &to = u"ana@example.com"_s)
{
    MailMessage message;
    message.setFrom(MailAddress(u"orders@shop.example"_s, u"Tienda Ñandú"_s));
    message.addTo(MailAddress(to, u"Ana Díaz"_s));
    message.setSubject(u"Pedido 1042 confirmado – ¡gracias! ✓"_s);
    message.setTextBody(u"Hola Ana,\n\nsu pedido está confirmado: 19,99 €.\n.\nAdiós\n"_s);
    message.setHtmlBody(u"<p>Hola Ana, su pedido está <b>confirmado</b>: 19,99 €.</p>"_s);
    message.setMessageId(u"<order-1042@shop.example>"_s);
    return message;
}

} // namespace

class TestSmtpSender : public QObject
{
    Q_OBJECT
private slots:
    void messageArrivesIntact()
    {
        SmtpSinkProcess sink;
        QVERIFY(sink.start());
        const SmtpSender sender(plainSettings(sink.port()));
        // From a worker thread, as the dispatcher uses it.
        const Result<void> sent = QtConcurrent::run([&] { return sender.send(sample()); }).result();
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QVERIFY(sink.waitForMessages(1));

        const QJsonObject envelope = sink.envelopes().constFirst();
        QCOMPARE(envelope.value(u"mail_from"_s).toString(), u"orders@shop.example"_s);
        QCOMPARE(envelope.value(u"rcpt_tos"_s).toArray(), QJsonArray{u"ana@example.com"_s});

        const QJsonObject parsed = TestPython::parseMail(sink.messages().constFirst());
        QCOMPARE(parsed.value(u"defects"_s).toArray(), QJsonArray());
        const QJsonObject headers = parsed.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"subject"_s).toString(), sample().subject());
        QCOMPARE(headers.value(u"message-id"_s).toString(), u"<order-1042@shop.example>"_s);
        QVERIFY(!headers.value(u"date"_s).toString().isEmpty());
        QCOMPARE(parsed[u"from_addresses"_s][0][u"name"_s].toString(), u"Tienda Ñandú"_s);
        QCOMPARE(parsed[u"to_addresses"_s][0][u"address"_s].toString(), u"ana@example.com"_s);
        const QJsonArray parts = parsed.value(u"parts"_s).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"content_type"_s].toString(), u"text/plain"_s);
        // The lone dot line survived SMTP's end-of-data convention.
        QCOMPARE(parts[0][u"content"_s].toString(), TestPython::asSent(sample().textBody()));
        QCOMPARE(parts[1][u"content_type"_s].toString(), u"text/html"_s);
        QCOMPARE(parts[1][u"content"_s].toString(), TestPython::asSent(sample().htmlBody()));
    }

    void logIn()
    {
        SmtpSinkProcess sink;
        QVERIFY(sink.start({0, u"shop:s3cret"_s, {}}));
        SmtpSettings settings = plainSettings(sink.port());

        // Without log-in the relay refuses, and says why.
        const auto anonymous = SmtpSender(settings).send(sample());
        QVERIFY(!anonymous.ok());
        QVERIFY2(anonymous.error().message.contains(u"530"_s),
                 qPrintable(anonymous.error().message));

        settings.username = u"shop"_s;
        settings.password = u"wrong"_s;
        const auto wrong = SmtpSender(settings).send(sample());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, u"smtp_login_failed"_s);
        QVERIFY2(wrong.error().message.contains(u"535"_s), qPrintable(wrong.error().message));

        settings.password = u"s3cret"_s;
        const auto right = SmtpSender(settings).send(sample());
        QVERIFY2(right.ok(), qPrintable(right.error().message));
        QVERIFY(sink.waitForMessages(1));
        QCOMPARE(sink.messages().size(), 1);
    }

    void refusedRecipientReportsServerText()
    {
        SmtpSinkProcess sink;
        QVERIFY(sink.start({0, {}, u"nobody"_s}));
        const auto sent =
            SmtpSender(plainSettings(sink.port())).send(sample(u"nobody@example.com"_s));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().message.contains(u"550 5.1.1"_s), qPrintable(sent.error().message));
        QVERIFY(sent.error().message.contains(u"no such user"_s));
        QCOMPARE(sent.error().details.value(u"smtp_code"_s).toInt(), 550);
        QCOMPARE(sink.messages().size(), 0);
    }

    void unreachableRelayFailsFast()
    {
        const quint16 port = SmtpSinkProcess::freePort();
        QElapsedTimer timer;
        timer.start();
        const auto sent = SmtpSender(plainSettings(port)).send(sample());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"smtp_unreachable"_s);
        QVERIFY2(sent.error().message.contains(QString::number(port)),
                 qPrintable(sent.error().message));
        QVERIFY(timer.elapsed() < 5000);
    }

    void silentRelayTimesOut()
    {
        // A listener that never greets: the kernel accepts the connection, nobody answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SmtpSettings settings = plainSettings(silent.serverPort());
        settings.timeout = std::chrono::milliseconds(700);
        QElapsedTimer timer;
        timer.start();
        const auto sent = SmtpSender(settings).send(sample());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"smtp_unreachable"_s);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }

    void startTlsIsRequiredWhenConfigured()
    {
        // The sink offers no STARTTLS: a relay that cannot encrypt must not get the mail.
        SmtpSinkProcess sink;
        QVERIFY(sink.start());
        SmtpSettings settings = plainSettings(sink.port());
        settings.security = SmtpSettings::Security::StartTls;
        const auto sent = SmtpSender(settings).send(sample());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"smtp_tls_failed"_s);
        QCOMPARE(sink.messages().size(), 0);
    }

    void settingsFromUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        using S = SmtpSettings::Security;
        QTest::addRow("starttls default") << u"smtp://mail.example"_s << u"mail.example"_s << 587
                                          << int(S::StartTls) << QString() << QString();
        QTest::addRow("smtps") << u"smtps://shop%40x:p%3Ass@mail.example"_s << u"mail.example"_s
                               << 465 << int(S::ImplicitTls) << u"shop@x"_s << u"p:ss"_s;
        QTest::addRow("plain local") << u"smtp://127.0.0.1:2525?security=none"_s << u"127.0.0.1"_s
                                     << 2525 << int(S::None) << QString() << QString();
        QTest::addRow("none default port")
            << u"smtp://relay.lan?security=none&timeout=2.5"_s << u"relay.lan"_s << 25
            << int(S::None) << QString() << QString();
    }
    void settingsFromUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, security);
        QFETCH(QString, username);
        QFETCH(QString, password);
        const auto settings = SmtpSettings::fromUrl(QUrl(url));
        QVERIFY2(settings.ok(), qPrintable(settings.error().message));
        QCOMPARE(settings->host, host);
        QCOMPARE(settings->port, port);
        QCOMPARE(int(settings->security), security);
        QCOMPARE(settings->username, username);
        QCOMPARE(settings->password, password);
    }

    void badSettingsUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("http") << u"http://mail.example"_s;
        QTest::addRow("no host") << u"smtp://"_s;
        QTest::addRow("bad security") << u"smtp://mail.example?security=maybe"_s;
        QTest::addRow("bad timeout") << u"smtp://mail.example?timeout=-1"_s;
        QTest::addRow("unknown key") << u"smtp://mail.example?pasword=x"_s;
    }
    void badSettingsUrls()
    {
        QFETCH(QString, url);
        const auto settings = SmtpSettings::fromUrl(QUrl(url));
        QVERIFY(!settings.ok());
        QVERIFY(!settings.error().message.isEmpty());
    }

    void securityNames()
    {
        QCOMPARE(*SmtpSettings::parseSecurity(u"none"_s), SmtpSettings::Security::None);
        QCOMPARE(*SmtpSettings::parseSecurity(u"STARTTLS"_s), SmtpSettings::Security::StartTls);
        QCOMPARE(*SmtpSettings::parseSecurity(u"tls"_s), SmtpSettings::Security::ImplicitTls);
        QCOMPARE(SmtpSettings::parseSecurity(u"maybe"_s).error().code, u"invalid_smtp_security"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
