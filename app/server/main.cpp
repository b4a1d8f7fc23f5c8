#include "server/demodata.h"
#include "server/servercommandline.h"
#include "server/servercommandstore.h"
#include "server/serverinstance.h"
#include "server/shutdownsignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using shopdesk::server::ServerCommand;

namespace {

int runDemo(const ServerCommand &command)
{
    auto summary = shopdesk::server::DemoData::fill(command.options, command.demoSeed,
                                                    command.smallDemo
                                                        ? shopdesk::server::DemoData::Size::small()
                                                        : shopdesk::server::DemoData::Size());
    if (!summary) {
        QTextStream(stderr) << summary.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << summary.value() << Qt::endl;
    return 0;
}

// Every connection is a file descriptor: lift the soft limit (often 1024) to the hard one, so
// a burst of connections is not refused by the process's own limit.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int serve(QCoreApplication &app, const ServerCommand &command)
{
    raiseOpenFileLimit();
    // Catch SIGTERM before anyone can learn our port, so an early stop is a clean one.
    shopdesk::server::ShutdownSignals signals_;
    shopdesk::server::ServerInstance server(command.options);
    const auto port = server.start();
    if (!port) {
        QTextStream(stderr) << port.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on " << server.url().toString() << Qt::endl;
    QObject::connect(&signals_, &shopdesk::server::ShutdownSignals::shutdownRequested, &app,
                     [&server] {
                         server.stop();
                         QCoreApplication::exit(0);
                     });
    return app.exec();
}

// backup, restore and check: the store commands, which start no server.
int runStoreCommand(const ServerCommand &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    shopdesk::server::ServerCommandStore store(out, err);
    switch (command.action) {
    case ServerCommand::Action::Backup:
        return store.backup(command.options, command.file);
    case ServerCommand::Action::Restore:
        return store.restore(command.options, command.file);
    default:
        return store.check(command.options, command.file);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));

    shopdesk::server::ServerCommandLine commandLine;
    const auto command = commandLine.parse(QCoreApplication::arguments());
    if (!command) {
        QTextStream(stderr) << command.error().message << Qt::endl;
        return 2;
    }
    switch (command->action) {
    case ServerCommand::Action::ShowHelp:
        QTextStream(stdout) << commandLine.helpText();
        return 0;
    case ServerCommand::Action::ShowVersion:
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case ServerCommand::Action::Demo:
        QLoggingCategory::setFilterRules(command->logFilterRules());
        return runDemo(command.value());
    case ServerCommand::Action::Backup:
    case ServerCommand::Action::Restore:
    case ServerCommand::Action::Check:
        QLoggingCategory::setFilterRules(command->logFilterRules());
        return runStoreCommand(command.value());
    case ServerCommand::Action::Serve:
        break;
    }
    QLoggingCategory::setFilterRules(command->logFilterRules());
    return serve(app, command.value());
}
