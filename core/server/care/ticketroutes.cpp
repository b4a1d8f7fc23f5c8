#include "server/care/ticketroutes.h"

#include "domain/care/ticket.h"
#include "domain/ids.h"
#include "domain/tr.h"
#include "server/care/ticketmailer.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "storage/care/ticketinput.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxId = std::numeric_limits<qint32>::max() * 1024LL;
constexpr qint64 maxQuantity = 1000000;

template<typename Enum>
QStringList namesOf(const QList<Enum> &values, QString (*name)(Enum))
{
    QStringList names;
    for (Enum value : values)
        names.append(name(value));
    return names;
}

QStringList kinds()
{
    return namesOf(care::allTicketKinds(), care::ticketKindName);
}

QStringList priorities()
{
    return namesOf(care::allTicketPriorities(), care::ticketPriorityName);
}

// The lines a ticket is about, each on its order; false after setting the body's error.
bool readLines(JsonBody &body, storage::TicketInput &input)
{
    const QJsonArray lines = body.array(u"lines"_s, false);
    if (body.ok() && lines.size() > 500) {
        body.setError(422, u"too_many_lines"_s, Tr::tr("A ticket names at most 500 lines."),
                      u"lines"_s);
    }
    for (qsizetype i = 0; body.ok() && i < lines.size(); ++i) {
        const QString where = u"lines[%1]"_s.arg(i);
        if (!lines[i].isObject()) {
            body.setError(400, u"invalid_type"_s, Tr::tr("Each line must be an object."), where);
            return false;
        }
        JsonBody line(lines[i].toObject());
        line.allowOnly({u"sku"_s, u"quantity"_s});
        const QString sku = line.string(u"sku"_s, true, 64);
        if (line.ok() && !Sku::isValid(sku))
            line.setError(422, u"invalid_sku"_s, Tr::tr("That is not a valid SKU."), u"sku"_s);
        const qint64 quantity =
            line.integer(u"quantity"_s, true, 1, maxQuantity, u"invalid_quantity"_s);
        if (!line.ok()) {
            body.setError(0, line.error().code, line.error().message,
                          where + u'.' + line.error().details.value(u"field"_s).toString());
            return false;
        }
        for (const auto &[known, count] : input.lines) {
            Q_UNUSED(count);
            if (known == sku) {
                body.setError(
                    422, u"duplicate_line"_s,
                    Tr::tr("%1 is named twice: give one line its whole quantity.").arg(sku), where);
                return false;
            }
        }
        input.lines.append({sku, quantity});
    }
    return body.ok();
}

Result<storage::TicketInput> parseTicket(const QJsonObject &object)
{
    JsonBody body(object);
    body.allowOnly({u"kind"_s, u"customer_id"_s, u"order_id"_s, u"lines"_s, u"channel"_s,
                    u"priority"_s, u"subject"_s, u"text"_s, u"assignee"_s});
    storage::TicketInput input;
    input.kind = body.oneOf(u"kind"_s, true, kinds(), u"unknown_kind"_s);
    input.customerId = body.integer(u"customer_id"_s, true, 1, maxId, u"unknown_customer"_s);
    input.orderId = body.integer(u"order_id"_s, false, 1, maxId, u"unknown_order"_s);
    input.channel =
        body.oneOf(u"channel"_s, true, namesOf(care::allTicketChannels(), care::ticketChannelName),
                   u"unknown_channel"_s);
    if (body.has(u"priority"_s))
        input.priority = body.oneOf(u"priority"_s, true, priorities(), u"unknown_priority"_s);
    input.subject = body.string(u"subject"_s, true, JsonBody::nameLength, false);
    input.text = body.string(u"text"_s, false, JsonBody::textLength);
    input.assignee = body.string(u"assignee"_s, false, JsonBody::nameLength);
    readLines(body, input);
    if (!body.ok())
        return body.error();
    return input;
}

Error emptyMessage()
{
    return Error{u"empty_message"_s, Tr::tr("Write something first: the message is empty."), {}};
}

} // namespace

QList<Route> TicketRoutes::routes()
{
    auto to = [this](void (TicketRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"tickets"_s, Capability::ReadTickets, to(&TicketRoutes::listTickets)},
        {"POST", u"tickets"_s, Capability::OpenTickets, to(&TicketRoutes::createTicket)},
        {"GET", u"tickets/{id}"_s, Capability::ReadTickets, to(&TicketRoutes::getTicket)},
        {"PATCH", u"tickets/{id}"_s, Capability::WorkTickets, to(&TicketRoutes::update)},
        {"POST", u"tickets/{id}/messages"_s, Capability::WorkTickets,
         to(&TicketRoutes::addMessage)},
        {"POST", u"tickets/{id}/status"_s, Capability::WorkTickets, to(&TicketRoutes::setStatus)},
        {"POST", u"tickets/{id}/take"_s, Capability::WorkTickets, to(&TicketRoutes::take)},
        {"POST", u"tickets/{id}/assign"_s, Capability::HandleEscalations,
         to(&TicketRoutes::assign)},
        {"POST", u"tickets/{id}/escalate"_s, Capability::WorkTickets, to(&TicketRoutes::escalate)},
        {"POST", u"tickets/{id}/qa"_s, Capability::HandleEscalations, to(&TicketRoutes::recordQa)},
    };
}

void TicketRoutes::createTicket(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    const auto parsed = parseTicket(object);
    if (!parsed)
        return call->fail(parsed.error());
    const storage::TicketInput input = parsed.value();
    const storage::Actor actor = call->actor;
    call->write(201, [actor, input, mailer = m_mailer](storage::ShopStore &store) {
        auto created = store.tickets().create(actor, input);
        // The acknowledgement is queued in the ticket's transaction: both or neither.
        if (created && mailer) {
            if (auto queued = mailer->queueAcknowledgement(store, created.value()); !queued)
                return Result<QJsonObject>(queued.error());
        }
        return created;
    });
}

