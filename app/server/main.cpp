#include "server/demodata.h"
#include "server/logging.h"
#include "server/serverinstance.h"
#include "server/serveroptions.h"
#include "server/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

// --log-level error|warning|info|debug: the least severe messages still written.
bool applyLogLevel(const QString &level)
{
    const QStringList levels = {u"error"_s, u"warning"_s, u"info"_s, u"debug"_s};
    const qsizetype index = levels.indexOf(level);
    if (index < 0)
        return false;
    QString rules = u"shopdesk.*.debug=%1\nshopdesk.*.info=%2\nshopdesk.*.warning=%3\n"_s.arg(
        index >= 3 ? u"true"_s : u"false"_s, index >= 2 ? u"true"_s : u"false"_s,
        index >= 1 ? u"true"_s : u"false"_s);
    QLoggingCategory::setFilterRules(rules);
    return true;
}

// An option's value, else the environment variable's (as /etc/shopdesk/server.env sets it).
QString valueOrEnv(const QCommandLineParser &parser, const QCommandLineOption &option,
                   const char *variable)
{
    if (parser.isSet(option))
        return parser.value(option);
    return qEnvironmentVariable(variable);
}

// Repeatable options, else whitespace-separated entries of the environment variable.
QStringList valuesOrEnv(const QCommandLineParser &parser, const QCommandLineOption &option,
                        const char *variable)
{
    if (parser.isSet(option))
        return parser.values(option);
    return qEnvironmentVariable(variable).split(QChar(u' '), Qt::SkipEmptyParts);
}

