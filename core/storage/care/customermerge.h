#pragma once

#include "domain/result.h"
#include "storage/actor.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace shopdesk::storage {

class ShopStore;

// Two records of one person become one, in one transaction: the duplicate's orders, notes
// (and whatever hooks() moves) go to the survivor, the survivor's empty fields are filled
// from the duplicate and their phone and address lists joined, and the duplicate is marked
// merged_into the survivor. Every record that changes gets a change record.
class CustomerMerge
{
public:
    // Moves one table's rows of a customer to another and writes their change records.
    struct Hook
    {
        QString table; // skipped until it exists
        std::function<Result<void>(ShopStore &, const Actor &, qint64 from, qint64 to)> move;
    };
    // The extension point: each module whose rows belong to a customer adds its hook here
    // (tickets and follow-ups move with the customer too).
    static QList<Hook> hooks();

    explicit CustomerMerge(ShopStore &store)
        : m_store(store)
    {}

    // The survivor as it reads afterwards. merge_with_itself; not_found for an unknown
    // survivor, unknown_customer for an unknown duplicate; already_merged when either was
    // merged or erased (so of two identical merges one happens, the other is told).
    Result<QJsonObject> merge(const Actor &actor, qint64 survivorId, qint64 duplicateId);

private:
    Result<void> checkPair(qint64 survivorId, qint64 duplicateId);
    static QJsonObject filledFields(const QJsonObject &survivor, const QJsonObject &duplicate);

    ShopStore &m_store;
};

} // namespace shopdesk::storage
