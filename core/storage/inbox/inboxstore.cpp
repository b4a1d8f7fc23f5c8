#include "storage/inbox/inboxstore.h"

#include "domain/inbox/conversation.h"
#include "domain/tr.h"
#include "storage/inbox/inboxattachments.h"
#include "storage/shopstore.h"
#include "storage/storeerrors.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

constexpr int subjectLength = 200;
constexpr qsizetype maxReferences = 20;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A chat has no subject line: its first words stand in for one.
QString subjectOf(const InboxArrival &arrival)
{
    if (!arrival.subject.trimmed().isEmpty())
        return arrival.subject.trimmed().left(subjectLength);
    return arrival.text.section(u'\n', 0, 0).trimmed().left(80);
}

} // namespace

InboxStore::InboxStore(ShopStore &store)
    : m_store(store)
{}

QList<MigrationStep> InboxStore::migrations()
{
    return {
        {u"inbox"_s,
         11,
         {
             u"CREATE TABLE inbox_conversations (id %ID%, channel TEXT NOT NULL, "
             "subject TEXT NOT NULL, customer_id BIGINT REFERENCES customers(id), "
             "contact_name TEXT NOT NULL, contact_email TEXT NOT NULL, "
             "contact_phone TEXT NOT NULL, conversation_key TEXT, posted_by TEXT, "
             "posted_by_id BIGINT, status TEXT NOT NULL, snoozed_until BIGINT, "
             "assignee TEXT, ticket_id BIGINT REFERENCES tickets(id), "
             "waiting_since BIGINT, last_message_at BIGINT NOT NULL, "
             "created_at BIGINT NOT NULL, replying_user TEXT, replying_until BIGINT)"_s,
             // A website's conversation id is its own: two shops may use the same one.
             u"CREATE UNIQUE INDEX inbox_conversations_chat ON "
             "inbox_conversations(posted_by_id, conversation_key)"_s,
             u"CREATE INDEX inbox_conversations_customer ON inbox_conversations(customer_id)"_s,
             u"CREATE INDEX inbox_conversations_recent ON "
             "inbox_conversations(last_message_at, id)"_s,
             u"CREATE INDEX inbox_conversations_waiting ON "
             "inbox_conversations(waiting_since, id)"_s,
             u"CREATE TABLE inbox_messages (id %ID%, "
             "conversation_id BIGINT NOT NULL REFERENCES inbox_conversations(id), "
             "direction TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT NULL, "
             "html TEXT NOT NULL, message_id TEXT, in_reply_to TEXT, reference_ids TEXT NOT NULL, "
             "auto_submitted INTEGER NOT NULL, unreadable INTEGER NOT NULL, "
             "raw_size BIGINT NOT NULL, sent_at BIGINT, at BIGINT NOT NULL, "
             "mail_outbox_id BIGINT)"_s,
             u"CREATE INDEX inbox_messages_conversation ON inbox_messages(conversation_id, id)"_s,
             u"CREATE INDEX inbox_messages_message_id ON inbox_messages(message_id)"_s,
             u"CREATE TABLE inbox_attachment_data (sha256 TEXT PRIMARY KEY, "
             "size BIGINT NOT NULL, data TEXT NOT NULL)"_s,
             u"CREATE TABLE inbox_attachments (id %ID%, "
             "message_id BIGINT NOT NULL REFERENCES inbox_messages(id), "
             "file_name TEXT NOT NULL, content_type TEXT NOT NULL, size BIGINT NOT NULL, "
             "sha256 TEXT REFERENCES inbox_attachment_data(sha256))"_s,
             u"CREATE INDEX inbox_attachments_message ON inbox_attachments(message_id)"_s,
             u"CREATE TABLE inbox_conversation_orders ("
             "conversation_id BIGINT NOT NULL REFERENCES inbox_conversations(id), "
             "order_id BIGINT NOT NULL REFERENCES orders(id), linked_by TEXT NOT NULL, "
             "linked_at BIGINT NOT NULL, PRIMARY KEY (conversation_id, order_id))"_s,
         }}};
}

ConversationReader InboxStore::reader()
{
    return ConversationReader(m_store.database(), m_store.clock().now());
}

Result<QJsonObject> InboxStore::locked(qint64 id)
{
    Database &db = m_store.database();
    auto q = db.scalar(
        u"SELECT id FROM inbox_conversations WHERE id = ?"_s + db.dialect().forUpdate(), {id});
    if (!q)
        return q.error();
    if (q.value().isNull())
        return StoreErrors::notFound(Tr::tr("There is no conversation %1.").arg(id));
    return reader().conversation(id, false);
}

