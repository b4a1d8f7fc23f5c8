#pragma once

#include "server/apiserver.h"
#include "server/httprequest.h"
#include "storage/actor.h"

#include <QPointer>

namespace shopdesk::server {

// One request being answered; shared by the route handlers of ApiServer and its modules.
struct ApiServer::Call
{
    QPointer<HttpConnection> connection;
    HttpRequest request;
    storage::Actor actor;
    QString idempotencyKey;
    bool answered = false;
};

} // namespace shopdesk::server
