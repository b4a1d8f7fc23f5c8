#pragma once

#include "domain/result.h"
#include "mail/imapsettings.h"
#include "mail/shopdetails.h"
#include "mail/smtpsettings.h"
#include "storage/orderlinks.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::server {

// How a server instance is started: from the command line or by the desktop client.
struct ServerOptions
{
    QString dataDir;     // SQLite folder, used when databaseUrl is empty
    QString databaseUrl; // postgresql://user[:password]@host[:port]/db
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    int reservationSeconds = 30 * 60; // how long an unpaid reservation lives
    // How long before an unpaid reservation ends its payment reminder is mailed; 0: none.
    int paymentReminderSeconds = 10 * 60;
    int returnWindowDays = 30;                // days after delivery an agent may approve a return
    QString currency = QStringLiteral("EUR"); // the shop's currency (ISO 4217)
    QString tlsCertificate;            // PEM file; with tlsKey the server speaks HTTPS and WSS only
    QString tlsKey;                    // PEM file, unencrypted
    int sessionSeconds = 12 * 60 * 60; // how long a login token is valid
    // Reverse proxies in front of the server: from these peers, X-Forwarded-For names the
    // client (the failed log-in limit counts per client address).
    QList<QHostAddress> trustedProxies;
    // Connections one client address may hold open at once (trusted proxies excepted); more
    // are answered 429 and closed, so one client cannot starve the others.
    int maxConnectionsPerAddress = 256;
    // Used once, when the store has no user at all: creates "admin" with this password.
    // Empty: taken from SHOPDESK_ADMIN_PASSWORD.
    QString adminPassword;

    // Payment links: the HMAC secret (at least 16 bytes) and "method=URL" templates.
    QByteArray paymentLinkSecret;
    QStringList paymentUrlTemplates;
    // Payment providers whose signed notifications are accepted: name → shared secret.
    QHash<QString, QByteArray> paymentProviders;
    // Refunds above this many minor units wait for a manager's approval.
    qint64 refundApprovalLimit = 5000;
    // Tracking pages: "carrier=URL" templates with {tracking}.
    QStringList carrierUrlTemplates;

    // Mail: the relay as an smtp:// or smtps:// URL; empty keeps mail queued, unsent.
    QString smtpUrl;
    QString smtpPassword; // overrides a password in smtpUrl
    QString mailFrom;     // "shop@example.com" or "Name <shop@example.com>"
    QString shopName = QStringLiteral("Shopdesk");
    QString shopAddress; // postal address; "\n" or real line breaks separate lines
    QString shopPhone;
    QString shopReplyTo;
    QString shopBankDetails;
    QString mailTranslationsDir; // empty: the catalogues built into the program
    int mailRetrySeconds = 30;   // the first retry of a failed delivery; it then doubles

    // Mail in: the shop's mailbox as an imap:// or imaps:// URL; empty reads no mail.
    QString imapUrl;
    QString imapUser;     // overrides a user in imapUrl
    QString imapPassword; // overrides a password in imapUrl
    int imapPollSeconds = 60;
    qint64 mailAttachmentLimit = 10LL * 1024 * 1024; // bytes of one attachment kept
    qint64 mailSizeLimit = 25LL * 1024 * 1024;       // bytes of a mail read; above: unreadable

    // The settings (ServerSettings keys) the operator gave by flag or environment: they
    // override stored settings, and admins cannot change them from the client.
    QStringList operatorSettings;

    // "127.0.0.1:8080", "[::1]:0", "0.0.0.0:8080"
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

    // The payment and tracking link makers these options describe, or why they are wrong.
    Result<storage::OrderLinks> orderLinks() const;
    // The relay (empty host when smtpUrl is empty) and the shop as its mail presents it.
    Result<mail::SmtpSettings> smtpSettings() const;
    // The shop's mailbox (empty host when imapUrl is empty).
    Result<mail::ImapSettings> imapSettings() const;
    Result<mail::ShopDetails> shopDetails() const;
    // "Name <a@example.com>" or "a@example.com".
    static mail::MailAddress parseMailbox(const QString &text);
};

} // namespace shopdesk::server
