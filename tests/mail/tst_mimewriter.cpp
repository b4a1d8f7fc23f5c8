#include "mail/mimewriter.h"

#include "testpython.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::mail;
using shopdesk::test::TestPython;

namespace {

MailMessage sample()
{
    MailMessage message;
    message.setFrom(MailAddress(u"orders@shop.example"_s, u"Bäckerei Müller & Söhne"_s));
    message.addTo(MailAddress(u"ana@example.com"_s, u"Ana Díaz"_s));
    message.addTo(MailAddress(u"bob@example.com"_s, u"Bob \"the builder\", Jr."_s));
    message.setReplyTo({MailAddress(u"care@shop.example"_s, u"Customer care"_s)});
    message.setSubject(u"Ihre Bestellung 1042 – Bestätigung 🎉"_s);
    message.setTextBody(u"Grüße aus Köln!\n.starts with a dot\ntrailing space \n"_s +
                        QString(200, u'x') + u"\n= equals\n"_s);
    message.setHtmlBody(u"<p>Grüße aus <b>Köln</b> — 日本語</p>"_s);
    message.addHeader("X-Shopdesk-Order", u"1042"_s);
    message.setDate(QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
    return message;
}

} // namespace

class TestMimeWriter : public QObject
{
    Q_OBJECT
private slots:
    void pythonReadsWhatWeWrite()
    {
        const auto rendered = MimeWriter::write(sample());
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().message));
        const QJsonObject parsed = TestPython::parseMail(*rendered);
        QVERIFY2(!parsed.isEmpty(), rendered->constData());

        QCOMPARE(parsed.value(u"defects"_s).toArray(), QJsonArray());
        QVERIFY(parsed.value(u"ascii_only"_s).toBool());
        QVERIFY(!parsed.value(u"bare_lf"_s).toBool());
        QVERIFY(parsed.value(u"max_line_length"_s).toInt() <= 78);

