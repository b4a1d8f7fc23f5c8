#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/storeclock.h"

#include <QJsonObject>

namespace shopdesk::storage {

// Internal notes on a customer: who wrote what, when; never shown to the customer. Each note
// is a change record of entity `customer_note`.
class CustomerNotes
{
public:
    CustomerNotes(Database &db, const StoreClock &clock, ChangeLog &log);

    // {id, customer_id, text, at, user}; not_found for an unknown customer, customer_erased
    // for an erased one.
    Result<QJsonObject> add(const Actor &actor, qint64 customerId, const QString &text);
    Result<QJsonObject> note(qint64 id);
    // {items, next}, oldest first, paged by id.
    Result<QJsonObject> list(qint64 customerId, int limit, qint64 after);

    static QJsonObject fromRow(const SqlRows &row);

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