Result<QJsonObject> InboxStore::logged(const Actor &actor, qint64 id, const QString &op,
                                       qint64 messageId)
{
    auto conversation = m_store.changes().appendRead(actor, u"conversation"_s, QString::number(id),
                                                     op, reader().conversation(id, false));
    if (!conversation || messageId <= 0)
        return conversation;
    auto message = reader().message(messageId);
    if (!message)
        return message.error();
    return QJsonObject{{u"conversation"_s, conversation.value()}, {u"message"_s, message.value()}};
}

Result<qint64> InboxStore::findConversation(const Actor &actor, const InboxArrival &arrival)
{
    Database &db = m_store.database();
    if (arrival.channel != u"email"_s) {
        auto id = db.scalar(u"SELECT id FROM inbox_conversations WHERE posted_by_id = ? AND "
                            "conversation_key = ?"_s,
                            {actor.userId, arrival.conversationKey});
        if (!id)
            return id.error();
        return id.value().isNull() ? 0 : id.value().toLongLong();
    }
    // The message it answers directly first, then the chain from the newest.
    QStringList known;
    if (!arrival.inReplyTo.isEmpty())
        known << arrival.inReplyTo;
    for (auto it = arrival.references.crbegin(); it != arrival.references.crend(); ++it) {
        if (!it->isEmpty() && !known.contains(*it))
            known << *it;
    }
    for (const QString &messageId : std::as_const(known).mid(0, 50)) {
        auto id = db.scalar(u"SELECT conversation_id FROM inbox_messages WHERE message_id = ? "
                            "ORDER BY id DESC LIMIT 1"_s,
                            {messageId});
        if (!id)
            return id.error();
        if (!id.value().isNull())
            return id.value().toLongLong();
    }
    return 0;
}

Result<qint64> InboxStore::startConversation(const Actor &actor, const InboxArrival &arrival)
{
    auto match = m_store.customers().likelyDuplicate(arrival.fromEmail, arrival.fromPhone, 0);
    if (!match)
        return match.error();
    const QVariant customer =
        match.value() ? QVariant(match.value()->value(u"id"_s).toInteger()) : QVariant();
    const bool chat = arrival.channel != u"email"_s;
    const qint64 now = m_store.clock().now();
    auto id = m_store.database().scalar(
        u"INSERT INTO inbox_conversations (channel, subject, customer_id, contact_name, "
        "contact_email, contact_phone, conversation_key, posted_by, posted_by_id, status, "
        "last_message_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) "
        "RETURNING id"_s,
        {arrival.channel, subjectOf(arrival), customer, arrival.fromName.left(subjectLength),
         arrival.fromEmail, arrival.fromPhone,
         chat ? QVariant(arrival.conversationKey) : QVariant(),
         chat ? QVariant(actor.username) : QVariant(), chat ? QVariant(actor.userId) : QVariant(),
         now, now});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<qint64> InboxStore::insertMessage(qint64 conversationId, const InboxArrival &arrival,
                                         qint64 at)
{
    const QString author = arrival.fromName.isEmpty() ? arrival.fromEmail : arrival.fromName;
    auto id = m_store.database().scalar(
        u"INSERT INTO inbox_messages (conversation_id, direction, author, text, html, "
        "message_id, in_reply_to, reference_ids, auto_submitted, unreadable, raw_size, sent_at, "
        "at) VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {conversationId, author.left(subjectLength), arrival.text, arrival.html,
         textOrNull(arrival.messageId), textOrNull(arrival.inReplyTo),
         arrival.references.mid(std::max<qsizetype>(0, arrival.references.size() - maxReferences))
             .join(u' '),
         arrival.autoSubmitted ? 1 : 0, arrival.unreadable ? 1 : 0, arrival.rawSize,
         arrival.sentAt.isValid() ? QVariant(arrival.sentAt.toMSecsSinceEpoch()) : QVariant(), at});
    if (!id)
        return id.error();
    const qint64 messageId = id.value().toLongLong();
    if (auto ok = InboxAttachments(m_store.database()).add(messageId, arrival.attachments); !ok)
        return ok.error();
    return messageId;
}

