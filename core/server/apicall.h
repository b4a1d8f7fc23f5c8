#pragma once

#include "server/apiserver.h"
#include "server/httprequest.h"
#include "storage/actor.h"

#include <QPointer>
#include <QString>

namespace shopdesk::server {

// One request being answered: its connection, the request, who sent it and its key.
struct ApiServer::Call
{
    QPointer<HttpConnection> connection;
    HttpRequest request;
    storage::Actor actor;
    QString idempotencyKey;
    bool answered = false;
};

} // namespace shopdesk::server
