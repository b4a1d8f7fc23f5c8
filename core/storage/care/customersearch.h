#pragma once

#include "domain/result.h"
#include "storage/care/schematables.h"
#include "storage/database.h"

#include <QJsonObject>

namespace shopdesk::storage {

// The customer search: by name, e-mail, phone (however it is spaced, any of the customer's
// phones), an order number ("1042", "#1042") or a ticket number ("T-17", "t17", "#T17").
// Each result is the Customer object plus `city` (of the first address) and `last_order`
// ({id, at, status} or null). Merged and erased customers are not listed.
class CustomerSearch
{
public:
    explicit CustomerSearch(Database &db)
        : m_db(db)
        , m_tables(db)
    {}

    Result<QJsonObject> page(const QString &query, int limit, qint64 after);

    // The ticket id in a ticket number such as "T-17", "t17" or "#T17"; 0 if it is none.
    static qint64 ticketNumber(const QString &query);

private:
    Database &m_db;
    SchemaTables m_tables;
};

} // namespace shopdesk::storage
