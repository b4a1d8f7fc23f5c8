#include "server/care/customercareroutes.h"

#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "storage/care/customererasure.h"
#include "storage/care/customerexport.h"
#include "storage/care/customermerge.h"
#include "storage/care/customernotes.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

CustomerCareRoutes::CustomerCareRoutes(storage::ShopStore &reader)
    : m_reader(reader)
    , m_timeline(reader.database())
    , m_summary(reader.database(), reader.currency())
{}

QList<Route> CustomerCareRoutes::routes()
{
    using Self = CustomerCareRoutes;
    return {
        {"GET", u"customers/{id}/notes"_s, Capability::ReadCustomers,
         memberHandler(this, &Self::listNotes)},
        {"POST", u"customers/{id}/notes"_s, Capability::EditCustomers,
         memberHandler(this, &Self::addNote)},
        {"GET", u"customers/{id}/timeline"_s, Capability::ReadCustomers,
         memberHandler(this, &Self::timeline)},
        {"GET", u"customers/{id}/summary"_s, Capability::ReadCustomers,
         memberHandler(this, &Self::summary)},
        {"POST", u"customers/{id}/merge"_s, Capability::EditCustomers,
         memberHandler(this, &Self::merge)},
        {"GET", u"customers/{id}/export"_s, Capability::ManageCustomerData,
         memberHandler(this, &Self::exportData)},
        {"POST", u"customers/{id}/erase"_s, Capability::ManageCustomerData,
         memberHandler(this, &Self::erase)},
    };
}

void CustomerCareRoutes::addNote(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"text"_s});
    const QString text = body.string(u"text"_s, true, JsonBody::textLength, false);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(201, [actor, id, text](storage::ShopStore &store) {
        return storage::CustomerNotes(store.database(), store.clock(), store.changes())
            .add(actor, id, text);
    });
}

void CustomerCareRoutes::listNotes(const CallPtr &call)
{
    if (!call->checkQuery({u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 after = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error)) {
        return call->fail(error);
    }
    call->reply(200,
                storage::CustomerNotes(m_reader.database(), m_reader.clock(), m_reader.changes())
                    .list(call->idParam(0), limit, after));
}

void CustomerCareRoutes::timeline(const CallPtr &call)
{
    if (!call->checkQuery({u"limit"_s, u"before"_s}))
        return;
    int limit = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error))
        return call->fail(error);
    call->reply(200,
                m_timeline.page(call->idParam(0), limit, call->request.queryValue(u"before"_s)));
}

void CustomerCareRoutes::summary(const CallPtr &call)
{
    if (call->checkQuery({}))
        call->reply(200, m_summary.summary(call->idParam(0)));
}

void CustomerCareRoutes::merge(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"duplicate_id"_s});
    // Any integer reads: an id that names no customer is unknown_customer, like any other.
    const qint64 duplicate =
        body.integer(u"duplicate_id"_s, true, std::numeric_limits<qint64>::min(),
                     std::numeric_limits<qint64>::max());
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, duplicate](storage::ShopStore &store) {
        return storage::CustomerMerge(store).merge(actor, id, duplicate);
    });
}

void CustomerCareRoutes::exportData(const CallPtr &call)
{
    if (!call->checkQuery({u"format"_s}))
        return;
    const QString format = call->request.queryValue(u"format"_s);
    if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s) {
        return call->fail(Error{u"invalid_parameter"_s, Tr::tr("format must be json or csv."),
                                QJsonObject{{u"parameter"_s, u"format"_s}}});
    }
    const qint64 id = call->idParam(0);
    auto exported = storage::CustomerExport(m_reader).json(id);
    if (!exported)
        return call->fail(exported.error());
    const bool csv = format == u"csv"_s;
    HttpResponse response = HttpResponse::json(200, exported.value());
    if (csv)
        response.body = storage::CustomerExport::csv(exported.value());
    const QByteArray type = csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
    const QByteArray file = "customer-" + QByteArray::number(id) + (csv ? ".csv" : ".json");
    response.headers.append({QByteArray("Content-Type"), type});
    response.headers.append(
        {QByteArray("Content-Disposition"), "attachment; filename=\"" + file + '"'});
    call->answer(response);
}

void CustomerCareRoutes::erase(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id](storage::ShopStore &store) {
        return storage::CustomerErasure(store).erase(actor, id);
    });
}

} // namespace shopdesk::server
