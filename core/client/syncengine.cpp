#include "client/syncengine.h"

#include "client/apiclient.h"
#include "client/errortext.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/localcachesnapshot.h"
#include "client/logging.h"
#include "client/rolepolicy.h"
#include "domain/ids.h"
#include "domain/tr.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

QList<ChangeRecord> parseChanges(const QJsonArray &array)
{
    QList<ChangeRecord> changes;
    changes.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto change = ChangeRecord::fromJson(value.toObject()))
            changes.append(std::move(*change));
    }
    return changes;
}

const QStringList channels{u"chat"_s, u"email"_s, u"phone"_s, u"web"_s};
const QStringList paymentMethods{u"card"_s, u"paypal"_s, u"skrill"_s, u"bank_transfer"_s,
                                 u"cash_on_delivery"_s};

} // namespace

SyncEngine::SyncEngine(LocalCache *cache, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_retryTimer(new QTimer(this))
    , m_outboxTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
    , m_pongTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        setState(State::Reconnecting);
        attempt();
    });
    m_outboxTimer->setSingleShot(true);
    connect(m_outboxTimer, &QTimer::timeout, this, &SyncEngine::flushOutbox);
    m_pingTimer->setInterval(15000);
    connect(m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && !m_pongTimer->isActive()) {
            m_socket->ping();
            m_pongTimer->start();
        }
    });
    m_pongTimer->setSingleShot(true);
    m_pongTimer->setInterval(10000);
    connect(m_pongTimer, &QTimer::timeout, this,
            [this] { connectionLost(tr("The live connection stopped answering.")); });
    m_lastSyncAt = m_cache->lastSyncAt();
}

SyncEngine::~SyncEngine()
{
    closeSocket();
}

void SyncEngine::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void SyncEngine::setReconnectDelays(int firstMs, int maxMs)
{
    m_backoff.setLimits(firstMs, maxMs);
    m_outboxBackoff.setLimits(firstMs, maxMs);
}

void SyncEngine::setKeepAlive(int intervalMs, int timeoutMs)
{
    m_pingTimer->setInterval(intervalMs);
    m_pongTimer->setInterval(timeoutMs);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcSync) << "sync state" << state;
    m_state = state;
    emit stateChanged(state);
}

int SyncEngine::millisecondsToRetry() const
{
    return m_retryTimer->isActive() ? m_retryTimer->remainingTime() : -1;
}

void SyncEngine::start()
{
    if (m_state != State::Stopped)
        return;
    m_firstSync = m_cache->changes()->cursor() == 0;
    m_backoff.reset();
    setState(State::Connecting);
    attempt();
}

void SyncEngine::stop()
{
    ++m_generation;
    m_retryTimer->stop();
    m_outboxTimer->stop();
    closeSocket();
    m_api->abortAll();
    m_pulling = false;
    m_sending = false;
    m_catchingUp = false;
    m_held.clear();
    m_liveBatch.clear();
    setState(State::Stopped);
}

void SyncEngine::retryNow()
{
    if (m_state == State::Offline) {
        m_retryTimer->stop();
        setState(State::Reconnecting);
        attempt();
    } else if (m_state == State::Live) {
        m_outboxTimer->stop();
        flushOutbox();
    }
}

void SyncEngine::attempt()
{
    if (!m_api->token().isEmpty()) {
        catchUp();
        return;
    }
    if (m_username.isEmpty()) {
        m_lastError = tr("Log in again to reach the server.");
        setState(State::Offline);
        emit authenticationRequired(m_lastError);
        return;
    }
    const quint64 generation = m_generation;
    m_api->login(m_username, m_password, [this, generation](const Result<SessionInfo> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            catchUp();
            return;
        }
        if (result.error().code == u"network_error"_s ||
            result.error().code.startsWith(u"http_"_s)) {
            connectionLost(result.error().message);
            return;
        }
        // The password no longer works: retrying would only lock the account.
        m_lastError = result.error().message;
        setState(State::Offline);
        emit authenticationRequired(m_lastError);
    });
}