Result<QJsonObject> InboxStore::receive(const Actor &actor, const InboxArrival &arrival)
{
    if (auto channel = inbox::parseInboxChannel(arrival.channel); !channel)
        return channel.error();
    Database &db = m_store.database();
    if (arrival.channel == u"email"_s && !arrival.messageId.isEmpty()) {
        // Fetched twice (a retried intake): the first copy stands.
        auto known = db.fetch(u"SELECT conversation_id, id FROM inbox_messages WHERE "
                              "message_id = ? AND direction = 'in' ORDER BY id LIMIT 1"_s,
                              {arrival.messageId});
        if (!known)
            return known.error();
        if (known.value().next()) {
            const qint64 conversationId = known.value().value(0).toLongLong();
            auto message = reader().message(known.value().value(1).toLongLong());
            auto conversation = reader().conversation(conversationId, false);
            if (!message || !conversation)
                return !message ? message.error() : conversation.error();
            return QJsonObject{{u"conversation"_s, conversation.value()},
                               {u"message"_s, message.value()}};
        }
    }
    auto found = findConversation(actor, arrival);
    if (!found)
        return found.error();
    qint64 id = found.value();
    QString op = u"update"_s;
    if (id == 0) {
        if (arrival.autoSubmitted) {
            return Error{u"auto_reply_unmatched"_s,
                         Tr::tr("An automatic answer to no known conversation starts none."),
                         {}};
        }
        auto started = startConversation(actor, arrival);
        if (!started)
            return started.error();
        id = started.value();
        op = u"create"_s;
    }
    if (auto lock = locked(id); !lock)
        return lock.error();
    const qint64 now = m_store.clock().now();
    auto messageId = insertMessage(id, arrival, now);
    if (!messageId)
        return messageId.error();
    // A person's message waits for an answer and opens the conversation again; an automatic
    // one only joins it.
    QString sql = u"UPDATE inbox_conversations SET last_message_at = ?"_s;
    QVariantList values{now};
    if (!arrival.autoSubmitted) {
        sql += u", waiting_since = COALESCE(waiting_since, ?), status = 'open', "
               "snoozed_until = NULL"_s;
        values << now;
    }
    // A contact learnt later (a chat that gives its e-mail address in a second message).
    sql += u", contact_email = CASE WHEN contact_email = '' THEN ? ELSE contact_email END, "
           "contact_phone = CASE WHEN contact_phone = '' THEN ? ELSE contact_phone END "
           "WHERE id = ?"_s;
    values << arrival.fromEmail << arrival.fromPhone << id;
    if (auto ok = db.exec(sql, values); !ok)
        return ok.error();
    return logged(actor, id, op, messageId.value());
}

Result<void> InboxStore::checkCustomer(qint64 customerId)
{
    auto found = m_store.database().scalar(
        u"SELECT id FROM customers WHERE id = ? AND merged_into IS NULL AND erased = 0"_s,
        {customerId});
    if (!found)
        return found.error();
    if (found.value().isNull()) {
        return Error{u"unknown_customer"_s,
                     Tr::tr("There is no customer %1.").arg(customerId),
                     {{u"customer_id"_s, customerId}}};
    }
    return {};
}

Result<void> InboxStore::checkUser(const QString &username)
{
    auto found =
        m_store.database().scalar(u"SELECT id FROM users WHERE username = ?"_s, {username});
    if (!found)
        return found.error();
    if (found.value().isNull()) {
        return Error{u"unknown_user"_s,
                     Tr::tr("There is no user %1.").arg(username),
                     {{u"assignee"_s, username}}};
    }
    return {};
}

Result<QJsonObject> InboxStore::update(const Actor &actor, qint64 id, const Change &change)
{
    auto current = locked(id);
    if (!current)
        return current;
    QStringList sets;
    QVariantList values;
    if (change.assignee) {
        if (!change.assignee->isEmpty()) {
            if (auto ok = checkUser(*change.assignee); !ok)
                return ok.error();
        }
        sets << u"assignee = ?"_s;
        values << textOrNull(*change.assignee);
    }
    if (change.customerId) {
        if (*change.customerId > 0) {
            if (auto ok = checkCustomer(*change.customerId); !ok)
                return ok.error();
        }
        sets << u"customer_id = ?"_s;
        values << (*change.customerId > 0 ? QVariant(*change.customerId) : QVariant());
    }
    const QString from = current->value(u"status"_s).toString();
    QString to = change.status.value_or(change.snoozedUntil ? u"snoozed"_s : from);
    if (change.status || change.snoozedUntil) {
        const auto fromStatus = inbox::parseConversationStatus(from);
        const auto toStatus = inbox::parseConversationStatus(to);
        if (!toStatus)
            return toStatus.error();
        if (!fromStatus || !inbox::conversationAllowsStatus(fromStatus.value(), toStatus.value())) {
            return Error{u"invalid_status_change"_s,
                         Tr::tr("A conversation that is %1 cannot become %2.").arg(from, to),
                         {{u"from"_s, from}, {u"to"_s, to}}};
        }
        const bool snoozed = toStatus.value() == inbox::ConversationStatus::Snoozed;
        if (snoozed && (!change.snoozedUntil || *change.snoozedUntil <= m_store.clock().now())) {
            return Error{u"snooze_time_required"_s,
                         Tr::tr("Snoozing needs snoozed_until, a time still to come."),
                         {{u"field"_s, u"snoozed_until"_s}}};
        }
        if (!snoozed && change.snoozedUntil) {
            return Error{u"snooze_time_required"_s,
                         Tr::tr("snoozed_until goes only with the status snoozed."),
                         {{u"field"_s, u"snoozed_until"_s}}};
        }
        sets << u"status = ?"_s << u"snoozed_until = ?"_s;
        values << to << (snoozed ? QVariant(*change.snoozedUntil) : QVariant());
        // Done needs no answer: it no longer counts as waiting.
        if (toStatus.value() == inbox::ConversationStatus::Done)
            sets << u"waiting_since = NULL"_s;
    }
    if (sets.isEmpty())
        return current;
    if (auto ok = m_store.database().exec(u"UPDATE inbox_conversations SET "_s +
                                              sets.join(u", "_s) + u" WHERE id = ?"_s,
                                          values << id);
        !ok) {
        return ok.error();
    }
    return logged(actor, id, u"update"_s);
}

