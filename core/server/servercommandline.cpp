#include "server/servercommandline.h"

#include "domain/tr.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

Error badOption(const QString &message)
{
    return Error{u"invalid_option"_s, message, {}};
}

// A whole number of at least 1, or why the option's value is not one.
Result<int> positiveNumber(const QCommandLineParser &parser, const QString &option)
{
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < 1)
        return badOption(Tr::tr("--%1 takes a whole number of at least 1.").arg(option));
    return number;
}

// A secret kept in a file: its content without surrounding white space.
Result<QByteArray> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badOption(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll().trimmed();
}

void addStoreOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"listen"_s, Tr::tr("Address and port to listen on."), u"host:port"_s,
         u"127.0.0.1:8080"_s},
        {u"data"_s, Tr::tr("Folder of the SQLite store."), u"dir"_s},
        {u"database"_s, Tr::tr("PostgreSQL store: postgresql://user[:password]@host[:port]/db."),
         u"url"_s},
        {u"reservation-minutes"_s, Tr::tr("How long an unpaid reservation lives (default 30)."),
         u"minutes"_s, u"30"_s},
        {u"reservation-seconds"_s, Tr::tr("Reservation lifetime in seconds (overrides minutes)."),
         u"seconds"_s},
        {u"payment-reminder-minutes"_s,
         Tr::tr("Mail the payment link this long before an unpaid reservation ends (default 10; "
                "0: no reminder)."),
         u"minutes"_s, u"10"_s},
        {u"return-window-days"_s,
         Tr::tr("Days after delivery an agent may approve a return (default 30)."), u"days"_s,
         u"30"_s},
        {u"currency"_s, Tr::tr("The shop's currency (default EUR)."), u"code"_s, u"EUR"_s},
        {u"tls-cert"_s, Tr::tr("PEM certificate: serve HTTPS and WSS."), u"file"_s},
        {u"tls-key"_s, Tr::tr("PEM private key of the certificate."), u"file"_s},
        {u"session-hours"_s, Tr::tr("How long a login token stays valid (default 12)."), u"hours"_s,
         u"12"_s},
        {u"session-seconds"_s, Tr::tr("Token lifetime in seconds (overrides hours; for tests)."),
         u"seconds"_s},
        {u"log-level"_s, Tr::tr("error, warning, info (default) or debug."), u"level"_s, u"info"_s},
        {u"demo"_s, Tr::tr("Same as the command \"demo\".")},
        {u"demo-size"_s, Tr::tr("full (default) or small (for tests and quick looks)."), u"size"_s,
         u"full"_s},
        {u"seed"_s, Tr::tr("Random seed of the demo data (default 1)."), u"n"_s, u"1"_s},
    });
}

