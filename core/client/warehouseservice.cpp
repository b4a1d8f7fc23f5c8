#include "client/warehouseservice.h"

#include "domain/tr.h"
#include "client/apiclient.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString api = u"/api/v1"_s;

Error gone()
{
    return Error{u"no_session"_s, Tr::tr("Not signed in."), {}};
}

} // namespace

bool MovementFilter::matches(const QJsonObject &movement) const
{
    if (!sku.isEmpty() && movement.value(u"sku"_s).toString() != sku)
        return false;
    if (!kind.isEmpty() && movement.value(u"kind"_s).toString() != kind)
        return false;
    if (!location.isEmpty() && movement.value(u"location"_s).toString() != location)
        return false;
    if (!user.isEmpty() &&
        movement.value(u"user"_s).toString().compare(user, Qt::CaseInsensitive) != 0)
        return false;
    const QDate day =
        QDateTime::fromString(movement.value(u"at"_s).toString(), Qt::ISODate).toUTC().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

WarehouseService::WarehouseService(ApiClient *api, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

LocalCache *WarehouseService::cache() const
{
    return m_cache.data();
}

std::optional<ProductRecord> WarehouseService::findProduct(const QString &code) const
{
    const QString wanted = code.trimmed();
    if (!m_cache || wanted.isEmpty())
        return std::nullopt;
    if (auto exact = m_cache->queries()->product(wanted))
        return exact;
    const QList<ProductRecord> products = m_cache->queries()->products();
    for (const ProductRecord &product : products) {
        if (!product.barcode.isEmpty() && product.barcode == wanted)
            return product;
    }
    for (const ProductRecord &product : products) {
        if (product.sku.compare(wanted, Qt::CaseInsensitive) == 0)
            return product;
    }
    return std::nullopt;
}

void WarehouseService::mutate(const QByteArray &method, const QString &path,
                              const QJsonObject &body, Done done)
{
    if (!m_api)
        return done(gone());
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_keys.keyFor(method, path, json);
    QPointer<WarehouseService> self(this);
    m_api->send(method, api + path, json, key,
                [self, method, path, json, done](const ApiReply &reply) {
                    if (self)
                        self->m_keys.answered(method, path, json, reply);
                    if (!reply.isSuccess())
                        return done(reply.error());
                    done(reply.json());
                });
}

void WarehouseService::postBatch(const QJsonObject &body, Done done)
{
    mutate("POST", u"/movements/batch"_s, body, std::move(done));
}

void WarehouseService::ship(qint64 orderId, const QString &carrier, const QString &tracking,
                            Done done)
{
    mutate("POST", u"/orders/%1/shipment"_s.arg(orderId),
           QJsonObject{{u"carrier"_s, carrier}, {u"tracking"_s, tracking}}, std::move(done));
}

void WarehouseService::createLocation(const QString &name, const QString &description, Done done)
{
    mutate("POST", u"/locations"_s, QJsonObject{{u"name"_s, name}, {u"description"_s, description}},
           std::move(done));
}

void WarehouseService::setMinimum(const QString &sku, const QString &location, qint64 minimum,
                                  Done done)
{
    mutate("PUT", u"/stock/%1/minimum"_s.arg(sku),
           QJsonObject{{u"location"_s, location}, {u"minimum"_s, minimum}}, std::move(done));
}

void WarehouseService::list(const QString &path, Rows done)
{
    if (!m_api)
        return done(gone());
    m_api->get(api + path, {}, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json().value(u"items"_s).toArray());
    });
}

void WarehouseService::locations(Rows done)
{
    list(u"/locations"_s, std::move(done));
}

void WarehouseService::lowStock(Rows done)
{
    list(u"/stock/low"_s, std::move(done));
}

void WarehouseService::pickList(Rows done)
{
    list(u"/picklist"_s, std::move(done));
}

void WarehouseService::movements(const MovementFilter &filter, Rows done, int maxRows)
{
    movementPage(filter, QString(), {}, maxRows, std::move(done));
}

void WarehouseService::movementPage(const MovementFilter &filter, const QString &after,
                                    QJsonArray rows, int maxRows, Rows done)
{
    if (!m_api)
        return done(gone());
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"1000"_s);
    if (!filter.sku.isEmpty())
        query.addQueryItem(u"sku"_s, filter.sku);
    if (filter.from.isValid())
        query.addQueryItem(u"since"_s, filter.from.toString(Qt::ISODate));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    QPointer<WarehouseService> self(this);
    m_api->get(api + u"/movements"_s, query,
               [self, filter, rows, maxRows, done](const ApiReply &reply) mutable {
                   if (!reply.isSuccess())
                       return done(reply.error());
                   const QJsonObject page = reply.json();
                   for (const QJsonValue &row : page.value(u"items"_s).toArray()) {
                       if (filter.matches(row.toObject()))
                           rows.append(row);
                   }
                   const QString next = page.value(u"next"_s).toString();
                   if (next.isEmpty() || rows.size() >= maxRows || !self)
                       return done(rows);
                   self->movementPage(filter, next, rows, maxRows, done);
               });
}

} // namespace shopdesk::client
