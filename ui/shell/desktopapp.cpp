#include "shell/desktopapp.h"

#include "client/clientsession.h"
#include "client/syncengine.h"
#include "common/language.h"
#include "products/productsview.h"
#include "shell/credentialstore.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/quicksearchdialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// Saves what the user sees at each step, for the documentation.
void grab(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

int runDesktop(const DesktopOptions &options, Translations &translations)
{
    const QString shots = options.screenshotDir;
    if (!shots.isEmpty())
        QDir().mkpath(shots);

    client::ClientSession session;
    CredentialStore credentials;
    bool firstRound = true;
    for (;;) {
        LoginDialog login(&session, &credentials);
        if (!options.dataDir.isEmpty())
            login.setStandaloneDataDir(options.dataDir);
        if (!options.server.isEmpty())
            login.setServer(options.server);
        else if (options.standalone)
            login.setStandalone(true);
        if (!options.user.isEmpty())
            login.setUsername(options.user);
        if (firstRound && !options.user.isEmpty() && !options.password.isEmpty()) {
            login.setPassword(options.password);
            if (!shots.isEmpty()) {
                login.show();
                grab(&login, shots, u"login"_s);
            }
            QTimer::singleShot(0, &login, &LoginDialog::logIn);
        }
        firstRound = false;
        if (login.exec() != QDialog::Accepted)
            return 0;
        QString notice = login.notice();

        bool logout = false;
        bool reopen = false;
        do {
            reopen = false;
            MainWindow window(&session);
            window.showNotice(std::exchange(notice, QString()));
            QObject::connect(&window, &MainWindow::logoutRequested, qApp, [&] {
                logout = true;
                window.setProperty("quitWithoutAsking", true);
                window.hide();
                QApplication::exit(0);
            });
            // Widgets take their texts when they are built: a new language means a new window
            // over the same session.
            QObject::connect(&window, &MainWindow::languageChanged, qApp, [&] {
                translations.apply(prefs::language);
                reopen = true;
                window.setProperty("quitWithoutAsking", true);
                window.hide();
                QApplication::exit(0);
            });
            QObject::connect(&window, &MainWindow::closed, qApp, [] { QApplication::exit(0); });
            window.show();
            session.engine()->start();
            if (!shots.isEmpty()) {
                // Wait until live (or 20 s), then record the shell and the products view.
                auto *poll = new QTimer(&window);
                int ticks = 0;
                QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
                    if (session.engine()->state() != client::SyncEngine::State::Live &&
                        ++ticks < 200)
                        return;
                    poll->stop();
                    window.showPendingChanges();
                    grab(&window, shots, u"shell"_s);
                    window.outboxDock()->hide();
                    if (ProductsView *products = window.productsView()) {
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
        } while (reopen);
        session.close();
        if (!logout)
            return 0;
    }
}

} // namespace shopdesk::ui
