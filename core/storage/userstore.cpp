#include "storage/userstore.h"

#include "domain/tr.h"
#include "storage/storeerrors.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString userColumns =
    u"id, username, role, created_at, disabled, must_change_password, last_login_at"_s;

// A user as GET /users lists it (never the hash), from a row of userColumns.
QJsonObject userFromRow(SqlRows &row)
{
    return QJsonObject{{u"id"_s, row.value(0).toLongLong()},
                       {u"username"_s, row.value(1).toString()},
                       {u"role"_s, row.value(2).toString()},
                       {u"created_at"_s, StoreClock::isoTime(row.value(3).toLongLong())},
                       {u"disabled"_s, row.value(4).toInt() != 0},
                       {u"must_change_password"_s, row.value(5).toInt() != 0},
                       {u"last_login_at"_s, StoreClock::isoTimeOrNull(row.value(6))}};
}

} // namespace

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
             }},
            {u"users_admin"_s,
             15,
             {
                 u"ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"_s,
                 u"ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"_s,
                 u"ALTER TABLE users ADD COLUMN last_login_at BIGINT"_s,
                 u"CREATE INDEX sessions_user ON sessions(user_id)"_s,
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
    auto q = m_db.fetch(u"SELECT id, username, password_hash, role, disabled, must_change_password "
                        "FROM users WHERE username = ?"_s,
                        {username});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no user %1.").arg(username));
    return UserRecord{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                      q.value().value(2).toString(),   q.value().value(3).toString(),
                      q.value().value(4).toInt() != 0, q.value().value(5).toInt() != 0};
}

Result<QJsonObject> UserStore::create(const Actor &actor, const QString &username,
                                      const QString &passwordHash, const QString &role,
                                      bool mustChangePassword)
{
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM users WHERE username = ?"_s, {username}, 0);
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() > 0) {
        return Error{u"username_exists"_s, Tr::tr("The user name %1 is taken.").arg(username),
                     QJsonObject{{u"username"_s, username}}};
    }
    const qint64 now = m_clock.now();
    auto id = m_db.scalar(u"INSERT INTO users (username, password_hash, role, created_at, "
                          "must_change_password) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                          {username, passwordHash, role, now, mustChangePassword ? 1 : 0});
    if (!id)
        return id.error();
    auto user = userJson(id.value().toLongLong());
    if (!user)
        return user;
    if (auto ok = m_log.append(actor, u"user"_s, id.value().toString(), u"create"_s, user.value());
        !ok)
        return ok.error();
    return user;
}

Result<QJsonArray> UserStore::list()
{
    auto q = m_db.fetch(u"SELECT "_s + userColumns + u" FROM users ORDER BY id"_s);
    if (!q)
        return q.error();
    QJsonArray users;
    while (q.value().next())
        users.append(userFromRow(q.value()));
    return users;
}

Result<QJsonObject> UserStore::userJson(qint64 id)
{
    auto q = m_db.fetch(u"SELECT "_s + userColumns + u" FROM users WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no user %1.").arg(id));
    return userFromRow(q.value());
}

Result<void> UserStore::endSessions(qint64 userId, QStringList *ended)
{
    auto q = m_db.fetch(u"SELECT token_hash FROM sessions WHERE user_id = ?"_s, {userId});
    if (!q)
        return q.error();
    while (q.value().next())
        ended->append(q.value().value(0).toString());
    return m_db.exec(u"DELETE FROM sessions WHERE user_id = ?"_s, {userId});
}

Result<void> UserStore::keepAnAdmin(qint64 id, const QString &role, bool disabled,
                                    const QString &newRole, bool newDisabled)
{
    const bool wasAdmin = role == u"admin"_s && !disabled;
    const bool staysAdmin = newRole == u"admin"_s && !newDisabled;
    if (!wasAdmin || staysAdmin)
        return {};
    // Locked, so two servers cannot each take away one of the last two admins.
    auto admins = m_db.ids(u"SELECT id FROM users WHERE role = 'admin' AND disabled = 0 "
                           "AND id <> ? ORDER BY id"_s +
                               m_db.dialect().forUpdate(),
                           {id});
    if (!admins)
        return admins.error();
    if (!admins.value().isEmpty())
        return {};
    return Error{u"last_admin"_s,
                 Tr::tr("This is the last admin: make another user an admin first."),
                 QJsonObject{{u"id"_s, id}}};
}

Result<QJsonObject> UserStore::logged(const Actor &actor, qint64 id)
{
    auto user = userJson(id);
    if (!user)
        return user;
    if (auto ok = m_log.append(actor, u"user"_s, QString::number(id), u"update"_s, user.value());
        !ok)
        return ok.error();
    return user;
}

Result<QJsonObject> UserStore::update(const Actor &actor, qint64 id, const Change &change,
                                      QStringList *ended)
{
    auto q = m_db.fetch(
        u"SELECT role, disabled FROM users WHERE id = ?"_s + m_db.dialect().forUpdate(), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no user %1.").arg(id));
    const QString role = q.value().value(0).toString();
    const bool disabled = q.value().value(1).toInt() != 0;
    const QString newRole = change.role.value_or(role);
    const bool newDisabled = change.disabled.value_or(disabled);
    if (newDisabled && !disabled && id == actor.userId) {
        return Error{u"cannot_disable_self"_s,
                     Tr::tr("You cannot disable yourself; another admin can."),
                     QJsonObject{{u"id"_s, id}}};
    }
    if (auto ok = keepAnAdmin(id, role, disabled, newRole, newDisabled); !ok)
        return ok.error();
    if (auto ok = m_db.exec(u"UPDATE users SET role = ?, disabled = ? WHERE id = ?"_s,
                            {newRole, newDisabled ? 1 : 0, id});
        !ok)
        return ok.error();
    if (newDisabled) {
        if (auto ok = endSessions(id, ended); !ok)
            return ok.error();
    }
    return logged(actor, id);
}

Result<QJsonObject> UserStore::resetPassword(const Actor &actor, qint64 id,
                                             const QString &passwordHash, QStringList *ended)
{
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM users WHERE id = ?"_s, {id}, 0);
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() == 0)
        return StoreErrors::notFound(Tr::tr("There is no user %1.").arg(id));
    if (auto ok = m_db.exec(u"UPDATE users SET password_hash = ?, must_change_password = 1 "
                            "WHERE id = ?"_s,
                            {passwordHash, id});
        !ok)
        return ok.error();
    if (auto ok = endSessions(id, ended); !ok)
        return ok.error();
    return logged(actor, id);
}

Result<QJsonObject> UserStore::changePassword(const Actor &actor, const QString &passwordHash)
{
    if (auto ok = m_db.exec(u"UPDATE users SET password_hash = ?, must_change_password = 0 "
                            "WHERE id = ?"_s,
                            {passwordHash, actor.userId});
        !ok)
        return ok.error();
    return logged(actor, actor.userId);
}

Result<void> UserStore::recordLogin(qint64 id, qint64 at)
{
    return m_db.exec(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s, {at, id});
}

Result<Actor> UserStore::actorForToken(const QString &tokenHash, qint64 now, qint64 *expiresAt)
{
    auto q = m_db.fetch(u"SELECT u.id, u.username, u.role, s.expires_at, u.must_change_password "
                        "FROM sessions s JOIN users u ON u.id = s.user_id "
                        "WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0"_s,
                        {tokenHash, now});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("The session does not exist or has expired."));
    if (expiresAt)
        *expiresAt = q.value().value(3).toLongLong();
    return Actor{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                 q.value().value(2).toString(), q.value().value(4).toInt() != 0};
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
