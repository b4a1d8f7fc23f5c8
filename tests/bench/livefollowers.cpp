#include "livefollowers.h"

#include "benchwait.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::bench {

LiveFollowers::LiveFollowers(const QUrl &base, const QString &token, int count)
    : m_url(base)
{
    m_url.setScheme(base.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    m_url.setPath(u"/api/v1/live"_s);
    m_url.setQuery(u"token="_s + token);
    for (int i = 0; i < count; ++i)
        m_followers.push_back(std::make_unique<Follower>());
}

LiveFollowers::~LiveFollowers()
{
    for (const auto &follower : m_followers) {
        if (follower->socket)
            follower->socket->disconnect(this);
    }
}

bool LiveFollowers::open(int timeoutMs)
{
    for (const auto &owned : m_followers) {
        Follower *follower = owned.get();
        follower->socket = std::make_unique<QWebSocket>();
        QWebSocket *socket = follower->socket.get();
        connect(socket, &QWebSocket::connected, this, [follower] { follower->connected = true; });
        connect(socket, &QWebSocket::disconnected, this, [this, follower] {
            if (follower->connected)
                ++m_lost;
            follower->connected = false;
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, follower](const QString &frame) { received(*follower, frame); });
        socket->open(m_url);
    }
    return waitFor([this] { return connected() == int(m_followers.size()); }, timeoutMs);
}

int LiveFollowers::connected() const
{
    return int(std::count_if(m_followers.begin(), m_followers.end(),
                             [](const auto &follower) { return follower->connected; }));
}

void LiveFollowers::received(Follower &follower, const QString &frame)
{
    ++m_frames;
    // The record's own seq is its last key but "user" (compact JSON, keys sorted), so it is
    // found from the end without parsing the whole frame.
    qint64 seq = -1;
    if (const qsizetype at = frame.lastIndexOf(u"\"seq\":"_s); at >= 0) {
        seq = 0;
        for (qsizetype i = at + 6; i < frame.size() && frame[i].isDigit(); ++i)
            seq = seq * 10 + frame[i].digitValue();
    }
    // Before its first frame a client holds what existed when all were connected.
    const qint64 last = follower.lastSeq >= 0 ? follower.lastSeq : m_startSeq;
    if (seq <= last && follower.lastSeq >= 0) {
        ++m_outOfOrder;
        return;
    }
    if (seq > last + 1)
        m_missed += seq - last - 1;
    follower.lastSeq = seq;
}

qint64 LiveFollowers::behind(qint64 head) const
{
    qint64 most = 0;
    for (const auto &follower : m_followers) {
        if (follower->connected)
            most = std::max(most, head - std::max(follower->lastSeq, m_startSeq));
    }
    return most;
}

bool LiveFollowers::catchUp(qint64 head, int timeoutMs) const
{
    return waitFor([this, head] { return behind(head) == 0; }, timeoutMs);
}

} // namespace shopdesk::bench
