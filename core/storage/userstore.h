#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shopdesk::storage {

// Users (name, Argon2id hash, role) and their sign-in sessions by token hash.
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
    };
    Result<qint64> count();
    Result<UserRecord> byName(const QString &username);
    Result<QJsonObject> create(const Actor &actor, const QString &username,
                               const QString &passwordHash, const QString &role);
    Result<QJsonArray> list();

    // The user of a live session; expiresAt (if given) receives the session's end.
    Result<Actor> actorForToken(const QString &tokenHash, qint64 now, qint64 *expiresAt = nullptr);
    Result<void> createSession(const QString &tokenHash, qint64 userId, qint64 now,
                               qint64 expiresAt);
    Result<void> deleteSession(const QString &tokenHash);
    // Drops the sessions that ended before now.
    Result<void> purgeExpiredSessions(qint64 now);

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
