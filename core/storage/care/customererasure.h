#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/care/personaldata.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace shopdesk::storage {

class ShopStore;

// Erases a customer on request: the personal fields are anonymised everywhere they appear
// (the customer row, notes, the mails to them, the change log, stored idempotent answers,
// order notes), while orders, payments and the stock ledger stay for the accounts. Customers
// merged into this one are the same person and are erased with it. The erasure itself is a
// change record `customer` `update` with erased: true, by the user who asked.
class CustomerErasure
{
public:
    // Anonymises one table's rows for the erased customers; `customerIds` are already
    // erased in the customers table when a hook runs.
    struct Hook
    {
        QString table; // skipped until it exists
        std::function<Result<void>(ShopStore &, const QList<qint64> &customerIds,
                                   const PersonalData &)>
            erase;
    };
    // The extension point: each module that keeps a customer's words adds its hook here
    // (tickets: subjects and messages).
    static QList<Hook> hooks();

    explicit CustomerErasure(ShopStore &store)
        : m_store(store)
    {}

    // The erased customer; not_found for an unknown id, customer_erased when already done.
    Result<QJsonObject> erase(const Actor &actor, qint64 id);

private:
    Result<QList<qint64>> withMergedDuplicates(qint64 id);

    ShopStore &m_store;
};

} // namespace shopdesk::storage
