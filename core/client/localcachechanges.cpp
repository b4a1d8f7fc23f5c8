#include "client/localcachechanges.h"

#include "domain/jsontext.h"
#include "domain/tr.h"
#include "client/localcache.h"
#include "client/localcachesql.h"
#include "client/localcachetransaction.h"
#include "client/logging.h"
#include "client/rolepolicy.h"

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

} // namespace

Result<void> LocalCacheChanges::apply(const QList<ChangeRecord> &changes)
{
    if (changes.isEmpty())
        return {};
    QSqlDatabase db = m_cache.database();
    const QString role = m_cache.role();
    const bool readsCustomers = RolePolicy::mayReadEntity(role, u"customer"_s);
    const bool readsMovements = RolePolicy::mayReadEntity(role, u"movement"_s);
    const bool readsOrders = RolePolicy::mayReadEntity(role, u"order"_s);

    // First fold the batch into final states, so each row is written once.
    QHash<QString, PendingProduct> products;
    QStringList productOrder;
    QStringList removed;
    QHash<qint64, QJsonObject> customers; // an empty object: deleted
    QList<qint64> customerOrder;
    BulkWriter movements(db,
                         u"INSERT OR REPLACE INTO movements (id, sku, kind, quantity, location, "
                         "reason, order_id, user, at) VALUES "_s,
                         9);
    QList<const ChangeRecord *> orderChanges;
    qint64 cursor = m_cursor;

    for (const ChangeRecord &change : changes) {
        if (change.seq <= cursor)
            continue;
        cursor = change.seq;
        const QJsonObject &d = change.data;
        if (change.entity == u"product"_s || change.entity == u"stock"_s) {
            const bool isProduct = change.entity == u"product"_s;
            const QString sku =
                isProduct ? change.id
                          : (d.contains(u"sku"_s) ? d.value(u"sku"_s).toString() : change.id);
            if (isProduct && change.op == u"delete"_s) {
                if (products.remove(sku))
                    productOrder.removeAll(sku);
                if (!removed.contains(sku))
                    removed.append(sku);
                continue;
            }
            auto it = products.find(sku);
            if (it == products.end()) {
                it = products.insert(sku, PendingProduct{});
                it->record.sku = sku;
                productOrder.append(sku);
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
                it->description = text(d, u"description"_s);
                if (d.contains(u"stock"_s)) {
                    it->hasStock = true;
                    it->record.onHand = p.onHand;
                    it->record.reserved = p.reserved;
                    it->record.available = p.available;
                }
            } else {
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
        } else if (change.entity == u"customer"_s && readsCustomers) {
            const qint64 id = change.id.toLongLong();
            if (!customers.contains(id))
                customerOrder.append(id);
            customers.insert(id, change.op == u"delete"_s ? QJsonObject() : d);
        } else if (change.entity == u"movement"_s && readsMovements) {
            const QJsonValue orderId = d.value(u"order_id"_s);
            movements.add({qint64(d.value(u"id"_s).toDouble()), text(d, u"sku"_s),
                           text(d, u"kind"_s), qint64(d.value(u"quantity"_s).toDouble()),
                           d.value(u"location"_s).toString(), d.value(u"reason"_s).toString(),
                           orderId.isDouble() ? QVariant(qint64(orderId.toDouble())) : QVariant(),
                           d.value(u"user"_s).toString(), d.value(u"at"_s).toString()});
        } else if (change.entity == u"order"_s && readsOrders && change.id.toLongLong() > 0) {
            orderChanges.append(&change);
        }
    }

    LocalCacheTransaction transaction(db);
    if (!transaction.isActive())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());

    if (!removed.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM products WHERE sku = ?"_s);
        for (const QString &sku : std::as_const(removed)) {
            q.addBindValue(sku);
            if (!q.exec())
                return cachesql::sqlError(q);
        }
    }
    BulkWriter full(db,
                    u"INSERT INTO products (sku, name, category, barcode, description, "
                    "price_minor, currency, updated_at, on_hand, reserved, available) VALUES "_s,
                    11,
                    u"ON CONFLICT (sku) DO UPDATE SET name = excluded.name, "
                    "category = excluded.category, barcode = excluded.barcode, "
                    "description = excluded.description, price_minor = excluded.price_minor, "
                    "currency = excluded.currency, updated_at = excluded.updated_at, "
                    "on_hand = excluded.on_hand, reserved = excluded.reserved, "
                    "available = excluded.available"_s);
    BulkWriter fieldsOnly(db,
                          u"INSERT INTO products (sku, name, category, barcode, description, "
                          "price_minor, currency, updated_at) VALUES "_s,
                          8,
                          u"ON CONFLICT (sku) DO UPDATE SET name = excluded.name, "
                          "category = excluded.category, barcode = excluded.barcode, "
                          "description = excluded.description, "
                          "price_minor = excluded.price_minor, currency = excluded.currency, "
                          "updated_at = excluded.updated_at"_s);
    BulkWriter stockOnly(db, u"INSERT INTO products (sku, on_hand, reserved, available) VALUES "_s,
                         4,
                         u"ON CONFLICT (sku) DO UPDATE SET on_hand = excluded.on_hand, "
                         "reserved = excluded.reserved, available = excluded.available"_s);
    QStringList stockOnlySkus;
    for (const QString &sku : std::as_const(productOrder)) {
        const PendingProduct &p = products.value(sku);
        const ProductRecord &r = p.record;
        if (p.hasFields && p.hasStock) {
            full.add({r.sku, r.name, r.category, r.barcode, p.description, r.priceMinor, r.currency,
                      r.updatedAt, r.onHand, r.reserved, r.available});
        } else if (p.hasFields) {
            fieldsOnly.add({r.sku, r.name, r.category, r.barcode, p.description, r.priceMinor,
                            r.currency, r.updatedAt});
        } else {
            stockOnly.add({r.sku, r.onHand, r.reserved, r.available});
            stockOnlySkus.append(sku);
        }
    }
    BulkWriter customerRows(db,
                            u"INSERT OR REPLACE INTO customers (id, name, email, phone, address, "
                            "updated_at) VALUES "_s,
                            6);
    QList<qint64> deletedCustomers;
    for (qint64 id : std::as_const(customerOrder)) {
        const QJsonObject c = customers.value(id);
        if (c.isEmpty()) {
            deletedCustomers.append(id);
            continue;
        }
        customerRows.add({id, text(c, u"name"_s), c.value(u"email"_s).toString(),
                          c.value(u"phone"_s).toString(), c.value(u"address"_s).toString(),
                          c.value(u"updated_at"_s).toString()});
    }
    for (BulkWriter *writer : {&full, &fieldsOnly, &stockOnly, &customerRows, &movements}) {
        if (auto r = writer->flush(); !r)
            return r;
    }
    if (!deletedCustomers.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM customers WHERE id = ?"_s);
        for (qint64 id : std::as_const(deletedCustomers)) {
            q.addBindValue(id);
            if (!q.exec())
                return cachesql::sqlError(q);
        }
    }
    QList<qint64> orders;
    for (const ChangeRecord *change : std::as_const(orderChanges)) {
        if (auto r = upsertOrderFromServer(change->data, change->id.toLongLong(), &orders); !r)
            return r;
    }

    QSqlQuery setCursor(db);
    setCursor.prepare(u"INSERT INTO meta (key, value) VALUES ('cursor', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    setCursor.addBindValue(QString::number(cursor));
    if (!setCursor.exec())
        return cachesql::sqlError(setCursor);

    // Products known only by a stock change in this batch: read their names back.
    QHash<QString, ProductRecord> readBack;
    readBack.reserve(stockOnlySkus.size());
    constexpr int perQuery = 200;
    for (qsizetype first = 0; first < stockOnlySkus.size(); first += perQuery) {
        const qsizetype count = std::min<qsizetype>(perQuery, stockOnlySkus.size() - first);
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < count; ++i)
            marks += u",?"_s;
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.prepare(u"SELECT "_s + cachesql::productColumns() +
                     u" FROM products WHERE sku IN ("_s + marks + u")"_s);
        for (qsizetype i = 0; i < count; ++i)
            read.addBindValue(stockOnlySkus.at(first + i));
        if (!read.exec())
            return cachesql::sqlError(read);
        while (read.next()) {
            ProductRecord record = cachesql::readProduct(read);
            readBack.insert(record.sku, std::move(record));
        }
    }
    if (!transaction.commit())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());

    QList<ProductRecord> changed;
    changed.reserve(productOrder.size());
    for (const QString &sku : std::as_const(productOrder)) {
        const PendingProduct &p = products.value(sku);
        if (p.hasFields && p.hasStock)
            changed.append(p.record);
        else
            changed.append(readBack.value(sku, p.record));
    }
    // A product with new fields but no stock in this batch keeps the stock it had.
    for (ProductRecord &record : changed) {
        const PendingProduct &p = products.value(record.sku);
        if (p.hasFields && !p.hasStock) {
            if (auto stored = cachesql::product(db, record.sku))
                record = *stored;
        }
    }

    const bool moved = cursor != m_cursor;
    m_cursor = cursor;
    if (!removed.isEmpty())
        emit productsRemoved(removed);
    if (!changed.isEmpty())
        emit productsChanged(changed);
    for (qint64 localId : std::as_const(orders))
        emit orderChanged(localId);
    if (moved)
        emit cursorChanged(cursor);
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
