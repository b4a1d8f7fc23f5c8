#pragma once

#include "server/httpresponse.h"
#include "storage/bulkreader.h"
#include "storage/shopstore.h"

#include <QHash>
#include <QHostAddress>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace shopdesk::server {

// Fans committed change records out: answers long-polling GET /changes?wait= requests and
// pushes every record to the /live WebSocket clients in seq order, each reader getting only
// the records its role may read (storage::ChangeScope). It learns of new records
// from this server's writer and, on PostgreSQL, from other servers through LISTEN/NOTIFY;
// each nudge re-reads the log from the last seq it handed out, so nothing is skipped.
// A WebSocket client that cannot keep up is dropped (close code 4408) instead of slowing
// the others; it pulls /changes on reconnect. A client whose session ends — signed out here,
// or found revoked or expired on the periodic check (or at once after a change of a user),
// which also sees sign-outs on other servers sharing the database — is closed with 4401.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxBufferedBytes = 4 * 1024 * 1024;
    static constexpr int sessionCheckMs = 30000;

    ChangeFeed(storage::ShopStore &reader, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void setStartSeq(qint64 seq) { m_liveSeq = m_knownSeq = seq; }
    qint64 knownSeq() const { return m_knownSeq; }

    // The records after since that scope lets through; *next is where to continue.
    Result<QJsonArray> changes(qint64 since, int limit, const storage::ChangeScope &scope,
                               qint64 *next);
    // Holds the answer until a record newer than since that scope lets through exists, or
    // waitMs has passed.
    void wait(qint64 since, int limit, int waitMs, QPointer<QObject> connection,
              std::function<void(const HttpResponse &)> answer,
              const storage::ChangeScope &scope = {});
    // The WebSocket about to be made from the connection of this peer gets only the records
    // scope lets through; it ends with the session of tokenHash, which belongs to userId.
    void expectLiveClient(const QHostAddress &address, quint16 port,
                          const storage::ChangeScope &scope, const QString &tokenHash,
                          qint64 userId);
    void addLiveClient(QWebSocket *socket);
    int liveClientCount() const { return int(m_live.size()); }
    // Closes (4401) the live clients of this session: it was signed out.
    void revoke(const QString &tokenHash);

    // Something newer than seq may exist: serve waiters and live clients.
    void nudge(qint64 seq);
    // Answers all waiters now and closes live clients (server shutdown).
    void closeAll();

    static HttpResponse changesPage(const QJsonArray &changes, qint64 next);

private:
    struct Waiter
    {
        qint64 since = 0;
        int limit = 0;
        QPointer<QObject> connection;
        std::function<void(const HttpResponse &)> answer;
        std::unique_ptr<QTimer> timer;
        storage::ChangeScope scope;
    };
    // Answers, unless onlyIfAny and nothing the waiter may see is there (then it waits on).
    bool answerWaiter(Waiter &waiter, bool onlyIfAny = false);
    void pushLive();
    // Closes the live clients whose session no longer exists: of these users, or of all.
    void checkSessions(const QSet<qint64> &users = {});
    // The WebSocket about to be made of a peer's connection: what it may read, for whom.
    struct LiveGrant
    {
        storage::ChangeScope scope;
        QString tokenHash;
        qint64 userId = 0;
    };

    storage::ShopStore &m_reader;
    std::vector<std::unique_ptr<Waiter>> m_waiters;
    QList<QPointer<QWebSocket>> m_live;
    QHash<QWebSocket *, LiveGrant> m_liveGrants;
    QHash<QString, LiveGrant> m_expectedGrants; // by peer, until the handshake
    QTimer m_sessionCheck;
    qint64 m_knownSeq = 0;
    qint64 m_liveSeq = 0;
    bool m_pushing = false;
};

} // namespace shopdesk::server
