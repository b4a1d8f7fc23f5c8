#include "client/localcachechanges.h"

#include "client/localcache.h"
#include "client/localcachesql.h"
#include "client/localcachetransaction.h"
#include "client/logging.h"
#include "client/rolepolicy.h"
#include "domain/jsontext.h"
#include "domain/tr.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

LocalCacheChanges::LocalCacheChanges(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

void LocalCacheChanges::readCursor()
{
    m_cursor = m_cache.isOpen() ? m_cache.value(u"cursor"_s).toLongLong() : 0;
}

Result<void> LocalCacheChanges::advanceCursor(qint64 seq)
{
    if (seq <= m_cursor)
        return {};
    if (auto r = m_cache.setValue(u"cursor"_s, QString::number(seq)); !r)
        return r;
    m_cursor = seq;
    emit cursorChanged(seq);
    return {};
}

namespace {

// Writes many rows with few statements: "INSERT ... VALUES (?,?),(?,?),... tail", a hundred
// rows at a time. Per-statement overhead, not SQLite, is what a row-at-a-time sync pays for.
class BulkWriter
{
public:
    BulkWriter(QSqlDatabase db, QString head, int columns, QString tail = {})
        : m_db(std::move(db))
        , m_head(std::move(head))
        , m_tail(std::move(tail))
        , m_columns(columns)
    {}

    void add(std::initializer_list<QVariant> row) { m_values.append(row); }
    bool isEmpty() const { return m_values.isEmpty(); }

    Result<void> flush()
    {
        const int rows = int(m_values.size()) / m_columns;
        QSqlQuery full(m_db);
        bool fullPrepared = false;
        for (int first = 0; first < rows; first += chunk) {
            const int count = std::min(chunk, rows - first);
            QSqlQuery partial(m_db);
            QSqlQuery &q = count == chunk ? full : partial;
            if (count != chunk || !fullPrepared) {
                q.prepare(statement(count));
                fullPrepared = fullPrepared || count == chunk;
            }
            const int from = first * m_columns;
            for (int i = 0; i < count * m_columns; ++i)
                q.addBindValue(m_values.at(from + i));
            if (!q.exec()) {
                qCWarning(lcSync) << "cache error:" << q.lastError().text();
                return Result<void>::failure(
                    u"cache_error"_s,
                    Tr::tr("The local cache could not be written: %1").arg(q.lastError().text()));
            }
        }
        m_values.clear();
        return {};
    }

private:
    static constexpr int chunk = 100;

    QString statement(int rows) const
    {
        QString row = u"("_s;
        for (int c = 0; c < m_columns; ++c)
            row += c == 0 ? u"?"_s : u",?"_s;
        row += u')';
        QString sql = m_head;
        sql.reserve(m_head.size() + rows * (row.size() + 1) + m_tail.size() + 1);
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql += u',';
            sql += row;
        }
        return sql + u' ' + m_tail;
    }

    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    QVariantList m_values;
};

QString text(const QJsonObject &o, const QString &key)
{
    const QString value = o.value(key).toString();
    return value.isNull() ? QString(u""_s) : value;
}

// What a batch leaves of one product: its catalogue fields and/or its stock, last one wins.
struct PendingProduct
{
    bool hasFields = false;
    bool hasStock = false;
    ProductRecord record;
    QString description;
};

// A batch of change records folded into final states, so that each row is written once.
struct FoldedBatch
{
    explicit FoldedBatch(const QSqlDatabase &db)
        : movements(db,
                    u"INSERT OR REPLACE INTO movements (id, sku, kind, quantity, location, "
                    "reason, order_id, user, at) VALUES "_s,
                    9)
    {}

    QHash<QString, PendingProduct> products;
    QStringList productOrder; // first touched first
    QStringList removed;
    QHash<qint64, QJsonObject> customers; // an empty object: deleted
    QList<qint64> customerOrder;
    BulkWriter movements;
    QList<const ChangeRecord *> orders;
    qint64 cursor = 0;
};

void foldProduct(FoldedBatch &batch, const ChangeRecord &change)
{
    const QJsonObject &d = change.data;
    const bool isProduct = change.entity == u"product"_s;
    const QString sku =
        isProduct ? change.id : (d.contains(u"sku"_s) ? d.value(u"sku"_s).toString() : change.id);
    if (isProduct && change.op == u"delete"_s) {
        if (batch.products.remove(sku))
            batch.productOrder.removeAll(sku);
        if (!batch.removed.contains(sku))
            batch.removed.append(sku);
        return;
    }
    auto it = batch.products.find(sku);
    if (it == batch.products.end()) {
        it = batch.products.insert(sku, PendingProduct{});
        it->record.sku = sku;
        batch.productOrder.append(sku);
    }
    if (isProduct) {
        const auto parsed = ProductRecord::fromJson(d);
        if (!parsed)
            qCWarning(lcSync) << "product change" << sku << parsed.error().message;
        const ProductRecord p = parsed.valueOr(it->record);
        it->hasFields = true;
        it->record.name = p.name;
        it->record.category = p.category;
        it->record.barcode = p.barcode;
        it->record.priceMinor = p.priceMinor;
        it->record.currency = p.currency;
        it->record.updatedAt = p.updatedAt;
        it->record.taxRateBp = p.taxRateBp;
        it->record.archived = p.archived;
        it->description = text(d, u"description"_s);
        if (d.contains(u"stock"_s)) {
            it->hasStock = true;
            it->record.onHand = p.onHand;
            it->record.reserved = p.reserved;
            it->record.available = p.available;
        }
        return;
    }
    const auto parsed = StockRecord::fromJson(d);
    if (!parsed)
        qCWarning(lcSync) << "stock change" << sku << parsed.error().message;
    const StockRecord s = parsed.valueOr(
        StockRecord{sku, it->record.onHand, it->record.reserved, it->record.available});
    it->hasStock = true;
    it->record.onHand = s.onHand;
    it->record.reserved = s.reserved;
    it->record.available = s.available;
}

void foldMovement(FoldedBatch &batch, const QJsonObject &d)
{
    const QJsonValue orderId = d.value(u"order_id"_s);
    batch.movements.add({qint64(d.value(u"id"_s).toDouble()), text(d, u"sku"_s), text(d, u"kind"_s),
                         qint64(d.value(u"quantity"_s).toDouble()),
                         d.value(u"location"_s).toString(), d.value(u"reason"_s).toString(),
                         orderId.isDouble() ? QVariant(qint64(orderId.toDouble())) : QVariant(),
                         d.value(u"user"_s).toString(), d.value(u"at"_s).toString()});
}

// Folds the records after cursor that the role may read.
void fold(FoldedBatch &batch, const QList<ChangeRecord> &changes, const QString &role)
{
    const bool readsCustomers = RolePolicy::mayReadEntity(role, u"customer"_s);
    const bool readsMovements = RolePolicy::mayReadEntity(role, u"movement"_s);
    const bool readsOrders = RolePolicy::mayReadEntity(role, u"order"_s);
    for (const ChangeRecord &change : changes) {
        if (change.seq <= batch.cursor)
            continue;
        batch.cursor = change.seq;
        if (change.entity == u"product"_s || change.entity == u"stock"_s) {
            foldProduct(batch, change);
        } else if (change.entity == u"customer"_s && readsCustomers) {
            const qint64 id = change.id.toLongLong();
            if (!batch.customers.contains(id))
                batch.customerOrder.append(id);
            batch.customers.insert(id, change.op == u"delete"_s ? QJsonObject() : change.data);
        } else if (change.entity == u"movement"_s && readsMovements) {
            foldMovement(batch, change.data);
        } else if (change.entity == u"order"_s && readsOrders && change.id.toLongLong() > 0) {
            batch.orders.append(&change);
        }
    }
}

// "DELETE FROM table WHERE key = ?" for each key.
Result<void> deleteRows(QSqlDatabase db, const QString &sql, const QVariantList &keys)
{
    if (keys.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &key : keys) {
        q.addBindValue(key);
        if (!q.exec())
            return cachesql::sqlError(q);
    }
    return {};
}

// Writes the folded products; the SKUs known by a stock change alone go to stockOnly.
Result<void> writeProducts(QSqlDatabase db, const FoldedBatch &batch, QStringList *stockOnlySkus)
{
    BulkWriter full(db,
                    u"INSERT INTO products (sku, name, category, barcode, description, "
                    "price_minor, currency, updated_at, on_hand, reserved, available, "
                    "tax_rate_bp, archived) VALUES "_s,
                    13,
                    u"ON CONFLICT (sku) DO UPDATE SET name = excluded.name, "
                    "tax_rate_bp = excluded.tax_rate_bp, archived = excluded.archived, "
                    "category = excluded.category, barcode = excluded.barcode, "
                    "description = excluded.description, price_minor = excluded.price_minor, "
                    "currency = excluded.currency, updated_at = excluded.updated_at, "
                    "on_hand = excluded.on_hand, reserved = excluded.reserved, "
                    "available = excluded.available"_s);
    BulkWriter fieldsOnly(db,
                          u"INSERT INTO products (sku, name, category, barcode, description, "
                          "price_minor, currency, updated_at, tax_rate_bp, archived) VALUES "_s,
                          10,
                          u"ON CONFLICT (sku) DO UPDATE SET name = excluded.name, "
                          "tax_rate_bp = excluded.tax_rate_bp, archived = excluded.archived, "
                          "category = excluded.category, barcode = excluded.barcode, "
                          "description = excluded.description, "
                          "price_minor = excluded.price_minor, currency = excluded.currency, "
                          "updated_at = excluded.updated_at"_s);
    BulkWriter stockOnly(db, u"INSERT INTO products (sku, on_hand, reserved, available) VALUES "_s,
                         4,
                         u"ON CONFLICT (sku) DO UPDATE SET on_hand = excluded.on_hand, "
                         "reserved = excluded.reserved, available = excluded.available"_s);
    for (const QString &sku : batch.productOrder) {
        const PendingProduct &p = batch.products.value(sku);
        const ProductRecord &r = p.record;
        if (p.hasFields && p.hasStock) {
            full.add({r.sku, r.name, r.category, r.barcode, p.description, r.priceMinor, r.currency,
                      r.updatedAt, r.onHand, r.reserved, r.available, r.taxRateBp,
                      r.archived ? 1 : 0});
        } else if (p.hasFields) {
            fieldsOnly.add({r.sku, r.name, r.category, r.barcode, p.description, r.priceMinor,
                            r.currency, r.updatedAt, r.taxRateBp, r.archived ? 1 : 0});
        } else {
            stockOnly.add({r.sku, r.onHand, r.reserved, r.available});
            stockOnlySkus->append(sku);
        }
    }
    for (BulkWriter *writer : {&full, &fieldsOnly, &stockOnly}) {
        if (auto r = writer->flush(); !r)
            return r;
    }
    return {};
}

Result<void> writeCustomers(QSqlDatabase db, const FoldedBatch &batch)
{
    BulkWriter rows(db,
                    u"INSERT OR REPLACE INTO customers (id, name, email, phone, address, "
                    "updated_at) VALUES "_s,
                    6);
    QVariantList deleted;
    for (qint64 id : batch.customerOrder) {
        const QJsonObject c = batch.customers.value(id);
        if (c.isEmpty()) {
            deleted.append(id);
            continue;
        }
        rows.add({id, text(c, u"name"_s), c.value(u"email"_s).toString(),
                  c.value(u"phone"_s).toString(), c.value(u"address"_s).toString(),
                  c.value(u"updated_at"_s).toString()});
    }
    if (auto r = rows.flush(); !r)
        return r;
    return deleteRows(db, u"DELETE FROM customers WHERE id = ?"_s, deleted);
}

// The stored rows of skus, a few hundred a query.
Result<QHash<QString, ProductRecord>> readProducts(QSqlDatabase db, const QStringList &skus)
{
    QHash<QString, ProductRecord> rows;
    rows.reserve(skus.size());
    constexpr int perQuery = 200;
    for (qsizetype first = 0; first < skus.size(); first += perQuery) {
        const qsizetype count = std::min<qsizetype>(perQuery, skus.size() - first);
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < count; ++i)
            marks += u",?"_s;
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.prepare(u"SELECT "_s + cachesql::productColumns() +
                     u" FROM products WHERE sku IN ("_s + marks + u")"_s);
        for (qsizetype i = 0; i < count; ++i)
            read.addBindValue(skus.at(first + i));
        if (!read.exec())
            return cachesql::sqlError(read);
        while (read.next()) {
            ProductRecord record = cachesql::readProduct(read);
            rows.insert(record.sku, std::move(record));
        }
    }
    return rows;
}

