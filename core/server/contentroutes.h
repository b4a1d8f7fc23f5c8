#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

class GroupCommitWriter;

// The product content routes (docs/api.md, "Content"): drafts with review and publishing,
// revisions and rollback, images, placement on the shop's pages, and the catalog feed for
// the shop's website.
class ContentRoutes
{
public:
    explicit ContentRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();
    // Publishes scheduled content within about a second of its time; the timer lives as
    // long as parent.
    void startScheduler(GroupCommitWriter &writer, QObject *parent);

private:
    class Handler; // one request's handlers

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
