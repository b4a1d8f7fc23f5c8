#include "server/care/followuproutes.h"

#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "storage/care/followupstore.h"

#include <QDateTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxId = std::numeric_limits<qint32>::max() * 1024LL;

} // namespace

QList<Route> FollowUpRoutes::routes()
{
    auto to = [this](void (FollowUpRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"follow-ups"_s, Capability::WorkTickets, to(&FollowUpRoutes::list)},
        {"POST", u"follow-ups"_s, Capability::WorkTickets, to(&FollowUpRoutes::create)},
        {"POST", u"follow-ups/{id}/done"_s, Capability::WorkTickets, to(&FollowUpRoutes::complete)},
    };
}

void FollowUpRoutes::create(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly(
        {u"customer_id"_s, u"order_id"_s, u"ticket_id"_s, u"assignee"_s, u"due_at"_s, u"note"_s});
    storage::FollowUpStore::Input input;
    input.customerId = body.integer(u"customer_id"_s, true, 1, maxId, u"unknown_customer"_s);
    input.orderId = body.integer(u"order_id"_s, false, 1, maxId, u"unknown_order"_s);
    input.ticketId = body.integer(u"ticket_id"_s, false, 1, maxId, u"unknown_ticket"_s);
    input.assignee = body.string(u"assignee"_s, false, JsonBody::nameLength, false);
    const QString due = body.string(u"due_at"_s, true, 64, false);
    input.note = body.string(u"note"_s, true, JsonBody::textLength);
    const QDateTime dueAt = QDateTime::fromString(due, Qt::ISODate);
    if (body.ok() && !dueAt.isValid()) {
        body.setError(422, u"invalid_time"_s,
                      Tr::tr("due_at must be a time such as 2026-12-07T15:00:00Z."), u"due_at"_s);
    }
    if (body.ok() && input.note.trimmed().isEmpty()) {
        body.setError(422, u"empty_message"_s, Tr::tr("Say what to follow up: the note is empty."),
                      u"note"_s);
    }
    if (!body.ok())
        return call->fail(body.error());
    input.dueAt = dueAt.toMSecsSinceEpoch();
    if (input.assignee.isEmpty())
        input.assignee = call->actor.username;
    const storage::Actor actor = call->actor;
    call->write(201, [actor, input](storage::ShopStore &store) {
        return store.followUps().create(actor, input);
    });
}

void FollowUpRoutes::list(const CallPtr &call)
{
    if (!call->checkQuery({u"assignee"_s, u"state"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 after = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error)) {
        return call->fail(error);
    }
    const QString state = call->request.queryValue(u"state"_s);
    const QStringList states{u"open"_s, u"due"_s, u"done"_s};
    if (!state.isEmpty() && !states.contains(state)) {
        return call->fail(u"invalid_parameter"_s,
                          Tr::tr("state must be one of: %1.").arg(states.join(u", "_s)));
    }
    const QString assignee = call->request.queryValue(u"assignee"_s).left(JsonBody::nameLength);
    call->reply(200, m_reader.followUps().list(assignee, state, QDateTime::currentMSecsSinceEpoch(),
                                               limit, after));
}

void FollowUpRoutes::complete(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"outcome"_s});
    const QString outcome = body.string(u"outcome"_s, true, JsonBody::textLength);
    if (body.ok() && outcome.trimmed().isEmpty()) {
        body.setError(422, u"empty_message"_s, Tr::tr("Say how it went: the outcome is empty."),
                      u"outcome"_s);
    }
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, outcome](storage::ShopStore &store) {
        return store.followUps().complete(actor, id, outcome);
    });
}

} // namespace shopdesk::server
