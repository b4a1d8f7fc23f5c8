#include "client/warehouseservice.h"

#include "client/apiclient.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/logging.h"
#include "domain/tr.h"

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

// Every row of a list through T::fromJson; one unreadable row refuses the list.
template<typename T>
Result<QList<T>> readRows(const QJsonArray &array)
{
    QList<T> rows;
    rows.reserve(array.size());
    for (const QJsonValue &value : array) {
        auto row = T::fromJson(value.toObject());
        if (!row) {
            qCWarning(lcSync) << "unreadable row:" << row.error().message;
            return row.error();
        }
        rows.append(std::move(row).value());
    }
    return rows;
}

// Hands an answer's object to `done` as a T.
template<typename T>
WarehouseService::Done<QJsonObject> readAnswer(WarehouseService::Done<T> done)
{
    return [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(T::fromJson(answer.value()));
    };
}

template<typename T>
WarehouseService::Done<QJsonArray> readList(WarehouseService::Done<QList<T>> done)
{
    return [done](const Result<QJsonArray> &answer) {
        if (!answer)
            return done(answer.error());
        done(readRows<T>(answer.value()));
    };
}

} // namespace

bool MovementFilter::matches(const StockMovement &movement) const
{
    if (!sku.isEmpty() && movement.sku != sku)
        return false;
    if (!kind.isEmpty() && movementKindName(movement.kind) != kind)
        return false;
    if (!location.isEmpty() && movement.location != location)
        return false;
    if (!user.isEmpty() && movement.user.compare(user, Qt::CaseInsensitive) != 0)
        return false;
    const QDate day = movement.at.toUTC().date();
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
                              const QJsonObject &body, Done<QJsonObject> done)
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

void WarehouseService::postBatch(const QJsonArray &lines, const QString &supplier,
                                 const QString &reference, Done<QList<StockMovement>> done)
{
    QJsonObject body{{u"lines"_s, lines}};
    if (!supplier.isEmpty())
        body.insert(u"supplier"_s, supplier);
    if (!reference.isEmpty())
        body.insert(u"reference"_s, reference);
    mutate("POST", u"/movements/batch"_s, body, [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(readRows<StockMovement>(answer.value().value(u"movements"_s).toArray()));
    });
}

int WarehouseService::refusedLine(const Error &error)
{
    return error.details.value(u"line"_s).toInt(-1);
}

void WarehouseService::ship(qint64 orderId, const QString &carrier, const QString &tracking,
                            Done<Order> done)
{
    mutate("POST", u"/orders/%1/shipment"_s.arg(orderId),
           QJsonObject{{u"carrier"_s, carrier}, {u"tracking"_s, tracking}},
           readAnswer<Order>(std::move(done)));
}

void WarehouseService::createLocation(const QString &name, const QString &description,
                                      Done<StockLocation> done)
{
    mutate("POST", u"/locations"_s, QJsonObject{{u"name"_s, name}, {u"description"_s, description}},
           readAnswer<StockLocation>(std::move(done)));
}

void WarehouseService::setMinimum(const QString &sku, const QString &location, qint64 minimum,
                                  Done<LowStockItem> done)
{
    mutate("PUT", u"/stock/%1/minimum"_s.arg(sku),
           QJsonObject{{u"location"_s, location}, {u"minimum"_s, minimum}},
           readAnswer<LowStockItem>(std::move(done)));
}

void WarehouseService::list(const QString &path, Done<QJsonArray> done)
{
    if (!m_api)
        return done(gone());
    m_api->get(api + path, {}, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json().value(u"items"_s).toArray());
    });
}

void WarehouseService::locations(Done<QList<StockLocation>> done)
{
    list(u"/locations"_s, readList<StockLocation>(std::move(done)));
}

void WarehouseService::lowStock(Done<QList<LowStockItem>> done)
{
    list(u"/stock/low"_s, readList<LowStockItem>(std::move(done)));
}

void WarehouseService::pickList(Done<QList<PickListEntry>> done)
{
    list(u"/picklist"_s, readList<PickListEntry>(std::move(done)));
}

void WarehouseService::movements(const MovementFilter &filter, Done<QList<StockMovement>> done,
                                 int maxRows)
{
    movementPage(filter, QString(), {}, maxRows, std::move(done));
}

void WarehouseService::movementPage(const MovementFilter &filter, const QString &after,
                                    QList<StockMovement> rows, int maxRows,
                                    Done<QList<StockMovement>> done)
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
                   const auto read = readRows<StockMovement>(page.value(u"items"_s).toArray());
                   if (!read)
                       return done(read.error());
                   for (const StockMovement &movement : read.value()) {
                       if (filter.matches(movement))
                           rows.append(movement);
                   }
                   const QString next = page.value(u"next"_s).toString();
                   if (next.isEmpty() || rows.size() >= maxRows || !self)
                       return done(rows);
                   self->movementPage(filter, next, rows, maxRows, done);
               });
}

} // namespace shopdesk::client
