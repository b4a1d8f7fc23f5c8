#include "storage/userstore.h"

#include "domain/tr.h"
#include "storage/storeerrors.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

UserStore::UserStore(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
{}

QList<MigrationStep> UserStore::migrations()
{
    return {{u"users"_s,
             1,
             {
                 u"CREATE TABLE users (id %ID%, username TEXT NOT NULL UNIQUE, "
                 "password_hash TEXT NOT NULL, role TEXT NOT NULL, "
                 "created_at BIGINT NOT NULL)"_s,
                 u"CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, "
                 "user_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL, "
                 "expires_at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX sessions_expiry ON sessions(expires_at)"_s,
             }}};
}

Result<qint64> UserStore::count()
{
    auto count = m_db.scalar(u"SELECT COUNT(*) FROM users"_s, {}, 0);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<UserStore::UserRecord> UserStore::byName(const QString &username)
{
    auto q = m_db.fetch(u"SELECT id, username, password_hash, role FROM users WHERE username = ?"_s,
                        {username});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no user %1.").arg(username));
    return UserRecord{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                      q.value().value(2).toString(), q.value().value(3).toString()};
}

Result<QJsonObject> UserStore::create(const Actor &actor, const QString &username,
                                      const QString &passwordHash, const QString &role)
{
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM users WHERE username = ?"_s, {username}, 0);
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() > 0) {
        return Error{u"username_exists"_s, Tr::tr("The user name %1 is taken.").arg(username),
                     QJsonObject{{u"username"_s, username}}};
    }
    const qint64 now = m_clock.now();
    auto id = m_db.scalar(u"INSERT INTO users (username, password_hash, role, created_at) "
                          "VALUES (?, ?, ?, ?) RETURNING id"_s,
                          {username, passwordHash, role, now});
    if (!id)
        return id.error();
    const QJsonObject user{{u"id"_s, id.value().toLongLong()},
                           {u"username"_s, username},
                           {u"role"_s, role},
                           {u"created_at"_s, StoreClock::isoTime(now)}};
    if (auto ok = m_log.append(actor, u"user"_s, id.value().toString(), u"create"_s, user); !ok)
        return ok.error();
    return user;
}

Result<QJsonArray> UserStore::list()
{
    auto q = m_db.fetch(u"SELECT id, username, role, created_at FROM users ORDER BY id"_s);
    if (!q)
        return q.error();
    QJsonArray users;
    while (q.value().next()) {
        users.append(
            QJsonObject{{u"id"_s, q.value().value(0).toLongLong()},
                        {u"username"_s, q.value().value(1).toString()},
                        {u"role"_s, q.value().value(2).toString()},
                        {u"created_at"_s, StoreClock::isoTime(q.value().value(3).toLongLong())}});
    }
    return users;
}

Result<Actor> UserStore::actorForToken(const QString &tokenHash, qint64 now, qint64 *expiresAt)
{
    auto q =
        m_db.fetch(u"SELECT u.id, u.username, u.role, s.expires_at FROM sessions s "
                   "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?"_s,
                   {tokenHash, now});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("The session does not exist or has expired."));
    if (expiresAt)
        *expiresAt = q.value().value(3).toLongLong();
    return Actor{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                 q.value().value(2).toString()};
}

Result<void> UserStore::createSession(const QString &tokenHash, qint64 userId, qint64 now,
                                      qint64 expiresAt)
{
    return m_db.exec(u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                     "VALUES (?, ?, ?, ?)"_s,
                     {tokenHash, userId, now, expiresAt});
}

Result<void> UserStore::deleteSession(const QString &tokenHash)
{
    return m_db.exec(u"DELETE FROM sessions WHERE token_hash = ?"_s, {tokenHash});
}

Result<void> UserStore::purgeExpiredSessions(qint64 now)
{
    return m_db.exec(u"DELETE FROM sessions WHERE expires_at < ?"_s, {now});
}

} // namespace shopdesk::storage
