#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/migrationstep.h"

#include <QJsonObject>
#include <QStringList>

namespace shopdesk::storage {

// Which change records an audit reads; an empty field does not narrow.
struct AuditFilter
{
    QString user;
    QString entity;
    QString entityId;
    qint64 from = 0; // ms since the epoch, inclusive; 0: from the start
    qint64 to = 0;   // ms since the epoch, inclusive; 0: up to now
    // The entities the reader may see at all; empty: every entity.
    QStringList readable;
};

// The change log read as an audit trail: who changed what, when and from where, newest first.
class AuditTrail
{
public:
    explicit AuditTrail(Database &db)
        : m_db(db)
    {}

    static QList<MigrationStep> migrations();

    // One page of records older than after (0: the newest), as {"items": [...], "next"}:
    // each item {seq, at, user, address, entity, entity_id, op, data}.
    Result<QJsonObject> page(const AuditFilter &filter, int limit, qint64 after);

private:
    Database &m_db;
};

} // namespace shopdesk::storage