// Payment links, tracking links and mail (each also from an environment variable).
void addMailOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"payment-link-secret-file"_s,
         Tr::tr("File holding the secret payment links are signed with (at least 16 bytes; or "
                "SHOPDESK_PAYMENT_LINK_SECRET)."),
         u"file"_s},
        {u"payment-url"_s,
         Tr::tr("Payment page of an online method, e.g. card=https://pay.example/?order={order_id}"
                "&amount={amount_minor}&currency={currency}. Repeat per method."),
         u"method=url"_s},
        {u"carrier-url"_s,
         Tr::tr("Tracking page of a carrier, e.g. dhl=https://track.example/?id={tracking}. "
                "Repeat per carrier."),
         u"carrier=url"_s},
        {u"smtp"_s,
         Tr::tr("Mail relay: smtp://user@host:587 (STARTTLS), smtps://host:465, or "
                "smtp://host:25?security=none. Without it mail stays queued."),
         u"url"_s},
        {u"smtp-password-file"_s,
         Tr::tr("File holding the relay's password (or SHOPDESK_SMTP_PASSWORD)."), u"file"_s},
        {u"mail-from"_s, Tr::tr("Sender of customer mail: \"Shop <shop@example.com>\"."),
         u"address"_s},
        {u"shop-name"_s, Tr::tr("The shop's name in customer mail."), u"name"_s},
        {u"shop-address"_s, Tr::tr("The shop's postal address; \\n separates lines."), u"text"_s},
        {u"shop-phone"_s, Tr::tr("Phone number customers call to change an order."), u"number"_s},
        {u"shop-reply-to"_s, Tr::tr("Where customers' replies go (customer care)."), u"address"_s},
        {u"shop-bank-details"_s, Tr::tr("Account for bank transfers; \\n separates lines."),
         u"text"_s},
        {u"mail-translations"_s, Tr::tr("Folder of shopdesk_<language>.qm catalogues for mail."),
         u"dir"_s},
        {u"imap-url"_s,
         Tr::tr("The shop's mailbox, read for customers' mail: imaps://user@host/INBOX, or "
                "imap://127.0.0.1:port/INBOX?security=none on this machine. Without it no mail "
                "is read."),
         u"url"_s},
        {u"imap-user"_s, Tr::tr("User name of the mailbox (or SHOPDESK_IMAP_USER)."), u"name"_s},
        {u"imap-password-file"_s,
         Tr::tr("File holding the mailbox's password (or SHOPDESK_IMAP_PASSWORD)."), u"file"_s},
        {u"imap-poll-seconds"_s,
         Tr::tr("How often the mailbox is read (default 60; also at start)."), u"seconds"_s,
         u"60"_s},
        {u"mail-attachment-limit"_s,
         Tr::tr("Bytes of an attachment kept (default 10485760); larger ones keep only their "
                "name, type and size."),
         u"bytes"_s, u"10485760"_s},
        {u"mail-size-limit"_s,
         Tr::tr("Bytes of a mail read (default 26214400); a larger mail is kept as unreadable "
                "with its size."),
         u"bytes"_s, u"26214400"_s},
        {u"mail-retry-seconds"_s,
         Tr::tr("Wait before retrying a failed delivery (default 30; doubles each time)."),
         u"seconds"_s, u"30"_s},
        {u"payment-provider"_s,
         Tr::tr("A payment provider whose signed notifications are accepted, and the file "
                "holding the secret they are signed with (at least 16 bytes). Repeat per "
                "provider (or SHOPDESK_PAYMENT_PROVIDERS, space-separated)."),
         u"name=file"_s},
        {u"refund-approval-limit"_s,
         Tr::tr("Refunds above this amount in minor units wait for a manager (default 5000)."),
         u"minor units"_s, u"5000"_s},
        {u"trusted-proxy"_s,
         Tr::tr("Address of a reverse proxy in front of the server, whose X-Forwarded-For names "
                "the client. Repeat per proxy (or SHOPDESK_TRUSTED_PROXIES, space-separated)."),
         u"address"_s},
        {u"max-connections-per-address"_s,
         Tr::tr("Connections one client address may hold open at once; more are refused with "
                "429 (default 256; trusted proxies are not limited)."),
         u"count"_s, u"256"_s},
    });
}

} // namespace

ServerCommandLine::ServerCommandLine()
    : m_helpOption(m_parser.addHelpOption())
    , m_versionOption(m_parser.addVersionOption())
{
    m_parser.setApplicationDescription(
        Tr::tr("Shopdesk server: one live truth of stock.\n"
               "Run with the argument \"demo\" to fill an empty store with a believable demo "
               "shop."));
    m_parser.addPositionalArgument(u"command"_s, Tr::tr("\"demo\" fills an empty store and exits."),
                                   u"[demo]"_s);
    m_parser.addPositionalArgument(
        u"backup"_s,
        Tr::tr("\"backup FILE\" copies the SQLite store of --data, also while a server runs on it; "
               "\"restore FILE\" checks a backup and puts it in place of the store of --data "
               "(the server stopped); \"check [FILE]\" checks the store of --data, or FILE."),
        u"[backup|restore|check FILE]"_s);
    addStoreOptions(m_parser);
    addMailOptions(m_parser);
}

