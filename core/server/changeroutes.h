#pragma once

#include "server/route.h"

#include <QList>

class QWebSocketServer;

namespace shopdesk::server {

class ChangeFeed;

// The change log: pulled (GET /changes, long-polled with ?wait=), its head, and pushed live
// over a WebSocket (GET /live).
class ChangeRoutes
{
public:
    ChangeRoutes(storage::ShopStore &reader, ChangeFeed &feed, QWebSocketServer &webSockets)
        : m_reader(reader)
        , m_feed(feed)
        , m_webSockets(webSockets)
    {}

    QList<Route> routes();

private:
    void changes(const CallPtr &call);
    void live(const CallPtr &call);

    storage::ShopStore &m_reader;
    ChangeFeed &m_feed;
    QWebSocketServer &m_webSockets;
};

} // namespace shopdesk::server
