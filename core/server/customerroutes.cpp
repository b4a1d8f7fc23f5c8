#include "server/customerroutes.h"

#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

QList<Route> CustomerRoutes::routes()
{
    const auto update = [this](const CallPtr &call) { updateCustomer(call); };
    return {
        {"GET", u"customers"_s, Capability::ReadCustomers,
         [this](const CallPtr &call) { listCustomers(call); }},
        {"POST", u"customers"_s, Capability::EditCustomers,
         [this](const CallPtr &call) { createCustomer(call); }},
        {"GET", u"customers/{id}"_s, Capability::ReadCustomers,
         [this](const CallPtr &call) { getCustomer(call); }},
        {"PATCH", u"customers/{id}"_s, Capability::EditCustomers, update},
        {"PUT", u"customers/{id}"_s, Capability::EditCustomers, update},
    };
}

void CustomerRoutes::checkLanguage(JsonBody &body)
{
    if (!body.ok() || !body.has(u"language"_s))
        return;
    const QString language = body.string(u"language"_s, false, 35, true);
    if (!body.ok())
        return;
    // A BCP 47 tag as people write them: a primary language, then subtags ("pt-BR").
    static const QRegularExpression tag(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    if (!tag.match(language).hasMatch()) {
        body.setError(422, u"invalid_language"_s,
                      Tr::tr("\"%1\" is not a language code: use a code such as en, de, es, hi, "
                             "ar or pt-BR.")
                          .arg(language.left(40)),
                      u"language"_s);
    }
}

bool CustomerRoutes::validCustomerFields(const CallPtr &call, const QJsonObject &object,
                                         bool creating)
{
    JsonBody body(object);
    QStringList fields = {u"name"_s, u"email"_s, u"phone"_s, u"address"_s, u"language"_s};
    if (creating)
        fields << u"check_duplicates"_s;
    body.allowOnly(fields);
    body.string(u"name"_s, creating, JsonBody::nameLength, false);
    const QString email = body.string(u"email"_s, false, JsonBody::nameLength);
    body.string(u"phone"_s, false, JsonBody::nameLength);
    body.string(u"address"_s, false, JsonBody::textLength);
    checkLanguage(body);
    if (body.ok() && body.has(u"check_duplicates"_s) &&
        !body.object().value(u"check_duplicates"_s).isBool()) {
        body.setError(400, u"invalid_type"_s, Tr::tr("\"check_duplicates\" must be true or false."),
                      u"check_duplicates"_s);
    }
    if (body.ok() && !email.isEmpty() &&
        (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') ||
         email.contains(u' '))) {
        body.setError(422, u"invalid_email"_s, Tr::tr("%1 is not an e-mail address.").arg(email),
                      u"email"_s);
    }
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