Result<ServerCommand> ServerCommandLine::parse(const QStringList &arguments,
                                               const QProcessEnvironment &environment)
{
    if (!m_parser.parse(arguments))
        return badOption(m_parser.errorText());
    ServerCommand command;
    if (m_parser.isSet(m_helpOption) || m_parser.optionNames().contains(u"help-all"_s)) {
        command.action = ServerCommand::Action::ShowHelp;
        return command;
    }
    if (m_parser.isSet(m_versionOption)) {
        command.action = ServerCommand::Action::ShowVersion;
        return command;
    }
    command.logLevel = m_parser.value(u"log-level"_s);
    const QStringList levels = {u"error"_s, u"warning"_s, u"info"_s, u"debug"_s};
    if (!levels.contains(command.logLevel))
        return badOption(Tr::tr("--log-level takes error, warning, info or debug."));
    if (auto ok = readLifetimes(command); !ok)
        return ok.error();
    if (auto ok = readStore(command); !ok)
        return ok.error();
    if (auto ok = readLinks(command, environment); !ok)
        return ok.error();
    if (auto ok = readMail(command, environment); !ok)
        return ok.error();
    if (auto ok = readMailbox(command, environment); !ok)
        return ok.error();
    if (auto ok = readCommand(command); !ok)
        return ok.error();
    command.options.operatorSettings = operatorSettings(environment);
    return command;
}

Result<void> ServerCommandLine::readStore(ServerCommand &command) const
{
    ServerOptions &options = command.options;
    options.dataDir = m_parser.value(u"data"_s);
    options.databaseUrl = m_parser.value(u"database"_s);
    options.currency = m_parser.value(u"currency"_s);
    options.tlsCertificate = m_parser.value(u"tls-cert"_s);
    options.tlsKey = m_parser.value(u"tls-key"_s);
    // "check FILE" needs no store of its own.
    const QStringList positional = m_parser.positionalArguments();
    const bool checksFile = positional.value(0) == u"check"_s && positional.size() == 2;
    if (options.dataDir.isEmpty() && options.databaseUrl.isEmpty() && !checksFile)
        return badOption(Tr::tr("Give --data DIR (SQLite) or --database postgresql://..."));
    if (m_parser.isSet(u"tls-cert"_s) != m_parser.isSet(u"tls-key"_s))
        return badOption(Tr::tr("--tls-cert and --tls-key go together."));
    return {};
}

// Reservations and log-in tokens: minutes and hours, or seconds (which win) for tests.
Result<void> ServerCommandLine::readLifetimes(ServerCommand &command) const
{
    const auto minutes = positiveNumber(m_parser, u"reservation-minutes"_s);
    if (!minutes)
        return minutes.error();
    command.options.reservationSeconds = *minutes * 60;
    if (m_parser.isSet(u"reservation-seconds"_s)) {
        const auto seconds = positiveNumber(m_parser, u"reservation-seconds"_s);
        if (!seconds)
            return seconds.error();
        command.options.reservationSeconds = *seconds;
    }
    bool reminderOk = false;
    const int reminder = m_parser.value(u"payment-reminder-minutes"_s).toInt(&reminderOk);
    if (!reminderOk || reminder < 0 || reminder > 7 * 24 * 60) {
        return badOption(
            Tr::tr("--payment-reminder-minutes takes a whole number from 0 to 10080."));
    }
    command.options.paymentReminderSeconds = reminder * 60;
    const auto windowDays = positiveNumber(m_parser, u"return-window-days"_s);
    if (!windowDays)
        return windowDays.error();
    command.options.returnWindowDays = *windowDays;
    const auto hours = positiveNumber(m_parser, u"session-hours"_s);
    if (!hours)
        return hours.error();
    command.options.sessionSeconds = *hours * 3600;
    if (m_parser.isSet(u"session-seconds"_s)) {
        const auto seconds = positiveNumber(m_parser, u"session-seconds"_s);
        if (!seconds)
            return seconds.error();
        command.options.sessionSeconds = *seconds;
    }
    return {};
}

