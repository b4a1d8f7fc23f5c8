#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/stockledger.h"
#include "storage/storeclock.h"

#include <QJsonObject>

namespace shopdesk::storage {

// The catalogue: products by SKU with their price, each listed with its stock totals.
class ProductStore
{
public:
    ProductStore(Database &db, const StoreClock &clock, ChangeLog &log, StockLedger &ledger);

    static QList<MigrationStep> migrations();

    Result<QJsonObject> product(const QString &sku);
    // Matches query in SKU or name (any case) or the barcode exactly; keyset-paged by SKU.
    // Archived products are left out unless withArchived.
    Result<QJsonObject> list(const QString &query, int limit, const QString &after,
                             bool withArchived = false);
    // Every product (with stock) whose row matches condition (over "p."), by SKU.
    Result<QList<QJsonObject>> productsWhere(const QString &condition, const QVariantList &values);
    // barcode_exists when another product than sku carries the barcode ("" is never taken).
    Result<void> checkBarcodeFree(const QString &barcode, const QString &sku);
    Result<QJsonObject> create(const Actor &actor, const QJsonObject &fields);
    Result<QJsonObject> update(const Actor &actor, const QString &sku, const QJsonObject &fields);
    // Archived products keep their history but cannot be ordered; already_archived or
    // not_archived when nothing would change.
    Result<QJsonObject> setArchived(const Actor &actor, const QString &sku, bool archived);
    // Stores changed's price (a product as read, its price replaced) and logs it, without
    // reading the product back: a bulk price change writes thousands of these.
    Result<void> setPrice(const Actor &actor, const QJsonObject &changed);

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
    StockLedger &m_ledger;
};

} // namespace shopdesk::storage
