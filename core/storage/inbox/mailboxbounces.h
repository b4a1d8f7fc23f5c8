#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/storeclock.h"

#include <QString>

namespace shopdesk::storage {

// What a delivery failure report says about the shop's customers: the address it could not
// reach is marked as failing on every customer that has it (when and why, in the customer
// object and a change record), until the address is changed.
class MailboxBounces
{
public:
    MailboxBounces(Database &db, const StoreClock &clock, ChangeLog &log, CustomerStore &customers);

    // The number of customers marked; merged and erased customers are left alone.
    Result<int> markFailing(const Actor &actor, const QString &address, const QString &why);

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
    CustomerStore &m_customers;
};

} // namespace shopdesk::storage
