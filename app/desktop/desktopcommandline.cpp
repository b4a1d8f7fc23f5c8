#include "desktopcommandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace shopdesk::app {

DesktopCommandLine::DesktopCommandLine()
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("main", "Shopdesk: the back-office for online shops."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {u"server"_s, QCoreApplication::translate("main", "Connect to the server at URL."),
         u"url"_s},
        {u"standalone"_s, QCoreApplication::translate(
                              "main", "Run the shop on this computer (the embedded server).")},
        {u"data"_s, QCoreApplication::translate("main", "Data folder of the embedded server."),
         u"dir"_s},
        {u"user"_s, QCoreApplication::translate("main", "User name to log in with."), u"name"_s},
        {u"screenshot"_s,
         QCoreApplication::translate(
             "main", "Save PNGs of the log-in, shell and products view to DIR, then quit."),
         u"dir"_s},
        {u"language"_s,
         QCoreApplication::translate("main", "Use LANGUAGE (en, de, es, hi, ar) for this run."),
         u"language"_s},
    });
}

bool DesktopCommandLine::answersWithoutWindows(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    DesktopCommandLine commandLine;
    // A parse error is reported after QApplication took its own options (-platform ...).
    commandLine.m_parser.parse(arguments);
    const QStringList given = commandLine.m_parser.optionNames();
    for (const QString &name : {u"h"_s, u"?"_s, u"help"_s, u"help-all"_s, u"v"_s, u"version"_s}) {
        if (given.contains(name))
            return true;
    }
    return false;
}

QString DesktopCommandLine::languageSetting(const QStringList &arguments)
{
    const QCommandLineOption language(u"language"_s, QString(), u"language"_s);
    QCommandLineParser languageOnly;
    languageOnly.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    languageOnly.addOption(language);
    languageOnly.parse(arguments);
    return languageOnly.value(language);
}

void DesktopCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

shopdesk::ui::DesktopOptions DesktopCommandLine::options() const
{
    shopdesk::ui::DesktopOptions options;
    options.server = m_parser.value(u"server"_s);
    options.standalone = m_parser.isSet(u"standalone"_s);
    options.dataDir = m_parser.value(u"data"_s);
    options.user = m_parser.value(u"user"_s);
    // For unattended starts (kiosks, demos): the password comes from the environment only.
    options.password = qEnvironmentVariable("SHOPDESK_PASSWORD");
    options.screenshotDir = m_parser.value(u"screenshot"_s);
    return options;
}

} // namespace shopdesk::app
