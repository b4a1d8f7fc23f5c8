#include "imapserverprocess.h"
#include "smtpsinkprocess.h"

#include "mail/imapmailbox.h"
#include "mail/mimereader.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::mail;
using shopdesk::test::ImapServerProcess;
using shopdesk::test::SmtpSinkProcess;

namespace {

QByteArray message(int number)
{
    return u"From: Ana <ana@example.com>\r\nTo: shop@example.com\r\nSubject: Question %1\r\n"
           "Message-ID: <q%1@example.com>\r\n\r\nWhere is parcel %1?\r\n"_s.arg(number)
               .toUtf8();
}

ImapSettings settingsFor(const QString &url)
{
    const auto parsed = ImapSettings::fromUrl(QUrl(url));
    if (!parsed)
        qFatal("%s: %s", qPrintable(url), qPrintable(parsed.error().message));
    ImapSettings settings = *parsed;
    settings.timeout = std::chrono::seconds(10);
    return settings;
}

} // namespace

// The shop's mailbox is read from a real IMAP server (Dovecot) on loopback.
class TestImapMailbox : public QObject
{
    Q_OBJECT
private:
    ImapServerProcess m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.why())); }

    void settings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("mailbox");
        QTest::addColumn<int>("security");
        QTest::addRow("imaps") << u"imaps://shop@mail.example.com"_s << QString() << 993
                               << u"INBOX"_s << int(MailSecurity::ImplicitTls);
        QTest::addRow("imap is starttls")
            << u"imap://shop@mail.example.com/Shop%20orders"_s << QString() << 143
            << u"Shop orders"_s << int(MailSecurity::StartTls);
        QTest::addRow("plain on loopback")
            << u"imap://u@127.0.0.1:1143?security=none"_s << QString() << 1143 << u"INBOX"_s
            << int(MailSecurity::None);
        QTest::addRow("plain over a network") << u"imap://u@mail.example.com?security=none"_s
                                              << u"invalid_imap_url"_s << 0 << QString() << 0;
        QTest::addRow("plain to a name like loopback")
            << u"imap://u@127.evil.example?security=none"_s << u"invalid_imap_url"_s << 0
            << QString() << 0;
        QTest::addRow("mailbox not ascii") << u"imaps://u@mail.example.com/Eingang%C3%A4"_s
                                           << u"invalid_imap_url"_s << 0 << QString() << 0;
        QTest::addRow("wrong scheme")
            << u"pop3://u@mail.example.com"_s << u"invalid_imap_url"_s << 0 << QString() << 0;
        QTest::addRow("unknown security") << u"imap://u@mail.example.com?security=maybe"_s
                                          << u"invalid_imap_security"_s << 0 << QString() << 0;
    }
    void settings()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        const auto settings = ImapSettings::fromUrl(QUrl(url));
        if (!error.isEmpty()) {
            QVERIFY(!settings.ok());
            QCOMPARE(settings.error().code, error);
            return;
        }
        QVERIFY2(settings.ok(), qPrintable(settings.error().message));
        QTEST(settings->port, "port");
        QTEST(settings->mailbox, "mailbox");
        QTEST(int(settings->security), "security");
    }

    // New messages are found by UID after the last one taken, each fetched whole.
    void readsWhatArrivedAfterTheLastUid()
    {
        QVERIFY(m_server.deliver(message(1)));
        QVERIFY(m_server.deliver(message(2)));
        ImapMailbox mailbox(settingsFor(m_server.url()));
        const auto status = mailbox.status();
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QVERIFY(status->uidValidity > 0);

        const auto uids = mailbox.uidsAfter(0);
        QVERIFY2(uids.ok(), qPrintable(uids.error().message));
        QCOMPARE(*uids, QList<quint32>({1, 2}));
        for (quint32 uid : *uids) {
            const auto raw = mailbox.fetch(status->uidValidity, uid);
            QVERIFY2(raw.ok(), qPrintable(raw.error().message));
            const auto mail = MimeReader::read(*raw);
            QVERIFY(mail.ok());
            QCOMPARE(mail->subject, u"Question %1"_s.arg(uid));
        }
        // "UID n:*" names the highest UID even when it is below n: nothing new is nothing.
        QCOMPARE(*mailbox.uidsAfter(2), QList<quint32>());
        QVERIFY(m_server.deliver(message(3)));
        QCOMPARE(*mailbox.uidsAfter(2), QList<quint32>({3}));
        QCOMPARE(mailbox.status()->uidNext, 4u);
    }

    void missingUidIsNoMessage()
    {
        ImapMailbox mailbox(settingsFor(m_server.url()));
        const auto status = mailbox.status();
        QVERIFY(status.ok());
        const auto raw = mailbox.fetch(status->uidValidity, 999);
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, u"imap_no_message"_s);
    }

    // A rebuilt mailbox numbers its messages anew: a UID of the old numbering is refused.
    void changedUidValidityIsRefused()
    {
        ImapMailbox mailbox(settingsFor(m_server.url()));
        const auto before = mailbox.status();
        QVERIFY(before.ok());
        QVERIFY2(m_server.changeUidValidity(before->uidValidity + 7), qPrintable(m_server.why()));
        ImapMailbox fresh(settingsFor(m_server.url()));
        const auto raw = fresh.fetch(before->uidValidity, 1);
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, u"imap_uidvalidity_changed"_s);
        QCOMPARE(fresh.status()->uidValidity, before->uidValidity + 7);
        QVERIFY(fresh.fetch(before->uidValidity + 7, 1).ok());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::addRow("wrong password")
            << u"imap://shop%40example.com:wrong@127.0.0.1:{port}/INBOX?security=none"_s
            << u"imap_login_failed"_s;
        QTest::addRow("nobody listening")
            << u"imap://u:p@127.0.0.1:{free}/INBOX?security=none"_s << u"imap_unreachable"_s;
        QTest::addRow("no such mailbox")
            << u"imap://shop%40example.com:mailbox%20secret@127.0.0.1:{port}/Nope?security=none"_s
            << u"imap_failed"_s;
    }
    void refusals()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        url.replace(u"{port}"_s, QString::number(m_server.port()));
        url.replace(u"{free}"_s, QString::number(SmtpSinkProcess::freePort()));
        ImapMailbox mailbox(settingsFor(url));
        const auto status = mailbox.status();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
        QVERIFY(!status.error().message.isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestImapMailbox)
#include "tst_imapmailbox.moc"
