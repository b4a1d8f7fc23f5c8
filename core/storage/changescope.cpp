#include "storage/changescope.h"

namespace shopdesk::storage {

bool ChangeScope::accepts(const QString &entity, const QJsonObject &data) const
{
    if (excluded.contains(entity))
        return false;
    // Owned records pass by their owner, whatever `only` lists. User names are unique and
    // never change, so the name a record carries is as good as the id the SQL compares.
    if (ordersOf > 0 && entity == QLatin1String("order"))
        return data.value(QLatin1String("created_by")).toString() == ordersOfName;
    if (chatsOf > 0 && entity == QLatin1String("conversation"))
        return data.value(QLatin1String("posted_by")).toString() == chatsOfName;
    return only.isEmpty() || only.contains(entity);
}

} // namespace shopdesk::storage