void SyncEngine::catchUp()
{
    if (!m_cache->snapshot()->isNeeded() || m_pulling) {
        pull();
        return;
    }
    if (auto r = m_cache->snapshot()->begin(); !r) {
        connectionLost(r.error().message);
        return;
    }
    const QString role = m_cache->role();
    m_snapshotEntities = QStringList{u"products"_s};
    if (RolePolicy::mayReadEntity(role, u"customer"_s))
        m_snapshotEntities << u"customers"_s;
    if (RolePolicy::mayReadEntity(role, u"movement"_s))
        m_snapshotEntities << u"movements"_s;
    if (RolePolicy::mayReadEntity(role, u"order"_s))
        m_snapshotEntities << u"orders"_s;
    m_snapshotSeq = -1;
    m_pulling = true;
    setState(State::Syncing);
    fetchSnapshot(0, QString());
}

void SyncEngine::fetchSnapshot(int entity, const QString &after)
{
    const quint64 generation = m_generation;
    const QString name = m_snapshotEntities.value(entity);
    QUrlQuery query;
    query.addQueryItem(u"entity"_s, name);
    query.addQueryItem(u"limit"_s, QString::number(m_snapshotPageSize));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    m_api->get(
        u"/api/v1/snapshot"_s, query, [this, generation, entity, name](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            if (reply.status == 404 && m_snapshotSeq < 0) {
                // A server without snapshots: replay the whole change log instead.
                qCInfo(lcSync) << "no snapshot on this server; pulling the change log";
                m_pulling = false;
                pull();
                return;
            }
            if (reply.status == 401) {
                m_pulling = false;
                unauthorized();
                return;
            }
            if (reply.status == 403 && m_snapshotSeq >= 0) {
                // The server's rules say this role does not read it: nothing to keep.
                if (entity + 1 < m_snapshotEntities.size())
                    fetchSnapshot(entity + 1, QString());
                else
                    snapshotFinished();
                return;
            }
            if (!reply.isSuccess()) {
                connectionLost(reply.error().message);
                return;
            }
            QElapsedTimer clock;
            clock.start();
            const QJsonObject json = reply.json();
            // products, customers and movements come as rows with their columns.
            const QJsonArray columns = json.value(u"columns"_s).toArray();
            const QJsonArray items =
                json.value(columns.isEmpty() ? u"items"_s : u"rows"_s).toArray();
            const QJsonValue next = json.value(u"next"_s);
            const qint64 parsed = clock.elapsed();
            // Every page reflects at least the changes up to the head it was read after, so
            // /changes from the first page's seq misses nothing; what it replays is harmless.
            if (m_snapshotSeq < 0)
                m_snapshotSeq = json.value(u"seq"_s).toInteger();
            // Ask for the next page before writing this one: the server reads while we write.
            const bool more = next.isString() && !items.isEmpty();
            const bool last = !more && entity + 1 >= m_snapshotEntities.size();
            if (more)
                fetchSnapshot(entity, next.toString());
            else if (!last)
                fetchSnapshot(entity + 1, QString());
            if (auto r = m_cache->snapshot()->apply(name, items, columns); !r) {
                connectionLost(r.error().message);
                return;
            }
            qCDebug(lcSync) << "snapshot page of" << items.size() << name << "parsed in" << parsed
                            << "ms, written in" << clock.elapsed() - parsed << "ms";
            if (last)
                snapshotFinished();
        });
}

void SyncEngine::snapshotFinished()
{
    m_pulling = false;
    if (auto r = m_cache->snapshot()->finish(std::max<qint64>(m_snapshotSeq, 0)); !r) {
        connectionLost(r.error().message);
        return;
    }
    pull();
}

void SyncEngine::unauthorized()
{
    m_api->setToken({});
    if (!m_username.isEmpty()) {
        attempt();
        return;
    }
    m_lastError = tr("The server no longer accepts this log-in.");
    closeSocket();
    setState(State::Offline);
    emit authenticationRequired(m_lastError);
}

