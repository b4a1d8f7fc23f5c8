#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/migrationstep.h"

#include <QList>

namespace shopdesk::storage {

// Failed sign-ins by user name and by client address, with their times. They live in the
// database, not in a server's memory, so servers sharing one database count them together.
class LoginAttempts
{
public:
    explicit LoginAttempts(Database &db)
        : m_db(db)
    {}

    static QList<MigrationStep> migrations();

    // The times of the failures after since, oldest first.
    Result<QList<qint64>> failuresOfName(const QString &username, qint64 since);
    Result<QList<qint64>> failuresOfAddress(const QString &address, qint64 since);
    // Records one failure and drops those at or before forgetBefore, which count no more.
    Result<void> recordFailure(const QString &username, const QString &address, qint64 at,
                               qint64 forgetBefore);
    // A successful sign-in wipes the name's slate (the address keeps its count).
    Result<void> clearName(const QString &username);

private:
    Result<QList<qint64>> times(const QString &column, const QString &key, qint64 since);

    Database &m_db;
};

} // namespace shopdesk::storage
