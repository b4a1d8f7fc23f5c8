#include "mail/imapsettings.h"

#include "domain/tr.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

bool isLoopback(const QString &host)
{
    if (host == u"localhost"_s || host == u"::1"_s)
        return true;
    const QStringList parts = host.split(u'.');
    return parts.size() == 4 && parts[0] == u"127"_s &&
           std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
               bool ok = false;
               return part.toUInt(&ok) <= 255 && ok && !part.isEmpty() && part.size() <= 3 &&
                      std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); });
           });
}

} // namespace

const MailServerSettings::Protocol &ImapSettings::protocol()
{
    static const Protocol imap{u"IMAP"_s, u"imap"_s, u"imaps"_s, 143, 143, 993, u"imap"_s};
    return imap;
}

Result<ImapSettings> ImapSettings::fromUrl(const QUrl &url)
{
    auto settings = MailServerSettings::fromUrl(url, protocol());
    if (!settings)
        return settings.error();
    const auto invalid = [&](const QString &why) {
        return Result<ImapSettings>::failure(
            u"invalid_imap_url"_s, Tr::tr("The IMAP server \"%1\" cannot be used: %2")
                                       .arg(url.toString(QUrl::RemovePassword).left(200), why));
    };
    if (settings->security == MailSecurity::None && !isLoopback(settings->host))
        return invalid(Tr::tr("security=none is only for a server on this machine."));
    ImapSettings imap;
    static_cast<MailServerSettings &>(imap) = *settings;
    const QString path = url.path(QUrl::FullyDecoded).mid(1);
    if (!path.isEmpty())
        imap.mailbox = path;
    const bool plain = std::all_of(imap.mailbox.cbegin(), imap.mailbox.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (!plain)
        return invalid(Tr::tr("the mailbox name must be plain ASCII."));
    return imap;
}

} // namespace shopdesk::mail
