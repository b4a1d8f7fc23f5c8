#pragma once

#include "domain/result.h"
#include "client/productrecord.h"
#include "client/retrykeys.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
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

    bool matches(const QJsonObject &movement) const;
};

// The warehouse module's calls to the server (docs/api.md, "Warehouse"): each mutation
// carries an Idempotency-Key made when the officer acted, kept for a retry of the same body.
// Products are found in the synchronised cache, so a scanner works without a round trip.
class WarehouseService : public QObject
{
    Q_OBJECT
public:
    using Rows = std::function<void(const Result<QJsonArray> &)>;
    using Done = std::function<void(const Result<QJsonObject> &)>;

    WarehouseService(ApiClient *api, LocalCache *cache, QObject *parent = nullptr);

    // A product by SKU or by barcode (EAN), from the cache.
    std::optional<ProductRecord> findProduct(const QString &code) const;
    LocalCache *cache() const;

    void postBatch(const QJsonObject &body, Done done);
    void ship(qint64 orderId, const QString &carrier, const QString &tracking, Done done);
    void createLocation(const QString &name, const QString &description, Done done);
    void setMinimum(const QString &sku, const QString &location, qint64 minimum, Done done);

    void locations(Rows done);
    void lowStock(Rows done);
    void pickList(Rows done);
    // Up to maxRows ledger rows from the server, oldest first, then filtered here (the
    // server filters by product and time only).
    void movements(const MovementFilter &filter, Rows done, int maxRows = 5000);

private:
    void mutate(const QByteArray &method, const QString &path, const QJsonObject &body, Done done);
    void list(const QString &path, Rows done);
    void movementPage(const MovementFilter &filter, const QString &after, QJsonArray rows,
                      int maxRows, Rows done);

    QPointer<ApiClient> m_api;
    QPointer<LocalCache> m_cache;
    // The key of the last mutation that got no answer, so sending it again changes nothing.
    RetryKeys m_keys;
};

} // namespace shopdesk::client
