#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

// The service levels: the business calendar and the targets every ticket's clocks run on,
// read by everyone who works tickets and set by managers.
class ServiceLevelRoutes
{
public:
    explicit ServiceLevelRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

private:
    void get(const CallPtr &call);
    void put(const CallPtr &call);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
