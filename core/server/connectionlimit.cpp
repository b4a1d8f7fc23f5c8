#include "server/connectionlimit.h"

namespace shopdesk::server {

ConnectionLimit::ConnectionLimit(int perAddress, QList<QHostAddress> unlimited)
    : m_perAddress(perAddress)
    , m_unlimited(std::move(unlimited))
{}

QHostAddress ConnectionLimit::key(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool ConnectionLimit::admit(const QHostAddress &address)
{
    const QHostAddress peer = key(address);
    if (m_unlimited.contains(peer))
        return true;
    int &open = m_open[peer];
    if (open >= m_perAddress) {
        if (open == 0)
            m_open.remove(peer);
        return false;
    }
    ++open;
    return true;
}

void ConnectionLimit::release(const QHostAddress &address)
{
    const QHostAddress peer = key(address);
    const auto it = m_open.find(peer);
    if (it == m_open.end())
        return;
    if (--it.value() <= 0)
        m_open.erase(it);
}

} // namespace shopdesk::server
