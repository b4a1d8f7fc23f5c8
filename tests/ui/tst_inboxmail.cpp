#include "../client/clientfixture.h"
#include "serverprocess.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include "client/clientsession.h"
#include "client/inbox/inboxservice.h"
#include "client/inbox/replytemplateservice.h"
#include "common/language.h"
#include "common/messagebar.h"
#include "inbox/conversationthread.h"
#include "inbox/conversationview.h"
#include "inbox/replybox.h"
#include "storage/database.h"
#include "storage/inbox/inboxstore.h"
#include "storage/shopstore.h"
#include "storage/storageconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::test;

// An e-mail conversation worked on screen against a real server with a real SMTP sink: the
// mail as it came (its attachment saved from the thread), and the answer typed in the reply
// box reaching the customer as a mail threaded to theirs.
class TestInboxMailUi : public QObject
{
    Q_OBJECT
    IsolatedHome m_home;
    ui::Translations m_english;
    std::unique_ptr<SmtpSinkProcess> m_sink;
    std::unique_ptr<ServerProcess> m_server;

    // An e-mail put in the way the mailbox intake does: through the store, in one write.
    qint64 deliver(const storage::InboxArrival &arrival)
    {
        const QStringList options = m_server->storageArguments();
        const auto option = [&options](const QString &name) {
            const qsizetype at = options.indexOf(name);
            return at >= 0 ? options.value(at + 1) : QString();
        };
        auto config =
            storage::StorageConfig::fromOptions(option(u"--data"_s), option(u"--database"_s));
        if (!config)
            return 0;
        auto db = storage::Database::open(config.value(), u"intake"_s);
        if (!db)
            return 0;
        storage::ShopStore store(*db.value(), u"EUR"_s);
        if (!store.batch().begin())
            return 0;
        auto received = storage::InboxStore(store).receive({0, u"mailbox"_s, u"admin"_s}, arrival);
        if (!received) {
            store.batch().rollback();
            qWarning("not received: %s", qPrintable(received.error().message));
            return 0;
        }
        return store.batch().end() ? received->value(u"conversation"_s)[u"id"_s].toInteger() : 0;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
        m_sink = std::make_unique<SmtpSinkProcess>();
        QVERIFY2(m_sink->start(), qPrintable(m_sink->output()));
        QVERIFY2(
            m_server->start(
                {u"--smtp"_s, u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(m_sink->port()),
                 u"--mail-from"_s, u"Kaufhaus Nord <service@kaufhaus.example>"_s, u"--shop-name"_s,
                 u"Kaufhaus Nord"_s, u"--mail-retry-seconds"_s, u"1"_s}),
            qPrintable(m_server->output()));
        TestHttp admin(m_server->baseUrl());
        QVERIFY(admin.login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)));
        QCOMPARE(admin
                     .post(u"/api/v1/users"_s,
                           {{u"username"_s, u"alice"_s},
                            {u"password"_s, QString::fromLatin1(ClientShop::password)},
                            {u"role"_s, u"agent"_s}})
                     .status,
                 201);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_sink.reset();
    }

    void anEmailIsReadAndAnswered()
    {
        storage::InboxArrival arrival;
        arrival.channel = u"email"_s;
        arrival.messageId = u"first@mail.example.org"_s;
        arrival.fromName = u"Jürgen Weiß"_s;
        arrival.fromEmail = u"juergen@example.de"_s;
        arrival.subject = u"Bestellung zwei Tassen"_s;
        arrival.text = u"Bitte zwei MUG-1, siehe Foto."_s;
        arrival.html = u"<p>Bitte <b>zwei</b> MUG-1, siehe <a href=\"https://x.example/\">Foto</a>."
                       "</p>"_s;
        arrival.attachments = {{u"foto.jpg"_s, u"image/jpeg"_s, 4, "\xff\xd8\xff\xe0", true}};
        arrival.rawSize = 4096;
        const qint64 id = deliver(arrival);
        QVERIFY(id > 0);

        auto session = openSession(m_server->baseUrl(), u"alice"_s);
        QVERIFY(session);
        client::InboxService service(session->api());
        client::ReplyTemplateService templates(session->api());
        ui::ConversationView view(session.get(), &service, &templates);
        view.resize(1000, 700);
        view.show();
        view.showConversation(id);
        QTRY_VERIFY(view.conversation().has_value());
        QCOMPARE(view.subjectLabel()->text(), u"Bestellung zwei Tassen"_s);
        QCOMPARE(view.contactLabel()->text(), u"E-mail · Jürgen Weiß · juergen@example.de"_s);
        // The mail's HTML as rich text, its link shown but not followed.
        QVERIFY(view.thread()->toPlainText().contains(u"Bitte zwei MUG-1, siehe Foto."_s));
        QVERIFY(view.thread()->toHtml().contains(u"font-weight"_s));
        QVERIFY(view.thread()->toPlainText().contains(u"foto.jpg"_s));

        // Save… of the attachment writes its bytes.
        QTemporaryDir dir;
        const inbox::InboxAttachmentRecord attachment =
            view.conversation()->messages.first().attachments.first();
        const QString path = dir.filePath(u"foto.jpg"_s);
        view.saveAttachment(attachment, path);
        QTRY_VERIFY(QFile::exists(path) && view.messageBar()->isVisible());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("\xff\xd8\xff\xe0"));

        const int sent = int(m_sink->messages().size());
        QTest::keyClicks(view.replyBox()->editor(), u"Gern, die Tassen gehen heute raus."_s);
        view.replyBox()->sendButton()->click();
        QTRY_VERIFY(view.replyBox()->editor()->toPlainText().isEmpty());
        QVERIFY2(m_sink->waitForMessages(sent + 1, 20000), qPrintable(m_server->standardError()));
        const QJsonObject mail = TestPython::parseMail(m_sink->messages().at(sent));
        QCOMPARE(mail[u"to_addresses"_s][0][u"address"_s].toString(), u"juergen@example.de"_s);
        const QJsonObject headers = mail[u"headers"_s].toObject();
        QCOMPARE(headers[u"subject"_s].toString(), u"Re: Bestellung zwei Tassen"_s);
        QCOMPARE(headers[u"in-reply-to"_s].toString(), u"<first@mail.example.org>"_s);
        QTRY_COMPARE(view.thread()->messages().size(), 2);
        QCOMPARE(view.thread()->messages().last().direction, inbox::MessageDirection::Out);
    }
};

QTEST_MAIN(TestInboxMailUi)
#include "tst_inboxmail.moc"
