#include "server/servercommandline.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using shopdesk::server::ServerCommand;
using shopdesk::server::ServerCommandLine;
using shopdesk::server::ServerOptions;

Q_DECLARE_METATYPE(ServerCommand::Action)

namespace {

using Environment = QList<std::pair<QString, QString>>;

QProcessEnvironment environmentOf(const Environment &variables)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

// The program name and a store, which every start needs, then the arguments.
QStringList withStore(const QStringList &arguments)
{
    return QStringList{u"shopdesk-server"_s, u"--data"_s, u"/tmp/shop"_s} + arguments;
}

// One option's value as the test reads it back.
QString field(const ServerCommand &command, const QString &name)
{
    const ServerOptions &o = command.options;
    const QHash<QString, std::function<QString()>> fields = {
        {u"dataDir"_s, [&] { return o.dataDir; }},
        {u"databaseUrl"_s, [&] { return o.databaseUrl; }},
        {u"listen"_s, [&] { return u"%1:%2"_s.arg(o.listenAddress.toString()).arg(o.listenPort); }},
        {u"reservationSeconds"_s, [&] { return QString::number(o.reservationSeconds); }},
        {u"paymentReminderSeconds"_s, [&] { return QString::number(o.paymentReminderSeconds); }},
        {u"sessionSeconds"_s, [&] { return QString::number(o.sessionSeconds); }},
        {u"returnWindowDays"_s, [&] { return QString::number(o.returnWindowDays); }},
        {u"currency"_s, [&] { return o.currency; }},
        {u"tls"_s, [&] { return o.tlsCertificate + u'|' + o.tlsKey; }},
        {u"trustedProxies"_s,
         [&] {
             QStringList list;
             for (const QHostAddress &a : o.trustedProxies)
                 list.append(a.toString());
             return list.join(u' ');
         }},
        {u"paymentLinkSecret"_s, [&] { return QString::fromUtf8(o.paymentLinkSecret); }},
        {u"paymentUrls"_s, [&] { return o.paymentUrlTemplates.join(u' '); }},
        {u"carrierUrls"_s, [&] { return o.carrierUrlTemplates.join(u' '); }},
        {u"smtpUrl"_s, [&] { return o.smtpUrl; }},
        {u"smtpPassword"_s, [&] { return o.smtpPassword; }},
        {u"mailFrom"_s, [&] { return o.mailFrom; }},
        {u"shopName"_s, [&] { return o.shopName; }},
        {u"shopAddress"_s, [&] { return o.shopAddress; }},
        {u"shopPhone"_s, [&] { return o.shopPhone; }},
        {u"shopReplyTo"_s, [&] { return o.shopReplyTo; }},
        {u"shopBankDetails"_s, [&] { return o.shopBankDetails; }},
        {u"mailTranslationsDir"_s, [&] { return o.mailTranslationsDir; }},
        {u"mailRetrySeconds"_s, [&] { return QString::number(o.mailRetrySeconds); }},
        {u"imapUrl"_s, [&] { return o.imapUrl; }},
        {u"imapUser"_s, [&] { return o.imapUser; }},
        {u"imapPassword"_s, [&] { return o.imapPassword; }},
        {u"imapPollSeconds"_s, [&] { return QString::number(o.imapPollSeconds); }},
        {u"mailAttachmentLimit"_s, [&] { return QString::number(o.mailAttachmentLimit); }},
        {u"mailSizeLimit"_s, [&] { return QString::number(o.mailSizeLimit); }},
        {u"refundApprovalLimit"_s, [&] { return QString::number(o.refundApprovalLimit); }},
        {u"paymentProviders"_s,
         [&] {
             QStringList entries;
             for (auto it = o.paymentProviders.cbegin(); it != o.paymentProviders.cend(); ++it)
                 entries.append(it.key() + u'=' + QString::fromUtf8(it.value()));
             entries.sort();
             return entries.join(u' ');
         }},
        {u"logLevel"_s, [&] { return command.logLevel; }},
        {u"demoSeed"_s, [&] { return QString::number(command.demoSeed); }},
        {u"smallDemo"_s, [&] { return command.smallDemo ? u"yes"_s : u"no"_s; }},
    };
    return fields.value(name, [] { return u"<no such field>"_s; })();
}

} // namespace