Result<QJsonObject> InboxStore::createCustomer(const Actor &actor, qint64 id)
{
    auto current = locked(id);
    if (!current)
        return current;
    if (!current->value(u"customer_id"_s).isNull()) {
        return Error{u"conversation_has_customer"_s,
                     Tr::tr("Conversation %1 has a customer already.").arg(id),
                     {{u"customer_id"_s, current->value(u"customer_id"_s)}}};
    }
    const QJsonObject contact = current->value(u"contact"_s).toObject();
    QJsonObject fields{{u"name"_s, contact.value(u"name"_s).toString()}};
    if (fields.value(u"name"_s).toString().trimmed().isEmpty())
        fields.insert(u"name"_s, contact.value(u"email"_s).toString());
    for (const QString &key : {u"email"_s, u"phone"_s}) {
        if (!contact.value(key).toString().isEmpty())
            fields.insert(key, contact.value(key));
    }
    auto customer = m_store.customers().create(actor, fields, false);
    if (!customer)
        return customer;
    if (auto ok = m_store.database().exec(
            u"UPDATE inbox_conversations SET customer_id = ? WHERE id = ?"_s,
            {customer->value(u"id"_s).toInteger(), id});
        !ok) {
        return ok.error();
    }
    return logged(actor, id, u"update"_s);
}

Result<InboxStore::Thread> InboxStore::prepareReply(const Actor &actor, qint64 id,
                                                    qint64 seenMessageId)
{
    auto current = locked(id);
    if (!current)
        return current.error();
    Database &db = m_store.database();
    auto seen = db.scalar(u"SELECT id FROM inbox_messages WHERE id = ? AND conversation_id = ?"_s,
                          {seenMessageId, id});
    if (!seen)
        return seen.error();
    if (seen.value().isNull()) {
        return Error{u"unknown_message"_s,
                     Tr::tr("Conversation %1 has no message %2.").arg(id).arg(seenMessageId),
                     {{u"seen_message_id"_s, seenMessageId}}};
    }
    auto other = db.fetch(u"SELECT author, at, id FROM inbox_messages WHERE conversation_id = ? "
                          "AND direction = 'out' AND id > ? AND author <> ? ORDER BY id LIMIT 1"_s,
                          {id, seenMessageId, actor.username});
    if (!other)
        return other.error();
    if (other.value().next()) {
        const QString who = other.value().value(0).toString();
        return Error{
            u"answered_meanwhile"_s,
            Tr::tr("%1 answered this conversation meanwhile: read the answer first.").arg(who),
            {{u"by"_s, who},
             {u"at"_s, StoreClock::isoTime(other.value().value(1).toLongLong())},
             {u"message_id"_s, other.value().value(2).toLongLong()}}};
    }
    Thread thread;
    thread.conversation = current.value();
    auto ids = db.fetch(u"SELECT message_id, direction, reference_ids FROM inbox_messages WHERE "
                        "conversation_id = ? AND message_id IS NOT NULL ORDER BY id"_s,
                        {id});
    if (!ids)
        return ids.error();
    QStringList known;
    QStringList parentChain;
    while (ids.value().next()) {
        known << ids.value().value(0).toString();
        if (ids.value().value(1).toString() == u"in"_s) {
            thread.lastIncomingId = known.last();
            parentChain = ids.value().value(2).toString().split(u' ', Qt::SkipEmptyParts);
        }
    }
    // As RFC 5322 has it: the parent's References and its Message-ID, then whatever else of
    // the conversation the customer's program left out; the first and the newest when long.
    for (const QString &messageId : parentChain + known) {
        if (!thread.references.contains(messageId))
            thread.references << messageId;
    }
    if (thread.references.size() > maxReferences) {
        thread.references = thread.references.mid(0, 1) +
                            thread.references.mid(thread.references.size() - maxReferences + 1);
    }
    return thread;
}

