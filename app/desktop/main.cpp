#include "products/productsview.h"
#include "shell/credentialstore.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/quicksearchdialog.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

// --screenshot DIR: saves what the user sees at each step, for the documentation.
void grab(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"shopdesk"_s);
    QApplication::setOrganizationName(u"Shopdesk"_s);
    QApplication::setApplicationDisplayName(u"Shopdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
    // The main window quits when it closes; the log-in dialog closing must not.
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shopdesk: the back-office for online shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, tr("Connect to the server at URL."), u"url"_s);
    const QCommandLineOption standalone(u"standalone"_s,
                                        tr("Run the shop on this computer (the embedded server)."));
    const QCommandLineOption data(u"data"_s, tr("Data folder of the embedded server."), u"dir"_s);
    const QCommandLineOption user(u"user"_s, tr("User name to log in with."), u"name"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, tr("Save PNGs of the log-in, shell and products view to DIR, then quit."),
        u"dir"_s);
    parser.addOptions({server, standalone, data, user, screenshot});
    parser.process(app);

    // For unattended starts (kiosks, demos): the password comes from the environment only.
    const QString envPassword = qEnvironmentVariable("SHOPDESK_PASSWORD");
    const QString shots = parser.value(screenshot);
    if (!shots.isEmpty())
        QDir().mkpath(shots);

    sync::ClientSession session;
    ui::CredentialStore credentials;
    bool firstRound = true;
    for (;;) {
        ui::LoginDialog login(&session, &credentials);
        if (parser.isSet(data))
            login.setStandaloneDataDir(parser.value(data));
        if (parser.isSet(server))
            login.setServer(parser.value(server));
        else if (parser.isSet(standalone))
            login.setStandalone(true);
        if (parser.isSet(user))
            login.setUsername(parser.value(user));
        if (firstRound && parser.isSet(user) && !envPassword.isEmpty()) {
            login.setPassword(envPassword);
            if (!shots.isEmpty()) {
                login.show();
                grab(&login, shots, u"login"_s);
            }
            QTimer::singleShot(0, &login, &ui::LoginDialog::logIn);
        }
        firstRound = false;
        if (login.exec() != QDialog::Accepted)
            return 0;

        ui::MainWindow window(&session);
        window.showNotice(login.notice());
        bool logout = false;
        QObject::connect(&window, &ui::MainWindow::logoutRequested, &app, [&] {
            logout = true;
            window.setProperty("quitWithoutAsking", true);
            window.hide();
            QApplication::exit(0);
        });
        QObject::connect(&window, &ui::MainWindow::closed, &app, [] { QApplication::exit(0); });
        window.show();
        session.engine()->start();

        if (!shots.isEmpty()) {
            // Wait until live (or 20 s), then record the shell and the products view.
            auto *poll = new QTimer(&window);
            int ticks = 0;
            QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
                if (session.engine()->state() != sync::SyncEngine::State::Live && ++ticks < 200)
                    return;
                poll->stop();
                window.showPendingChanges();
                grab(&window, shots, u"shell"_s);
                window.outboxDock()->hide();
                if (ui::ProductsView *products = window.productsView()) {
                    products->searchField()->setText(u"mug"_s);
                    grab(&window, shots, u"products"_s);
                    products->searchField()->clear();
                }
                window.quickSearch()->popUp();
                window.quickSearch()->queryField()->setText(u"tea"_s);
                grab(window.quickSearch(), shots, u"quicksearch"_s);
                window.quickSearch()->hide();
                window.setProperty("quitWithoutAsking", true);
                QApplication::exit(0);
            });
            poll->start(100);
        }
        QApplication::exec();
        window.saveLayout();
        session.close();
        if (!logout)
            return 0;
    }
}