// shopdesk-server's command line, read and checked without starting a server.
class TestServerOptions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        const auto write = [this](const QString &name, const QByteArray &content) {
            QFile file(m_files.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        write(u"secret"_s, "  0123456789abcdef0123  \n");
        write(u"password"_s, "relay-password\n");
        write(u"short"_s, "too-short\n");
    }

    void defaults()
    {
        ServerCommandLine commandLine;
        const auto command = commandLine.parse(withStore({}), QProcessEnvironment());
        QVERIFY2(command, qPrintable(command.error().message));
        QCOMPARE(command->action, ServerCommand::Action::Serve);
        const ServerOptions &o = command->options;
        QCOMPARE(o.dataDir, u"/tmp/shop"_s);
        QVERIFY(o.databaseUrl.isEmpty());
        QCOMPARE(o.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(o.listenPort, quint16(8080));
        QCOMPARE(o.reservationSeconds, 30 * 60);
        QCOMPARE(o.paymentReminderSeconds, 10 * 60);
        QCOMPARE(o.sessionSeconds, 12 * 3600);
        QCOMPARE(o.returnWindowDays, 30);
        QCOMPARE(o.currency, u"EUR"_s);
        QVERIFY(o.tlsCertificate.isEmpty());
        QVERIFY(o.tlsKey.isEmpty());
        QVERIFY(o.trustedProxies.isEmpty());
        QVERIFY(o.paymentLinkSecret.isEmpty());
        QVERIFY(o.paymentUrlTemplates.isEmpty());
        QVERIFY(o.carrierUrlTemplates.isEmpty());
        QVERIFY(o.smtpUrl.isEmpty());
        QVERIFY(o.smtpPassword.isEmpty());
        QVERIFY(o.mailFrom.isEmpty());
        QCOMPARE(o.shopName, u"Shopdesk"_s);
        QVERIFY(o.mailTranslationsDir.isEmpty());
        QCOMPARE(o.mailRetrySeconds, 30);
        QVERIFY(o.imapUrl.isEmpty());
        QVERIFY(o.imapUser.isEmpty());
        QVERIFY(o.imapPassword.isEmpty());
        QCOMPARE(o.imapPollSeconds, 60);
        QCOMPARE(o.mailAttachmentLimit, 10LL * 1024 * 1024);
        QCOMPARE(o.mailSizeLimit, 25LL * 1024 * 1024);
        QCOMPARE(command->logLevel, u"info"_s);
    }

    void goodValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        const auto add = [](const char *name, const QStringList &arguments, const QString &field,
                            const QString &expected, const Environment &environment = {}) {
            QTest::addRow("%s", name) << arguments << environment << field << expected;
        };
        const QString secret = m_files.filePath(u"secret"_s);
        const QString password = m_files.filePath(u"password"_s);
        add("data", {}, u"dataDir"_s, u"/tmp/shop"_s);
        add("database", {u"--database"_s, u"postgresql://shop@db/shop"_s}, u"databaseUrl"_s,
            u"postgresql://shop@db/shop"_s);
        add("listen ipv4", {u"--listen"_s, u"0.0.0.0:9000"_s}, u"listen"_s, u"0.0.0.0:9000"_s);
        add("listen ipv6", {u"--listen"_s, u"[::1]:0"_s}, u"listen"_s, u"::1:0"_s);
        add("listen localhost", {u"--listen"_s, u"localhost:81"_s}, u"listen"_s, u"127.0.0.1:81"_s);
        add("reservation minutes", {u"--reservation-minutes"_s, u"5"_s}, u"reservationSeconds"_s,
            u"300"_s);
        add("reservation seconds", {u"--reservation-seconds"_s, u"7"_s}, u"reservationSeconds"_s,
            u"7"_s);
        add("reservation seconds win",
            {u"--reservation-minutes"_s, u"5"_s, u"--reservation-seconds"_s, u"7"_s},
            u"reservationSeconds"_s, u"7"_s);
        add("session hours", {u"--session-hours"_s, u"2"_s}, u"sessionSeconds"_s, u"7200"_s);
        add("return window", {u"--return-window-days"_s, u"14"_s}, u"returnWindowDays"_s, u"14"_s);
        add("session seconds", {u"--session-seconds"_s, u"3"_s}, u"sessionSeconds"_s, u"3"_s);
        add("session seconds win", {u"--session-hours"_s, u"2"_s, u"--session-seconds"_s, u"3"_s},
            u"sessionSeconds"_s, u"3"_s);
        add("currency", {u"--currency"_s, u"CHF"_s}, u"currency"_s, u"CHF"_s);
        add("tls", {u"--tls-cert"_s, u"c.pem"_s, u"--tls-key"_s, u"k.pem"_s}, u"tls"_s,
            u"c.pem|k.pem"_s);
        add("log level", {u"--log-level"_s, u"debug"_s}, u"logLevel"_s, u"debug"_s);
        add("trusted proxies",
            {u"--trusted-proxy"_s, u"10.0.0.1"_s, u"--trusted-proxy"_s, u"::1"_s},
            u"trustedProxies"_s, u"10.0.0.1 ::1"_s);
        add("trusted proxies env", {}, u"trustedProxies"_s, u"10.0.0.2 10.0.0.3"_s,
            {{u"SHOPDESK_TRUSTED_PROXIES"_s, u" 10.0.0.2  10.0.0.3 "_s}});
        add("trusted proxy option wins", {u"--trusted-proxy"_s, u"10.0.0.1"_s}, u"trustedProxies"_s,
            u"10.0.0.1"_s, {{u"SHOPDESK_TRUSTED_PROXIES"_s, u"10.0.0.2"_s}});
        add("secret file", {u"--payment-link-secret-file"_s, secret}, u"paymentLinkSecret"_s,
            u"0123456789abcdef0123"_s);
        add("secret file env", {}, u"paymentLinkSecret"_s, u"0123456789abcdef0123"_s,
            {{u"SHOPDESK_PAYMENT_LINK_SECRET_FILE"_s, secret}});
        add("secret env", {}, u"paymentLinkSecret"_s, u"fedcba9876543210"_s,
            {{u"SHOPDESK_PAYMENT_LINK_SECRET"_s, u" fedcba9876543210 "_s}});
        add("secret file wins over secret env", {u"--payment-link-secret-file"_s, secret},
            u"paymentLinkSecret"_s, u"0123456789abcdef0123"_s,
            {{u"SHOPDESK_PAYMENT_LINK_SECRET"_s, u"fedcba9876543210"_s}});
        add("payment urls",
            {u"--payment-url"_s, u"card=https://pay/?o={order_id}"_s, u"--payment-url"_s,
             u"paypal=https://pp/"_s},
            u"paymentUrls"_s, u"card=https://pay/?o={order_id} paypal=https://pp/"_s);
        add("payment urls env", {}, u"paymentUrls"_s, u"card=https://a/ paypal=https://b/"_s,
            {{u"SHOPDESK_PAYMENT_URLS"_s, u"card=https://a/ paypal=https://b/"_s}});
        add("carrier urls", {u"--carrier-url"_s, u"dhl=https://t/?id={tracking}"_s},
            u"carrierUrls"_s, u"dhl=https://t/?id={tracking}"_s);
        add("carrier urls env", {}, u"carrierUrls"_s, u"dhl=https://t/ ups=https://u/"_s,
            {{u"SHOPDESK_CARRIER_URLS"_s, u"dhl=https://t/ ups=https://u/"_s}});
        add("smtp", {u"--smtp"_s, u"smtps://relay:465"_s}, u"smtpUrl"_s, u"smtps://relay:465"_s);
        add("smtp env", {}, u"smtpUrl"_s, u"smtp://relay:25"_s,
            {{u"SHOPDESK_SMTP_URL"_s, u"smtp://relay:25"_s}});
        add("smtp option wins", {u"--smtp"_s, u"smtps://a:465"_s}, u"smtpUrl"_s, u"smtps://a:465"_s,
            {{u"SHOPDESK_SMTP_URL"_s, u"smtp://b:25"_s}});
        add("smtp password file", {u"--smtp-password-file"_s, password}, u"smtpPassword"_s,
            u"relay-password"_s);
        add("smtp password file env", {}, u"smtpPassword"_s, u"relay-password"_s,
            {{u"SHOPDESK_SMTP_PASSWORD_FILE"_s, password}});
        add("smtp password env", {}, u"smtpPassword"_s, u"from-env"_s,
            {{u"SHOPDESK_SMTP_PASSWORD"_s, u"from-env"_s}});
        add("imap url", {u"--imap-url"_s, u"imaps://shop@mail.example.com/INBOX"_s}, u"imapUrl"_s,
            u"imaps://shop@mail.example.com/INBOX"_s);
        add("imap url plain on loopback",
            {u"--imap-url"_s, u"imap://127.0.0.1:1143/INBOX?security=none"_s}, u"imapUrl"_s,
            u"imap://127.0.0.1:1143/INBOX?security=none"_s);
        add("imap url env", {}, u"imapUrl"_s, u"imaps://mail.example.com"_s,
            {{u"SHOPDESK_IMAP_URL"_s, u"imaps://mail.example.com"_s}});
        add("imap user", {u"--imap-user"_s, u"orders@example.com"_s}, u"imapUser"_s,
            u"orders@example.com"_s);
        add("imap user env", {}, u"imapUser"_s, u"env@example.com"_s,
            {{u"SHOPDESK_IMAP_USER"_s, u"env@example.com"_s}});
        add("imap password file", {u"--imap-password-file"_s, password}, u"imapPassword"_s,
            u"relay-password"_s);
        add("imap password file env", {}, u"imapPassword"_s, u"relay-password"_s,
            {{u"SHOPDESK_IMAP_PASSWORD_FILE"_s, password}});
        add("imap password env", {}, u"imapPassword"_s, u"from-env"_s,
            {{u"SHOPDESK_IMAP_PASSWORD"_s, u"from-env"_s}});
        add("imap poll seconds", {u"--imap-poll-seconds"_s, u"15"_s}, u"imapPollSeconds"_s,
            u"15"_s);
        add("mail attachment limit", {u"--mail-attachment-limit"_s, u"0"_s},
            u"mailAttachmentLimit"_s, u"0"_s);
        add("mail size limit",
            {u"--mail-size-limit"_s, u"1048576"_s, u"--mail-attachment-limit"_s, u"524288"_s},
            u"mailSizeLimit"_s, u"1048576"_s);
        add("mail from", {u"--mail-from"_s, u"Shop <shop@example.com>"_s}, u"mailFrom"_s,
            u"Shop <shop@example.com>"_s);
        add("mail from env", {}, u"mailFrom"_s, u"shop@example.com"_s,
            {{u"SHOPDESK_MAIL_FROM"_s, u"shop@example.com"_s}});
        add("shop name", {u"--shop-name"_s, u"Corner Shop"_s}, u"shopName"_s, u"Corner Shop"_s);
        add("shop name env", {}, u"shopName"_s, u"Env Shop"_s,
            {{u"SHOPDESK_SHOP_NAME"_s, u"Env Shop"_s}});
        add("shop address", {u"--shop-address"_s, u"Main St 1\\n1000 Town"_s}, u"shopAddress"_s,
            u"Main St 1\\n1000 Town"_s);
        add("shop address env", {}, u"shopAddress"_s, u"Env St 2"_s,
            {{u"SHOPDESK_SHOP_ADDRESS"_s, u"Env St 2"_s}});
        add("shop phone", {u"--shop-phone"_s, u"+49 30 1234"_s}, u"shopPhone"_s, u"+49 30 1234"_s);
        add("shop phone env", {}, u"shopPhone"_s, u"+1 555"_s,
            {{u"SHOPDESK_SHOP_PHONE"_s, u"+1 555"_s}});
        add("shop reply-to", {u"--shop-reply-to"_s, u"care@example.com"_s}, u"shopReplyTo"_s,
            u"care@example.com"_s);
        add("shop reply-to env", {}, u"shopReplyTo"_s, u"help@example.com"_s,
            {{u"SHOPDESK_SHOP_REPLY_TO"_s, u"help@example.com"_s}});
        add("shop bank details", {u"--shop-bank-details"_s, u"IBAN DE00"_s}, u"shopBankDetails"_s,
            u"IBAN DE00"_s);
        add("shop bank details env", {}, u"shopBankDetails"_s, u"IBAN FR00"_s,
            {{u"SHOPDESK_SHOP_BANK_DETAILS"_s, u"IBAN FR00"_s}});
        add("mail translations", {u"--mail-translations"_s, u"/usr/share/qm"_s},
            u"mailTranslationsDir"_s, u"/usr/share/qm"_s);
        add("mail translations env", {}, u"mailTranslationsDir"_s, u"/opt/qm"_s,
            {{u"SHOPDESK_MAIL_TRANSLATIONS"_s, u"/opt/qm"_s}});
        add("mail retry", {u"--mail-retry-seconds"_s, u"5"_s}, u"mailRetrySeconds"_s, u"5"_s);
        add("payment reminder", {u"--payment-reminder-minutes"_s, u"25"_s},
            u"paymentReminderSeconds"_s, u"1500"_s);
        add("payment reminder off", {u"--payment-reminder-minutes"_s, u"0"_s},
            u"paymentReminderSeconds"_s, u"0"_s);
        add("payment providers",
            {u"--payment-provider"_s, u"acmepay="_s + secret, u"--payment-provider"_s,
             u"bank_2="_s + secret},
            u"paymentProviders"_s, u"acmepay=0123456789abcdef0123 bank_2=0123456789abcdef0123"_s);
        add("payment provider", {u"--payment-provider"_s, u"acmepay="_s + secret},
            u"paymentProviders"_s, u"acmepay=0123456789abcdef0123"_s);
        add("payment provider env", {}, u"paymentProviders"_s, u"acmepay=0123456789abcdef0123"_s,
            {{u"SHOPDESK_PAYMENT_PROVIDERS"_s, u"acmepay="_s + secret}});
        add("refund approval limit", {u"--refund-approval-limit"_s, u"20000"_s},
            u"refundApprovalLimit"_s, u"20000"_s);
        add("refund approval limit default", {}, u"refundApprovalLimit"_s, u"5000"_s);
        add("demo seed", {u"demo"_s, u"--seed"_s, u"42"_s}, u"demoSeed"_s, u"42"_s);
        add("demo size small", {u"--demo"_s, u"--demo-size"_s, u"small"_s}, u"smallDemo"_s,
            u"yes"_s);
        add("demo size full", {u"demo"_s, u"--demo-size"_s, u"full"_s}, u"smallDemo"_s, u"no"_s);
    }

