#pragma once

#include "client/changerecord.h"
#include "client/movementdraft.h"
#include "client/orderdraft.h"
#include "client/outboxitem.h"
#include "client/reconnectbackoff.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <algorithm>

class QTimer;
class QWebSocket;

namespace shopdesk::client {

class ApiClient;
class LocalCache;

// Keeps the local cache in step with the server and delivers the outbox.
//
// An empty cache is first filled from GET /snapshot (whole tables in large pages, and the
// seq they are consistent with); then it pulls /changes from the cache's cursor in pages,
// then subscribes to /live. Frames that
// arrive while it catches up after (re)subscribing are held back and applied only once the
// pull has reached the present, so a reconnect never skips or reorders a change. Any failure
// drops the connection and tries again after an exponential backoff with jitter.
//
// The outbox is sent one mutation at a time, oldest first, while the engine is live; each
// keeps the Idempotency-Key it got when the user acted, so a retry can never apply twice.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,      // not started, or stopped
        Connecting,   // first attempt after start()
        Syncing,      // pulling the change log
        Live,         // caught up and following /live
        Reconnecting, // lost the server; trying again now
        Offline,      // the server cannot be reached; waiting before the next try
    };
    Q_ENUM(State)

    SyncEngine(LocalCache *cache, ApiClient *api, QObject *parent = nullptr);
    ~SyncEngine() override;

    LocalCache *cache() const { return m_cache; }
    ApiClient *api() const { return m_api; }

    // Kept in memory only, to log in again when the server comes back or forgets the token.
    void setCredentials(const QString &username, const QString &password);
    void setPageSize(int changes) { m_pageSize = std::clamp(changes, 1, 5000); }
    void setSnapshotPageSize(int items) { m_snapshotPageSize = std::clamp(items, 1, 20000); }
    void setReconnectDelays(int firstMs, int maxMs);
    // How long a quiet live connection may go without answering a ping.
    void setKeepAlive(int intervalMs, int timeoutMs);

    void start();
    void stop();
    // Try now instead of waiting for the backoff (the user pressed "Retry").
    void retryNow();

    State state() const { return m_state; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    // Milliseconds until the next attempt while Offline, else -1.
    int millisecondsToRetry() const;
    QString lastError() const { return m_lastError; }

    // Queue mutations. They survive a restart; the returned id is the outbox entry.
    Result<qint64> queueOrder(const OrderDraft &draft);
    Result<qint64> queueMovement(const MovementDraft &draft);

    static QString stateText(State state);

signals:
    void stateChanged(shopdesk::client::SyncEngine::State state);
    void lastSyncChanged(const QDateTime &when);
    // An outbox item goes to the server now (again, after a retry or a restart).
    void mutationSending(const shopdesk::client::OutboxItem &item);
    void mutationAccepted(const shopdesk::client::OutboxItem &item);
    void mutationRefused(const shopdesk::client::OutboxItem &item, const QString &reason);
    void authenticationRequired(const QString &reason);
    // The first complete pull of an empty cache is done.
    void initialSyncFinished();

private:
    void setState(State state);
    void attempt();
    // After log-in: a snapshot for an empty cache, else a pull.
    void catchUp();
    void fetchSnapshot(int entity, const QString &after);
    void snapshotFinished();
    // A 401 on a read: log in again, or tell the user.
    void unauthorized();
    // Pulls the page after since (the cache's cursor when -1).
    void pull(qint64 since = -1);
    void pullFinished();
    void openSocket();
    void finishCatchUp();
    void onFrame(const QString &text);
    void applyLiveBatch();
    void connectionLost(const QString &why);
    void closeSocket();
    void markSynced();
    void flushOutbox();
    void sendItem(const OutboxItem &item);

    LocalCache *m_cache;
    ApiClient *m_api;
    State m_state = State::Stopped;
    QString m_username;
    QString m_password;
    int m_pageSize = 5000;
    int m_snapshotPageSize = 20000;
    QStringList m_snapshotEntities; // of the snapshot running, in order
    qint64 m_snapshotSeq = -1;      // the seq of its first page
    bool m_pulling = false;
    bool m_catchingUp = false;
    bool m_firstSync = false;
    bool m_sending = false;
    quint64 m_generation = 0;        // bumps on every drop, so stale callbacks know to do nothing
    QList<ChangeRecord> m_held;      // frames held back while catching up
    QList<ChangeRecord> m_liveBatch; // frames of one event-loop turn, applied together
    QPointer<QWebSocket> m_socket;
    QTimer *m_retryTimer;
    QTimer *m_outboxTimer;
    QTimer *m_pingTimer;
    QTimer *m_pongTimer;
    ReconnectBackoff m_backoff;
    ReconnectBackoff m_outboxBackoff{1000, 60000};
    QDateTime m_lastSyncAt;
    QString m_lastError;
};

} // namespace shopdesk::client
