#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace shopdesk::client {

// The audit's filters as the user sets them; an empty or invalid one does not narrow.
struct AuditQuery
{
    QString user;
    QString entity;
    QDateTime from;
    QDateTime to;

    // The filters as GET /audit's query (times in UTC).
    QUrlQuery urlQuery() const;
};

} // namespace shopdesk::client
