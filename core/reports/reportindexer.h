#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace shopdesk::reports {

// Keeps the report summaries in step with the shop by tailing the server's change log in seq
// order: order records carry the whole order (status and lines), stock records the SKU's
// available count, product records its category. The order write path stays untouched; the
// indexer's own cursor (report_state.last_seq) moves in the same transaction as the summaries
// it changed, so every record counts exactly once, also with several servers on one
// PostgreSQL database (a transaction-scoped advisory lock is held while a batch is applied).
class ReportIndexer
{
public:
    explicit ReportIndexer(storage::Database &db);

    // The order statuses that count as a sale: paid, shipped, delivered. Reserved orders are
    // not paid yet; cancelled, expired and returned ones are no sale.
    static const QStringList &countedStatuses();
    static bool isCounted(const QString &status);

    // Applies every change record after the cursor, batchSize records a transaction. The
    // first call on an empty index builds the summaries from the shop's tables in bulk.
    // Returns how many change records it applied.
    Result<qint64> catchUp(int batchSize = 5000);
    // Drops the summaries and builds them again from the shop's tables.
    Result<void> rebuild();
    Result<qint64> cursor();

private:
    Result<qint64> applyBatch(int batchSize, bool forceRebuild, bool *more);
    Result<void> rebuildLocked();
    Result<void> applyOrder(const QJsonObject &order);
    Result<void> refreshCustomer(qint64 customerId);
    Result<void> applyStock(const QJsonObject &stock, qint64 at);
    Result<void> upsert(const QString &table, bool monthly, const QStringList &keys,
                        const QVariantList &keyValues, qint64 units, qint64 revenue, int orders);
    Result<void> addToSummaries(qint64 orderId, qint64 day, const QString &channel, int sign);
    Result<QString> categoryOf(const QString &sku);
    Result<void> setCursor(qint64 seq);

    storage::Database &m_db;
    QHash<QString, QString> m_categories; // sku -> category, from products and product records
};

} // namespace shopdesk::reports
