#include "mail/mailserversettings.h"

#include "domain/tr.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

QByteArray MailServerSettings::curlUrl(const Protocol &protocol) const
{
    const QString scheme =
        security == MailSecurity::ImplicitTls ? protocol.tlsScheme : protocol.plainScheme;
    // A literal IPv6 address needs brackets in a URL.
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    return (scheme + u"://"_s + bracketed + u':' + QString::number(port)).toUtf8();
}

Result<MailSecurity> MailServerSettings::parseSecurity(const QString &text,
                                                       const Protocol &protocol)
{
    const QString name = text.trimmed().toLower();
    if (name == u"none"_s)
        return MailSecurity::None;
    if (name == u"starttls"_s)
        return MailSecurity::StartTls;
    if (name == u"tls"_s || name == u"ssl"_s || name == protocol.tlsScheme)
        return MailSecurity::ImplicitTls;
    return Result<MailSecurity>::failure(
        u"invalid_"_s + protocol.codePrefix + u"_security"_s,
        Tr::tr("%1 security is one of none, starttls or tls, not \"%2\".")
            .arg(protocol.name, text.left(40)));
}

Result<MailServerSettings> MailServerSettings::fromUrl(const QUrl &url, const Protocol &protocol)
{
    const auto invalid = [&](const QString &why) {
        return Result<MailServerSettings>::failure(
            u"invalid_"_s + protocol.codePrefix + u"_url"_s,
            Tr::tr("The %1 server \"%2\" cannot be used: %3")
                .arg(protocol.name, url.toString(QUrl::RemovePassword).left(200), why));
    };
    if (!url.isValid() || url.host().isEmpty()) {
        return invalid(Tr::tr("write it as %1://user@host:port.").arg(protocol.plainScheme));
    }
    MailServerSettings settings;
    settings.host = url.host();
    const QUrlQuery query(url);
    if (url.scheme() == protocol.tlsScheme) {
        settings.security = MailSecurity::ImplicitTls;
    } else if (url.scheme() == protocol.plainScheme) {
        settings.security = MailSecurity::StartTls;
        if (query.hasQueryItem(u"security"_s)) {
            const auto security = parseSecurity(query.queryItemValue(u"security"_s), protocol);
            if (!security)
                return security.error();
            settings.security = *security;
        }
    } else {
        return invalid(
            Tr::tr("the scheme must be %1 or %2.").arg(protocol.plainScheme, protocol.tlsScheme));
    }
    const int defaultPort = settings.security == MailSecurity::ImplicitTls ? protocol.tlsPort
                            : settings.security == MailSecurity::StartTls  ? protocol.startTlsPort
                                                                           : protocol.plainPort;
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
            return invalid(Tr::tr("\"%1\" is not a setting of the server.").arg(key.left(40)));
        }
    }
    return settings;
}

QString MailServerSettings::securityName(MailSecurity security)
{
    switch (security) {
    case MailSecurity::None:
        return u"none"_s;
    case MailSecurity::StartTls:
        return u"starttls"_s;
    case MailSecurity::ImplicitTls:
        return u"tls"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace shopdesk::mail
