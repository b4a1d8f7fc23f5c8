#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

// Counts failed logins per user name and per client address in a sliding window; once
// either is over its limit, further attempts are refused (429) until the window has passed,
// whether the password is right or not. The failures are kept in the database
// (storage::LoginAttempts), so servers sharing it share the counts.
class LoginLimiter
{
public:
    static constexpr int perUser = 5;
    static constexpr int perAddress = 20;
    static constexpr qint64 windowMs = 15 * 60 * 1000;

    explicit LoginLimiter(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    // Seconds to wait before the next attempt, or 0 if one may be made now.
    Result<int> retryAfter(const QString &username, const QString &address, qint64 now);
    // On the writer's store, in the transaction that answers the attempt.
    static Result<void> recordFailure(storage::ShopStore &store, const QString &username,
                                      const QString &address, qint64 now);
    static Result<void> recordSuccess(storage::ShopStore &store, const QString &username);

private:
    // Seconds until fewer than limit of the failures (oldest first) are in the window.
    static int wait(const QList<qint64> &failures, int limit, qint64 now);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
