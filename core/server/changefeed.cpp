#include "server/changefeed.h"

#include "server/logging.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

ChangeFeed::ChangeFeed(storage::ShopStore &reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{
    m_sessionCheck.setInterval(sessionCheckMs);
    connect(&m_sessionCheck, &QTimer::timeout, this, [this] { checkSessions(); });
}

ChangeFeed::~ChangeFeed()
{
    closeAll();
}

HttpResponse ChangeFeed::changesPage(const QJsonArray &changes, qint64 next)
{
    return HttpResponse::json(200, QJsonObject{{u"changes"_s, changes}, {u"next"_s, next}});
}

Result<QJsonArray> ChangeFeed::changes(qint64 since, int limit, const storage::ChangeScope &scope,
                                       qint64 *next)
{
    if (scope.isAll()) {
        auto records = m_reader.changes().read(since, limit);
        if (records)
            *next = records.value().isEmpty()
                        ? since
                        : records.value().last().toObject().value(u"seq"_s).toInteger();
        return records;
    }
    return storage::BulkReader(m_reader.database(), m_reader).changes(since, limit, scope, next);
}

void ChangeFeed::wait(qint64 since, int limit, int waitMs, QPointer<QObject> connection,
                      std::function<void(const HttpResponse &)> answer,
                      const storage::ChangeScope &scope)
{
    auto waiter = std::make_unique<Waiter>();
    waiter->scope = scope;
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

bool ChangeFeed::answerWaiter(Waiter &waiter, bool onlyIfAny)
{
    if (!waiter.connection)
        return true; // the client went away
    qint64 next = waiter.since;
    auto changes = this->changes(waiter.since, waiter.limit, waiter.scope, &next);
    if (!changes) {
        waiter.answer(HttpResponse::json(
            503, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"storage_unavailable"_s},
                                                      {u"message"_s, changes.error().message},
                                                      {u"details"_s, QJsonObject{}}}}}));
        return true;
    }
    if (onlyIfAny && changes.value().isEmpty()) {
        waiter.since = next; // only records this reader may not see: keep waiting
        return false;
    }
    waiter.answer(changesPage(changes.value(), next));
    return true;
}

void ChangeFeed::expectLiveClient(const QHostAddress &address, quint16 port,
                                  const storage::ChangeScope &scope, const QString &tokenHash,
                                  qint64 userId)
{
    if (m_expectedGrants.size() > 10000) // handshakes that never completed
        m_expectedGrants.clear();
    m_expectedGrants.insert(address.toString() + u'/' + QString::number(port),
                            LiveGrant{scope, tokenHash, userId});
}

void ChangeFeed::addLiveClient(QWebSocket *socket)
{
    socket->setParent(this);
    m_live.append(socket);
    // A socket nobody announced gets the catalogue only.
    const QString peer =
        socket->peerAddress().toString() + u'/' + QString::number(socket->peerPort());
    LiveGrant grant;
    grant.scope.only = {u"product"_s, u"stock"_s};
    if (auto it = m_expectedGrants.find(peer); it != m_expectedGrants.end()) {
        grant = *it;
        m_expectedGrants.erase(it);
    }
    m_liveGrants.insert(socket, grant);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_live.removeAll(socket);
        m_liveGrants.remove(socket);
        socket->deleteLater();
    });
    // Clients only listen; anything they send is ignored.
    socket->setMaxAllowedIncomingFrameSize(64 * 1024);
    socket->setMaxAllowedIncomingMessageSize(64 * 1024);
    if (!m_sessionCheck.isActive())
        m_sessionCheck.start();
}

void ChangeFeed::revoke(const QString &tokenHash)
{
    // A copy: closing a client removes it from the lists.
    const QList<QPointer<QWebSocket>> clients = m_live;
    for (const QPointer<QWebSocket> &client : clients) {
        if (!client || m_liveGrants.value(client.data()).tokenHash != tokenHash)
            continue;
        qCInfo(lcServer) << "closing a live client whose session ended";
        client->close(QWebSocketProtocol::CloseCode(4401), u"session ended"_s);
    }
}

void ChangeFeed::checkSessions(const QSet<qint64> &users)
{
    if (m_live.isEmpty()) {
        m_sessionCheck.stop();
        return;
    }
    QSet<QString> tokens;
    for (const LiveGrant &grant : std::as_const(m_liveGrants)) {
        if (!grant.tokenHash.isEmpty() && (users.isEmpty() || users.contains(grant.userId)))
            tokens.insert(grant.tokenHash);
    }
    const qint64 now = storage::StoreClock::nowMsecs();
    for (const QString &token : std::as_const(tokens)) {
        // Only a session known to be gone ends a feed; an unreachable store does not.
        if (auto actor = m_reader.users().actorForToken(token, now);
            !actor && actor.error().code == u"not_found"_s)
            revoke(token);
    }
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
    for (auto &waiter : ready) {
        if (!answerWaiter(*waiter, true))
            m_waiters.push_back(std::move(waiter));
    }
    pushLive();
}

void ChangeFeed::pushLive()
{
    if (m_pushing)
        return;
    m_pushing = true;
    QSet<qint64> changedUsers;
    while (m_liveSeq < m_knownSeq) {
        auto changes = m_reader.changes().read(m_liveSeq, 1000);
        if (!changes || changes.value().isEmpty())
            break;
        for (const QJsonValue &value : changes.value()) {
            const QJsonObject change = value.toObject();
            const QString entity = change.value(u"entity"_s).toString();
            const QJsonObject data = change.value(u"data"_s).toObject();
            if (entity == u"user"_s)
                changedUsers.insert(change.value(u"id"_s).toString().toLongLong());
            const QString frame =
                QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact));
            // A copy: dropping a client below removes it from m_live.
            const QList<QPointer<QWebSocket>> clients = m_live;
            for (const QPointer<QWebSocket> &client : clients) {
                if (!client || client->state() != QAbstractSocket::ConnectedState)
                    continue;
                if (auto grant = m_liveGrants.constFind(client.data());
                    grant == m_liveGrants.constEnd() || !grant->scope.accepts(entity, data))
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
            m_liveSeq = change.value(u"seq"_s).toInteger();
        }
        const QList<QPointer<QWebSocket>> clients = m_live;
        for (const QPointer<QWebSocket> &client : clients) {
            if (client)
                client->flush();
        }
    }
    m_pushing = false;
    // A user disabled or given a new password (here or on a server sharing the database) has
    // lost their sessions: their feeds end now, not at the next periodic check.
    if (!changedUsers.isEmpty())
        checkSessions(changedUsers);
}

void ChangeFeed::closeAll()
{
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto &waiter : waiters)
        answerWaiter(*waiter);
    m_sessionCheck.stop();
    const auto live = m_live;
    m_live.clear();
    m_liveGrants.clear();
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