bool TicketRoutes::mayShopRead(const CallPtr &call, qint64 id)
{
    if (call->actor.role != u"shop"_s)
        return true;
    auto creator = m_reader.tickets().creator(id);
    if (!creator) {
        call->fail(creator.error());
        return false;
    }
    if (creator.value() != call->actor.userId) {
        // As if it did not exist: a shop learns nothing of other tickets.
        call->fail(u"not_found"_s, Tr::tr("There is no ticket %1.").arg(id));
        return false;
    }
    return true;
}

void TicketRoutes::getTicket(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    const qint64 id = call->idParam(0);
    if (mayShopRead(call, id))
        call->reply(200, m_reader.tickets().ticket(id));
}

void TicketRoutes::listTickets(const CallPtr &call)
{
    if (!call->checkQuery(
            {u"queue"_s, u"status"_s, u"customer_id"_s, u"assignee"_s, u"limit"_s, u"after"_s})) {
        return;
    }
    int limit = 0;
    qint64 after = 0;
    storage::TicketStore::Filter filter;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error) ||
        !QueryParameters::id(call->request, u"customer_id"_s, filter.customerId, error)) {
        return call->fail(error);
    }
    filter.queue = call->request.queryValue(u"queue"_s);
    const QStringList queues{u"open"_s, u"mine"_s, u"unassigned"_s, u"qa"_s};
    if (!filter.queue.isEmpty() && !queues.contains(filter.queue)) {
        return call->fail(u"invalid_parameter"_s,
                          Tr::tr("queue must be one of: %1.").arg(queues.join(u", "_s)));
    }
    filter.status = call->request.queryValue(u"status"_s);
    if (!filter.status.isEmpty() && !care::parseTicketStatus(filter.status)) {
        return call->fail(u"invalid_parameter"_s,
                          care::parseTicketStatus(filter.status).error().message);
    }
    filter.assignee = call->request.queryValue(u"assignee"_s).left(JsonBody::nameLength);
    filter.caller = call->actor.username;
    if (call->actor.role == u"shop"_s)
        filter.createdById = call->actor.userId;
    call->reply(200, m_reader.tickets().list(filter, limit, after));
}

void TicketRoutes::addMessage(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"kind"_s, u"text"_s});
    const QString kind =
        body.oneOf(u"kind"_s, true, {u"public"_s, u"internal"_s, u"customer"_s}, u"invalid_kind"_s);
    const QString text = body.string(u"text"_s, true, JsonBody::textLength);
    if (!body.ok())
        return call->fail(body.error());
    if (text.trimmed().isEmpty())
        return call->fail(emptyMessage());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(201, [actor, id, kind, text, mailer = m_mailer](storage::ShopStore &store) {
        auto added = store.tickets().addMessage(actor, id, kind, text);
        if (added && kind == u"public"_s && mailer) {
            if (auto queued = mailer->queueReply(store, added.value(), text); !queued)
                return Result<QJsonObject>(queued.error());
        }
        return added;
    });
}

void TicketRoutes::setStatus(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"status"_s});
    const QString status =
        body.oneOf(u"status"_s, true, namesOf(care::allTicketStatuses(), care::ticketStatusName),
                   u"unknown_status"_s);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, status](storage::ShopStore &store) {
        return store.tickets().setStatus(actor, id, status);
    });
}

void TicketRoutes::take(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200,
                [actor, id](storage::ShopStore &store) { return store.tickets().take(actor, id); });
}

void TicketRoutes::assign(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"assignee"_s});
    if (body.ok() && !body.has(u"assignee"_s)) {
        body.setError(400, u"missing_field"_s, Tr::tr("Name the assignee, or null for nobody."),
                      u"assignee"_s);
    }
    const QString assignee = object.value(u"assignee"_s).isNull()
                                 ? QString()
                                 : body.string(u"assignee"_s, true, JsonBody::nameLength, false);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, assignee](storage::ShopStore &store) {
        return store.tickets().assign(actor, id, assignee);
    });
}

void TicketRoutes::update(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"priority"_s, u"kind"_s, u"subject"_s});
    body.oneOf(u"priority"_s, false, priorities(), u"unknown_priority"_s);
    body.oneOf(u"kind"_s, false, kinds(), u"unknown_kind"_s);
    body.string(u"subject"_s, false, JsonBody::nameLength, false);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, object](storage::ShopStore &store) {
        return store.tickets().update(actor, id, object);
    });
}

void TicketRoutes::escalate(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object, true))
        return;
    JsonBody body(object);
    body.allowOnly({u"reason"_s});
    const QString reason = body.string(u"reason"_s, false, JsonBody::textLength);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, reason](storage::ShopStore &store) {
        return store.tickets().escalate(actor, id, reason.trimmed());
    });
}

void TicketRoutes::recordQa(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"cause"_s, u"action"_s, u"outcome"_s});
    const QString cause = body.oneOf(
        u"cause"_s, true, namesOf(care::allQaCauses(), care::qaCauseName), u"unknown_cause"_s);
    const QString action = body.string(u"action"_s, true, JsonBody::textLength);
    const QString outcome =
        body.oneOf(u"outcome"_s, true, {u"resolve"_s, u"hand_back"_s}, u"unknown_outcome"_s);
    if (!body.ok())
        return call->fail(body.error());
    if (action.trimmed().isEmpty())
        return call->fail(emptyMessage());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, cause, action, outcome](storage::ShopStore &store) {
        return store.tickets().recordQa(actor, id, cause, action, outcome);
    });
}

} // namespace shopdesk::server
