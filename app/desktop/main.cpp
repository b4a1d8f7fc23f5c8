#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"shopdesk"_s);
    QApplication::setOrganizationName(u"Shopdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shopdesk: the back-office for online shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
