#include "server/inbox/inboxroutes.h"

#include "domain/care/ticket.h"
#include "domain/inbox/conversation.h"
#include "domain/tr.h"
#include "server/inbox/inboxmailer.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "storage/inbox/inboxattachments.h"
#include "storage/inbox/inboxstore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxId = std::numeric_limits<qint32>::max() * 1024LL;

Error emptyText()
{
    return Error{u"empty_message"_s,
                 Tr::tr("Write something: the text is empty."),
                 {{u"field"_s, u"text"_s}}};
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return shape.match(email).hasMatch();
}

// A ticket's channel for a conversation's: a contact form came through the website.
QString ticketChannel(const QString &channel)
{
    return channel == u"form"_s ? u"web"_s : channel;
}

} // namespace

QList<Route> InboxRoutes::routes()
{
    auto to = [this](void (InboxRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    const QString one = u"inbox/conversations/{id}"_s;
    return {
        {"POST", u"inbox/messages"_s, Capability::PostInboxMessages, to(&InboxRoutes::postMessage)},
        {"GET", u"inbox/conversations"_s, Capability::ReadInbox, to(&InboxRoutes::list)},
        {"GET", one, Capability::ReadInbox, to(&InboxRoutes::get)},
        {"GET", one + u"/attachments/{id}"_s, Capability::ReadInbox, to(&InboxRoutes::attachment)},
        {"PATCH", one, Capability::AnswerInbox, to(&InboxRoutes::patch)},
        {"POST", one + u"/customer"_s, Capability::AnswerInbox, to(&InboxRoutes::createCustomer)},
        {"POST", one + u"/reply"_s, Capability::AnswerInbox, to(&InboxRoutes::reply)},
        {"POST", one + u"/typing"_s, Capability::AnswerInbox, to(&InboxRoutes::typing)},
        {"POST", one + u"/ticket"_s, Capability::AnswerInbox, to(&InboxRoutes::createTicket)},
        {"POST", one + u"/orders"_s, Capability::AnswerInbox, to(&InboxRoutes::linkOrder)},
    };
}

bool InboxRoutes::mayRead(const CallPtr &call, qint64 id)
{
    if (call->actor.role != u"shop"_s)
        return true;
    auto poster = storage::InboxStore(m_reader).reader().postedById(id);
    if (!poster) {
        call->fail(poster.error());
        return false;
    }
    if (poster.value() != call->actor.userId) {
        // A shop learns nothing of conversations that are not its own chats.
        call->fail(u"not_found"_s, Tr::tr("There is no conversation %1.").arg(id));
        return false;
    }
    return true;
}

void InboxRoutes::postMessage(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly(
        {u"conversation_id"_s, u"name"_s, u"email"_s, u"phone"_s, u"text"_s, u"channel"_s});
    storage::InboxArrival arrival;
    arrival.conversationKey = body.string(u"conversation_id"_s, true, JsonBody::nameLength, false);
    arrival.fromName = body.string(u"name"_s, true, JsonBody::nameLength, false).trimmed();
    arrival.fromEmail = body.string(u"email"_s, false, JsonBody::nameLength).trimmed().toLower();
    arrival.fromPhone = body.string(u"phone"_s, false, 50).trimmed();
    arrival.text = body.string(u"text"_s, true, JsonBody::textLength);
    arrival.channel =
        body.has(u"channel"_s)
            ? body.oneOf(u"channel"_s, true, {u"chat"_s, u"form"_s}, u"unknown_channel"_s)
            : u"chat"_s;
    if (!body.ok())
        return call->fail(body.error());
    if (arrival.text.trimmed().isEmpty())
        return call->fail(emptyText());
    if (arrival.fromEmail.isEmpty() && arrival.fromPhone.isEmpty()) {
        return call->fail(u"contact_required"_s,
                          Tr::tr("Give an e-mail address or a phone number to answer to."));
    }
    if (!arrival.fromEmail.isEmpty() && !looksLikeEmail(arrival.fromEmail)) {
        return call->fail(u"invalid_email"_s, Tr::tr("That is not an e-mail address."),
                          {{u"field"_s, u"email"_s}});
    }
    arrival.sentAt = QDateTime::currentDateTimeUtc();
    const storage::Actor actor = call->actor;
    call->write(201, [actor, arrival](storage::ShopStore &store) {
        return storage::InboxStore(store).receive(actor, arrival);
    });
}

void InboxRoutes::list(const CallPtr &call)
{
    if (!call->checkQuery(
            {u"status"_s, u"assignee"_s, u"customer_id"_s, u"sort"_s, u"limit"_s, u"after"_s})) {
        return;
    }
    int limit = 0;
    storage::ConversationReader::Filter filter;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"customer_id"_s, filter.customerId, error)) {
        return call->fail(error);
    }
    filter.status = call->request.queryValue(u"status"_s);
    if (!filter.status.isEmpty()) {
        if (auto status = inbox::parseConversationStatus(filter.status); !status)
            return call->fail(u"invalid_parameter"_s, status.error().message);
    }
    const QString sort = call->request.queryValue(u"sort"_s);
    if (!sort.isEmpty() && sort != u"waiting"_s && sort != u"recent"_s) {
        return call->fail(u"invalid_parameter"_s, Tr::tr("sort must be waiting or recent."),
                          {{u"parameter"_s, u"sort"_s}});
    }
    filter.waitingFirst = sort == u"waiting"_s;
    filter.assignee = call->request.queryValue(u"assignee"_s).left(JsonBody::nameLength);
    if (call->actor.role == u"shop"_s)
        filter.postedById = call->actor.userId;
    call->reply(200, storage::InboxStore(m_reader).reader().list(
                         filter, limit, call->request.queryValue(u"after"_s).left(64)));
}

