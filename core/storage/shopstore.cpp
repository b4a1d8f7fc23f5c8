#include "storage/shopstore.h"

namespace shopdesk::storage {

ShopStore::ShopStore(Database &db, QString currency)
    : m_db(db)
    , m_currency(std::move(currency))
    , m_changes(db, m_clock)
    , m_batch(db, m_changes)
    , m_idempotency(db, m_clock)
    , m_users(db, m_clock, m_changes)
    , m_ledger(db, m_clock, m_changes)
    , m_products(db, m_clock, m_changes, m_ledger)
    , m_customers(db, m_clock, m_changes)
    , m_orders(db, m_clock, m_changes, m_ledger, m_currency)
    , m_ticketClocks(db, m_clock, m_changes)
    , m_tickets(db, m_clock, m_changes, m_ticketClocks)
    , m_followUps(db, m_clock, m_changes)
{}

} // namespace shopdesk::storage
