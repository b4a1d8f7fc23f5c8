#pragma once

#include "domain/result.h"
#include "storage/care/schematables.h"
#include "storage/care/timelinesource.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>

namespace shopdesk::storage {

// Everything that happened with one customer, newest first: one keyset read a source
// (sources()), merged by (at, kind, n) descending. The cursor names the last item of a page
// ("<at>:<kind>:<n>", opaque to clients), so every source continues exactly after it and
// events written meanwhile are neither skipped nor repeated.
class CustomerTimeline
{
public:
    explicit CustomerTimeline(Database &db)
        : m_db(db)
        , m_tables(db)
    {}

    // The extension point: each module that puts events on a customer's timeline adds its
    // sources here (tickets: ticket_opened, ticket_message, ticket_status, follow_up).
    static QList<TimelineSource> sources();

    // {items, next}; invalid_parameter for a cursor that is not one; not_found for an
    // unknown customer.
    Result<QJsonObject> page(qint64 customerId, int limit, const QString &before);

private:
    struct Cursor
    {
        qint64 at = 0;
        QString kind;
        qint64 n = 0;
    };
    struct Entry
    {
        Cursor key;
        QJsonObject item;
    };

    static bool parseCursor(const QString &text, Cursor &cursor);
    Result<QList<Entry>> read(const TimelineSource &source, qint64 customerId, int rows,
                              const std::optional<Cursor> &before);

    Database &m_db;
    SchemaTables m_tables;
};

} // namespace shopdesk::storage
