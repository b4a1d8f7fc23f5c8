#include "server/care/servicelevelroutes.h"

#include "domain/care/servicelevels.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

QList<Route> ServiceLevelRoutes::routes()
{
    auto to = [this](void (ServiceLevelRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"service-levels"_s, Capability::ReadTickets, to(&ServiceLevelRoutes::get)},
        {"PUT", u"service-levels"_s, Capability::ManageServiceLevels, to(&ServiceLevelRoutes::put)},
    };
}

void ServiceLevelRoutes::get(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    auto levels = m_reader.ticketClocks().serviceLevels();
    if (!levels)
        return call->fail(levels.error());
    call->reply(200, levels.value().toJson());
}

void ServiceLevelRoutes::put(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    auto levels = care::ServiceLevels::fromJson(object);
    if (!levels)
        return call->fail(levels.error());
    const storage::Actor actor = call->actor;
    call->write(200, [actor, levels = levels.value()](storage::ShopStore &store) {
        auto open = store.ticketClocks().setServiceLevels(actor, levels);
        if (!open)
            return Result<QJsonObject>(open.error());
        // Open tickets follow the new levels: their clocks and steps are worked out anew.
        for (const qint64 id : open.value()) {
            if (auto refreshed = store.tickets().refresh(actor, id); !refreshed)
                return Result<QJsonObject>(refreshed.error());
        }
        return Result<QJsonObject>(levels.toJson());
    });
}

} // namespace shopdesk::server
