#include "server/customerroutes.h"

#include "domain/tr.h"
#include "server/care/customerfields.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

QList<Route> CustomerRoutes::routes()
{
    using Self = CustomerRoutes;
    QList<Route> table = {
        {"GET", u"customers"_s, Capability::ReadCustomers,
         memberHandler(this, &Self::listCustomers)},
        {"POST", u"customers"_s, Capability::EditCustomers,
         memberHandler(this, &Self::createCustomer)},
        {"GET", u"customers/{id}"_s, Capability::ReadCustomers,
         memberHandler(this, &Self::getCustomer)},
        {"PATCH", u"customers/{id}"_s, Capability::EditCustomers,
         memberHandler(this, &Self::updateCustomer)},
        {"PUT", u"customers/{id}"_s, Capability::EditCustomers,
         memberHandler(this, &Self::updateCustomer)},
    };
    table.append(m_care.routes());
    return table;
}

bool CustomerRoutes::validCustomerFields(const CallPtr &call, const QJsonObject &object,
                                         bool creating)
{
    JsonBody body(object);
    CustomerFields::check(body, creating);
    if (!body.ok()) {
        call->fail(body.error());
        return false;
    }
    return true;
}

void CustomerRoutes::createCustomer(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object) || !validCustomerFields(call, object, true))
        return;
    const storage::Actor actor = call->actor;
    // Opt-in, so that POST /customers keeps API.md's plain "201 customer" for other callers.
    const bool allowDuplicate = !object.take(u"check_duplicates"_s).toBool();
    call->write(201, [actor, object, allowDuplicate](storage::ShopStore &store) {
        return store.customers().create(actor, object, allowDuplicate);
    });
}

void CustomerRoutes::updateCustomer(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object) || !validCustomerFields(call, object, false))
        return;
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, object](storage::ShopStore &store) {
        return store.customers().update(actor, id, object);
    });
}

void CustomerRoutes::listCustomers(const CallPtr &call)
{
    if (!call->checkQuery({u"query"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 after = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error)) {
        return call->fail(error);
    }
    const QString query = call->request.queryValue(u"query"_s).left(JsonBody::nameLength);
    call->reply(200, m_reader.customers().list(query, limit, after));
}

void CustomerRoutes::getCustomer(const CallPtr &call)
{
    if (call->checkQuery({}))
        call->reply(200, m_reader.customers().customer(call->idParam(0)));
}

} // namespace shopdesk::server
