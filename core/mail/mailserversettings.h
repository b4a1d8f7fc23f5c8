#pragma once

#include "domain/result.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace shopdesk::mail {

// How a mail server is spoken to.
enum class MailSecurity {
    None,       // in the clear, for a server on the same host or a test server only
    StartTls,   // upgraded with STARTTLS, required
    ImplicitTls // inside TLS from the first byte ("smtps", "imaps")
};

// A mail server the shop's server talks to (its SMTP relay, its IMAP mailbox), as one URL:
//   SCHEME://[user[:password]@]host[:port][/path][?security=none|starttls|tls]
//          [&timeout=SECONDS][&verify=no][&cafile=PATH]
// The plain scheme means STARTTLS, required, unless security= says otherwise; the TLS scheme
// means implicit TLS. User and password are percent-decoded.
struct MailServerSettings
{
    // What differs between SMTP and IMAP.
    struct Protocol
    {
        QString name;        // "SMTP": in messages
        QString plainScheme; // "smtp"
        QString tlsScheme;   // "smtps"
        int plainPort = 0;
        int startTlsPort = 0;
        int tlsPort = 0;
        QString codePrefix; // "smtp": error codes are invalid_smtp_url, invalid_smtp_security
    };

    QString host = QStringLiteral("localhost");
    int port = 0;
    MailSecurity security = MailSecurity::StartTls;
    // Log-in is used only when a user name is set.
    QString username;
    QString password;
    // The whole conversation, connection included, must end within this.
    std::chrono::milliseconds timeout{30000};
    // Leave on: a server whose certificate is not checked can read every mail.
    bool verifyCertificate = true;
    // A CA bundle for a server with a private certificate; empty for the system's.
    QString caFile;

    // "host:port", for messages.
    QString address() const { return host + u':' + QString::number(port); }
    // The URL libcurl takes for this server: scheme, host (IPv6 in brackets) and port.
    QByteArray curlUrl(const Protocol &protocol) const;

    static Result<MailServerSettings> fromUrl(const QUrl &url, const Protocol &protocol);
    // "none", "starttls" or "tls" (also "ssl" and the protocol's TLS scheme).
    static Result<MailSecurity> parseSecurity(const QString &text, const Protocol &protocol);
    static QString securityName(MailSecurity security);
};

} // namespace shopdesk::mail
