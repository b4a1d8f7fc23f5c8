#include "common/language.h"
#include "shell/desktopapp.h"
#include "shell/preferences.h"
#include "standalone/hostedserver.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    shopdesk::standalone::HostedServer::install();
    QApplication::setApplicationName(u"shopdesk"_s);
    QApplication::setOrganizationName(u"Shopdesk"_s);
    QApplication::setApplicationDisplayName(u"Shopdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
    // The main window quits when it closes; the log-in dialog closing must not.
    QApplication::setQuitOnLastWindowClosed(false);

    // The language first, once: --language, else the saved one (or the system's), so that
    // --help already speaks it.
    const QCommandLineOption language(u"language"_s, QString(), u"language"_s);
    QCommandLineParser languageOnly;
    languageOnly.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    languageOnly.addOption(language);
    languageOnly.parse(QApplication::arguments());
    shopdesk::ui::Translations translations;
    translations.apply(languageOnly.isSet(language) ? languageOnly.value(language)
                                                    : shopdesk::ui::prefs::language.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shopdesk: the back-office for online shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, QApplication::translate("main", "Connect to the server at URL."), u"url"_s);
    const QCommandLineOption standalone(
        u"standalone"_s,
        QApplication::translate("main", "Run the shop on this computer (the embedded server)."));
    const QCommandLineOption data(
        u"data"_s, QApplication::translate("main", "Data folder of the embedded server."),
        u"dir"_s);
    const QCommandLineOption user(
        u"user"_s, QApplication::translate("main", "User name to log in with."), u"name"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate(
            "main", "Save PNGs of the log-in, shell and products view to DIR, then quit."),
        u"dir"_s);
    const QCommandLineOption languageHelp(
        u"language"_s,
        QApplication::translate("main", "Use LANGUAGE (en, de, es, hi, ar) for this run."),
        u"language"_s);
    parser.addOptions({server, standalone, data, user, screenshot, languageHelp});
    parser.process(app);

    shopdesk::ui::DesktopOptions options;
    options.server = parser.value(server);
    options.standalone = parser.isSet(standalone);
    options.dataDir = parser.value(data);
    options.user = parser.value(user);
    // For unattended starts (kiosks, demos): the password comes from the environment only.
    options.password = qEnvironmentVariable("SHOPDESK_PASSWORD");
    options.screenshotDir = parser.value(screenshot);
    return shopdesk::ui::runDesktop(options, translations);
}
