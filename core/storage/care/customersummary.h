#pragma once

#include "domain/result.h"
#include "storage/care/schematables.h"
#include "storage/database.h"

#include <QJsonObject>

namespace shopdesk::storage {

// A customer's headline figures. Lifetime revenue counts the orders the customer paid for
// and kept: paid, shipped and delivered (not reserved, cancelled, expired or returned). The
// returns rate is returned orders over the orders that reached the customer (shipped,
// delivered or returned), 0 when none did.
class CustomerSummary
{
public:
    CustomerSummary(Database &db, QString currency)
        : m_db(db)
        , m_tables(db)
        , m_currency(std::move(currency))
    {}

    // {customer_id, lifetime_revenue, orders, returned_orders, returns_rate, open_tickets,
    // customer_since, last_order_at}; not_found for an unknown customer.
    Result<QJsonObject> summary(qint64 customerId);

private:
    Result<qint64> openTickets(qint64 customerId);

    Database &m_db;
    SchemaTables m_tables;
    QString m_currency;
};

} // namespace shopdesk::storage
