// Takes the picture of an order taken from a conversation for the documentation, from a real
// server with the demo shop: shopdesk-inbox-order-screenshots OUTPUT_DIR writes inbox-order.png
// there — the website's chat naming two products (and one the catalogue does not have), the
// order form with the customer set, the message beside it and the lines it names, one of them
// added. Run under Xvfb or with QT_QPA_PLATFORM=offscreen.

#include "../client/clientfixture.h"

#include "client/clientsession.h"
#include "client/inbox/conversationorder.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/syncengine.h"
#include "orders/conversationmessagepanel.h"
#include "orders/orderintakewidget.h"
#include "orders/orderswidget.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "inbox order screenshot: " << what << Qt::endl;
    std::exit(1);
}

void wait(const std::function<bool()> &done, const QString &what, int ms = 30000)
{
    if (!QTest::qWaitFor(done, ms))
        fail(u"timed out waiting for "_s + what);
}

std::unique_ptr<client::ClientSession> logIn(const QUrl &url, const QString &user,
                                             const QString &password)
{
    auto session = std::make_unique<client::ClientSession>();
    client::ConnectionSettings settings;
    settings.standalone = false;
    settings.server = url;
    QSignalSpy opened(session.get(), &client::ClientSession::opened);
    QSignalSpy failed(session.get(), &client::ClientSession::failed);
    session->open(settings, user, password);
    wait([&] { return !opened.isEmpty() || !failed.isEmpty(); }, u"log-in"_s);
    if (opened.isEmpty())
        fail(u"log-in as "_s + user + u" failed"_s);
    return session;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Shopdesk"_s);
    QCoreApplication::setApplicationName(u"shopdesk"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    if (argc < 2)
        fail(u"usage: shopdesk-inbox-order-screenshots OUTPUT_DIR"_s);
    const QString out = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    QDir().mkpath(out);
    test::IsolatedHome home;

    test::ServerProcess server;
    QProcess demo;
    demo.start(QString::fromLatin1(SHOPDESK_SERVER_BIN),
               QStringList{u"demo"_s} + server.storageArguments() +
                   QStringList{u"--demo-size"_s, u"small"_s});
    if (!demo.waitForFinished(300000) || demo.exitCode() != 0)
        fail(u"demo data: "_s + QString::fromUtf8(demo.readAllStandardError()));
    if (!server.start())
        fail(u"server: "_s + server.output());

    auto agent = logIn(server.baseUrl(), u"agent"_s, u"demo-agent"_s);
    ui::MainWindow window(agent.get());
    window.resize(1480, 860);
    window.show();
    agent->engine()->start();
    wait([&] { return agent->engine()->state() == client::SyncEngine::State::Live; }, u"sync"_s,
         120000);
    if (!window.showModule(u"orders"_s))
        fail(u"no Orders module"_s);
    auto *orders = window.findChild<ui::OrdersWidget *>();
    if (!orders || !orders->intake())
        fail(u"no Orders screen"_s);

    // A customer with an e-mail address writes in the website's chat about two stocked
    // products, and one the shop does not sell.
    const QList<client::CustomerRecord> customers =
        agent->cache()->queries()->findCustomers(u"@"_s, 40);
    auto customer = std::find_if(customers.cbegin(), customers.cend(),
                                 [](const auto &c) { return !c.address.isEmpty(); });
    if (customer == customers.cend())
        fail(u"no demo customer"_s);
    QList<client::ProductRecord> stocked;
    for (const client::ProductRecord &p : agent->cache()->queries()->products()) {
        if (p.available >= 6)
            stocked.append(p);
    }
    if (stocked.size() < 2)
        fail(u"not enough stocked products"_s);
    const QString text = u"Hello,\n\nplease send me 2x %1 and %2 x 3 to my usual address. "
                         "Do you also have the gift box GB-200?\n\nThanks, %3"_s.arg(
                             stocked.at(0).sku, stocked.at(1).sku, customer->name);
    test::TestHttp website(server.baseUrl());
    if (!website.login(u"shop"_s, u"demo-shop"_s))
        fail(u"website log-in"_s);
    const auto posted =
        website.post(u"/api/v1/inbox/messages"_s, {{u"conversation_id"_s, u"web-1207"_s},
                                                   {u"name"_s, customer->name},
                                                   {u"email"_s, customer->email},
                                                   {u"text"_s, text}});
    if (posted.status != 201)
        fail(u"chat: "_s + QString::fromUtf8(posted.body));
    const QJsonObject conversation = posted.json()[u"conversation"_s].toObject();
    client::ConversationOrder from;
    from.conversationId = conversation[u"id"_s].toInteger();
    from.customerId = conversation[u"customer_id"_s].toInteger();
    from.customerName = conversation[u"customer_name"_s].toString();
    from.subject = conversation[u"subject"_s].toString();
    from.from = customer->name;
    from.at = QDateTime::fromString(posted.json()[u"message"_s][u"at"_s].toString(), Qt::ISODate);
    from.text = text;

    orders->startFromConversation(from);
    ui::ConversationMessagePanel *panel = orders->conversationPanel();
    if (panel->linesView()->rowCount() != 2)
        fail(u"the proposed lines"_s);
    // The agent takes the first line only, for now.
    panel->linesView()
        ->item(1, ui::ConversationMessagePanel::SkuColumn)
        ->setCheckState(Qt::Unchecked);
    panel->addButton()->click();
    // Time for deferred painting before the picture: there is no state to wait on.
    QTest::qWait(200);
    const QString file = QDir(out).filePath(u"inbox-order.png"_s);
    if (!window.grab().save(file))
        fail(u"cannot write "_s + file);
    QTextStream(stdout) << file << Qt::endl;
    window.setProperty("quitWithoutAsking", true);
    window.close();
    agent->close();
    return 0;
}
