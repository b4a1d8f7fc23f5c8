#pragma once

#include "domain/result.h"
#include "storage/actor.h"

#include <QHash>
#include <QRandomGenerator>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

// The demo shop's returns and refunds: some of the delivered orders come back a few days
// after delivery for the reasons customers give, are approved (a few rejected), received into
// the ledger (damaged units written off, the rest restocked) and refunded, some with the
// shipping; a few customers keep an item that was not as described for a goodwill refund.
// Written through the real stores at past times, so the Trends screen's Returns tab shows
// several months of them.
class DemoReturns
{
public:
    DemoReturns(storage::ShopStore &store, QRandomGenerator &random,
                const QHash<QString, storage::Actor> &actors);

    // Returns of about `percent` in a hundred orders delivered before `end` (UTC msecs); how
    // many returns were made.
    Result<int> fill(qint64 end, int percent);

private:
    struct Delivered
    {
        qint64 orderId = 0;
        qint64 deliveredAt = 0;
        QString sku;
        qint64 quantity = 0;
    };

    Result<QList<Delivered>> deliveredOrders(qint64 end);
    // One order's return and what follows it, up to end; false when the stores refused it.
    Result<bool> takeBack(const Delivered &order, qint64 end);
    Result<bool> refund(qint64 orderId, qint64 at, const QList<std::pair<QString, qint64>> &lines,
                        qint64 shippingMinor, qint64 goodwillMinor, const QString &reason);

    storage::ShopStore &m_store;
    QRandomGenerator &m_random;
    const QHash<QString, storage::Actor> &m_actors;
};

} // namespace shopdesk::server