// The full new state of each product the batch touched, in the order first touched.
QList<ProductRecord> changedProducts(QSqlDatabase db, const FoldedBatch &batch,
                                     const QHash<QString, ProductRecord> &stockOnlyRows)
{
    QList<ProductRecord> changed;
    changed.reserve(batch.productOrder.size());
    for (const QString &sku : batch.productOrder) {
        const PendingProduct &p = batch.products.value(sku);
        if (p.hasFields && p.hasStock) {
            changed.append(p.record);
        } else if (p.hasFields) {
            // New fields but no stock in this batch: it keeps the stock it had.
            changed.append(cachesql::product(db, sku).value_or(p.record));
        } else {
            changed.append(stockOnlyRows.value(sku, p.record));
        }
    }
    return changed;
}

} // namespace

Result<void> LocalCacheChanges::apply(const QList<ChangeRecord> &changes)
{
    if (changes.isEmpty())
        return {};
    QSqlDatabase db = m_cache.database();
    FoldedBatch batch(db);
    batch.cursor = m_cursor;
    fold(batch, changes, m_cache.role());

    LocalCacheTransaction transaction(db);
    if (!transaction.isActive())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());
    QVariantList removed;
    for (const QString &sku : std::as_const(batch.removed))
        removed.append(sku);
    if (auto r = deleteRows(db, u"DELETE FROM products WHERE sku = ?"_s, removed); !r)
        return r;
    QStringList stockOnlySkus;
    if (auto r = writeProducts(db, batch, &stockOnlySkus); !r)
        return r;
    if (auto r = writeCustomers(db, batch); !r)
        return r;
    if (auto r = batch.movements.flush(); !r)
        return r;
    QList<qint64> orders;
    for (const ChangeRecord *change : std::as_const(batch.orders)) {
        if (auto r = upsertOrderFromServer(change->data, change->id.toLongLong(), &orders); !r)
            return r;
    }
    QSqlQuery setCursor(db);
    setCursor.prepare(u"INSERT INTO meta (key, value) VALUES ('cursor', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    setCursor.addBindValue(QString::number(batch.cursor));
    if (!setCursor.exec())
        return cachesql::sqlError(setCursor);
    // Products known only by a stock change in this batch: read their names back.
    auto stockOnlyRows = readProducts(db, stockOnlySkus);
    if (!stockOnlyRows)
        return stockOnlyRows.error();
    if (!transaction.commit())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());
    const QList<ProductRecord> changed = changedProducts(db, batch, stockOnlyRows.value());

    QList<ChangeRecord> fresh;
    for (const ChangeRecord &change : changes) {
        if (change.seq > m_cursor)
            fresh.append(change);
    }
    const bool moved = batch.cursor != m_cursor;
    m_cursor = batch.cursor;
    if (!batch.removed.isEmpty())
        emit productsRemoved(batch.removed);
    if (!changed.isEmpty())
        emit productsChanged(changed);
    for (qint64 localId : std::as_const(orders))
        emit orderChanged(localId);
    if (!batch.customerOrder.isEmpty())
        emit customersChanged(batch.customerOrder);
    if (moved)
        emit cursorChanged(batch.cursor);
    if (!fresh.isEmpty())
        emit recordsApplied(fresh);
    return {};
}

