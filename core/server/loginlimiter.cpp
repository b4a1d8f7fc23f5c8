#include "server/loginlimiter.h"

namespace shopdesk::server {

int LoginLimiter::check(QList<qint64> &failures, int limit, qint64 now)
{
    while (!failures.isEmpty() && failures.first() <= now - windowMs)
        failures.removeFirst();
    if (failures.size() < limit)
        return 0;
    return int((failures.first() + windowMs - now + 999) / 1000);
}

int LoginLimiter::retryAfter(const QString &username, const QString &address, qint64 now)
{
    int wait = 0;
    if (auto it = m_byUser.find(username); it != m_byUser.end())
        wait = std::max(wait, check(*it, perUser, now));
    if (auto it = m_byAddress.find(address); it != m_byAddress.end())
        wait = std::max(wait, check(*it, perAddress, now));
    return wait;
}

void LoginLimiter::recordFailure(const QString &username, const QString &address, qint64 now)
{
    // Bounded memory against floods of made-up user names: forget the oldest windows.
    if (m_byUser.size() > 100000)
        m_byUser.clear();
    if (m_byAddress.size() > 100000)
        m_byAddress.clear();
    m_byUser[username].append(now);
    m_byAddress[address].append(now);
}

void LoginLimiter::recordSuccess(const QString &username)
{
    m_byUser.remove(username);
}

} // namespace shopdesk::server