        const QJsonObject headers = parsed.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"subject"_s).toString(), u"Ihre Bestellung 1042 – Bestätigung 🎉"_s);
        QCOMPARE(headers.value(u"date"_s).toString(), u"Sun, 22 Nov 2026 10:15:00 +0000"_s);
        QCOMPARE(headers.value(u"mime-version"_s).toString(), u"1.0"_s);
        QCOMPARE(headers.value(u"x-shopdesk-order"_s).toString(), u"1042"_s);
        QVERIFY(headers.value(u"message-id"_s).toString().endsWith(u"@shop.example>"_s));

        const QJsonArray from = parsed.value(u"from_addresses"_s).toArray();
        QCOMPARE(from.size(), 1);
        QCOMPARE(from[0][u"name"_s].toString(), u"Bäckerei Müller & Söhne"_s);
        QCOMPARE(from[0][u"address"_s].toString(), u"orders@shop.example"_s);
        const QJsonArray to = parsed.value(u"to_addresses"_s).toArray();
        QCOMPARE(to.size(), 2);
        QCOMPARE(to[0][u"name"_s].toString(), u"Ana Díaz"_s);
        QCOMPARE(to[1][u"name"_s].toString(), u"Bob \"the builder\", Jr."_s);
        QCOMPARE(to[1][u"address"_s].toString(), u"bob@example.com"_s);

        QCOMPARE(parsed.value(u"content_type"_s).toString(), u"multipart/alternative"_s);
        const QJsonArray parts = parsed.value(u"parts"_s).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"content_type"_s].toString(), u"text/plain"_s);
        QCOMPARE(parts[0][u"charset"_s].toString(), u"utf-8"_s);
        QCOMPARE(parts[0][u"transfer_encoding"_s].toString(), u"quoted-printable"_s);
        QCOMPARE(parts[0][u"content"_s].toString(), TestPython::asSent(sample().textBody()));
        QCOMPARE(parts[1][u"content_type"_s].toString(), u"text/html"_s);
        QCOMPARE(parts[1][u"content"_s].toString(), TestPython::asSent(sample().htmlBody()));
    }

    void singlePart()
    {
        MailMessage message = sample();
        message.setHtmlBody({});
        const auto rendered = MimeWriter::write(message);
        QVERIFY(rendered.ok());
        const QJsonObject parsed = TestPython::parseMail(*rendered);
        QCOMPARE(parsed.value(u"content_type"_s).toString(), u"text/plain"_s);
        QCOMPARE(parsed.value(u"parts"_s).toArray()[0][u"content"_s].toString(),
                 TestPython::asSent(message.textBody()));
    }

    void longSubjectsAndNamesFold_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addRow("long ascii") << QString(300, u'a');
        QTest::addRow("long latin") << QString(120, u'ü');
        QTest::addRow("emoji") << QString(40, u' ').replace(u' ', u"😀"_s);
        QTest::addRow("line break") << u"two\r\nlines"_s;
        QTest::addRow("empty") << QString();
    }
    void longSubjectsAndNamesFold()
    {
        QFETCH(QString, subject);
        MailMessage message = sample();
        message.setSubject(subject);
        message.setFrom(MailAddress(u"orders@shop.example"_s, subject));
        message.setReplyTo({MailAddress(u"care@shop.example"_s, subject)});
        const auto rendered = MimeWriter::write(message);
        QVERIFY(rendered.ok());
        const QJsonObject parsed = TestPython::parseMail(*rendered);
        QCOMPARE(parsed.value(u"defects"_s).toArray(), QJsonArray());
        // GMime folds between encoded words but writes a long word whole: RFC 5322's hard
        // limit holds, its 78-column advice not always.
        QVERIFY(parsed.value(u"max_line_length"_s).toInt() <= 998);
        QVERIFY(parsed.value(u"ascii_only"_s).toBool());
        // Python's reader unfolds and turns a CRLF inside a header value into a space.
        QString expected = subject;
        expected.replace(u"\r\n"_s, u" "_s);
        QCOMPARE(parsed[u"headers"_s][u"subject"_s].toString().replace(u"\r\n"_s, u" "_s),
                 expected);
    }

    // Quoted-printable keeps every line short and 7-bit, whatever the text holds; Python's
    // reader gets the text back exactly.
    void bodiesSurviveQuotedPrintable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("equals") << u"a=b"_s;
        QTest::addRow("trailing space") << u"a \nb"_s;
        QTest::addRow("leading dot") << u".\n.x"_s;
        QTest::addRow("long line") << QString(300, u'x');
        QTest::addRow("long umlauts") << QString(100, u'ü');
        QTest::addRow("right to left") << u"مرحبا بكم في متجرنا"_s;
        QTest::addRow("devanagari") << u"आपका ऑर्डर भेज दिया गया है"_s;
    }
    void bodiesSurviveQuotedPrintable()
    {
        QFETCH(QString, text);
        MailMessage message = sample();
        message.setTextBody(text);
        message.setHtmlBody({});
        const auto rendered = MimeWriter::write(message);
        QVERIFY(rendered.ok());
        const QJsonObject parsed = TestPython::parseMail(*rendered);
        QVERIFY(parsed.value(u"ascii_only"_s).toBool());
        QVERIFY(!parsed.value(u"bare_lf"_s).toBool());
        QVERIFY(parsed.value(u"max_line_length"_s).toInt() <= 78);
        const QJsonObject part = parsed.value(u"parts"_s).toArray()[0].toObject();
        QCOMPARE(part.value(u"transfer_encoding"_s).toString(), u"quoted-printable"_s);
        QCOMPARE(part.value(u"charset"_s).toString(), u"utf-8"_s);
        QCOMPARE(part.value(u"content"_s).toString(), TestPython::asSent(text));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addRow("bad sender") << u"from"_s;
        QTest::addRow("no recipient") << u"to"_s;
        QTest::addRow("bad recipient") << u"badto"_s;
        QTest::addRow("no body") << u"body"_s;
        QTest::addRow("header injection") << u"header"_s;
        QTest::addRow("managed header") << u"managed"_s;
        QTest::addRow("bad message id") << u"id"_s;
    }
    void refusals()
    {
        QFETCH(QString, what);
        MailMessage message = sample();
        if (what == u"from"_s)
            message.setFrom(MailAddress(u"not an address"_s));
        else if (what == u"to"_s)
            message.setTo({});
        else if (what == u"badto"_s)
            message.addTo(MailAddress(u"x@y.example>\r\nBcc: evil@example.com"_s));
        else if (what == u"body"_s) {
            message.setTextBody({});
            message.setHtmlBody({});
        }
        if (what == u"header"_s)
            message.addHeader("X-Bad\r\nBcc", u"evil@example.com"_s);
        else if (what == u"managed"_s)
            message.addHeader("Content-Type", u"text/plain"_s);
        else if (what == u"id"_s)
            message.setMessageId(u"<a b@c>\r\nBcc: x"_s);
        const auto rendered = MimeWriter::write(message);
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.error().code, u"invalid_mail"_s);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("envelope");
        QTest::addRow("plain") << u"ana@example.com"_s << true << QByteArray("ana@example.com");
        QTest::addRow("plus") << u"a.b+c@mail.example.org"_s << true
                              << QByteArray("a.b+c@mail.example.org");
        QTest::addRow("idn domain")
            << u"ana@bücher.example"_s << true << QByteArray("ana@xn--bcher-kva.example");
        QTest::addRow("no at") << u"ana.example.com"_s << false << QByteArray();
        QTest::addRow("space") << u"ana díaz@example.com"_s << false << QByteArray();
        QTest::addRow("bracket") << u"<ana@example.com>"_s << false << QByteArray();
        QTest::addRow("double dot") << u"ana..d@example.com"_s << false << QByteArray();
        QTest::addRow("no domain") << u"ana@"_s << false << QByteArray();
    }
    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QFETCH(QByteArray, envelope);
        const MailAddress mailbox(address);
        QCOMPARE(mailbox.isValid(), valid);
        if (valid)
            QCOMPARE(mailbox.envelope(), envelope);
    }
};

QTEST_GUILESS_MAIN(TestMimeWriter)
#include "tst_mimewriter.moc"