void SyncEngine::pull(qint64 since)
{
    if (m_pulling)
        return;
    m_pulling = true;
    const quint64 generation = m_generation;
    QUrlQuery query;
    query.addQueryItem(u"since"_s,
                       QString::number(since < 0 ? m_cache->changes()->cursor() : since));
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    m_api->get(u"/api/v1/changes"_s, query, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        m_pulling = false;
        if (reply.status == 401) {
            unauthorized();
            return;
        }
        if (!reply.isSuccess()) {
            connectionLost(reply.error().message);
            return;
        }
        QElapsedTimer clock;
        clock.start();
        const QJsonObject json = reply.json();
        const QJsonArray array = json.value(u"changes"_s).toArray();
        const QList<ChangeRecord> changes = parseChanges(array);
        // Past the last record when the server skipped records this role may not read.
        const qint64 next = json.value(u"next"_s).toInteger();
        const qint64 parsed = clock.elapsed();
        setState(State::Syncing);
        // A full page means there is more: ask for the next one before applying this one,
        // so that the server prepares it while the cache writes.
        const bool more = array.size() >= m_pageSize && !changes.isEmpty();
        if (more)
            pull(std::max(changes.last().seq, next));
        if (auto r = m_cache->changes()->apply(changes); !r) {
            qCWarning(lcSync) << "cannot apply changes:" << r.error().message;
            connectionLost(r.error().message);
            return;
        }
        if (auto r = m_cache->changes()->advanceCursor(next); !r) {
            connectionLost(r.error().message);
            return;
        }
        qCDebug(lcSync) << "page of" << changes.size() << "to seq" << m_cache->changes()->cursor()
                        << "parsed in" << parsed << "ms, applied in" << clock.elapsed() - parsed
                        << "ms";
        if (!more)
            pullFinished();
    });
}

void SyncEngine::pullFinished()
{
    if (!m_socket) {
        openSocket();
        return;
    }
    if (m_catchingUp)
        finishCatchUp();
}

void SyncEngine::openSocket()
{
    closeSocket();
    const quint64 generation = m_generation;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, generation] {
        if (generation != m_generation)
            return;
        // Subscribed: whatever happened between the last pull and now comes by one more
        // pull; frames wait until it is done.
        m_catchingUp = true;
        m_held.clear();
        pull();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, generation] {
        if (generation != m_generation || socket != m_socket)
            return;
        const QString why = socket->closeCode() == 4401
                                ? tr("The server refused the live connection's log-in.")
                                : tr("The live connection was closed.");
        if (socket->closeCode() == 4401)
            m_api->setToken({});
        connectionLost(why);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, generation](const QString &t) {
        if (generation == m_generation)
            onFrame(t);
    });
    connect(socket, &QWebSocket::pong, this, [this] { m_pongTimer->stop(); });
    socket->open(m_api->liveRequest());
}

void SyncEngine::finishCatchUp()
{
    m_catchingUp = false;
    QList<ChangeRecord> held;
    held.swap(m_held);
    if (auto r = m_cache->changes()->apply(held); !r) {
        connectionLost(r.error().message);
        return;
    }
    m_backoff.reset();
    m_lastError.clear();
    m_pingTimer->start();
    markSynced();
    setState(State::Live);
    if (m_firstSync) {
        m_firstSync = false;
        emit initialSyncFinished();
    }
    flushOutbox();
}

void SyncEngine::onFrame(const QString &text)
{
    // Any frame proves the connection is alive.
    m_pongTimer->stop();
    const auto change = ChangeRecord::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    if (!change)
        return;
    if (m_catchingUp) {
        m_held.append(*change);
        return;
    }
    if (m_liveBatch.isEmpty())
        QTimer::singleShot(0, this, &SyncEngine::applyLiveBatch);
    m_liveBatch.append(*change);
}

