#include "mail/mimereader.h"
#include "mail/mimewriter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::mail;

namespace {

// Messages are written with LF here and sent with CRLF, as they arrive over IMAP.
QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

const QByteArray threaded = crlf(R"(From: "Ana Díaz" <ana@example.com>
To: Shop <shop@example.com>, team: a@example.com, b@example.com;
Cc: =?UTF-8?Q?J=C3=BCrgen?= <j@example.com>
Reply-To: ana.private@example.com
Subject: Re: Your order 1042
Message-ID: <reply-1@example.com>
In-Reply-To: <order-1042@shop.example>
References: <order-1042@shop.example>
 <ticket-7@shop.example>
Date: Sun, 22 Nov 2026 11:15:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Where is my parcel?
)");

const QByteArray latin1 = crlf(R"(From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <j@example.com>
To: shop@example.com
Subject: =?ISO-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?=
Message-ID: <latin@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Gr=FC=DFe, die Tasse ist zerbrochen.
)");

const QByteArray windows1252 = crlf("From: x@example.com\nTo: shop@example.com\n"
                                    "Subject: price\nMIME-Version: 1.0\n"
                                    "Content-Type: text/plain; charset=windows-1252\n"
                                    "Content-Transfer-Encoding: 8bit\n\n"
                                    "It cost 20 \x80 \x96 too much.\n");

const QByteArray alternative = crlf(R"(From: x@example.com
To: shop@example.com
Subject: =?UTF-8?B?8J+OiSBkYW5rZQ==?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RGFua2Ugc2Now7Zu
--b1
Content-Type: text/html; charset=utf-8

<p>Danke <b>sch&ouml;n</b></p>
--b1--
)");

const QByteArray withAttachment = crlf(R"(From: x@example.com
To: shop@example.com
Subject: photo
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="m"

--m
Content-Type: text/plain; charset=utf-8

See the photo.
--m
Content-Type: application/pdf
Content-Disposition: attachment; filename*=UTF-8''r%C3%BCcksendung.pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcOkw7zDtsOfCg==
--m--
)");

const QByteArray autoReply = crlf(R"(From: ana@example.com
To: shop@example.com
Subject: Out of office
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain

I am away until Monday.
)");

const QByteArray deliveryReport = crlf(R"(From: MAILER-DAEMON@mx.example.com
To: shop@example.com
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain

Your message could not be delivered.
--r
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
Arrival-Date: Sun, 22 Nov 2026 10:15:00 +0000

Final-Recipient: rfc822; gone@example.com
Original-Recipient: rfc822;gone@example.com
Action: failed
Status: 5.1.1

Final-Recipient: rfc822; late@example.com
Action: delayed
Status: 4.4.1
--r
Content-Type: message/rfc822

From: shop@example.com
To: gone@example.com
Subject: Your order 1042

Thank you.
--r--
)");

const QByteArray eximBounce = crlf(R"(From: Mail Delivery System <Mailer-Daemon@mx.example.com>
To: shop@example.com
Subject: Mail delivery failed
X-Failed-Recipients: gone@example.com, also-gone@example.com
MIME-Version: 1.0
Content-Type: text/plain

This message was created automatically.
)");

// Broken in the ways real mail is: cut off mid-attachment, no closing boundary.
const QByteArray truncated = withAttachment.left(withAttachment.indexOf("JVBERi0x") + 6);

const QByteArray noMessageId = crlf(R"(From: x@example.com
To: shop@example.com
Subject: no id

Hi.
)");

const QByteArray unknownCharset = crlf("From: x@example.com\nTo: shop@example.com\n"
                                       "Subject: =?x-klingon?Q?q=E4pla?=\nMIME-Version: 1.0\n"
                                       "Content-Type: text/plain; charset=x-klingon\n"
                                       "Content-Transfer-Encoding: 8bit\n\n"
                                       "Caf\xe9 ok\n");

const QByteArray bareLineFeeds = "From: x@example.com\nTo: shop@example.com\nSubject: lf only\n"
                                 "\nJust line feeds.\n";

} // namespace

