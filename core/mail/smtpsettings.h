#pragma once

#include "domain/result.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace shopdesk::mail {

// Where and how the server hands its mail over: the shop's SMTP relay.
struct SmtpSettings
{
    enum class Security {
        None,       // plain SMTP, for a relay on the same host or a test sink only
        StartTls,   // SMTP upgraded with STARTTLS, required (usually port 587)
        ImplicitTls // SMTP inside TLS from the first byte, "smtps" (usually port 465)
    };

    QString host = QStringLiteral("localhost");
    int port = 587;
    Security security = Security::StartTls;
    // Log-in is used only when a user name is set.
    QString username;
    QString password;
    // The whole conversation, connection included, must end within this.
    std::chrono::milliseconds timeout{30000};
    // Leave on: a relay whose certificate is not checked can read every mail.
    bool verifyCertificate = true;
    // A CA bundle for a relay with a private certificate; empty for the system's.
    QString caFile;

    // Reads the relay from one URL, as a server option takes it:
    //   smtp://[user[:password]@]host[:port][?security=none|starttls|tls][&timeout=SECONDS]
    //          [&verify=no][&cafile=PATH]
    //   smtps://...   (implicit TLS, port 465 unless given)
    // smtp:// means STARTTLS, required, on port 587 unless security= says otherwise (port 25
    // for security=none). User and password are percent-decoded.
    static Result<SmtpSettings> fromUrl(const QUrl &url);

    // "none", "starttls" or "tls" (also "ssl" and "smtps"), as written in the settings.
    static Result<Security> parseSecurity(const QString &text);
    static QString securityName(Security security);
};

} // namespace shopdesk::mail
