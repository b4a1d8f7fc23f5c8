#include "storage/idempotencystore.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

IdempotencyStore::IdempotencyStore(Database &db, const StoreClock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<MigrationStep> IdempotencyStore::migrations()
{
    return {{u"idempotency"_s,
             1,
             {
                 u"CREATE TABLE idempotency (user_id BIGINT NOT NULL, idem_key TEXT NOT NULL, "
                 "fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, "
                 "created_at BIGINT NOT NULL, PRIMARY KEY (user_id, idem_key))"_s,
                 u"CREATE INDEX idempotency_created ON idempotency(created_at)"_s,
             }}};
}

Result<std::optional<IdempotencyStore::StoredResponse>>
IdempotencyStore::storedResponse(qint64 userId, const QString &key)
{
    auto q = m_db.fetch(u"SELECT fingerprint, status, body FROM idempotency "
                        "WHERE user_id = ? AND idem_key = ?"_s,
                        {userId, key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StoredResponse>();
    return std::optional<StoredResponse>(StoredResponse{q.value().value(0).toString(),
                                                        q.value().value(1).toInt(),
                                                        q.value().value(2).toString().toUtf8()});
}

Result<void> IdempotencyStore::storeResponse(qint64 userId, const QString &key,
                                             const QString &fingerprint, int status,
                                             const QByteArray &body)
{
    return m_db.exec(u"INSERT INTO idempotency (user_id, idem_key, fingerprint, status, body, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {userId, key, fingerprint, status, QString::fromUtf8(body), m_clock.now()});
}

Result<void> IdempotencyStore::purge(qint64 now, qint64 keepMsecs)
{
    return m_db.exec(u"DELETE FROM idempotency WHERE created_at < ?"_s, {now - keepMsecs});
}

} // namespace shopdesk::storage
