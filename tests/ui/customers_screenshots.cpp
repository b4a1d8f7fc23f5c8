// Takes the Customers screen's pictures for the documentation from a real server with the
// demo shop: shopdesk-customers-screenshots OUTPUT_DIR writes customers.png (an agent's view
// of a customer with orders) and customers-manager.png (a manager's, with Export and Erase).
// Run under Xvfb or with QT_QPA_PLATFORM=offscreen.

#include "../client/clientfixture.h"

#include "care/customersview.h"
#include "client/care/customersearchmodel.h"
#include "client/care/customertimelinemodel.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/syncengine.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "customers screenshots: " << what << Qt::endl;
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

// Logs in as user, opens the customer of the demo's first order in the Customers module and
// saves the window as name.
void shoot(const QUrl &url, const QString &user, const QString &password, const QString &dir,
           const QString &name)
{
    auto session = logIn(url, user, password);
    ui::MainWindow window(session.get());
    window.resize(1280, 800);
    window.show();
    session->engine()->start();
    wait([&] { return session->engine()->state() == client::SyncEngine::State::Live; }, u"sync"_s,
         120000);
    if (!window.showModule(u"customers"_s))
        fail(u"no Customers module"_s);
    auto *view = window.findChild<ui::CustomersView *>();
    const QList<client::LocalOrder> orders = session->cache()->queries()->orders();
    if (!view || orders.isEmpty())
        fail(u"no Customers screen or no orders"_s);
    const auto customer =
        session->cache()->queries()->customer(orders.last().order.customerId.value());
    if (!customer)
        fail(u"no customer of the last order"_s);
    const QString surname = customer->name.section(u' ', -1);
    QTest::keyClicks(view->searchField(), surname);
    wait([&] { return view->resultsModel()->rowCount() > 0; }, u"search"_s);
    view->showCustomer(customer->id);
    wait([&] { return view->timelineModel()->rowCount() > 0; }, u"the timeline"_s);
    // Time for deferred painting before the picture: there is no state to wait on.
    QTest::qWait(300);
    if (!window.grab().save(QDir(dir).filePath(name)))
        fail(u"cannot write "_s + name);
    QTextStream(stdout) << QDir(dir).filePath(name) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Shopdesk"_s);
    QCoreApplication::setApplicationName(u"shopdesk"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    if (argc < 2)
        fail(u"usage: shopdesk-customers-screenshots OUTPUT_DIR"_s);
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
    shoot(server.baseUrl(), u"agent"_s, u"demo-agent"_s, out, u"customers.png"_s);
    shoot(server.baseUrl(), u"manager"_s, u"demo-manager"_s, out, u"customers-manager.png"_s);
    return 0;
}