void SyncEngine::applyLiveBatch()
{
    if (m_liveBatch.isEmpty())
        return;
    QList<ChangeRecord> batch;
    batch.swap(m_liveBatch);
    if (auto r = m_cache->changes()->apply(batch); !r) {
        connectionLost(r.error().message);
        return;
    }
    m_lastSyncAt = QDateTime::currentDateTimeUtc();
    emit lastSyncChanged(m_lastSyncAt);
}

void SyncEngine::markSynced()
{
    m_lastSyncAt = QDateTime::currentDateTimeUtc();
    (void)m_cache->setLastSyncAt(m_lastSyncAt);
    emit lastSyncChanged(m_lastSyncAt);
}

void SyncEngine::closeSocket()
{
    m_pingTimer->stop();
    m_pongTimer->stop();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void SyncEngine::connectionLost(const QString &why)
{
    if (m_state == State::Stopped)
        return;
    ++m_generation;
    qCInfo(lcSync) << "connection lost:" << why;
    m_lastError = why;
    closeSocket();
    m_pulling = false;
    m_catchingUp = false;
    m_held.clear();
    applyLiveBatch();
    const int delay = m_backoff.nextDelay();
    m_retryTimer->start(delay);
    setState(State::Offline);
}

Result<qint64> SyncEngine::queueOrder(const OrderDraft &draft)
{
    if (draft.lines.isEmpty())
        return Error{u"empty_order"_s, tr("An order needs at least one line."), {}};
    if (!channels.contains(draft.channel))
        return Error{u"invalid_channel"_s, tr("Choose the channel the order came through."), {}};
    if (!paymentMethods.contains(draft.paymentMethod))
        return Error{u"invalid_payment_method"_s, tr("Choose a payment method."), {}};
    if (draft.customerId <= 0)
        return Error{u"invalid_customer"_s, tr("Choose the customer."), {}};
    if (draft.notes.size() > 10000)
        return Error{u"invalid_notes"_s, tr("Notes are up to 10,000 characters."), {}};

    QJsonArray lines;
    QJsonArray localLines;
    QStringList described;
    for (const OrderDraft::Line &line : draft.lines) {
        if (!Sku::isValid(line.sku))
            return Error{u"invalid_sku"_s, tr("\"%1\" is not a SKU.").arg(line.sku), {}};
        if (line.quantity < 1 || line.quantity > 1000000) {
            return Error{u"invalid_quantity"_s, tr("A quantity is between 1 and 1,000,000."), {}};
        }
        lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
        QJsonObject local{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}};
        if (const auto product = m_cache->queries()->product(line.sku)) {
            local.insert(u"name"_s, product->name);
            local.insert(u"unit_price"_s, QJsonObject{{u"amount_minor"_s, product->priceMinor},
                                                      {u"currency"_s, product->currency}});
        }
        localLines.append(local);
        described.append(tr("%1 × %2").arg(line.quantity).arg(line.sku));
    }
    QJsonObject body{{u"customer_id"_s, draft.customerId},
                     {u"channel"_s, draft.channel},
                     {u"payment_method"_s, draft.paymentMethod},
                     {u"lines"_s, lines}};
    if (!draft.notes.isEmpty())
        body.insert(u"notes"_s, draft.notes);
    OutboxItem item;
    item.kind = u"order"_s;
    item.method = "POST";
    item.path = u"/api/v1/orders"_s;
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    item.idempotencyKey = IdempotencyKey::generate().toString();
    item.summary =
        tr("Order for customer %1: %2").arg(draft.customerId).arg(described.join(u", "_s));
    item.createdAt = QDateTime::currentDateTimeUtc();

    QJsonObject queued = body;
    queued.insert(u"lines"_s, localLines);
    queued.insert(u"status"_s, u"queued"_s);
    auto parsed = Order::fromJson(queued);
    if (!parsed)
        return parsed.error();
    LocalOrder order;
    order.order = std::move(parsed).value();

    auto id = m_cache->outbox()->enqueue(item, order);
    if (id && m_state == State::Live)
        QTimer::singleShot(0, this, &SyncEngine::flushOutbox);
    return id;
}

