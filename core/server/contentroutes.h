#pragma once

#include "server/apiserver.h"

#include <QStringList>

#include <memory>

namespace shopdesk::server {

// The product content routes (docs/api.md, "Content"): drafts with review and publishing,
// revisions and rollback, images, and the catalog feed for the shop's website. They run on
// the ApiServer's plumbing (tokens, roles, the group-commit writer) but live apart from it.
class ContentRoutes
{
public:
    // Whether the path (after /api/v1/) names a content route.
    static bool matches(const QStringList &segments);
    // Refuses a method the route does not answer (405) or a malformed id (404) before any
    // token is checked, like the other routes; false when it answered.
    static bool checkMethod(ApiServer &server, const std::shared_ptr<ApiServer::Call> &call,
                            const QStringList &segments);
    static void handle(ApiServer &server, const std::shared_ptr<ApiServer::Call> &call,
                       const QStringList &segments);
    // Publishes scheduled content within about a second of its time.
    static void startScheduler(ApiServer &server);

private:
    struct Calls; // one request's handlers, with the server's plumbing at hand
};

} // namespace shopdesk::server
