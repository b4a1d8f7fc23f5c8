#pragma once

#include "mail/mailserversettings.h"

namespace shopdesk::mail {

// Where and how the server hands its mail over: the shop's SMTP relay.
struct SmtpSettings : MailServerSettings
{
    using Security = MailSecurity;

    SmtpSettings() { port = 587; }

    // smtp:// (STARTTLS on port 587; port 25 with security=none) or smtps:// (port 465).
    static const Protocol &protocol();
    static Result<SmtpSettings> fromUrl(const QUrl &url);
    static Result<Security> parseSecurity(const QString &text)
    {
        return MailServerSettings::parseSecurity(text, protocol());
    }
};

} // namespace shopdesk::mail