Result<qint64> SyncEngine::queueMovement(const MovementDraft &draft)
{
    if (!Sku::isValid(draft.sku))
        return Error{u"invalid_sku"_s, tr("\"%1\" is not a SKU.").arg(draft.sku), {}};
    if (draft.quantity == 0 || draft.quantity > 1000000 || draft.quantity < -1000000)
        return Error{u"invalid_quantity"_s, tr("A quantity is between 1 and 1,000,000."), {}};
    QJsonObject body{{u"sku"_s, draft.sku},
                     {u"kind"_s, draft.kind},
                     {u"quantity"_s, draft.quantity},
                     {u"reason"_s, draft.reason}};
    if (!draft.location.isEmpty())
        body.insert(u"location"_s, draft.location);
    if (!draft.fromLocation.isEmpty())
        body.insert(u"from_location"_s, draft.fromLocation);
    if (!draft.toLocation.isEmpty())
        body.insert(u"to_location"_s, draft.toLocation);

    OutboxItem item;
    item.kind = u"movement"_s;
    item.method = "POST";
    item.path = u"/api/v1/movements"_s;
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    item.idempotencyKey = IdempotencyKey::generate().toString();
    item.summary = tr("Stock %1 of %2: %3")
                       .arg(draft.kind, draft.sku,
                            draft.quantity > 0 ? u"+"_s + QString::number(draft.quantity)
                                               : QString::number(draft.quantity));
    item.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_cache->outbox()->enqueue(item);
    if (id && m_state == State::Live)
        QTimer::singleShot(0, this, &SyncEngine::flushOutbox);
    return id;
}

void SyncEngine::flushOutbox()
{
    if (m_sending || m_state != State::Live)
        return;
    const auto item = m_cache->outbox()->nextPending();
    if (!item)
        return;
    sendItem(*item);
}

void SyncEngine::sendItem(const OutboxItem &item)
{
    m_sending = true;
    const quint64 generation = m_generation;
    emit mutationSending(item);
    m_api->send(
        item.method, item.path, item.body, item.idempotencyKey,
        [this, item, generation](const ApiReply &reply) {
            m_sending = false;
            if (generation != m_generation && reply.isNetworkFailure())
                return; // aborted by a drop: it stays pending and goes again
            if (reply.isSuccess()) {
                m_outboxBackoff.reset();
                if (auto r = m_cache->outbox()->markAccepted(item.id, reply.status, reply.json());
                    !r)
                    qCWarning(lcSync) << r.error().message;
                qCInfo(lcSync) << "outbox" << item.id << "accepted" << reply.status;
                emit mutationAccepted(*m_cache->outbox()->item(item.id));
                flushOutbox();
                return;
            }
            if (reply.status == 401) {
                // The request was not run; log in again and send it then.
                m_api->setToken({});
                connectionLost(tr("The server asked to log in again."));
                return;
            }
            if (reply.isTransient()) {
                const QString why = reply.error().message;
                (void)m_cache->outbox()->recordAttempt(item.id, why);
                qCInfo(lcSync) << "outbox" << item.id << "will be retried:" << why;
                m_outboxTimer->start(m_outboxBackoff.nextDelay());
                return;
            }
            const Error refusal = reply.error();
            if (auto r = m_cache->outbox()->markRefused(item.id, reply.status, refusal); !r)
                qCWarning(lcSync) << r.error().message;
            qCInfo(lcSync) << "outbox" << item.id << "refused:" << refusal.code;
            emit mutationRefused(*m_cache->outbox()->item(item.id), ErrorText::describe(refusal));
            flushOutbox();
        });
}

QString SyncEngine::stateText(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting");
    case State::Syncing:
        return tr("Syncing");
    case State::Live:
        return tr("Live");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Offline:
        return tr("Offline");
    }
    return {};
}

} // namespace shopdesk::client
