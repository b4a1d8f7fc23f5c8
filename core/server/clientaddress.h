#pragma once

#include "server/httprequest.h"

#include <QHostAddress>
#include <QList>

namespace shopdesk::server {

// Where a request comes from: the peer, or behind a trusted reverse proxy the nearest address
// of X-Forwarded-For that is not itself a trusted proxy. Anyone else's X-Forwarded-For is
// not believed, so a client cannot name another address for itself.
class ClientAddress
{
public:
    ClientAddress() = default;
    explicit ClientAddress(QList<QHostAddress> trustedProxies)
        : m_trustedProxies(std::move(trustedProxies))
    {}

    QHostAddress of(const HttpRequest &request) const;
    // The address as the change log records it: IPv4 written plainly even when mapped.
    QString textOf(const HttpRequest &request) const;
    bool isTrustedProxy(const QHostAddress &address) const;

private:
    QList<QHostAddress> m_trustedProxies;
};

} // namespace shopdesk::server