Result<void> ServerCommandLine::readLinks(ServerCommand &command,
                                          const QProcessEnvironment &environment) const
{
    ServerOptions &options = command.options;
    const QString secretFile = valueOrEnv(u"payment-link-secret-file"_s, environment,
                                          u"SHOPDESK_PAYMENT_LINK_SECRET_FILE"_s);
    if (!secretFile.isEmpty()) {
        auto secret = readSecretFile(secretFile);
        if (!secret)
            return secret.error();
        options.paymentLinkSecret = secret.value();
    } else {
        options.paymentLinkSecret =
            environment.value(u"SHOPDESK_PAYMENT_LINK_SECRET"_s).toUtf8().trimmed();
    }
    options.paymentUrlTemplates =
        valuesOrEnv(u"payment-url"_s, environment, u"SHOPDESK_PAYMENT_URLS"_s);
    options.carrierUrlTemplates =
        valuesOrEnv(u"carrier-url"_s, environment, u"SHOPDESK_CARRIER_URLS"_s);
    if (auto ok = readPayments(command, environment); !ok)
        return ok;
    const QStringList proxies =
        valuesOrEnv(u"trusted-proxy"_s, environment, u"SHOPDESK_TRUSTED_PROXIES"_s);
    for (const QString &text : proxies) {
        const QHostAddress proxy(text);
        if (proxy.isNull())
            return badOption(Tr::tr("--trusted-proxy takes an IP address, not \"%1\".").arg(text));
        options.trustedProxies.append(proxy);
    }
    const auto perAddress = positiveNumber(m_parser, u"max-connections-per-address"_s);
    if (!perAddress)
        return perAddress.error();
    options.maxConnectionsPerAddress = *perAddress;
    return {};
}

// Payment providers ("name=secret-file") and the refund approval limit.
Result<void> ServerCommandLine::readPayments(ServerCommand &command,
                                             const QProcessEnvironment &environment) const
{
    ServerOptions &options = command.options;
    static const QRegularExpression providerName(u"^[a-z0-9_-]{1,40}$"_s);
    const QStringList providers =
        valuesOrEnv(u"payment-provider"_s, environment, u"SHOPDESK_PAYMENT_PROVIDERS"_s);
    for (const QString &entry : providers) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString name = entry.left(equals);
        if (equals <= 0 || !providerName.match(name).hasMatch())
            return badOption(Tr::tr("--payment-provider takes name=secret-file with a name of "
                                    "a-z, 0-9, _ and -, not \"%1\".")
                                 .arg(entry));
        auto secret = readSecretFile(entry.mid(equals + 1));
        if (!secret)
            return secret.error();
        if (secret->size() < 16)
            return badOption(
                Tr::tr("The secret of payment provider %1 needs at least 16 bytes.").arg(name));
        options.paymentProviders.insert(name, secret.value());
    }
    bool ok = false;
    const qint64 limit = m_parser.value(u"refund-approval-limit"_s).toLongLong(&ok);
    if (!ok || limit < 0)
        return badOption(Tr::tr("--refund-approval-limit takes a whole number of minor units."));
    options.refundApprovalLimit = limit;
    return {};
}

Result<void> ServerCommandLine::readMail(ServerCommand &command,
                                         const QProcessEnvironment &environment) const
{
    ServerOptions &options = command.options;
    options.smtpUrl = valueOrEnv(u"smtp"_s, environment, u"SHOPDESK_SMTP_URL"_s);
    const QString passwordFile =
        valueOrEnv(u"smtp-password-file"_s, environment, u"SHOPDESK_SMTP_PASSWORD_FILE"_s);
    if (!passwordFile.isEmpty()) {
        const auto password = readSecretFile(passwordFile);
        if (!password)
            return password.error();
        options.smtpPassword = QString::fromUtf8(password.value());
    } else {
        options.smtpPassword = environment.value(u"SHOPDESK_SMTP_PASSWORD"_s);
    }
    options.mailFrom = valueOrEnv(u"mail-from"_s, environment, u"SHOPDESK_MAIL_FROM"_s);
    const QString name = valueOrEnv(u"shop-name"_s, environment, u"SHOPDESK_SHOP_NAME"_s);
    if (!name.isEmpty())
        options.shopName = name;
    options.shopAddress = valueOrEnv(u"shop-address"_s, environment, u"SHOPDESK_SHOP_ADDRESS"_s);
    options.shopPhone = valueOrEnv(u"shop-phone"_s, environment, u"SHOPDESK_SHOP_PHONE"_s);
    options.shopReplyTo = valueOrEnv(u"shop-reply-to"_s, environment, u"SHOPDESK_SHOP_REPLY_TO"_s);
    options.shopBankDetails =
        valueOrEnv(u"shop-bank-details"_s, environment, u"SHOPDESK_SHOP_BANK_DETAILS"_s);
    options.mailTranslationsDir =
        valueOrEnv(u"mail-translations"_s, environment, u"SHOPDESK_MAIL_TRANSLATIONS"_s);
    const auto retry = positiveNumber(m_parser, u"mail-retry-seconds"_s);
    if (!retry)
        return retry.error();
    options.mailRetrySeconds = *retry;
    return {};
}