Result<void> LocalCacheChanges::upsertOrderFromServer(const QJsonObject &data, qint64 serverId,
                                                      QList<qint64> *touched)
{
    QSqlDatabase db = m_cache.database();
    QSqlQuery update(db);
    update.prepare(u"UPDATE orders SET status = ?, customer_id = ?, data = ?, refusal = NULL, "
                   "updated_at = ? WHERE server_id = ?"_s);
    update.addBindValue(data.value(u"status"_s).toString());
    update.addBindValue(qint64(data.value(u"customer_id"_s).toDouble()));
    update.addBindValue(jsonToText(data));
    update.addBindValue(data.value(u"updated_at"_s).toString());
    update.addBindValue(serverId);
    if (!update.exec())
        return cachesql::sqlError(update);
    if (update.numRowsAffected() == 0) {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO orders (server_id, status, customer_id, data, updated_at) "
                       "VALUES (?,?,?,?,?)"_s);
        insert.addBindValue(serverId);
        insert.addBindValue(data.value(u"status"_s).toString());
        insert.addBindValue(qint64(data.value(u"customer_id"_s).toDouble()));
        insert.addBindValue(jsonToText(data));
        insert.addBindValue(data.value(u"updated_at"_s).toString());
        if (!insert.exec())
            return cachesql::sqlError(insert);
        touched->append(insert.lastInsertId().toLongLong());
        return {};
    }
    QSqlQuery which(db);
    which.prepare(u"SELECT local_id FROM orders WHERE server_id = ?"_s);
    which.addBindValue(serverId);
    if (which.exec() && which.next())
        touched->append(which.value(0).toLongLong());
    return {};
}

} // namespace shopdesk::client
