#include "storage/loginattempts.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QList<MigrationStep> LoginAttempts::migrations()
{
    return {{u"login_failures"_s,
             15,
             {
                 u"CREATE TABLE login_failures (id %ID%, username TEXT NOT NULL, "
                 "address TEXT NOT NULL, at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX login_failures_name ON login_failures(username, at)"_s,
                 u"CREATE INDEX login_failures_address ON login_failures(address, at)"_s,
                 u"CREATE INDEX login_failures_at ON login_failures(at)"_s,
             }}};
}

Result<QList<qint64>> LoginAttempts::times(const QString &column, const QString &key, qint64 since)
{
    // column is one of two names fixed in this file, never input.
    return m_db.ids(u"SELECT at FROM login_failures WHERE "_s + column +
                        u" = ? AND at > ? ORDER BY at LIMIT 1000"_s,
                    {key, since});
}

Result<QList<qint64>> LoginAttempts::failuresOfName(const QString &username, qint64 since)
{
    return times(u"username"_s, username, since);
}

Result<QList<qint64>> LoginAttempts::failuresOfAddress(const QString &address, qint64 since)
{
    return times(u"address"_s, address, since);
}

Result<void> LoginAttempts::recordFailure(const QString &username, const QString &address,
                                          qint64 at, qint64 forgetBefore)
{
    if (auto ok = m_db.exec(u"DELETE FROM login_failures WHERE at <= ?"_s, {forgetBefore}); !ok)
        return ok;
    return m_db.exec(u"INSERT INTO login_failures (username, address, at) VALUES (?, ?, ?)"_s,
                     {username, address, at});
}

Result<void> LoginAttempts::clearName(const QString &username)
{
    return m_db.exec(u"DELETE FROM login_failures WHERE username = ?"_s, {username});
}

} // namespace shopdesk::storage
