#pragma once

#include "client/inbox/inboxservice.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace shopdesk::client {

class ApiClient;
class LocalCache;

// The links from conversations to the orders made from them, kept until the server has them.
// An order is queued before it has a server id, often offline, and the client may be closed
// before it gets one: so the link waits in the local cache (meta `conversation_order.<local
// order id>` = conversation id) and goes to the server (POST /inbox/conversations/{id}/orders)
// once the order has its id — at the order's next change, at retry() (the connection is
// back), and when made (links left by an earlier run). A link the server refuses (the
// conversation is another customer's, or gone) is forgotten and logged; so is the link of an
// order the server refused, which will never have an id.
class ConversationOrderLinks : public QObject
{
    Q_OBJECT
public:
    ConversationOrderLinks(ApiClient *api, LocalCache *cache, QObject *parent = nullptr);

    // Keeps the link of the local order to the conversation, and sends it if it can.
    Result<void> remember(qint64 conversationId, qint64 localOrderId);
    // Local order id → conversation id, for every link the server does not have yet.
    QHash<qint64, qint64> pending() const;
    // Sends every pending link whose order has its server id.
    void retry();

    static QString keyFor(qint64 localOrderId);

signals:
    void linked(qint64 conversationId, qint64 orderId);
    void refused(qint64 conversationId, qint64 localOrderId, const shopdesk::Error &error);

private:
    void send(qint64 localOrderId);
    void answered(qint64 localOrderId, qint64 conversationId, qint64 orderId,
                  const Result<inbox::ConversationRecord> &answer);
    void forget(qint64 localOrderId);
    // No answer, or one worth asking again for later (the server busy, the session lapsed).
    static bool isTransient(const Error &error);

    LocalCache *m_cache;
    InboxService m_inbox;
    QSet<qint64> m_sending; // local order ids whose link awaits the server's answer
};

} // namespace shopdesk::client
