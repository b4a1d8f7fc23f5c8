#include "storage/care/schematables.h"

namespace shopdesk::storage {

bool SchemaTables::has(const QString &table)
{
    if (m_known.contains(table))
        return true;
    const QStringList tables = m_db.connection().tables(QSql::Tables);
    for (const QString &name : tables)
        m_known.insert(name.toLower());
    return m_known.contains(table);
}

} // namespace shopdesk::storage
