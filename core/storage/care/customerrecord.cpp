#include "storage/care/customerrecord.h"

#include "domain/tr.h"
#include "storage/storeerrors.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

Result<CustomerRecord::State> CustomerRecord::state(Database &db, qint64 id, bool lock)
{
    auto q = db.fetch(u"SELECT merged_into, erased FROM customers WHERE id = ?"_s +
                          (lock ? db.dialect().forUpdate() : QString()),
                      {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no customer %1.").arg(id));
    return State{q.value().value(0).toLongLong(), q.value().value(1).toLongLong() != 0};
}

Error CustomerRecord::erasedError(qint64 id)
{
    return Error{u"customer_erased"_s,
                 Tr::tr("Customer %1 was erased on request and cannot be changed.").arg(id),
                 QJsonObject{{u"customer_id"_s, id}}};
}

} // namespace shopdesk::storage