    void goodValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Environment, environment);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        ServerCommandLine commandLine;
        const auto command = commandLine.parse(withStore(arguments), environmentOf(environment));
        QVERIFY2(command, qPrintable(command.error().message));
        QCOMPARE(::field(command.value(), field), expected);
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("message");

        const auto add = [](const char *name, const QStringList &arguments, const QString &message,
                            const Environment &environment = {}) {
            QTest::addRow("%s", name) << arguments << environment << message;
        };
        const QString missing = m_files.filePath(u"missing"_s);
        add("unknown option", {u"--colour"_s, u"red"_s}, u"colour"_s);
        add("missing value", {u"--listen"_s}, u"listen"_s);
        add("listen without port", {u"--listen"_s, u"127.0.0.1"_s}, u"--listen takes HOST:PORT"_s);
        add("listen bad port", {u"--listen"_s, u"127.0.0.1:70000"_s},
            u"--listen takes HOST:PORT"_s);
        add("listen bad host", {u"--listen"_s, u"shop.example:80"_s},
            u"--listen takes HOST:PORT"_s);
        for (const char *option : {"reservation-minutes", "reservation-seconds", "session-hours",
                                   "session-seconds", "mail-retry-seconds", "return-window-days"}) {
            const QString name = QString::fromLatin1(option);
            const QString message = u"--%1 takes a whole number of at least 1."_s.arg(name);
            QTest::addRow("%s zero", option)
                << QStringList{u"--"_s + name, u"0"_s} << Environment() << message;
            QTest::addRow("%s negative", option)
                << QStringList{u"--"_s + name, u"-3"_s} << Environment() << message;
            QTest::addRow("%s not a number", option)
                << QStringList{u"--"_s + name, u"ten"_s} << Environment() << message;
        }
        const QString reminder =
            u"--payment-reminder-minutes takes a whole number from 0 to 10080."_s;
        add("payment reminder negative", {u"--payment-reminder-minutes"_s, u"-1"_s}, reminder);
        add("payment reminder too long", {u"--payment-reminder-minutes"_s, u"10081"_s}, reminder);
        add("payment reminder not a number", {u"--payment-reminder-minutes"_s, u"soon"_s},
            reminder);
        add("log level", {u"--log-level"_s, u"loud"_s},
            u"--log-level takes error, warning, info or debug."_s);
        add("trusted proxy", {u"--trusted-proxy"_s, u"proxy.example"_s},
            u"--trusted-proxy takes an IP address, not \"proxy.example\"."_s);
        add("trusted proxy env", {}, u"--trusted-proxy takes an IP address, not \"nope\"."_s,
            {{u"SHOPDESK_TRUSTED_PROXIES"_s, u"10.0.0.1 nope"_s}});
        add("secret file missing", {u"--payment-link-secret-file"_s, missing},
            u"Cannot read "_s + missing);
        add("secret file env missing", {}, u"Cannot read "_s + missing,
            {{u"SHOPDESK_PAYMENT_LINK_SECRET_FILE"_s, missing}});
        add("smtp password file missing", {u"--smtp-password-file"_s, missing},
            u"Cannot read "_s + missing);
        add("smtp password file env missing", {}, u"Cannot read "_s + missing,
            {{u"SHOPDESK_SMTP_PASSWORD_FILE"_s, missing}});
        add("imap password file missing", {u"--imap-password-file"_s, missing},
            u"Cannot read "_s + missing);
        add("imap plain over a network",
            {u"--imap-url"_s, u"imap://mail.example.com/INBOX?security=none"_s},
            u"security=none is only for a server on this machine."_s);
        add("imap wrong scheme", {u"--imap-url"_s, u"pop3://mail.example.com"_s},
            u"the scheme must be imap or imaps."_s);
        add("imap unknown security", {u"--imap-url"_s, u"imap://mail.example.com?security=maybe"_s},
            u"IMAP security is one of none, starttls or tls"_s);
        add("imap url env plain over a network", {},
            u"security=none is only for a server on this machine."_s,
            {{u"SHOPDESK_IMAP_URL"_s, u"imap://10.0.0.5/INBOX?security=none"_s}});
        const QString poll = u"--imap-poll-seconds takes a whole number from 1 to 86400."_s;
        add("imap poll zero", {u"--imap-poll-seconds"_s, u"0"_s}, poll);
        add("imap poll too long", {u"--imap-poll-seconds"_s, u"86401"_s}, poll);
        add("imap poll not a number", {u"--imap-poll-seconds"_s, u"often"_s}, poll);
        const QString size =
            u"--mail-size-limit takes a number of bytes from 65536 to 1073741824."_s;
        add("mail size too small", {u"--mail-size-limit"_s, u"1000"_s}, size);
        add("mail size too big", {u"--mail-size-limit"_s, u"2000000000"_s}, size);
        add("mail size not a number", {u"--mail-size-limit"_s, u"big"_s}, size);
        const QString attachment =
            u"--mail-attachment-limit takes a number of bytes from 0 to the mail size limit."_s;
        add("mail attachment negative", {u"--mail-attachment-limit"_s, u"-1"_s}, attachment);
        add("mail attachment over the mail size",
            {u"--mail-size-limit"_s, u"100000"_s, u"--mail-attachment-limit"_s, u"100001"_s},
            attachment);
        add("mail attachment not a number", {u"--mail-attachment-limit"_s, u"lots"_s}, attachment);
        add("payment provider secret missing", {u"--payment-provider"_s, u"acmepay="_s + missing},
            u"Cannot read "_s + missing);
        add("payment provider secret short",
            {u"--payment-provider"_s, u"acmepay="_s + m_files.filePath(u"short"_s)},
            u"The secret of payment provider acmepay needs at least 16 bytes."_s);
        add("payment provider without name", {u"--payment-provider"_s, u"=/tmp/x"_s},
            u"--payment-provider takes name=secret-file"_s);
        add("payment provider bad name", {u"--payment-provider"_s, u"Acme Pay=/tmp/x"_s},
            u"--payment-provider takes name=secret-file"_s);
        add("refund approval limit negative", {u"--refund-approval-limit"_s, u"-1"_s},
            u"--refund-approval-limit takes a whole number of minor units."_s);
        add("seed", {u"demo"_s, u"--seed"_s, u"-1"_s}, u"--seed takes a whole number."_s);
        add("demo size", {u"demo"_s, u"--demo-size"_s, u"huge"_s},
            u"--demo-size takes full or small."_s);
        add("unknown command", {u"serve"_s}, u"Unknown command \"serve\"."_s);
    }

    void badValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Environment, environment);
        QFETCH(QString, message);
        ServerCommandLine commandLine;
        const auto command = commandLine.parse(withStore(arguments), environmentOf(environment));
        QVERIFY(!command);
        QVERIFY2(command.error().message.contains(message), qPrintable(command.error().message));
    }

    void conflicts_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no store") << QStringList{u"shopdesk-server"_s}
                                  << u"Give --data DIR (SQLite) or --database postgresql://..."_s;
        QTest::addRow("no store for the demo")
            << QStringList{u"shopdesk-server"_s, u"demo"_s}
            << u"Give --data DIR (SQLite) or --database postgresql://..."_s;
        QTest::addRow("certificate without key") << withStore({u"--tls-cert"_s, u"c.pem"_s})
                                                 << u"--tls-cert and --tls-key go together."_s;
        QTest::addRow("key without certificate") << withStore({u"--tls-key"_s, u"k.pem"_s})
                                                 << u"--tls-cert and --tls-key go together."_s;
    }

    void conflicts()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        ServerCommandLine commandLine;
        const auto command = commandLine.parse(arguments, QProcessEnvironment());
        QVERIFY(!command);
        QCOMPARE(command.error().message, message);
    }

    void actions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<ServerCommand::Action>("action");
        // Help and version need no store and ignore everything else.
        QTest::addRow("help") << QStringList{u"shopdesk-server"_s, u"--help"_s}
                              << ServerCommand::Action::ShowHelp;
        QTest::addRow("-h") << QStringList{u"shopdesk-server"_s, u"-h"_s, u"--listen"_s, u"x"_s}
                            << ServerCommand::Action::ShowHelp;
        QTest::addRow("version") << QStringList{u"shopdesk-server"_s, u"--version"_s}
                                 << ServerCommand::Action::ShowVersion;
        QTest::addRow("serve") << withStore({}) << ServerCommand::Action::Serve;
        QTest::addRow("demo command") << withStore({u"demo"_s}) << ServerCommand::Action::Demo;
        QTest::addRow("demo option") << withStore({u"--demo"_s}) << ServerCommand::Action::Demo;
        // The demo fills the store and exits: it listens nowhere.
        QTest::addRow("demo ignores listen")
            << withStore({u"demo"_s, u"--listen"_s, u"nowhere"_s}) << ServerCommand::Action::Demo;
    }

    void actions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(ServerCommand::Action, action);
        ServerCommandLine commandLine;
        const auto command = commandLine.parse(arguments, QProcessEnvironment());
        QVERIFY2(command, qPrintable(command.error().message));
        QCOMPARE(command->action, action);
    }

    void helpNamesEveryOption()
    {
        ServerCommandLine commandLine;
        const QString help = commandLine.helpText();
        for (const char *option : {"--listen",
                                   "--data",
                                   "--database",
                                   "--reservation-minutes",
                                   "--reservation-seconds",
                                   "--return-window-days",
                                   "--currency",
                                   "--tls-cert",
                                   "--tls-key",
                                   "--session-hours",
                                   "--session-seconds",
                                   "--log-level",
                                   "--demo",
                                   "--demo-size",
                                   "--seed",
                                   "--payment-link-secret-file",
                                   "--payment-url",
                                   "--carrier-url",
                                   "--smtp",
                                   "--smtp-password-file",
                                   "--mail-from",
                                   "--shop-name",
                                   "--shop-address",
                                   "--shop-phone",
                                   "--shop-reply-to",
                                   "--shop-bank-details",
                                   "--mail-translations",
                                   "--mail-retry-seconds",
                                   "--imap-url",
                                   "--imap-user",
                                   "--imap-password-file",
                                   "--imap-poll-seconds",
                                   "--mail-attachment-limit",
                                   "--mail-size-limit",
                                   "--trusted-proxy",
                                   "--payment-provider",
                                   "--refund-approval-limit",
                                   "--help",
                                   "--version"}) {
            QVERIFY2(help.contains(QString::fromLatin1(option)), option);
        }
    }

    void logFilterRules_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("rules");
        QTest::addRow("error") << u"error"_s
                               << u"shopdesk.*.debug=false\nshopdesk.*.info=false\n"
                                  "shopdesk.*.warning=false\n"_s;
        QTest::addRow("warning") << u"warning"_s
                                 << u"shopdesk.*.debug=false\nshopdesk.*.info=false\n"
                                    "shopdesk.*.warning=true\n"_s;
        QTest::addRow("info") << u"info"_s
                              << u"shopdesk.*.debug=false\nshopdesk.*.info=true\n"
                                 "shopdesk.*.warning=true\n"_s;
        QTest::addRow("debug") << u"debug"_s
                               << u"shopdesk.*.debug=true\nshopdesk.*.info=true\n"
                                  "shopdesk.*.warning=true\n"_s;
    }

    void logFilterRules()
    {
        QFETCH(QString, level);
        QFETCH(QString, rules);
        ServerCommand command;
        command.logLevel = level;
        QCOMPARE(command.logFilterRules(), rules);
    }

private:
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
