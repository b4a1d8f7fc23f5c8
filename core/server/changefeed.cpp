#include "server/changefeed.h"

#include "server/logging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

ChangeFeed::ChangeFeed(storage::ShopStore &reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{}

ChangeFeed::~ChangeFeed()
{
    closeAll();
}

HttpResponse ChangeFeed::changesResponse(const QJsonArray &changes, qint64 since)
{
    const qint64 next =
        changes.isEmpty() ? since : changes.last().toObject().value(u"seq"_s).toInteger();
    return HttpResponse::json(200, QJsonObject{{u"changes"_s, changes}, {u"next"_s, next}});
}

void ChangeFeed::wait(qint64 since, int limit, int waitMs, QPointer<QObject> connection,
                      std::function<void(const HttpResponse &)> answer)
{
    auto waiter = std::make_unique<Waiter>();
    waiter->since = since;
    waiter->limit = limit;
    waiter->connection = connection;
    waiter->answer = std::move(answer);
    waiter->timer = std::make_unique<QTimer>();
    waiter->timer->setSingleShot(true);
    Waiter *raw = waiter.get();
    connect(waiter->timer.get(), &QTimer::timeout, this, [this, raw] {
        for (auto it = m_waiters.begin(); it != m_waiters.end(); ++it) {
            if (it->get() == raw) {
                std::unique_ptr<Waiter> mine = std::move(*it);
                m_waiters.erase(it);
                answerWaiter(*mine);
                return;
            }
        }
    });
    waiter->timer->start(waitMs);
    m_waiters.push_back(std::move(waiter));
}

void ChangeFeed::answerWaiter(Waiter &waiter)
{
    if (!waiter.connection)
        return; // the client went away
    auto changes = m_reader.changes(waiter.since, waiter.limit);
    if (!changes) {
        waiter.answer(HttpResponse::json(
            503, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"storage_unavailable"_s},
                                                      {u"message"_s, changes.error().message},
                                                      {u"details"_s, QJsonObject{}}}}}));
        return;
    }
    waiter.answer(changesResponse(changes.value(), waiter.since));
}

void ChangeFeed::addLiveClient(QWebSocket *socket)
{
    socket->setParent(this);
    m_live.append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_live.removeAll(socket);
        socket->deleteLater();
    });
    // Clients only listen; anything they send is ignored.
    socket->setMaxAllowedIncomingFrameSize(64 * 1024);
    socket->setMaxAllowedIncomingMessageSize(64 * 1024);
}

void ChangeFeed::nudge(qint64 seq)
{
    if (seq > m_knownSeq)
        m_knownSeq = seq;
    // Waiters whose since is behind what now exists get their answer.
    std::vector<std::unique_ptr<Waiter>> ready;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!(*it)->connection) {
            it = m_waiters.erase(it);
        } else if ((*it)->since < m_knownSeq) {
            ready.push_back(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (auto &waiter : ready)
        answerWaiter(*waiter);
    pushLive();
}

void ChangeFeed::pushLive()
{
    if (m_pushing)
        return;
    m_pushing = true;
    while (m_liveSeq < m_knownSeq) {
        auto changes = m_reader.changes(m_liveSeq, 1000);
        if (!changes || changes.value().isEmpty())
            break;
        for (const QJsonValue &change : changes.value()) {
            const QString frame =
                QString::fromUtf8(QJsonDocument(change.toObject()).toJson(QJsonDocument::Compact));
            // A copy: dropping a client below removes it from m_live.
            const QList<QPointer<QWebSocket>> clients = m_live;
            for (const QPointer<QWebSocket> &client : clients) {
                if (!client || client->state() != QAbstractSocket::ConnectedState)
                    continue;
                if (client->bytesToWrite() > maxBufferedBytes) {
                    qCInfo(lcServer) << "dropping a live client that does not keep up";
                    client->close(QWebSocketProtocol::CloseCode(4408),
                                  u"too slow; pull /changes and reconnect"_s);
                    client->abort();
                    continue;
                }
                client->sendTextMessage(frame);
            }
            m_liveSeq = change.toObject().value(u"seq"_s).toInteger();
        }
        const QList<QPointer<QWebSocket>> clients = m_live;
        for (const QPointer<QWebSocket> &client : clients) {
            if (client)
                client->flush();
        }
    }
    m_pushing = false;
}

void ChangeFeed::closeAll()
{
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto &waiter : waiters)
        answerWaiter(*waiter);
    const auto live = m_live;
    m_live.clear();
    for (const QPointer<QWebSocket> &client : live) {
        if (client) {
            client->disconnect(this);
            client->close(QWebSocketProtocol::CloseCodeGoingAway, u"server stopping"_s);
            client->flush();
            // Now, not later: the sockets underneath belong to listeners about to go.
            delete client.data();
        }
    }
}

} // namespace shopdesk::server
