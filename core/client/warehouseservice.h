#pragma once

#include "client/productrecord.h"
#include "client/retrykeys.h"
#include "domain/lowstockitem.h"
#include "domain/order.h"
#include "domain/picklistentry.h"
#include "domain/result.h"
#include "domain/stocklocation.h"
#include "domain/stockmovement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace shopdesk::client {

class ApiClient;
class LocalCache;

// Which ledger rows the movement history shows; empty fields match everything.
struct MovementFilter
{
    QString sku;
    QString kind;
    QString location;
    QString user;
    QDate from; // inclusive, UTC days
    QDate to;   // inclusive

    bool matches(const StockMovement &movement) const;
};

// The warehouse module's calls to the server (docs/api.md, "Warehouse"): each mutation
// carries an Idempotency-Key made when the officer acted, kept for a retry of the same body.
// Products are found in the synchronised cache, so a scanner works without a round trip.
class WarehouseService : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = std::function<void(const Result<T> &)>;

    WarehouseService(ApiClient *api, LocalCache *cache, QObject *parent = nullptr);

    // A product by SKU or by barcode (EAN), from the cache.
    std::optional<ProductRecord> findProduct(const QString &code) const;
    LocalCache *cache() const;

    // Posts the lines in one transaction (`supplier` and `reference` only when not empty);
    // answers the ledger rows it made.
    void postBatch(const QJsonArray &lines, const QString &supplier, const QString &reference,
                   Done<QList<StockMovement>> done);
    void ship(qint64 orderId, const QString &carrier, const QString &tracking, Done<Order> done);
    void createLocation(const QString &name, const QString &description, Done<StockLocation> done);
    void setMinimum(const QString &sku, const QString &location, qint64 minimum,
                    Done<LowStockItem> done);

    void locations(Done<QList<StockLocation>> done);
    void lowStock(Done<QList<LowStockItem>> done);
    void pickList(Done<QList<PickListEntry>> done);
    // Up to maxRows ledger rows from the server, oldest first, then filtered here (the
    // server filters by product and time only).
    void movements(const MovementFilter &filter, Done<QList<StockMovement>> done,
                   int maxRows = 5000);

    // The index of the batch line a refused batch names, or -1.
    static int refusedLine(const Error &error);

private:
    void mutate(const QByteArray &method, const QString &path, const QJsonObject &body,
                Done<QJsonObject> done);
    void list(const QString &path, Done<QJsonArray> done);
    void movementPage(const MovementFilter &filter, const QString &after, QList<StockMovement> rows,
                      int maxRows, Done<QList<StockMovement>> done);

    QPointer<ApiClient> m_api;
    QPointer<LocalCache> m_cache;
    // The key of the last mutation that got no answer, so sending it again changes nothing.
    RetryKeys m_keys;
};

} // namespace shopdesk::client
