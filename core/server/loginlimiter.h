#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace shopdesk::server {

// Counts failed logins per user name and per client address in a sliding window; once
// either is over its limit, further attempts are refused (429) until the window has passed,
// whether the password is right or not.
class LoginLimiter
{
public:
    static constexpr int perUser = 5;
    static constexpr int perAddress = 20;
    static constexpr qint64 windowMs = 15 * 60 * 1000;

    // Seconds to wait before the next attempt, or 0 if one may be made now.
    int retryAfter(const QString &username, const QString &address, qint64 now);
    void recordFailure(const QString &username, const QString &address, qint64 now);
    void recordSuccess(const QString &username);

private:
    static int check(QList<qint64> &failures, int limit, qint64 now);

    QHash<QString, QList<qint64>> m_byUser;
    QHash<QString, QList<qint64>> m_byAddress;
};

} // namespace shopdesk::server
