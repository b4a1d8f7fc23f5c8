#pragma once

#include "server/httprequest.h"
#include "server/httpresponse.h"
#include "server/route.h"
#include "storage/actor.h"
#include "storage/bulkreader.h"
#include "storage/shopstore.h"

#include <QList>

namespace shopdesk::server {

// GET /snapshot (a first sync's bulk read of one entity, in large keyset pages), and for the
// change routes GET /changes/head and which change records each role may receive
// (docs/api.md).
class SnapshotRoutes
{
public:
    explicit SnapshotRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

    static constexpr int defaultLimit = 5000;
    static constexpr int maxLimit = 20000;
    static constexpr int maxOrderLimit = 1000; // an order is several rows

    // The change records a user may read: those of the entities its role may GET.
    static storage::ChangeScope scopeFor(const storage::Actor &actor);

    static HttpResponse snapshot(storage::ShopStore &reader, const storage::Actor &actor,
                                 const HttpRequest &request);
    static HttpResponse head(storage::ShopStore &reader, const HttpRequest &request);

private:
    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
