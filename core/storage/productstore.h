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
    Result<QJsonObject> list(const QString &query, int limit, const QString &after);
    Result<QJsonObject> create(const Actor &actor, const QJsonObject &fields);
    Result<QJsonObject> update(const Actor &actor, const QString &sku, const QJsonObject &fields);

private:
    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
    StockLedger &m_ledger;
};

} // namespace shopdesk::storage
