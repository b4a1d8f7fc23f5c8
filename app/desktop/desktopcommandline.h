#pragma once

#include "shell/desktopapp.h"

#include <QCommandLineParser>
#include <QStringList>

class QCoreApplication;

namespace shopdesk::app {

// shopdesk's command line. Help and version are answered before any window system is
// needed, so that they work without a display.
class DesktopCommandLine
{
public:
    DesktopCommandLine();

    // Whether argv asks only for the help or the version: then a QCoreApplication will do.
    static bool answersWithoutWindows(int argc, char *argv[]);
    // The --language given, else empty; read before the catalogues are installed.
    static QString languageSetting(const QStringList &arguments);

    // Prints the help, the version or what is wrong with the arguments and exits, or reads them.
    void process(const QCoreApplication &app);
    shopdesk::ui::DesktopOptions options() const;

private:
    QCommandLineParser m_parser;
};

} // namespace shopdesk::app