class TestMimeReader : public QObject
{
    Q_OBJECT
private slots:
    void headersAndThreading()
    {
        const auto mail = MimeReader::read(threaded);
        QVERIFY2(mail.ok(), qPrintable(mail.error().message));
        QCOMPARE(mail->from.address(), u"ana@example.com"_s);
        QCOMPARE(mail->from.name(), u"Ana Díaz"_s);
        QCOMPARE(mail->to.size(), 3); // the group's members count as recipients
        QCOMPARE(mail->to[0].name(), u"Shop"_s);
        QCOMPARE(mail->to[2].address(), u"b@example.com"_s);
        QCOMPARE(mail->cc.size(), 1);
        QCOMPARE(mail->cc[0].name(), u"Jürgen"_s);
        QCOMPARE(mail->replyTo[0].address(), u"ana.private@example.com"_s);
        QCOMPARE(mail->subject, u"Re: Your order 1042"_s);
        QCOMPARE(mail->messageId, u"reply-1@example.com"_s);
        QCOMPARE(mail->inReplyTo, u"order-1042@shop.example"_s);
        QCOMPARE(mail->references,
                 QStringList({u"order-1042@shop.example"_s, u"ticket-7@shop.example"_s}));
        QCOMPARE(mail->date, QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
        QCOMPARE(mail->text.trimmed(), u"Where is my parcel?"_s);
        QVERIFY(mail->html.isEmpty());
        QVERIFY(!mail->autoSubmitted);
        QVERIFY(!mail->bounce);
    }

    void characterSets_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addRow("latin-1 quoted-printable")
            << latin1 << u"Grüße aus Köln"_s << u"Grüße, die Tasse ist zerbrochen."_s << QString();
        QTest::addRow("windows-1252 8bit")
            << windows1252 << u"price"_s << u"It cost 20 € – too much."_s << QString();
        QTest::addRow("utf-8 base64 and html") << alternative << u"🎉 danke"_s << u"Danke schön"_s
                                               << u"<p>Danke <b>sch&ouml;n</b></p>"_s;
    }
    void characterSets()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);
        const auto mail = MimeReader::read(raw);
        QVERIFY2(mail.ok(), qPrintable(mail.error().message));
        QCOMPARE(mail->subject, subject);
        QCOMPARE(mail->text.trimmed(), text);
        QCOMPARE(mail->html.trimmed(), html);
        QVERIFY(mail->attachments.isEmpty());
    }

    void attachmentsKeptUpToTheLimit_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("kept");
        QTest::addRow("within") << qint64(1024) << true;
        QTest::addRow("exactly") << qint64(19) << true;
        QTest::addRow("above") << qint64(18) << false;
    }
    void attachmentsKeptUpToTheLimit()
    {
        QFETCH(qint64, limit);
        QFETCH(bool, kept);
        const auto mail = MimeReader::read(withAttachment, limit);
        QVERIFY(mail.ok());
        QCOMPARE(mail->text.trimmed(), u"See the photo."_s);
        QCOMPARE(mail->attachments.size(), 1);
        const MailAttachment &file = mail->attachments.constFirst();
        QCOMPARE(file.fileName, u"rücksendung.pdf"_s);
        QCOMPARE(file.contentType, u"application/pdf"_s);
        QCOMPARE(file.size, 19);
        QCOMPARE(file.kept, kept);
        QCOMPARE(file.data,
                 kept ? QByteArray::fromBase64("JVBERi0xLjQKJcOkw7zDtsOfCg==") : QByteArray());
    }

    void automaticMessages_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("automatic");
        QTest::addColumn<bool>("bounce");
        QTest::addColumn<QStringList>("failed");
        QTest::addRow("person") << threaded << false << false << QStringList();
        QTest::addRow("out of office") << autoReply << true << false << QStringList();
        QTest::addRow("auto-submitted no") << QByteArray(autoReply).replace("auto-replied", "no")
                                           << false << false << QStringList();
        QTest::addRow("precedence bulk")
            << QByteArray(threaded).replace("MIME-Version", "Precedence: bulk\r\nMIME-Version")
            << true << false << QStringList();
        // Only "failed" recipients count; a delayed one may still arrive.
        QTest::addRow("delivery status report")
            << deliveryReport << true << true << QStringList({u"gone@example.com"_s});
        QTest::addRow("exim bounce")
            << eximBounce << false << true
            << QStringList({u"gone@example.com"_s, u"also-gone@example.com"_s});
    }
    void automaticMessages()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, automatic);
        QFETCH(bool, bounce);
        QFETCH(QStringList, failed);
        const auto mail = MimeReader::read(raw);
        QVERIFY2(mail.ok(), qPrintable(mail.error().message));
        QCOMPARE(mail->autoSubmitted, automatic);
        QCOMPARE(mail->bounce, bounce);
        QCOMPARE(mail->failedRecipients, failed);
    }

    void returnedMessageStaysWhole()
    {
        const auto mail = MimeReader::read(deliveryReport);
        QVERIFY(mail.ok());
        QCOMPARE(mail->text.trimmed(), u"Your message could not be delivered."_s);
        QCOMPARE(mail->attachments.size(), 1);
        QCOMPARE(mail->attachments[0].contentType, u"message/rfc822"_s);
        QVERIFY(mail->attachments[0].data.contains("Subject: Your order 1042"));
    }

    void readsWhatTheWriterWrites()
    {
        MailMessage message;
        message.setFrom(MailAddress(u"orders@shop.example"_s, u"Bäckerei Müller & Söhne"_s));
        message.addTo(MailAddress(u"ana@example.com"_s, u"Ana Díaz"_s));
        message.setSubject(u"Ihre Bestellung 1042 – Bestätigung 🎉"_s);
        message.setTextBody(u"Grüße aus Köln!\n.dot\n"_s);
        message.setHtmlBody(u"<p>Grüße — 日本語</p>"_s);
        message.addHeader("In-Reply-To", u"<ask-1@example.com>"_s);
        const auto written = MimeWriter::write(message);
        QVERIFY(written.ok());
        const auto mail = MimeReader::read(*written);
        QVERIFY(mail.ok());
        QCOMPARE(mail->from.name(), message.from().name());
        QCOMPARE(mail->to[0].name(), u"Ana Díaz"_s);
        QCOMPARE(mail->subject, message.subject());
        QCOMPARE(mail->text, message.textBody());
        QCOMPARE(mail->html.trimmed(), message.htmlBody());
        QCOMPARE(mail->inReplyTo, u"ask-1@example.com"_s);
        QVERIFY(written->contains("Message-Id: <" + mail->messageId.toLatin1() + '>'));
    }

    // What arrives broken is read as far as it goes, never a crash: the inbox keeps it.
    void brokenMail_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messageId");
        QTest::addRow("truncated attachment")
            << truncated << u"photo"_s << u"See the photo."_s << QString();
        QTest::addRow("no message id") << noMessageId << u"no id"_s << u"Hi."_s << QString();
        QTest::addRow("line feeds only")
            << bareLineFeeds << u"lf only"_s << u"Just line feeds."_s << QString();
    }
    void brokenMail()
    {
        QFETCH(QByteArray, raw);
        const auto mail = MimeReader::read(raw);
        QVERIFY2(mail.ok(), qPrintable(mail.error().message));
        QTEST(mail->subject, "subject");
        QTEST(mail->text.trimmed(), "text");
        QTEST(mail->messageId, "messageId");
    }

    // A character set nobody knows still gives text, its unknown bytes replaced, not dropped.
    void unknownCharacterSet()
    {
        const auto mail = MimeReader::read(unknownCharset);
        QVERIFY(mail.ok());
        QVERIFY(mail->text.startsWith(u"Caf"_s));
        QVERIFY(mail->text.trimmed().endsWith(u"ok"_s));
        QVERIFY(!mail->subject.isEmpty());
    }

    void binaryGarbageIsNoCrash()
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        const auto mail = MimeReader::read(garbage);
        Q_UNUSED(mail); // read or refused, either way without a crash
        const auto headerless = MimeReader::read(QByteArray(100000, 'x'));
        Q_UNUSED(headerless);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("blank lines") << QByteArray("\r\n\r\n");
    }
    void refused()
    {
        QFETCH(QByteArray, raw);
        const auto mail = MimeReader::read(raw);
        QVERIFY(!mail.ok());
        QCOMPARE(mail.error().code, u"invalid_mail"_s);
    }
};

QTEST_GUILESS_MAIN(TestMimeReader)
#include "tst_mimereader.moc"
