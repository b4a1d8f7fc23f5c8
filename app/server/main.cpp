#include "server/apiserver.h"
#include "server/serveroptions.h"
#include "server/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Shopdesk server: one live truth of stock."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        u"listen"_s, QCoreApplication::translate("main", "Address and port to listen on."),
        u"host:port"_s, u"127.0.0.1:8080"_s);
    parser.addOption(listen);
    const QCommandLineOption data(
        u"data"_s, QCoreApplication::translate("main", "Folder of the SQLite store."), u"dir"_s);
    parser.addOption(data);
    parser.process(app);

    QTextStream err(stderr);
    const auto address = shopdesk::server::ServerOptions::parseListen(parser.value(listen));
    if (!address) {
        err << address.error().message << Qt::endl;
        return 2;
    }
    shopdesk::server::ApiServer server;
    const auto port = server.start(address->first, address->second);
    if (!port) {
        err << port.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on http://" << address->first.toString() << ':'
                        << port.value() << Qt::endl;
    shopdesk::server::ShutdownSignals signals_;
    QObject::connect(&signals_, &shopdesk::server::ShutdownSignals::shutdownRequested, &app,
                     [] { QCoreApplication::exit(0); });
    return app.exec();
}
