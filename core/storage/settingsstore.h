#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/database.h"
#include "storage/migrationstep.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace shopdesk::storage {

// The server settings an admin edits from the client (mail relay, shop identity, order
// times, ...): one row per setting that differs from its default, its value as JSON. A
// secret's value is kept like any other but only the server reads it: nothing here is
// handed to a client, and the change records of settings never carry a secret.
class SettingsStore
{
public:
    struct Row
    {
        QString key;
        QJsonValue value;
        bool secret = false;
        qint64 updatedAt = 0;
        QString updatedBy;
    };

    explicit SettingsStore(Database &db)
        : m_db(db)
    {}

    static QList<MigrationStep> migrations();

    // Every stored setting, secrets included (for the server's own use only).
    Result<QList<Row>> all();
    // Stores (or, for a null value, forgets) each setting in the open write batch.
    Result<void> put(const Actor &actor, const QList<Row> &rows, qint64 at);

private:
    Database &m_db;
};

} // namespace shopdesk::storage