void InboxRoutes::get(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    const qint64 id = call->idParam(0);
    if (mayRead(call, id))
        call->reply(200, storage::InboxStore(m_reader).reader().conversation(id, true));
}

void InboxRoutes::attachment(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    const qint64 id = call->idParam(0);
    if (!mayRead(call, id))
        return;
    auto file = storage::InboxAttachments(m_reader.database()).file(id, call->idParam(1));
    if (!file)
        return call->fail(file.error());
    // What a stranger sent is never shown inline by a browser.
    HttpResponse response;
    response.body = file.value().data;
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
    response.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    response.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                      "attachment; filename*=UTF-8''" +
                                          QUrl::toPercentEncoding(file.value().fileName)));
    call->answer(response);
}

void InboxRoutes::patch(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"assignee"_s, u"status"_s, u"snoozed_until"_s, u"customer_id"_s});
    storage::InboxStore::Change change;
    const auto isNull = [&object](const QString &field) { return object.value(field).isNull(); };
    if (body.has(u"assignee"_s)) {
        change.assignee = isNull(u"assignee"_s)
                              ? QString()
                              : body.string(u"assignee"_s, true, JsonBody::nameLength, false);
    }
    if (body.has(u"status"_s)) {
        change.status = body.oneOf(u"status"_s, true, {u"open"_s, u"snoozed"_s, u"done"_s},
                                   u"unknown_status"_s);
    }
    if (body.has(u"snoozed_until"_s) && !isNull(u"snoozed_until"_s)) {
        const QDateTime until =
            QDateTime::fromString(body.string(u"snoozed_until"_s, true, 64), Qt::ISODateWithMs);
        if (body.ok() && !until.isValid()) {
            body.setError(422, u"invalid_time"_s,
                          Tr::tr("snoozed_until must be a time such as 2026-12-08T09:00:00Z."),
                          u"snoozed_until"_s);
        }
        change.snoozedUntil = until.toMSecsSinceEpoch();
    }
    if (body.has(u"customer_id"_s)) {
        change.customerId = isNull(u"customer_id"_s) ? 0
                                                     : body.integer(u"customer_id"_s, true, 1,
                                                                    maxId, u"unknown_customer"_s);
    }
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, change](storage::ShopStore &store) {
        return storage::InboxStore(store).update(actor, id, change);
    });
}

void InboxRoutes::createCustomer(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(201, [actor, id](storage::ShopStore &store) {
        return storage::InboxStore(store).createCustomer(actor, id);
    });
}

