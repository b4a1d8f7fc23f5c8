#include "server/clientaddress.h"

#include <algorithm>

namespace shopdesk::server {

bool ClientAddress::isTrustedProxy(const QHostAddress &address) const
{
    return std::any_of(m_trustedProxies.cbegin(), m_trustedProxies.cend(),
                       [&](const QHostAddress &proxy) {
                           return proxy.isEqual(address, QHostAddress::TolerantConversion);
                       });
}

QHostAddress ClientAddress::of(const HttpRequest &request) const
{
    QHostAddress client = request.peer;
    if (!isTrustedProxy(client))
        return client; // anyone else's X-Forwarded-For is not believed
    // Each proxy appends the address it got the request from: read from the right.
    const QList<QByteArray> hops = request.header("x-forwarded-for").split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break; // the nearest address that can be read is the client then
        client = address;
        if (!isTrustedProxy(address))
            break;
    }
    return client;
}

QString ClientAddress::textOf(const HttpRequest &request) const
{
    const QHostAddress address = of(request);
    if (address.isNull())
        return {};
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(ipv4).toString() : address.toString();
}

} // namespace shopdesk::server
