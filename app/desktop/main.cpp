#include "common/language.h"
#include "desktopcommandline.h"
#include "shell/desktopapp.h"
#include "shell/preferences.h"
#include "standalone/hostedserver.h"

#include <QApplication>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // --help and --version print and exit: they must work without a display.
    const bool windows = !shopdesk::app::DesktopCommandLine::answersWithoutWindows(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (windows)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk"_s);
    QCoreApplication::setOrganizationName(u"Shopdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
    if (windows) {
        // Standalone mode hosts the server in this process.
        shopdesk::standalone::HostedServer::install();
        QGuiApplication::setApplicationDisplayName(u"Shopdesk"_s);
        // The main window quits when it closes; the log-in dialog closing must not.
        QGuiApplication::setQuitOnLastWindowClosed(false);
    }

    // The language first, once: --language, else the saved one (or the system's), so that
    // --help already speaks it.
    const QString language =
        shopdesk::app::DesktopCommandLine::languageSetting(QCoreApplication::arguments());
    shopdesk::ui::Translations translations;
    translations.apply(language.isEmpty() ? shopdesk::ui::prefs::language.get() : language);

    shopdesk::app::DesktopCommandLine commandLine;
    commandLine.process(*app);
    return shopdesk::ui::runDesktop(commandLine.options(), translations);
}