void InboxRoutes::reply(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"text"_s, u"seen_message_id"_s});
    const QString text = body.string(u"text"_s, true, JsonBody::textLength);
    const qint64 seen = body.integer(u"seen_message_id"_s, true, 1, maxId, u"unknown_message"_s);
    if (!body.ok())
        return call->fail(body.error());
    if (text.trimmed().isEmpty())
        return call->fail(emptyText());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(201, [actor, id, seen, text, mailer = m_mailer](storage::ShopStore &store) {
        storage::InboxStore inbox(store);
        auto thread = inbox.prepareReply(actor, id, seen);
        if (!thread)
            return Result<QJsonObject>(thread.error());
        if (thread->conversation.value(u"channel"_s).toString() != u"email"_s)
            return inbox.recordReply(actor, id, text, {}, 0);
        if (!mailer) {
            return Result<QJsonObject>::failure(u"mail_not_configured"_s,
                                                Tr::tr("This server sends no mail."));
        }
        auto queued = mailer->queueReply(store, thread.value(), text);
        if (!queued)
            return Result<QJsonObject>(queued.error());
        return inbox.recordReply(actor, id, text, queued->messageId, queued->outboxId);
    });
}

void InboxRoutes::typing(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id](storage::ShopStore &store) {
        return storage::InboxStore(store).announceReply(actor, id);
    });
}

void InboxRoutes::createTicket(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object, true))
        return;
    JsonBody body(object);
    body.allowOnly({u"kind"_s, u"priority"_s, u"subject"_s, u"message_id"_s});
    QStringList kinds;
    for (care::TicketKind kind : care::allTicketKinds())
        kinds << care::ticketKindName(kind);
    QStringList priorities;
    for (care::TicketPriority priority : care::allTicketPriorities())
        priorities << care::ticketPriorityName(priority);
    storage::TicketInput input;
    input.kind =
        body.has(u"kind"_s) ? body.oneOf(u"kind"_s, true, kinds, u"unknown_kind"_s) : u"question"_s;
    if (body.has(u"priority"_s))
        input.priority = body.oneOf(u"priority"_s, true, priorities, u"unknown_priority"_s);
    input.subject = body.string(u"subject"_s, false, JsonBody::nameLength);
    const qint64 messageId = body.integer(u"message_id"_s, false, 1, maxId, u"unknown_message"_s);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(201, [actor, id, input, messageId](storage::ShopStore &store) mutable {
        storage::InboxStore inbox(store);
        auto conversation = inbox.reader().conversation(id, true);
        if (!conversation)
            return conversation;
        if (conversation->value(u"customer_id"_s).isNull()) {
            return Result<QJsonObject>::failure(
                u"customer_required"_s,
                Tr::tr("Give the conversation a customer first: a ticket is a customer's."));
        }
        // The message the ticket is about: the one named, else the customer's newest.
        QJsonObject first;
        for (const QJsonValue &message : conversation->value(u"messages"_s).toArray()) {
            if (messageId > 0 ? message[u"id"_s].toInteger() == messageId
                              : message[u"direction"_s].toString() == u"in"_s)
                first = message.toObject();
        }
        if (messageId > 0 && first.isEmpty()) {
            return Result<QJsonObject>::failure(
                u"unknown_message"_s,
                Tr::tr("Conversation %1 has no message %2.").arg(id).arg(messageId),
                {{u"message_id"_s, messageId}});
        }
        input.customerId = conversation->value(u"customer_id"_s).toInteger();
        input.channel = ticketChannel(conversation->value(u"channel"_s).toString());
        input.text = first.value(u"text"_s).toString();
        if (input.subject.trimmed().isEmpty())
            input.subject = conversation->value(u"subject"_s).toString();
        auto ticket = store.tickets().create(actor, input);
        if (!ticket)
            return ticket;
        auto linked = inbox.linkTicket(actor, id, ticket->value(u"id"_s).toInteger());
        if (!linked)
            return linked;
        return Result<QJsonObject>(
            QJsonObject{{u"conversation"_s, linked.value()}, {u"ticket"_s, ticket.value()}});
    });
}

void InboxRoutes::linkOrder(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"order_id"_s});
    const qint64 orderId = body.integer(u"order_id"_s, true, 1, maxId, u"unknown_order"_s);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, orderId](storage::ShopStore &store) {
        return storage::InboxStore(store).linkOrder(actor, id, orderId);
    });
}

} // namespace shopdesk::server
