#include "server/loginlimiter.h"

#include "storage/loginattempts.h"
#include "storage/shopstore.h"

#include <algorithm>

namespace shopdesk::server {

int LoginLimiter::wait(const QList<qint64> &failures, int limit, qint64 now)
{
    if (failures.size() < limit)
        return 0;
    // Two servers may both have let one more through: wait until the count is under limit.
    const qint64 freedAt = failures.at(failures.size() - limit) + windowMs;
    return int(std::max<qint64>(1, (freedAt - now + 999) / 1000));
}

Result<int> LoginLimiter::retryAfter(const QString &username, const QString &address, qint64 now)
{
    storage::LoginAttempts attempts(m_reader.database());
    auto byName = attempts.failuresOfName(username, now - windowMs);
    if (!byName)
        return byName.error();
    auto byAddress = attempts.failuresOfAddress(address, now - windowMs);
    if (!byAddress)
        return byAddress.error();
    return std::max(wait(byName.value(), perUser, now), wait(byAddress.value(), perAddress, now));
}

Result<void> LoginLimiter::recordFailure(storage::ShopStore &store, const QString &username,
                                         const QString &address, qint64 now)
{
    return storage::LoginAttempts(store.database())
        .recordFailure(username, address, now, now - windowMs);
}

Result<void> LoginLimiter::recordSuccess(storage::ShopStore &store, const QString &username)
{
    return storage::LoginAttempts(store.database()).clearName(username);
}

} // namespace shopdesk::server
