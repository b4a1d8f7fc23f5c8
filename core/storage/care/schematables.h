#pragma once

#include "storage/database.h"

#include <QSet>
#include <QString>

namespace shopdesk::storage {

// Whether a table exists in the connected store. Modules that arrive with later migrations
// (tickets) are joined only once their tables are there; a table, once seen, stays known.
class SchemaTables
{
public:
    explicit SchemaTables(Database &db)
        : m_db(db)
    {}

    bool has(const QString &table);

private:
    Database &m_db;
    QSet<QString> m_known;
};

} // namespace shopdesk::storage
