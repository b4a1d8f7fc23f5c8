#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/care/customersearch.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonObject>

#include <optional>

namespace shopdesk::storage {

// Customers: their contact details and language, searched by name, e-mail, phone (however it
// is spaced) or the number of one of their orders, and guarded against likely duplicates.
class CustomerStore
{
public:
    CustomerStore(Database &db, const StoreClock &clock, ChangeLog &log);

    static QList<MigrationStep> migrations();

    Result<QJsonObject> customer(qint64 id);
    // Search results (CustomerSearch): merged and erased customers are not listed.
    Result<QJsonObject> list(const QString &query, int limit, qint64 after);
    // Refuses with `likely_duplicate` (the existing customer in details.customer) when another
    // customer has the same e-mail address or phone number, unless allowDuplicate.
    Result<QJsonObject> create(const Actor &actor, const QJsonObject &fields, bool allowDuplicate);
    // The first other customer with this e-mail address (any case) or phone number (same
    // digits), if any.
    Result<std::optional<QJsonObject>> likelyDuplicate(const QString &email, const QString &phone,
                                                       qint64 exceptId);
    // Applies a PATCH (CustomerRow::patched); an erased customer is refused (customer_erased).
    Result<QJsonObject> update(const Actor &actor, qint64 id, const QJsonObject &fields);

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
    CustomerSearch m_search;
};

} // namespace shopdesk::storage
