#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/returns/returninput.h"
#include "storage/returns/returnstore.h"

#include <QJsonObject>
#include <QList>

namespace shopdesk::storage {

class ShopStore;

// The warehouse receives a return: each unit restocked comes back on hand at its location as a
// `return` movement, each unit written off comes back and leaves again as a `removal` for
// damage, and the return becomes `received` — all in the writer's transaction, so the ledger
// and the return never disagree. When every shipped unit of the order has come back, the
// order is `returned`.
class ReturnReceipt
{
public:
    // windowDays: as ReturnStore's, for the return it answers with.
    explicit ReturnReceipt(ShopStore &store, int windowDays = ReturnStore::defaultWindowDays);

    // Every line of the return once; restock + write_off at most the line's quantity (the
    // rest is recorded missing), and at least one unit in all.
    Result<QJsonObject> receive(const Actor &actor, qint64 id, const QList<ReceiptLine> &lines);
    // POST /orders/{id}/return: the units of a shipped or delivered order not claimed by another
    // return come back at once, as a return created, approved and received in one go; the
    // order as it reads then.
    Result<QJsonObject> takeBackOrder(const Actor &actor, qint64 orderId, const QString &reason,
                                      const QString &location);

private:
    Result<void> checkLines(qint64 id, const QList<ReceiptLine> &lines);
    Result<void> post(const Actor &actor, qint64 id, qint64 orderId,
                      const QList<ReceiptLine> &lines);
    Result<bool> locationKnown(const QString &name);
    // Marks the order returned once every shipped unit is back.
    Result<void> settleOrder(const Actor &actor, qint64 orderId);

    ShopStore &m_store;
    ReturnStore m_returns;
};

} // namespace shopdesk::storage
