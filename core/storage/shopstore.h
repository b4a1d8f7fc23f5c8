#pragma once

#include "storage/care/followupstore.h"
#include "storage/care/ticketclocks.h"
#include "storage/care/ticketstore.h"
#include "storage/changelog.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/idempotencystore.h"
#include "storage/orderstore.h"
#include "storage/productstore.h"
#include "storage/stockledger.h"
#include "storage/storeclock.h"
#include "storage/userstore.h"
#include "storage/writebatch.h"

namespace shopdesk::storage {

// The shop's stores over one Database connection, one per aggregate, sharing one clock and
// one change log: store.orders().create(...). Reads work on any connection; writes expect
// the write batch the group-commit writer opens (batch().begin() ... batch().end()).
class ShopStore
{
public:
    ShopStore(Database &db, QString currency);
    ShopStore(const ShopStore &) = delete;
    ShopStore &operator=(const ShopStore &) = delete;

    Database &database() { return m_db; }
    // The currency the shop sells in.
    const QString &currency() const { return m_currency; }

    StoreClock &clock() { return m_clock; }
    ChangeLog &changes() { return m_changes; }
    WriteBatch &batch() { return m_batch; }
    IdempotencyStore &idempotency() { return m_idempotency; }
    UserStore &users() { return m_users; }
    StockLedger &ledger() { return m_ledger; }
    ProductStore &products() { return m_products; }
    CustomerStore &customers() { return m_customers; }
    OrderStore &orders() { return m_orders; }
    TicketClocks &ticketClocks() { return m_ticketClocks; }
    TicketStore &tickets() { return m_tickets; }
    FollowUpStore &followUps() { return m_followUps; }

private:
    Database &m_db;
    QString m_currency;
    StoreClock m_clock;
    ChangeLog m_changes;
    WriteBatch m_batch;
    IdempotencyStore m_idempotency;
    UserStore m_users;
    StockLedger m_ledger;
    ProductStore m_products;
    CustomerStore m_customers;
    OrderStore m_orders;
    TicketClocks m_ticketClocks;
    TicketStore m_tickets;
    FollowUpStore m_followUps;
};

} // namespace shopdesk::storage
