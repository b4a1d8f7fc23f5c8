#include "server/snapshotroutes.h"

#include "domain/ids.h"
#include "domain/permissions.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/requesttext.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

HttpResponse failure(const QString &code, const QString &message, const QJsonObject &details = {})
{
    return HttpResponse::json(JsonBody::statusFor(code),
                              QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code},
                                                                   {u"message"_s, message},
                                                                   {u"details"_s, details}}}});
}

HttpResponse badParameter(const QString &name, const QString &message)
{
    return failure(u"invalid_parameter"_s, message, QJsonObject{{u"parameter"_s, name}});
}

std::optional<HttpResponse> unknownParameter(const HttpRequest &request, const QStringList &allowed)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key)) {
            return badParameter(
                key.left(100),
                Tr::tr("The query parameter \"%1\" is not known here.").arg(key.left(100)));
        }
    }
    return std::nullopt;
}

} // namespace

QList<Route> SnapshotRoutes::routes()
{
    return {
        {"GET", u"snapshot"_s, Capability::ReadChanges,
         [this](const CallPtr &call) {
             call->answer(snapshot(m_reader, call->actor, call->request));
         }},
    };
}

storage::ChangeScope SnapshotRoutes::scopeFor(const storage::Actor &actor)
{
    const QString &role = actor.role;
    const bool knownRole = Permissions::isKnownRole(role);
    storage::ChangeScope scope;
    for (const QString &entity : Permissions::entities()) {
        // A role this server does not know still gets the catalogue every role reads.
        if (Permissions::mayRead(role, entity) ||
            (!knownRole && Permissions::readerOf(entity) == Capability::ReadCatalog)) {
            scope.only.append(entity);
        }
    }
    if (scope.only.size() == Permissions::entities().size())
        return {};
    // The shop reads orders, but only the ones it created, and conversations, but only the
    // chats it posted.
    if (role == u"shop"_s) {
        scope.only.removeAll(u"order"_s);
        scope.ordersOf = actor.userId;
        scope.ordersOfName = actor.username;
        scope.only.removeAll(u"conversation"_s);
        scope.chatsOf = actor.userId;
        scope.chatsOfName = actor.username;
    }
    return scope;
}

HttpResponse SnapshotRoutes::head(storage::ShopStore &reader, const HttpRequest &request)
{
    if (auto bad = unknownParameter(request, {}))
        return *bad;
    auto seq = reader.changes().lastSeq();
    if (!seq)
        return failure(u"storage_unavailable"_s, seq.error().message);
    return HttpResponse::json(200, QJsonObject{{u"seq"_s, seq.value()}});
}

HttpResponse SnapshotRoutes::snapshot(storage::ShopStore &reader, const storage::Actor &actor,
                                      const HttpRequest &request)
{
    if (auto bad = unknownParameter(request, {u"entity"_s, u"after"_s, u"limit"_s}))
        return *bad;
    const QString entity = request.queryValue(u"entity"_s);
    const QStringList entities{u"products"_s, u"customers"_s, u"movements"_s, u"orders"_s};
    if (!entities.contains(entity)) {
        return badParameter(u"entity"_s,
                            Tr::tr("entity must be one of: %1.").arg(entities.join(u", "_s)));
    }
    // Each entity as its own routes grant it.
    const Capability capability = entity == u"products"_s    ? Capability::ReadCatalog
                                  : entity == u"customers"_s ? Capability::ReadCustomers
                                  : entity == u"movements"_s ? Capability::ReadMovements
                                                             : Capability::ReadOrders;
    if (!Permissions::allows(actor.role, capability)) {
        return failure(u"forbidden"_s,
                       Tr::tr("The role %1 may not do this; it needs one of: %2.")
                           .arg(actor.role, Permissions::rolesWith(capability).join(u", "_s)),
                       QJsonObject{{u"role"_s, actor.role}});
    }

    const bool orders = entity == u"orders"_s;
    int limit = orders ? maxOrderLimit / 2 : defaultLimit;
    if (const QString text = request.queryValue(u"limit"_s); !text.isEmpty()) {
        bool ok = RequestText::isNumber(text);
        limit = ok ? text.toInt(&ok) : 0;
        if (!ok || limit < 1)
            return badParameter(u"limit"_s, Tr::tr("limit must be a positive integer."));
        limit = std::min(limit, orders ? maxOrderLimit : maxLimit);
    }
    const QString after = request.queryValue(u"after"_s);
    qint64 afterId = 0;
    if (entity == u"products"_s) {
        if (!after.isEmpty() && !Sku::isValid(after))
            return badParameter(u"after"_s, Tr::tr("after must be a SKU."));
    } else if (!after.isEmpty()) {
        if (!RequestText::isNumber(after))
            return badParameter(u"after"_s, Tr::tr("after must be a whole number of at least 0."));
        afterId = after.toLongLong();
    }

    // The head before the page: the page then reflects at least every change up to it, and
    // pulling /changes from it replays only what may be there already (harmless upserts).
    auto seq = reader.changes().lastSeq();
    if (!seq)
        return failure(u"storage_unavailable"_s, seq.error().message);
    storage::BulkReader bulk(reader.database(), reader);
    Result<storage::BulkReader::Page> page = storage::BulkReader::Page{};
    if (entity == u"products"_s)
        page = bulk.products(after, limit);
    else if (entity == u"customers"_s)
        page = bulk.customers(afterId, limit);
    else if (entity == u"movements"_s)
        page = bulk.movements(afterId, limit);
    else
        page = bulk.orders(afterId, limit, actor.role == u"shop"_s ? actor.userId : 0);
    if (!page)
        return failure(u"storage_unavailable"_s, page.error().message);

    const storage::BulkReader::Page &p = page.value();
    HttpResponse response;
    response.status = 200;
    QByteArray &body = response.body;
    body.reserve(p.items.size() + 128);
    body += "{\"entity\":\"";
    body += entity.toLatin1();
    body += "\",\"seq\":";
    body += QByteArray::number(seq.value());
    // Rows as arrays in the order of "columns": no key repeated per row, less text to write
    // and parse, and the client reads the values by index.
    if (const char *columns = storage::BulkReader::columns(entity)) {
        body += ",\"columns\":";
        body += columns;
        body += ",\"rows\":";
    } else {
        body += ",\"items\":";
    }
    body += p.items;
    body += ",\"next\":";
    if (p.count >= limit)
        storage::BulkReader::appendJsonString(body, p.last);
    else
        body += "null";
    body += '}';
    return response;
}

} // namespace shopdesk::server
