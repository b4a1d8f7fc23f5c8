#include "domain/tr.h"
#include "sync/localcache.h"
#include "sync/logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

namespace {

Error cacheError(const QString &why)
{
    qCWarning(lcSync) << "cache error:" << why;
    return Error{u"cache_error"_s, Tr::tr("The local cache could not be written: %1").arg(why), {}};
}

// Inserts rows through one prepared statement of `rowsPerStatement` rows, reused for every
// full chunk: parsing SQL, not SQLite's writing, is what a row-at-a-time insert pays for.
class RowInserter
{
public:
    static constexpr int rowsPerStatement = 64;

    RowInserter(const QSqlDatabase &db, QString head, int columns)
        : m_db(db)
        , m_head(std::move(head))
        , m_columns(columns)
        , m_full(db)
    {
        m_row.reserve(columns);
    }

    // Values of the current row, in column order; endRow() after the last one.
    void add(const QVariant &value) { m_row.append(value); }
    Result<void> endRow()
    {
        m_pending.append(m_row);
        m_row.clear();
        if (m_pending.size() == rowsPerStatement * m_columns)
            return run(m_full, rowsPerStatement);
        return {};
    }
    Result<void> finish()
    {
        if (m_pending.isEmpty())
            return {};
        QSqlQuery partial(m_db);
        return run(partial, int(m_pending.size() / m_columns));
    }

private:
    Result<void> run(QSqlQuery &q, int rows)
    {
        const bool full = &q == &m_full;
        if (!full || !m_prepared) {
            QString sql = m_head;
            QString row = u"(?"_s + QString(u",?"_s).repeated(m_columns - 1) + u")"_s;
            for (int r = 0; r < rows; ++r)
                sql += (r == 0 ? QString() : u","_s) + row;
            if (!q.prepare(sql))
                return cacheError(q.lastError().text());
            m_prepared = m_prepared || full;
        }
        for (int i = 0; i < m_pending.size(); ++i)
            q.bindValue(i, m_pending.at(i));
        if (!q.exec())
            return cacheError(q.lastError().text());
        m_pending.clear();
        return {};
    }

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_row;
    QVariantList m_pending;
};

QString text(const QJsonObject &o, QLatin1StringView key)
{
    const QString value = o.value(key).toString();
    return value.isNull() ? QString(u""_s) : value;
}

QVariant optionalId(const QJsonValue &value)
{
    return value.isDouble() ? QVariant(qint64(value.toDouble())) : QVariant();
}

} // namespace

bool LocalCache::needsSnapshot() const
{
    return m_cursor == 0 && value(u"snapshot_seq"_s).isEmpty();
}

Result<void> LocalCache::beginSnapshot()
{
    // What an interrupted snapshot left is dropped: rows deleted on the server meanwhile
    // would otherwise stay, since /changes starts after their deletion.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return cacheError(db.lastError().text());
    for (const QString &table : {u"products"_s, u"customers"_s, u"movements"_s}) {
        if (auto r = exec(u"DELETE FROM "_s + table); !r) {
            db.rollback();
            return r;
        }
    }
    if (!db.commit())
        return cacheError(db.lastError().text());
    return {};
}

Result<void> LocalCache::applySnapshot(const QString &entity, const QJsonArray &items)
{
    if (items.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return cacheError(db.lastError().text());
    auto failed = [&db](const Error &error) {
        db.rollback();
        return Result<void>(error);
    };
    QList<ProductRecord> products;
    QList<qint64> orders;
    if (entity == u"products"_s) {
        products.reserve(items.size());
        RowInserter rows(db,
                         u"INSERT OR REPLACE INTO products (sku, name, category, barcode, "
                         "description, price_minor, currency, updated_at, on_hand, reserved, "
                         "available) VALUES "_s,
                         11);
        for (const QJsonValue &value : items) {
            const QJsonObject o = value.toObject();
            ProductRecord p = ProductRecord::fromJson(o);
            for (const QVariant &v :
                 {QVariant(p.sku), QVariant(p.name), QVariant(p.category), QVariant(p.barcode),
                  QVariant(text(o, "description"_L1)), QVariant(p.priceMinor), QVariant(p.currency),
                  QVariant(p.updatedAt), QVariant(p.onHand), QVariant(p.reserved),
                  QVariant(p.available)}) {
                rows.add(v);
            }
            if (auto r = rows.endRow(); !r)
                return failed(r.error());
            products.append(std::move(p));
        }
        if (auto r = rows.finish(); !r)
            return failed(r.error());
    } else if (entity == u"customers"_s) {
        RowInserter rows(db,
                         u"INSERT OR REPLACE INTO customers (id, name, email, phone, address, "
                         "updated_at) VALUES "_s,
                         6);
        for (const QJsonValue &value : items) {
            const QJsonObject o = value.toObject();
            rows.add(qint64(o.value("id"_L1).toDouble()));
            rows.add(text(o, "name"_L1));
            rows.add(o.value("email"_L1).toString());
            rows.add(o.value("phone"_L1).toString());
            rows.add(o.value("address"_L1).toString());
            rows.add(o.value("updated_at"_L1).toString());
            if (auto r = rows.endRow(); !r)
                return failed(r.error());
        }
        if (auto r = rows.finish(); !r)
            return failed(r.error());
    } else if (entity == u"movements"_s) {
        RowInserter rows(db,
                         u"INSERT OR REPLACE INTO movements (id, sku, kind, quantity, location, "
                         "reason, order_id, user, at) VALUES "_s,
                         9);
        for (const QJsonValue &value : items) {
            const QJsonObject o = value.toObject();
            rows.add(qint64(o.value("id"_L1).toDouble()));
            rows.add(text(o, "sku"_L1));
            rows.add(text(o, "kind"_L1));
            rows.add(qint64(o.value("quantity"_L1).toDouble()));
            rows.add(o.value("location"_L1).toString());
            rows.add(o.value("reason"_L1).toString());
            rows.add(optionalId(o.value("order_id"_L1)));
            rows.add(o.value("user"_L1).toString());
            rows.add(o.value("at"_L1).toString());
            if (auto r = rows.endRow(); !r)
                return failed(r.error());
        }
        if (auto r = rows.finish(); !r)
            return failed(r.error());
    } else if (entity == u"orders"_s) {
        for (const QJsonValue &value : items) {
            const QJsonObject o = value.toObject();
            const qint64 id = qint64(o.value("id"_L1).toDouble());
            if (id <= 0)
                continue;
            if (auto r = upsertOrderFromServer(o, id, &orders); !r)
                return failed(r.error());
        }
    }
    if (!db.commit())
        return cacheError(db.lastError().text());
    if (!products.isEmpty())
        emit productsChanged(products);
    for (qint64 localId : std::as_const(orders))
        emit orderChanged(localId);
    return {};
}

Result<void> LocalCache::finishSnapshot(qint64 seq)
{
    if (auto r = setValue(u"snapshot_seq"_s, QString::number(seq)); !r)
        return r;
    return advanceCursor(seq);
}

Result<void> LocalCache::advanceCursor(qint64 seq)
{
    if (seq <= m_cursor)
        return {};
    if (auto r = setValue(u"cursor"_s, QString::number(seq)); !r)
        return r;
    m_cursor = seq;
    emit cursorChanged(seq);
    return {};
}

} // namespace shopdesk::sync
