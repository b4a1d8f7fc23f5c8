#include "server/returns/returnroutes.h"

#include "domain/permissions.h"
#include "domain/returns/returnstatus.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "server/returns/returnbody.h"
#include "server/returns/returnmailer.h"
#include "storage/returns/returnexchange.h"
#include "storage/returns/returnreceipt.h"
#include "storage/returns/returnstore.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

bool mayApproveLate(const storage::Actor &actor)
{
    return Permissions::allows(actor.role, Capability::ApproveLateReturns);
}

// The mail about a return that just changed, queued in its transaction: both or neither.
Result<QJsonObject> withMail(Result<QJsonObject> changed, ReturnMailer *mailer,
                             storage::ShopStore &store, bool received)
{
    if (!changed || !mailer)
        return changed;
    const QString status = changed->value(u"status"_s).toString();
    Result<void> queued;
    if (received && status == u"received"_s)
        queued = mailer->queueReceived(store, changed.value());
    else if (!received && status == u"approved"_s)
        queued = mailer->queueInstructions(store, changed.value());
    if (!queued)
        return queued.error();
    return changed;
}

} // namespace

QList<Route> ReturnRoutes::routes()
{
    auto to = [this](void (ReturnRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"returns"_s, Capability::ReadReturns, to(&ReturnRoutes::listReturns)},
        {"POST", u"returns"_s, Capability::StartReturns, to(&ReturnRoutes::createReturn)},
        {"GET", u"returns/{id}"_s, Capability::ReadReturns, to(&ReturnRoutes::getReturn)},
        {"POST", u"returns/{id}/approve"_s, Capability::StartReturns, to(&ReturnRoutes::approve)},
        {"POST", u"returns/{id}/reject"_s, Capability::StartReturns, to(&ReturnRoutes::reject)},
        {"POST", u"returns/{id}/cancel"_s, Capability::StartReturns, to(&ReturnRoutes::cancel)},
        {"POST", u"returns/{id}/receipt"_s, Capability::ReceiveReturns, to(&ReturnRoutes::receive)},
        {"POST", u"returns/{id}/exchange"_s, Capability::ExchangeReturns,
         to(&ReturnRoutes::exchange)},
        {"GET", u"orders/{id}/returns"_s, Capability::ReadReturns, to(&ReturnRoutes::orderReturns)},
    };
}

void ReturnRoutes::createReturn(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    const auto parsed = ReturnBody::create(object);
    if (!parsed)
        return call->fail(parsed.error());
    const ReturnBody::Created created = parsed.value();
    const storage::Actor actor = call->actor;
    call->write(201, [actor, created, days = m_windowDays,
                      mailer = m_mailer](storage::ShopStore &store) {
        return withMail(storage::ReturnStore(store, days)
                            .create(actor, created.input, created.approve, mayApproveLate(actor)),
                        mailer, store, false);
    });
}

void ReturnRoutes::getReturn(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    call->reply(200, storage::ReturnStore(m_reader, m_windowDays).returnById(call->idParam(0)));
}

void ReturnRoutes::listReturns(const CallPtr &call)
{
    if (!call->checkQuery({u"status"_s, u"order_id"_s, u"ticket_id"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 after = 0;
    storage::ReturnStore::Filter filter;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error) ||
        !QueryParameters::id(call->request, u"order_id"_s, filter.orderId, error) ||
        !QueryParameters::id(call->request, u"ticket_id"_s, filter.ticketId, error)) {
        return call->fail(error);
    }
    filter.status = call->request.queryValue(u"status"_s);
    if (!filter.status.isEmpty()) {
        if (const auto status = returns::parseReturnStatus(filter.status); !status)
            return call->fail(u"invalid_parameter"_s, status.error().message);
    }
    call->reply(200, storage::ReturnStore(m_reader, m_windowDays).list(filter, limit, after));
}

void ReturnRoutes::orderReturns(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    const qint64 id = call->idParam(0);
    if (auto order = m_reader.orders().creator(id); !order)
        return call->fail(order.error());
    storage::ReturnStore::Filter filter;
    filter.orderId = id;
    call->reply(
        200,
        storage::ReturnStore(m_reader, m_windowDays).list(filter, QueryParameters::maxPage, 0));
}

void ReturnRoutes::approve(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0), days = m_windowDays,
                      mailer = m_mailer](storage::ShopStore &store) {
        return withMail(storage::ReturnStore(store, days).approve(actor, id, mayApproveLate(actor)),
                        mailer, store, false);
    });
}

void ReturnRoutes::reject(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"reason"_s});
    const QString reason = body.string(u"reason"_s, true, JsonBody::textLength, false);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0), reason,
                      days = m_windowDays](storage::ShopStore &store) {
        return storage::ReturnStore(store, days).reject(actor, id, reason);
    });
}

void ReturnRoutes::cancel(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    call->write(200,
                [actor, id = call->idParam(0), days = m_windowDays](storage::ShopStore &store) {
                    return storage::ReturnStore(store, days).cancel(actor, id);
                });
}

void ReturnRoutes::receive(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    const auto lines = ReturnBody::receipt(object);
    if (!lines)
        return call->fail(lines.error());
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0), lines = lines.value(), days = m_windowDays,
                      mailer = m_mailer](storage::ShopStore &store) {
        return withMail(storage::ReturnReceipt(store, days).receive(actor, id, lines), mailer,
                        store, true);
    });
}

void ReturnRoutes::exchange(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object, true))
        return;
    const auto lines = ReturnBody::exchange(object);
    if (!lines)
        return call->fail(lines.error());
    const storage::Actor actor = call->actor;
    const qint64 reservationMsecs = qint64(m_reservationSeconds) * 1000;
    call->write(201, [actor, id = call->idParam(0), lines = lines.value(), days = m_windowDays,
                      reservationMsecs](storage::ShopStore &store) {
        return storage::ReturnExchange(store, days).exchange(actor, id, lines, reservationMsecs);
    });
}

} // namespace shopdesk::server
