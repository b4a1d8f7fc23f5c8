#include "mail/smtpsettings.h"

#include "domain/tr.h"

#include <QUrlQuery>

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

Result<SmtpSettings> SmtpSettings::fromUrl(const QUrl &url)
{
    const auto invalid = [&](const QString &why) {
        return Result<SmtpSettings>::failure(
            u"invalid_smtp_url"_s, Tr::tr("The SMTP relay \"%1\" cannot be used: %2")
                                       .arg(url.toString(QUrl::RemovePassword).left(200), why));
    };
    if (!url.isValid() || url.host().isEmpty())
        return invalid(Tr::tr("write it as smtp://user@host:port."));
    SmtpSettings settings;
    settings.host = url.host();
    const QUrlQuery query(url);
    if (url.scheme() == u"smtps"_s) {
        settings.security = Security::ImplicitTls;
    } else if (url.scheme() == u"smtp"_s) {
        settings.security = Security::StartTls;
        if (query.hasQueryItem(u"security"_s)) {
            const auto security = parseSecurity(query.queryItemValue(u"security"_s));
            if (!security)
                return security.error();
            settings.security = *security;
        }
    } else {
        return invalid(Tr::tr("the scheme must be smtp or smtps."));
    }
    const int defaultPort = settings.security == Security::ImplicitTls ? 465
                            : settings.security == Security::StartTls  ? 587
                                                                       : 25;
    settings.port = url.port(defaultPort);
    settings.username = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    if (query.hasQueryItem(u"timeout"_s)) {
        bool ok = false;
        const double seconds = query.queryItemValue(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return invalid(Tr::tr("timeout is a number of seconds up to 3600."));
        settings.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (query.hasQueryItem(u"verify"_s)) {
        const QString verify = query.queryItemValue(u"verify"_s).toLower();
        if (verify != u"yes"_s && verify != u"no"_s)
            return invalid(Tr::tr("verify is yes or no."));
        settings.verifyCertificate = verify == u"yes"_s;
    }
    settings.caFile = query.queryItemValue(u"cafile"_s, QUrl::FullyDecoded);
    for (const auto &[key, value] : query.queryItems()) {
        Q_UNUSED(value);
        if (key != u"security"_s && key != u"timeout"_s && key != u"verify"_s &&
            key != u"cafile"_s) {
            return invalid(Tr::tr("\"%1\" is not a setting of the relay.").arg(key.left(40)));
        }
    }
    return settings;
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