Result<QJsonObject> InboxStore::recordReply(const Actor &actor, qint64 id, const QString &text,
                                            const QString &messageId, qint64 mailOutboxId)
{
    Database &db = m_store.database();
    const qint64 now = m_store.clock().now();
    auto message =
        db.scalar(u"INSERT INTO inbox_messages (conversation_id, direction, author, text, html, "
                  "message_id, reference_ids, auto_submitted, unreadable, raw_size, at, "
                  "mail_outbox_id) VALUES (?, 'out', ?, ?, '', ?, '', 0, 0, 0, ?, ?) "
                  "RETURNING id"_s,
                  {id, actor.username, text, textOrNull(messageId), now,
                   mailOutboxId > 0 ? QVariant(mailOutboxId) : QVariant()});
    if (!message)
        return message.error();
    // Answered: nothing waits, and whoever announced typing is done with it.
    if (auto ok = db.exec(u"UPDATE inbox_conversations SET waiting_since = NULL, "
                          "last_message_at = ?, assignee = COALESCE(assignee, ?), "
                          "replying_user = NULL, replying_until = NULL WHERE id = ?"_s,
                          {now, actor.username, id});
        !ok) {
        return ok.error();
    }
    return logged(actor, id, u"update"_s, message.value().toLongLong());
}

Result<QJsonObject> InboxStore::announceReply(const Actor &actor, qint64 id)
{
    if (auto current = locked(id); !current)
        return current;
    if (auto ok = m_store.database().exec(u"UPDATE inbox_conversations SET replying_user = ?, "
                                          "replying_until = ? WHERE id = ?"_s,
                                          {actor.username, m_store.clock().now() + replyingMs, id});
        !ok) {
        return ok.error();
    }
    return logged(actor, id, u"update"_s);
}

Result<QJsonObject> InboxStore::linkTicket(const Actor &actor, qint64 id, qint64 ticketId)
{
    auto current = locked(id);
    if (!current)
        return current;
    if (!current->value(u"ticket_id"_s).isNull()) {
        return Error{u"ticket_exists"_s,
                     Tr::tr("Conversation %1 has a ticket already.").arg(id),
                     {{u"ticket_id"_s, current->value(u"ticket_id"_s)}}};
    }
    if (auto ok = m_store.database().exec(
            u"UPDATE inbox_conversations SET ticket_id = ? WHERE id = ?"_s, {ticketId, id});
        !ok) {
        return ok.error();
    }
    return logged(actor, id, u"update"_s);
}

Result<QJsonObject> InboxStore::linkOrder(const Actor &actor, qint64 id, qint64 orderId)
{
    auto current = locked(id);
    if (!current)
        return current;
    Database &db = m_store.database();
    auto owner = db.fetch(u"SELECT customer_id FROM orders WHERE id = ?"_s, {orderId});
    if (!owner)
        return owner.error();
    if (!owner.value().next()) {
        return Error{u"unknown_order"_s,
                     Tr::tr("There is no order %1.").arg(orderId),
                     {{u"order_id"_s, orderId}}};
    }
    const qint64 orderCustomer = owner.value().value(0).toLongLong();
    const QJsonValue customer = current->value(u"customer_id"_s);
    if (!customer.isNull() && orderCustomer != customer.toInteger()) {
        return Error{u"order_of_other_customer"_s,
                     Tr::tr("Order %1 belongs to another customer.").arg(orderId),
                     {{u"order_id"_s, orderId}}};
    }
    if (current->value(u"order_ids"_s).toArray().contains(orderId))
        return current;
    if (auto ok = db.exec(u"INSERT INTO inbox_conversation_orders (conversation_id, order_id, "
                          "linked_by, linked_at) VALUES (?, ?, ?, ?)"_s,
                          {id, orderId, actor.username, m_store.clock().now()});
        !ok) {
        return ok.error();
    }
    // The order names who the customer is.
    if (customer.isNull()) {
        if (auto ok = db.exec(u"UPDATE inbox_conversations SET customer_id = ? WHERE id = ?"_s,
                              {orderCustomer, id});
            !ok) {
            return ok.error();
        }
    }
    return logged(actor, id, u"update"_s);
}

} // namespace shopdesk::storage
