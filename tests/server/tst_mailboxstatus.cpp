#include "imapserverprocess.h"
#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

const QByteArray bounce = "From: MAILER-DAEMON@mx.example.com\r\n"
                          "To: shop@example.com\r\n"
                          "Subject: Undelivered Mail Returned to Sender\r\n"
                          "Message-ID: <bounce7@mx.example.com>\r\n"
                          "MIME-Version: 1.0\r\n"
                          "Content-Type: multipart/report; report-type=delivery-status; "
                          "boundary=\"r\"\r\n\r\n"
                          "--r\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
                          "--r\r\nContent-Type: message/delivery-status\r\n\r\n"
                          "Reporting-MTA: dns; mx.example.com\r\n\r\n"
                          "Final-Recipient: rfc822; gone@example.com\r\n"
                          "Action: failed\r\nStatus: 5.1.1\r\n"
                          "--r--\r\n";

const QByteArray question = "From: Ana <ana@example.com>\r\nTo: shop@example.com\r\n"
                            "Subject: Parcel\r\nMessage-ID: <p1@example.com>\r\n\r\n"
                            "Where is my parcel?\r\n";

} // namespace

// shopdesk-server reading the shop's mailbox (a real Dovecot on loopback): the options, the
// operators' status route, and a bounce marking the customer's address over the API.
class TestMailboxStatus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_folder;

    QString passwordFile(const QByteArray &password)
    {
        const QString path = m_folder.filePath(u"imap-password"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(password + "\n");
        return path;
    }

    // The mailbox URL without its password: that comes from a file, as in production.
    static QString urlWithoutPassword(const ImapServerProcess &imap)
    {
        return u"imap://127.0.0.1:%1/INBOX?security=none&timeout=10"_s.arg(imap.port());
    }

    ServerProcess m_plain; // a server without a mailbox
    std::unique_ptr<ShopFixture> m_shop;

private slots:
    void initTestCase()
    {
        SHOPDESK_REQUIRE_BACKEND(m_plain);
        QVERIFY2(m_plain.start(), qPrintable(m_plain.output()));
        m_shop = std::make_unique<ShopFixture>(m_plain.baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
    }

    void statusWithoutMailbox()
    {
        const auto reply = m_shop->as(u"admin"_s).get(u"/api/v1/inbox/mailbox"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonObject({{u"configured"_s, false}}));
    }

    void statusIsForAdminsOnly_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("status");
        for (const QString &role : ShopFixture::roles())
            QTest::addRow("%s", qPrintable(role)) << role << (role == u"admin"_s ? 200 : 403);
    }
    void statusIsForAdminsOnly()
    {
        QFETCH(QString, role);
        QTEST(m_shop->as(role).get(u"/api/v1/inbox/mailbox"_s).status, "status");
    }

    void unknownParameterIsRefused()
    {
        const auto reply = m_shop->as(u"admin"_s).get(u"/api/v1/inbox/mailbox?verbose=1"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
    }

    // The password from a file, the user from its option; a mail becomes a conversation, a
    // bounce marks the customer, the status shows what was taken, and a new address clears
    // the mark.
    void bounceMarksTheCustomersAddress()
    {
        ImapServerProcess imap;
        QVERIFY2(imap.start(), qPrintable(imap.why()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start(), qPrintable(server.output()));
        qint64 customerId = 0;
        {
            ShopFixture shop(server.baseUrl());
            QVERIFY2(shop.setUp(), qPrintable(shop.why()));
            const auto created =
                shop.as(u"agent"_s)
                    .post(u"/api/v1/customers"_s,
                          QJsonObject{{u"name"_s, u"Gone"_s}, {u"email"_s, u"Gone@Example.com"_s}});
            QCOMPARE(created.status, 201);
            customerId = created.json().value(u"id"_s).toInteger();
            QVERIFY(created.json().value(u"email_failed_at"_s).isNull());
        }
        QCOMPARE(server.stop(), 0);

        QVERIFY(imap.deliver(question));
        QVERIFY(imap.deliver(bounce));
        const QString password = passwordFile(ImapServerProcess::password);
        QVERIFY2(
            server.start({u"--imap-url"_s, urlWithoutPassword(imap), u"--imap-user"_s,
                          QString::fromLatin1(ImapServerProcess::user), u"--imap-password-file"_s,
                          password, u"--imap-poll-seconds"_s, u"1"_s}),
            qPrintable(server.output()));
        TestHttp admin(server.baseUrl());
        QVERIFY(admin.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        QTRY_COMPARE_WITH_TIMEOUT(
            admin.get(u"/api/v1/inbox/mailbox"_s).json().value(u"messages_taken"_s).toInt(), 2,
            30000);
        const QJsonObject status = admin.get(u"/api/v1/inbox/mailbox"_s).json();
        QCOMPARE(status.value(u"configured"_s).toBool(), true);
        QCOMPARE(status.value(u"server"_s).toString(), u"127.0.0.1:%1"_s.arg(imap.port()));
        QCOMPARE(status.value(u"security"_s).toString(), u"none"_s);
        QCOMPARE(status.value(u"user"_s).toString(), QString::fromLatin1(ImapServerProcess::user));
        QCOMPARE(status.value(u"mailbox"_s).toString(), u"INBOX"_s);
        QCOMPARE(status.value(u"poll_seconds"_s).toInt(), 1);
        QCOMPARE(status.value(u"last_uid"_s).toInt(), 2);
        QVERIFY(status.value(u"uid_validity"_s).toInteger() > 0);
        QVERIFY(status.value(u"last_taken_at"_s).isString());
        QVERIFY(status[u"last_poll"_s][u"ok"_s].toBool());
        QVERIFY(!status.contains(u"password"_s));

        TestHttp agent(server.baseUrl());
        QVERIFY(agent.login(u"agent"_s, ShopFixture::passwordFor(u"agent"_s)));
        const QString path = u"/api/v1/customers/%1"_s.arg(customerId);
        const QJsonObject marked = agent.get(path).json();
        QVERIFY(marked.value(u"email_failed_at"_s).isString());
        QCOMPARE(marked.value(u"email_failure"_s).toString(),
                 u"Undelivered Mail Returned to Sender"_s);
        // Other customers and the bounce itself make no change beyond the mark.
        const QJsonArray changes =
            agent.get(u"/api/v1/changes?since=0&limit=5000"_s).json().value(u"changes"_s).toArray();
        int customerChanges = 0;
        for (const QJsonValue &change : changes) {
            if (change[u"entity"_s].toString() == u"customer"_s &&
                change[u"user"_s].toString() == u"mailbox"_s) {
                ++customerChanges;
                QCOMPARE(change[u"id"_s].toString(), QString::number(customerId));
            }
        }
        QCOMPARE(customerChanges, 1);

        // The question became a conversation in the inbox, waiting for an answer; the bounce
        // made none.
        const QJsonArray conversations =
            agent.get(u"/api/v1/inbox/conversations"_s).json().value(u"items"_s).toArray();
        QCOMPARE(conversations.size(), 1);
        const QJsonObject conversation = conversations.first().toObject();
        QCOMPARE(conversation.value(u"channel"_s).toString(), u"email"_s);
        QCOMPARE(conversation.value(u"subject"_s).toString(), u"Parcel"_s);
        QCOMPARE(conversation[u"contact"_s][u"email"_s].toString(), u"ana@example.com"_s);
        QVERIFY(conversation.value(u"waiting_since"_s).isString());
        QCOMPARE(conversation[u"last_message"_s][u"text"_s].toString().trimmed(),
                 u"Where is my parcel?"_s);
        QCOMPARE(conversation[u"last_message"_s][u"message_id"_s].toString(), u"p1@example.com"_s);

        const auto edited = agent.patch(path, QJsonObject{{u"email"_s, u"new@example.com"_s}});
        QCOMPARE(edited.status, 200);
        QVERIFY(edited.json().value(u"email_failed_at"_s).isNull());
        QVERIFY(edited.json().value(u"email_failure"_s).isNull());
    }

    // A wrong password is logged and shown to operators; the server answers all the same.
    void refusedLoginKeepsTheServerUp()
    {
        ImapServerProcess imap;
        QVERIFY2(imap.start(), qPrintable(imap.why()));
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        const QString password = passwordFile("not the password");
        QVERIFY2(
            server.start({u"--imap-url"_s, urlWithoutPassword(imap), u"--imap-user"_s,
                          QString::fromLatin1(ImapServerProcess::user), u"--imap-password-file"_s,
                          password, u"--imap-poll-seconds"_s, u"1"_s}),
            qPrintable(server.output()));
        TestHttp admin(server.baseUrl());
        QVERIFY(admin.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        QTRY_VERIFY_WITH_TIMEOUT(
            admin.get(u"/api/v1/inbox/mailbox"_s).json().value(u"last_poll"_s).isObject(), 30000);
        const QJsonObject status = admin.get(u"/api/v1/inbox/mailbox"_s).json();
        QCOMPARE(status[u"last_poll"_s][u"ok"_s].toBool(), false);
        QCOMPARE(status[u"last_poll"_s][u"error"_s][u"code"_s].toString(), u"imap_login_failed"_s);
        QVERIFY(status.value(u"last_uid"_s).isNull());
        QCOMPARE(admin.get(u"/api/v1/health"_s).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(server.standardError().contains(u"imap_login_failed"_s), 10000);
        QCOMPARE(server.stop(), 0);
    }

    // A mailbox read in the clear over a network gives its password away: refused at start.
    void plainImapOverANetworkIsRefused()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"server did not start"_s));
        QVERIFY(!server.start({u"--imap-url"_s, u"imap://mail.example.com/INBOX?security=none"_s}));
        QVERIFY(server.output().contains(u"security=none is only for a server on this machine"_s));
    }
};

QTEST_GUILESS_MAIN(TestMailboxStatus)
#include "tst_mailboxstatus.moc"
