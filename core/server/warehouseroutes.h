#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

// The warehouse (docs/api.md, "Warehouse"): the movement ledger, locations, movement
// batches, counts, low-stock minimums and the pick list.
class WarehouseRoutes
{
public:
    explicit WarehouseRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

private:
    void listMovements(const CallPtr &call);
    void postMovement(const CallPtr &call);
    void listLocations(const CallPtr &call);
    void createLocation(const CallPtr &call);
    void postBatch(const CallPtr &call);
    void postCount(const CallPtr &call);
    void lowStock(const CallPtr &call);
    void pickList(const CallPtr &call);
    void setMinimum(const CallPtr &call);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
