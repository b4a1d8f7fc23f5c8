#include "server/serveroptions.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

Result<std::pair<QHostAddress, quint16>> ServerOptions::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const auto invalid = [&] {
        return Result<std::pair<QHostAddress, quint16>>::failure(
            u"invalid_listen_address"_s,
            Tr::tr("--listen takes HOST:PORT, for example 127.0.0.1:8080: \"%1\" is not.")
                .arg(text));
    };
    if (colon <= 0)
        return invalid();
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host);
    if (!ok || port > 65535 || address.isNull())
        return invalid();
    return std::make_pair(address, quint16(port));
}

} // namespace shopdesk::server
