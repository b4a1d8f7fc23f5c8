#pragma once

#include "client/jsoncalls.h"
#include "domain/care/ticket.h"
#include "domain/care/ticketrecord.h"
#include "domain/inbox/conversationrecord.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace shopdesk::client {

class ApiClient;

// The inbox's calls to the server (docs/api.md, "Inbox"). Each change carries its own
// Idempotency-Key, reused only when the same request is sent again after getting no answer.
// Answers come as domain types; a refusal comes as the server's Error (code, message,
// details: answered_meanwhile carries by/at/message_id) for the screen to word.
class InboxService : public QObject
{
    Q_OBJECT

public:
    using ConversationDone = std::function<void(const Result<inbox::ConversationRecord> &)>;
    using ConversationsDone = std::function<void(const Result<QList<inbox::ConversationRecord>> &)>;
    // A reply or a ticket made: the conversation as it is afterwards, and what was made.
    using ReplyDone = std::function<void(const Result<inbox::ConversationRecord> &,
                                         const std::optional<inbox::InboxMessageRecord> &)>;
    using TicketDone = std::function<void(const Result<inbox::ConversationRecord> &,
                                          const std::optional<care::TicketRecord> &)>;
    using BytesDone = std::function<void(const Result<QByteArray> &)>;

    // Which conversations a list shows: a status ("open", "snoozed", "done"), and the order
    // ("recent": newest message first; "waiting": only waiting ones, the longest first).
    struct Filter
    {
        QString status = QStringLiteral("open");
        QString sort = QStringLiteral("recent");
        QString assignee;      // empty: anyone
        qint64 customerId = 0; // 0: any
    };

    explicit InboxService(ApiClient *api, QObject *parent = nullptr);

    // How many conversations one request of list() asks for; list() still reads every page.
    void setPageSize(int size) { m_pageSize = size; }

    // Every conversation the filter selects, all pages.
    void list(const Filter &filter, ConversationsDone done);
    // One conversation with its messages, oldest first.
    void conversation(qint64 id, ConversationDone done);
    // seenMessageId: the newest message the agent saw (409 answered_meanwhile otherwise).
    void reply(qint64 id, const QString &text, qint64 seenMessageId, ReplyDone done);
    // Tells the other agents that this one is typing an answer; sends at most every
    // 10 seconds per conversation, however often it is called.
    void announceTyping(qint64 id);
    // An empty user takes the assignment away.
    void assign(qint64 id, const QString &user, ConversationDone done);
    void snooze(qint64 id, const QDateTime &until, ConversationDone done);
    void markDone(qint64 id, ConversationDone done);
    void reopen(qint64 id, ConversationDone done);
    // 0 takes the customer away.
    void setCustomer(qint64 id, qint64 customerId, ConversationDone done);
    // Makes a customer of the contact (409 likely_duplicate with details.customer when one
    // has the address or phone already).
    void createCustomer(qint64 id, ConversationDone done);
    // Opens a ticket for the conversation's customer; messageId 0: the customer's newest.
    void openTicket(qint64 id, care::TicketKind kind, care::TicketPriority priority,
                    const QString &subject, qint64 messageId, TicketDone done);
    // Links an order made from the conversation (its server id).
    void linkOrder(qint64 id, qint64 orderId, ConversationDone done);
    // The bytes of a kept attachment.
    void attachment(qint64 id, qint64 attachmentId, BytesDone done);

private:
    void patch(qint64 id, const QJsonObject &body, ConversationDone done);

    QPointer<ApiClient> m_api;
    JsonCalls m_calls;
    QHash<qint64, QDateTime> m_lastTyping;
    int m_pageSize = 200;
};

} // namespace shopdesk::client
