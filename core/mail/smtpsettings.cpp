#include "mail/smtpsettings.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

Result<SmtpSettings::Security> SmtpSettings::parseSecurity(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == u"none"_s)
        return Security::None;
    if (name == u"starttls"_s)
        return Security::StartTls;
    if (name == u"tls"_s || name == u"ssl"_s || name == u"smtps"_s)
        return Security::ImplicitTls;
    return Result<Security>::failure(
        u"invalid_smtp_security"_s,
        Tr::tr("SMTP security is one of none, starttls or tls, not \"%1\".").arg(text.left(40)));
}

QString SmtpSettings::securityName(Security security)
{
    switch (security) {
    case Security::None:
        return u"none"_s;
    case Security::StartTls:
        return u"starttls"_s;
    case Security::ImplicitTls:
        return u"tls"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace shopdesk::mail
