#pragma once

#include "server/route.h"
#include "storage/audittrail.h"

#include <QList>

namespace shopdesk::server {

// The audit trail: GET /audit (JSON pages) and GET /audit.csv (the same filters as CSV),
// for managers and admins. A manager sees only the entities the role reads; an admin all.
class AuditRoutes
{
public:
    // Rows a CSV page holds at most: large enough for few requests, small enough for memory.
    static constexpr int csvPage = 10000;

    explicit AuditRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

private:
    void list(const CallPtr &call, bool csv);
    // The filters of the query, or false after failing the call with 400 or 403.
    bool readFilter(const CallPtr &call, storage::AuditFilter &filter) const;
    static bool readTime(const CallPtr &call, const QString &name, qint64 &msecs);
    static bool readCount(const CallPtr &call, const QString &name, const QString &code,
                          qint64 fallback, qint64 max, qint64 &value);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
