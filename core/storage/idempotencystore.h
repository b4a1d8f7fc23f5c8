#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QByteArray>

#include <optional>

namespace shopdesk::storage {

// The first answer to every mutation, by user and Idempotency-Key, so a retry gets it back
// and changes nothing.
class IdempotencyStore
{
public:
    IdempotencyStore(Database &db, const StoreClock &clock);

    static QList<MigrationStep> migrations();

    struct StoredResponse
    {
        QString fingerprint;
        int status = 0;
        QByteArray body;
    };
    // Nothing when the key is new.
    Result<std::optional<StoredResponse>> storedResponse(qint64 userId, const QString &key);
    Result<void> storeResponse(qint64 userId, const QString &key, const QString &fingerprint,
                               int status, const QByteArray &body);
    // Drops the records older than keepMsecs.
    Result<void> purge(qint64 now, qint64 keepMsecs);

private:
    Database &m_db;
    const StoreClock &m_clock;
};

} // namespace shopdesk::storage
