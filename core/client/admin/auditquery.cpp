#include "client/admin/auditquery.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

QUrlQuery AuditQuery::urlQuery() const
{
    QUrlQuery query;
    if (!user.trimmed().isEmpty())
        query.addQueryItem(u"user"_s, user.trimmed());
    if (!entity.isEmpty())
        query.addQueryItem(u"entity"_s, entity);
    // Milliseconds: no '+' or ':' of a time zone to encode.
    if (from.isValid())
        query.addQueryItem(u"from"_s, QString::number(from.toMSecsSinceEpoch()));
    if (to.isValid())
        query.addQueryItem(u"to"_s, QString::number(to.toMSecsSinceEpoch()));
    return query;
}

} // namespace shopdesk::client
