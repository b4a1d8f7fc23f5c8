#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace shopdesk::server {

// How many connections each client address holds open, so that one client opening hundreds
// cannot starve the others. A reverse proxy speaks for many clients and is not limited.
class ConnectionLimit
{
public:
    ConnectionLimit(int perAddress, QList<QHostAddress> unlimited);

    // Counts a new connection from `address`; false (and not counted) at the limit.
    bool admit(const QHostAddress &address);
    // A connection counted by admit() closed.
    void release(const QHostAddress &address);
    int open(const QHostAddress &address) const { return m_open.value(key(address)); }

private:
    // IPv4 peers may arrive as IPv4-mapped IPv6 addresses on a dual-stack socket.
    static QHostAddress key(const QHostAddress &address);

    int m_perAddress;
    QList<QHostAddress> m_unlimited;
    QHash<QHostAddress, int> m_open;
};

} // namespace shopdesk::server
