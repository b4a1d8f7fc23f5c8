#pragma once

#include "domain/result.h"
#include "server/servercommand.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QStringList>

namespace shopdesk::server {

// shopdesk-server's command line: every option, its environment variable (as
// /etc/shopdesk/server.env sets them) and its checks, without starting anything.
class ServerCommandLine
{
public:
    ServerCommandLine();

    // arguments as QCoreApplication::arguments() gives them, the program first. An option
    // given on the command line wins over its environment variable.
    Result<ServerCommand>
    parse(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString helpText() const { return m_parser.helpText(); }

private:
    Result<void> readStore(ServerCommand &command) const;
    Result<void> readLifetimes(ServerCommand &command) const;
    Result<void> readLinks(ServerCommand &command, const QProcessEnvironment &environment) const;
    Result<void> readMail(ServerCommand &command, const QProcessEnvironment &environment) const;
    Result<void> readMailbox(ServerCommand &command, const QProcessEnvironment &environment) const;
    Result<void> readPayments(ServerCommand &command, const QProcessEnvironment &environment) const;
    Result<void> readCommand(ServerCommand &command) const;
    // backup FILE, restore FILE, check [FILE]: nothing when positional names none of them.
    Result<void> readStoreCommand(ServerCommand &command, const QStringList &positional) const;
    QStringList operatorSettings(const QProcessEnvironment &environment) const;
    QString valueOrEnv(const QString &option, const QProcessEnvironment &environment,
                       const QString &variable) const;
    QStringList valuesOrEnv(const QString &option, const QProcessEnvironment &environment,
                            const QString &variable) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
};

} // namespace shopdesk::server
