#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/inbox/conversationreader.h"
#include "storage/inbox/inboxarrival.h"
#include "storage/migrationstep.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace shopdesk::storage {

class ShopStore;

// The inbox: conversations of e-mails, chats and contact-form messages, each matched to a
// customer where one is known, assigned, open, snoozed or done, and answered. Every change
// is logged as a change record `conversation` carrying the conversation with its newest
// message, so every agent's inbox (and the website's chat window) follows it live.
class InboxStore
{
public:
    // How long an announced reply ("X is replying") shows without a new announcement.
    static constexpr qint64 replyingMs = 20000;

    explicit InboxStore(ShopStore &store);

    static QList<MigrationStep> migrations();

    ConversationReader reader();

    // The one entry for every incoming message. An e-mail joins the conversation of any
    // known Message-ID it answers (In-Reply-To, References; ours included), else starts one;
    // a chat joins the conversation of its website id and shop user. An automatic answer
    // joins the conversation it answers and never starts one (auto_reply_unmatched) nor makes
    // it wait; any other message reopens a snoozed or done conversation. An e-mail whose
    // Message-ID is known already is not stored twice. {conversation, message}.
    Result<QJsonObject> receive(const Actor &actor, const InboxArrival &arrival);

    // Any of assignee (null: nobody), status, snoozed_until (msecs; null), customer_id (null:
    // none), each only when present in fields.
    struct Change
    {
        std::optional<QString> assignee;
        std::optional<QString> status;
        std::optional<qint64> snoozedUntil;
        std::optional<qint64> customerId;
    };
    Result<QJsonObject> update(const Actor &actor, qint64 id, const Change &change);
    // Makes a customer of the contact and links it; conversation_has_customer when it has
    // one, likely_duplicate when a customer has the address or phone already.
    Result<QJsonObject> createCustomer(const Actor &actor, qint64 id);

    // What an answer threads to, read under the conversation's lock: answered_meanwhile when
    // someone else answered after seenMessageId, unknown_message when that is not one of its
    // messages.
    struct Thread
    {
        QJsonObject conversation;
        QString lastIncomingId; // the newest Message-ID the customer sent; empty for chats
        // The customer's newest message's References and every Message-ID of the
        // conversation, oldest first (at most 20: the first and the newest).
        QStringList references;
    };
    Result<Thread> prepareReply(const Actor &actor, qint64 id, qint64 seenMessageId);
    // Stores the answer (with its Message-ID and outbox entry when e-mailed); it is no
    // longer waiting. {conversation, message}.
    Result<QJsonObject> recordReply(const Actor &actor, qint64 id, const QString &text,
                                    const QString &messageId, qint64 mailOutboxId);
    // The caller is typing an answer: others see it for replyingMs.
    Result<QJsonObject> announceReply(const Actor &actor, qint64 id);

    // ticket_exists when it has one.
    Result<QJsonObject> linkTicket(const Actor &actor, qint64 id, qint64 ticketId);
    // unknown_order; order_of_other_customer; linking twice changes nothing.
    Result<QJsonObject> linkOrder(const Actor &actor, qint64 id, qint64 orderId);

private:
    Result<QJsonObject> locked(qint64 id);
    Result<qint64> findConversation(const Actor &actor, const InboxArrival &arrival);
    Result<qint64> startConversation(const Actor &actor, const InboxArrival &arrival);
    Result<qint64> insertMessage(qint64 conversationId, const InboxArrival &arrival, qint64 at);
    Result<void> checkCustomer(qint64 customerId);
    Result<void> checkUser(const QString &username);
    // Logs the conversation as it reads now; {conversation, message} when messageId > 0.
    Result<QJsonObject> logged(const Actor &actor, qint64 id, const QString &op,
                               qint64 messageId = 0);

    ShopStore &m_store;
};

} // namespace shopdesk::storage
