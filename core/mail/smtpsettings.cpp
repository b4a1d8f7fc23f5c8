#include "mail/smtpsettings.h"

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

const MailServerSettings::Protocol &SmtpSettings::protocol()
{
    static const Protocol smtp{u"SMTP"_s, u"smtp"_s, u"smtps"_s, 25, 587, 465, u"smtp"_s};
    return smtp;
}

Result<SmtpSettings> SmtpSettings::fromUrl(const QUrl &url)
{
    auto settings = MailServerSettings::fromUrl(url, protocol());
    if (!settings)
        return settings.error();
    SmtpSettings smtp;
    static_cast<MailServerSettings &>(smtp) = *settings;
    return smtp;
}

} // namespace shopdesk::mail