// The shop's mailbox and the limits of the mail read from it.
Result<void> ServerCommandLine::readMailbox(ServerCommand &command,
                                            const QProcessEnvironment &environment) const
{
    ServerOptions &options = command.options;
    options.imapUrl = valueOrEnv(u"imap-url"_s, environment, u"SHOPDESK_IMAP_URL"_s);
    options.imapUser = valueOrEnv(u"imap-user"_s, environment, u"SHOPDESK_IMAP_USER"_s);
    const QString passwordFile =
        valueOrEnv(u"imap-password-file"_s, environment, u"SHOPDESK_IMAP_PASSWORD_FILE"_s);
    if (!passwordFile.isEmpty()) {
        const auto password = readSecretFile(passwordFile);
        if (!password)
            return password.error();
        options.imapPassword = QString::fromUtf8(password.value());
    } else {
        options.imapPassword = environment.value(u"SHOPDESK_IMAP_PASSWORD"_s);
    }
    // Checked here, so a plain-text mailbox over a network stops the start with a reason.
    if (auto imap = options.imapSettings(); !imap)
        return badOption(imap.error().message);
    bool ok = false;
    const int poll = m_parser.value(u"imap-poll-seconds"_s).toInt(&ok);
    if (!ok || poll < 1 || poll > 24 * 60 * 60)
        return badOption(Tr::tr("--imap-poll-seconds takes a whole number from 1 to 86400."));
    options.imapPollSeconds = poll;
    const qint64 size = m_parser.value(u"mail-size-limit"_s).toLongLong(&ok);
    if (!ok || size < 64 * 1024 || size > 1024LL * 1024 * 1024)
        return badOption(
            Tr::tr("--mail-size-limit takes a number of bytes from 65536 to 1073741824."));
    options.mailSizeLimit = size;
    const qint64 attachment = m_parser.value(u"mail-attachment-limit"_s).toLongLong(&ok);
    if (!ok || attachment < 0 || attachment > size)
        return badOption(Tr::tr("--mail-attachment-limit takes a number of bytes from 0 to the "
                                "mail size limit."));
    options.mailAttachmentLimit = attachment;
    return {};
}

// "demo" (or --demo) with its seed and size, else serving on --listen.
Result<void> ServerCommandLine::readCommand(ServerCommand &command) const
{
    const QStringList positional = m_parser.positionalArguments();
    if (m_parser.isSet(u"demo"_s) || positional.value(0) == u"demo"_s) {
        command.action = ServerCommand::Action::Demo;
        bool ok = false;
        command.demoSeed = m_parser.value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return badOption(Tr::tr("--seed takes a whole number."));
        const QString size = m_parser.value(u"demo-size"_s);
        if (size != u"full"_s && size != u"small"_s)
            return badOption(Tr::tr("--demo-size takes full or small."));
        command.smallDemo = size == u"small"_s;
        return {};
    }
    if (auto store = readStoreCommand(command, positional); !store || !positional.isEmpty())
        return store;
    const auto address = ServerOptions::parseListen(m_parser.value(u"listen"_s));
    if (!address)
        return address.error();
    command.options.listenAddress = address->first;
    command.options.listenPort = address->second;
    return {};
}

Result<void> ServerCommandLine::readStoreCommand(ServerCommand &command,
                                                 const QStringList &positional) const
{
    if (positional.isEmpty())
        return {};
    const QString name = positional.first();
    if (name == u"backup"_s || name == u"restore"_s) {
        if (positional.size() != 2)
            return badOption(Tr::tr("Name the backup file: %1 --data DIR FILE").arg(name));
        if (name == u"restore"_s && m_parser.value(u"data"_s).isEmpty())
            return badOption(Tr::tr("restore needs --data DIR: the folder whose store it replaces "
                                    "(a PostgreSQL store is restored with pg_restore)."));
        command.action =
            name == u"backup"_s ? ServerCommand::Action::Backup : ServerCommand::Action::Restore;
        command.file = positional.at(1);
        return {};
    }
    if (name == u"check"_s) {
        if (positional.size() > 2)
            return badOption(Tr::tr("check takes --data DIR, or one file."));
        command.action = ServerCommand::Action::Check;
        command.file = positional.value(1);
        return {};
    }
    return badOption(Tr::tr("Unknown command \"%1\".").arg(name));
}

