#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

// Follow-ups: scheduled on a customer (and an order or ticket of theirs) for an agent, listed
// as that agent's queue, done with an outcome.
class FollowUpRoutes
{
public:
    explicit FollowUpRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

private:
    void create(const CallPtr &call);
    void list(const CallPtr &call);
    void complete(const CallPtr &call);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
