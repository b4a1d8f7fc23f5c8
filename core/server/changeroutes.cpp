#include "server/changeroutes.h"

#include "domain/tr.h"
#include "server/changefeed.h"
#include "server/requesttext.h"
#include "server/snapshotroutes.h"

#include <QTcpSocket>
#include <QWebSocketServer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

QList<Route> ChangeRoutes::routes()
{
    return {
        {"GET", u"changes"_s, Capability::ReadChanges,
         [this](const CallPtr &call) { changes(call); }},
        {"GET", u"changes/head"_s, Capability::ReadChanges,
         [this](const CallPtr &call) {
             call->answer(SnapshotRoutes::head(m_reader, call->request));
         }},
        Route("GET", u"live"_s, Capability::ReadChanges,
              [this](const CallPtr &call) { live(call); })
            .tokenInQuery(),
    };
}

void ChangeRoutes::changes(const CallPtr &call)
{
    if (!call->checkQuery({u"since"_s, u"limit"_s, u"wait"_s}))
        return;
    const HttpRequest &request = call->request;
    auto number = [&](const QString &name, qint64 fallback, qint64 &out) {
        const QString text = request.queryValue(name);
        if (text.isEmpty()) {
            out = fallback;
            return true;
        }
        if (!RequestText::isNumber(text)) {
            call->fail(u"invalid_parameter"_s,
                       Tr::tr("%1 must be a whole number of at least 0.").arg(name),
                       QJsonObject{{u"parameter"_s, name}});
            return false;
        }
        out = text.toLongLong();
        return true;
    };
    qint64 since = 0;
    qint64 limit = 0;
    qint64 wait = 0;
    if (!number(u"since"_s, 0, since) || !number(u"limit"_s, 500, limit) ||
        !number(u"wait"_s, 0, wait))
        return;
    limit = std::clamp<qint64>(limit, 1, 5000);
    wait = std::min<qint64>(wait, 30);
    // Only the records of entities the role may read; next still passes the others.
    const storage::ChangeScope scope = SnapshotRoutes::scopeFor(call->actor);
    qint64 next = since;
    auto records = m_feed.changes(since, int(limit), scope, &next);
    if (!records)
        return call->fail(u"storage_unavailable"_s, records.error().message);
    if (!records.value().isEmpty() || wait == 0)
        return call->answer(ChangeFeed::changesPage(records.value(), next));
    m_feed.wait(
        next, int(limit), int(wait * 1000), QPointer<QObject>(call->connection()),
        [call](const HttpResponse &response) { call->answer(response); }, scope);
}

void ChangeRoutes::live(const CallPtr &call)
{
    if (!call->checkQuery({u"token"_s}))
        return;
    if (call->request.header("upgrade").toLower() != "websocket") {
        return call->fail(u"websocket_required"_s,
                          Tr::tr("/live is a WebSocket: send an Upgrade: websocket request."));
    }
    QTcpSocket *socket = call->connection() ? call->connection()->takeSocketForUpgrade() : nullptr;
    if (!socket) {
        return call->fail(
            u"malformed_http"_s,
            Tr::tr("A WebSocket upgrade must be the first request on its connection."));
    }
    call->handOver();
    m_feed.expectLiveClient(socket->peerAddress(), socket->peerPort(),
                            SnapshotRoutes::scopeFor(call->actor), call->tokenHash,
                            call->actor.userId);
    m_webSockets.handleConnection(socket);
}

} // namespace shopdesk::server