// The settings the operator gave: a flag on the command line or its environment variable.
QStringList ServerCommandLine::operatorSettings(const QProcessEnvironment &environment) const
{
    struct Source
    {
        QString key;
        QStringList options;
        QStringList variables;
    };
    static const QList<Source> sources = {
        {u"mail.relay_url"_s, {u"smtp"_s}, {u"SHOPDESK_SMTP_URL"_s}},
        {u"mail.relay_password"_s,
         {u"smtp-password-file"_s},
         {u"SHOPDESK_SMTP_PASSWORD_FILE"_s, u"SHOPDESK_SMTP_PASSWORD"_s}},
        {u"mail.from"_s, {u"mail-from"_s}, {u"SHOPDESK_MAIL_FROM"_s}},
        {u"shop.name"_s, {u"shop-name"_s}, {u"SHOPDESK_SHOP_NAME"_s}},
        {u"shop.address"_s, {u"shop-address"_s}, {u"SHOPDESK_SHOP_ADDRESS"_s}},
        {u"shop.phone"_s, {u"shop-phone"_s}, {u"SHOPDESK_SHOP_PHONE"_s}},
        {u"shop.reply_to"_s, {u"shop-reply-to"_s}, {u"SHOPDESK_SHOP_REPLY_TO"_s}},
        {u"shop.bank_details"_s, {u"shop-bank-details"_s}, {u"SHOPDESK_SHOP_BANK_DETAILS"_s}},
        {u"orders.reservation_minutes"_s, {u"reservation-minutes"_s, u"reservation-seconds"_s}, {}},
        {u"orders.payment_reminder_minutes"_s, {u"payment-reminder-minutes"_s}, {}},
        {u"orders.return_window_days"_s, {u"return-window-days"_s}, {}},
        {u"orders.refund_approval_limit"_s, {u"refund-approval-limit"_s}, {}},
        {u"orders.payment_urls"_s, {u"payment-url"_s}, {u"SHOPDESK_PAYMENT_URLS"_s}},
        {u"orders.carrier_urls"_s, {u"carrier-url"_s}, {u"SHOPDESK_CARRIER_URLS"_s}},
        {u"mailbox.imap_url"_s, {u"imap-url"_s}, {u"SHOPDESK_IMAP_URL"_s}},
        {u"mailbox.imap_user"_s, {u"imap-user"_s}, {u"SHOPDESK_IMAP_USER"_s}},
        {u"mailbox.imap_password"_s,
         {u"imap-password-file"_s},
         {u"SHOPDESK_IMAP_PASSWORD_FILE"_s, u"SHOPDESK_IMAP_PASSWORD"_s}},
        {u"mailbox.poll_seconds"_s, {u"imap-poll-seconds"_s}, {}},
    };
    QStringList given;
    for (const Source &source : sources) {
        bool set = false;
        for (const QString &option : source.options)
            set = set || m_parser.isSet(option);
        for (const QString &variable : source.variables)
            set = set || !environment.value(variable).isEmpty();
        if (set)
            given.append(source.key);
    }
    return given;
}

QString ServerCommandLine::valueOrEnv(const QString &option, const QProcessEnvironment &environment,
                                      const QString &variable) const
{
    return m_parser.isSet(option) ? m_parser.value(option) : environment.value(variable);
}

// Repeatable options, else whitespace-separated entries of the environment variable.
QStringList ServerCommandLine::valuesOrEnv(const QString &option,
                                           const QProcessEnvironment &environment,
                                           const QString &variable) const
{
    if (m_parser.isSet(option))
        return m_parser.values(option);
    return environment.value(variable).split(QChar(u' '), Qt::SkipEmptyParts);
}

} // namespace shopdesk::server