// A secret kept in a file: its content without surrounding white space.
bool readSecretFile(const QString &path, QByteArray &secret, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    secret = file.readAll().trimmed();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shopdesk server: one live truth of stock.\n"
                                        "Run with the argument \"demo\" to fill an empty store "
                                        "with a believable demo shop."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("\"demo\" fills an empty store and exits."),
                                 u"[demo]"_s);
    const QCommandLineOption listen(u"listen"_s, tr("Address and port to listen on."),
                                    u"host:port"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption data(u"data"_s, tr("Folder of the SQLite store."), u"dir"_s);
    const QCommandLineOption database(
        u"database"_s, tr("PostgreSQL store: postgresql://user[:password]@host[:port]/db."),
        u"url"_s);
    const QCommandLineOption reservationMinutes(
        u"reservation-minutes"_s, tr("How long an unpaid reservation lives (default 30)."),
        u"minutes"_s, u"30"_s);
    const QCommandLineOption reservationSeconds(
        u"reservation-seconds"_s, tr("Reservation lifetime in seconds (overrides minutes)."),
        u"seconds"_s);
    const QCommandLineOption currency(u"currency"_s, tr("The shop's currency (default EUR)."),
                                      u"code"_s, u"EUR"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, tr("PEM certificate: serve HTTPS and WSS."),
                                     u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, tr("PEM private key of the certificate."),
                                    u"file"_s);
    const QCommandLineOption sessionHours(u"session-hours"_s,
                                          tr("How long a login token stays valid (default 12)."),
                                          u"hours"_s, u"12"_s);
    const QCommandLineOption sessionSeconds(
        u"session-seconds"_s, tr("Token lifetime in seconds (overrides hours; for tests)."),
        u"seconds"_s);
    const QCommandLineOption logLevel(
        u"log-level"_s, tr("error, warning, info (default) or debug."), u"level"_s, u"info"_s);
    const QCommandLineOption demo(u"demo"_s, tr("Same as the command \"demo\"."));
    const QCommandLineOption demoSize(u"demo-size"_s,
                                      tr("full (default) or small (for tests and quick looks)."),
                                      u"size"_s, u"full"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Random seed of the demo data (default 1)."),
                                  u"n"_s, u"1"_s);
    parser.addOptions({listen, data, database, reservationMinutes, reservationSeconds, currency,
                       tlsCert, tlsKey, sessionHours, sessionSeconds, logLevel, demo, demoSize,
                       seed});
    // Payment links, tracking links and mail (each also from an environment variable).
    const QCommandLineOption paymentSecretFile(
        u"payment-link-secret-file"_s,
        tr("File holding the secret payment links are signed with (at least 16 bytes; or "
           "SHOPDESK_PAYMENT_LINK_SECRET)."),
        u"file"_s);
    const QCommandLineOption paymentUrl(
        u"payment-url"_s,
        tr("Payment page of an online method, e.g. card=https://pay.example/?order={order_id}"
           "&amount={amount_minor}&currency={currency}. Repeat per method."),
        u"method=url"_s);
    const QCommandLineOption carrierUrl(
        u"carrier-url"_s,
        tr("Tracking page of a carrier, e.g. dhl=https://track.example/?id={tracking}. "
           "Repeat per carrier."),
        u"carrier=url"_s);
    const QCommandLineOption smtp(
        u"smtp"_s,
        tr("Mail relay: smtp://user@host:587 (STARTTLS), smtps://host:465, or "
           "smtp://host:25?security=none. Without it mail stays queued."),
        u"url"_s);
    const QCommandLineOption smtpPasswordFile(
        u"smtp-password-file"_s,
        tr("File holding the relay's password (or SHOPDESK_SMTP_PASSWORD)."), u"file"_s);
    const QCommandLineOption mailFrom(
        u"mail-from"_s, tr("Sender of customer mail: \"Shop <shop@example.com>\"."), u"address"_s);
    const QCommandLineOption shopName(u"shop-name"_s, tr("The shop's name in customer mail."),
                                      u"name"_s);
    const QCommandLineOption shopAddress(
        u"shop-address"_s, tr("The shop's postal address; \\n separates lines."), u"text"_s);
    const QCommandLineOption shopPhone(
        u"shop-phone"_s, tr("Phone number customers call to change an order."), u"number"_s);
    const QCommandLineOption shopReplyTo(
        u"shop-reply-to"_s, tr("Where customers' replies go (customer care)."), u"address"_s);
    const QCommandLineOption shopBank(
        u"shop-bank-details"_s, tr("Account for bank transfers; \\n separates lines."), u"text"_s);
    const QCommandLineOption mailTranslations(
        u"mail-translations"_s, tr("Folder of shopdesk_<language>.qm catalogues for mail."),
        u"dir"_s);
    const QCommandLineOption mailRetry(
        u"mail-retry-seconds"_s,
        tr("Wait before retrying a failed delivery (default 30; doubles each time)."), u"seconds"_s,
        u"30"_s);
    const QCommandLineOption trustedProxy(
        u"trusted-proxy"_s,
        tr("Address of a reverse proxy in front of the server, whose X-Forwarded-For names the "
           "client. Repeat per proxy (or SHOPDESK_TRUSTED_PROXIES, space-separated)."),
        u"address"_s);
    parser.addOptions({paymentSecretFile, paymentUrl, carrierUrl, smtp, smtpPasswordFile, mailFrom,
                       shopName, shopAddress, shopPhone, shopReplyTo, shopBank, mailTranslations,
                       mailRetry, trustedProxy});
    parser.process(app);

    QTextStream err(stderr);
    if (!applyLogLevel(parser.value(logLevel))) {
        err << tr("--log-level takes error, warning, info or debug.") << Qt::endl;
        return 2;
    }

    shopdesk::server::ServerOptions options;
    options.dataDir = parser.value(data);
    options.databaseUrl = parser.value(database);
    options.currency = parser.value(currency);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    bool ok = false;
    const int minutes = parser.value(reservationMinutes).toInt(&ok);
    if (!ok || minutes < 1) {
        err << tr("--reservation-minutes takes a whole number of at least 1.") << Qt::endl;
        return 2;
    }
    options.reservationSeconds = minutes * 60;
    if (parser.isSet(reservationSeconds)) {
        options.reservationSeconds = parser.value(reservationSeconds).toInt(&ok);
        if (!ok || options.reservationSeconds < 1) {
            err << tr("--reservation-seconds takes a whole number of at least 1.") << Qt::endl;
            return 2;
        }
    }
    const int hours = parser.value(sessionHours).toInt(&ok);
    if (!ok || hours < 1) {
        err << tr("--session-hours takes a whole number of at least 1.") << Qt::endl;
        return 2;
    }
    options.sessionSeconds = hours * 3600;
    if (parser.isSet(sessionSeconds)) {
        options.sessionSeconds = parser.value(sessionSeconds).toInt(&ok);
        if (!ok || options.sessionSeconds < 1) {
            err << tr("--session-seconds takes a whole number of at least 1.") << Qt::endl;
            return 2;
        }
    }
    if (options.dataDir.isEmpty() && options.databaseUrl.isEmpty()) {
        err << tr("Give --data DIR (SQLite) or --database postgresql://...") << Qt::endl;
        return 2;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        err << tr("--tls-cert and --tls-key go together.") << Qt::endl;
        return 2;
    }

    const QString secretFile =
        valueOrEnv(parser, paymentSecretFile, "SHOPDESK_PAYMENT_LINK_SECRET_FILE");
    if (!secretFile.isEmpty()) {
        if (!readSecretFile(secretFile, options.paymentLinkSecret, err))
            return 2;
    } else {
        options.paymentLinkSecret = qgetenv("SHOPDESK_PAYMENT_LINK_SECRET").trimmed();
    }
    options.paymentUrlTemplates = valuesOrEnv(parser, paymentUrl, "SHOPDESK_PAYMENT_URLS");
    options.carrierUrlTemplates = valuesOrEnv(parser, carrierUrl, "SHOPDESK_CARRIER_URLS");
    const QStringList proxies = valuesOrEnv(parser, trustedProxy, "SHOPDESK_TRUSTED_PROXIES");
    for (const QString &text : proxies) {
        const QHostAddress proxy(text);
        if (proxy.isNull()) {
            err << tr("--trusted-proxy takes an IP address, not \"%1\".").arg(text) << Qt::endl;
            return 2;
        }
        options.trustedProxies.append(proxy);
    }
    options.smtpUrl = valueOrEnv(parser, smtp, "SHOPDESK_SMTP_URL");
    const QString passwordFile =
        valueOrEnv(parser, smtpPasswordFile, "SHOPDESK_SMTP_PASSWORD_FILE");
    if (!passwordFile.isEmpty()) {
        QByteArray password;
        if (!readSecretFile(passwordFile, password, err))
            return 2;
        options.smtpPassword = QString::fromUtf8(password);
    } else {
        options.smtpPassword = qEnvironmentVariable("SHOPDESK_SMTP_PASSWORD");
    }
    options.mailFrom = valueOrEnv(parser, mailFrom, "SHOPDESK_MAIL_FROM");
    const QString name = valueOrEnv(parser, shopName, "SHOPDESK_SHOP_NAME");
    if (!name.isEmpty())
        options.shopName = name;
    options.shopAddress = valueOrEnv(parser, shopAddress, "SHOPDESK_SHOP_ADDRESS");
    options.shopPhone = valueOrEnv(parser, shopPhone, "SHOPDESK_SHOP_PHONE");
    options.shopReplyTo = valueOrEnv(parser, shopReplyTo, "SHOPDESK_SHOP_REPLY_TO");
    options.shopBankDetails = valueOrEnv(parser, shopBank, "SHOPDESK_SHOP_BANK_DETAILS");
    options.mailTranslationsDir =
        valueOrEnv(parser, mailTranslations, "SHOPDESK_MAIL_TRANSLATIONS");
    options.mailRetrySeconds = parser.value(mailRetry).toInt(&ok);
    if (!ok || options.mailRetrySeconds < 1) {
        err << tr("--mail-retry-seconds takes a whole number of at least 1.") << Qt::endl;
        return 2;
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(demo) || positional.value(0) == u"demo"_s) {
        const uint demoSeed = parser.value(seed).toUInt(&ok);
        if (!ok) {
            err << tr("--seed takes a whole number.") << Qt::endl;
            return 2;
        }
        const QString size = parser.value(demoSize);
        if (size != u"full"_s && size != u"small"_s) {
            err << tr("--demo-size takes full or small.") << Qt::endl;
            return 2;
        }
        auto summary = shopdesk::server::DemoData::fill(
            options, demoSeed,
            size == u"small"_s ? shopdesk::server::DemoData::Size::small()
                               : shopdesk::server::DemoData::Size());
        if (!summary) {
            err << summary.error().message << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << summary.value() << Qt::endl;
        return 0;
    }
    if (!positional.isEmpty()) {
        err << tr("Unknown command \"%1\".").arg(positional.first()) << Qt::endl;
        return 2;
    }

    const auto address = shopdesk::server::ServerOptions::parseListen(parser.value(listen));
    if (!address) {
        err << address.error().message << Qt::endl;
        return 2;
    }
    options.listenAddress = address->first;
    options.listenPort = address->second;

    // Catch SIGTERM before anyone can learn our port, so an early stop is a clean one.
    shopdesk::server::ShutdownSignals signals_;
    shopdesk::server::ServerInstance server(options);
    const auto port = server.start();
    if (!port) {
        err << port.error().message << Qt::endl;
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
