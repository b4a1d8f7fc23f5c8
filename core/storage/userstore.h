#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace shopdesk::storage {

// Users (name, Argon2id hash, role, disabled, whether the password must be changed) and their
// sign-in sessions by token hash. The last enabled admin can neither lose the role nor be
// disabled, so the shop is never left without anyone to manage it.
class UserStore
{
public:
    UserStore(Database &db, const StoreClock &clock, ChangeLog &log);

    static QList<MigrationStep> migrations();

    struct UserRecord
    {
        qint64 id = 0;
        QString username;
        QString passwordHash;
        QString role;
        bool disabled = false;
        bool mustChangePassword = false;
    };
    // What an admin changes of a user; what is not set stays.
    struct Change
    {
        std::optional<QString> role;
        std::optional<bool> disabled;
    };

    Result<qint64> count();
    Result<UserRecord> byName(const QString &username);
    Result<QJsonObject> create(const Actor &actor, const QString &username,
                               const QString &passwordHash, const QString &role,
                               bool mustChangePassword = false);
    Result<QJsonArray> list();
    // Changes role and disabled; disabling ends the user's sessions, whose token hashes go to
    // *ended. Refused (last_admin, cannot_disable_self) with nothing changed.
    Result<QJsonObject> update(const Actor &actor, qint64 id, const Change &change,
                               QStringList *ended);
    // An admin's new password for a user, to be changed at the next sign-in; the user's
    // sessions end (their token hashes go to *ended), as the old password may have leaked.
    Result<QJsonObject> resetPassword(const Actor &actor, qint64 id, const QString &passwordHash,
                                      QStringList *ended);
    // The signed-in user's own new password; it need not be changed again.
    Result<QJsonObject> changePassword(const Actor &actor, const QString &passwordHash);
    Result<void> recordLogin(qint64 id, qint64 at);

    // The user of a live session of an enabled user; expiresAt (if given) receives its end.
    Result<Actor> actorForToken(const QString &tokenHash, qint64 now, qint64 *expiresAt = nullptr);
    Result<void> createSession(const QString &tokenHash, qint64 userId, qint64 now,
                               qint64 expiresAt);
    Result<void> deleteSession(const QString &tokenHash);
    // Drops the sessions that ended before now.
    Result<void> purgeExpiredSessions(qint64 now);

private:
    Result<QJsonObject> userJson(qint64 id);
    // Ends every session of the user; their token hashes go to *ended.
    Result<void> endSessions(qint64 userId, QStringList *ended);
    // Refuses a change that leaves no enabled admin.
    Result<void> keepAnAdmin(qint64 id, const QString &role, bool disabled, const QString &newRole,
                             bool newDisabled);
    Result<QJsonObject> logged(const Actor &actor, qint64 id);

    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
