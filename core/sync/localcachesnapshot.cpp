#include "domain/tr.h"
#include "sync/localcache.h"
#include "sync/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

namespace {

Error cacheError(const QString &why)
{
    qCWarning(lcSync) << "cache error:" << why;
    return Error{u"cache_error"_s, Tr::tr("The local cache could not be written: %1").arg(why), {}};
}

// One single-row INSERT prepared once on SQLite itself and run for every row: a first sync
// writes a million rows, and QtSql's per-value bookkeeping cost more than SQLite's writing.
class RowInserter
{
public:
    RowInserter(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~RowInserter() { sqlite3_finalize(m_statement); }
    RowInserter(const RowInserter &) = delete;
    RowInserter &operator=(const RowInserter &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    Error error() const { return cacheError(QString::fromUtf8(sqlite3_errmsg(m_db))); }

    // The values of one row, in column order; step() after the last one.
    void add(const QString &text)
    {
        ++m_column;
        if (text.isNull())
            sqlite3_bind_null(m_statement, m_column);
        else
            sqlite3_bind_text16(m_statement, m_column, text.utf16(),
                                int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    void add(qint64 number) { sqlite3_bind_int64(m_statement, ++m_column, number); }
    void add(const QJsonValue &optionalNumber)
    {
        if (optionalNumber.isDouble())
            add(qint64(optionalNumber.toDouble()));
        else
            sqlite3_bind_null(m_statement, ++m_column);
    }
    Result<void> step()
    {
        m_column = 0;
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return error();
        return {};
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_column = 0;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString text(const QJsonObject &o, QLatin1StringView key)
{
    const QString value = o.value(key).toString();
    return value.isNull() ? QString(u""_s) : value;
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
    // The ledger's index is built once at the end: a million inserts in SKU order cost
    // twice what they cost without it.
    for (const QString &statement :
         {u"DELETE FROM products"_s, u"DELETE FROM customers"_s, u"DELETE FROM movements"_s,
          u"DROP INDEX IF EXISTS movements_by_sku"_s}) {
        if (auto r = exec(statement); !r) {
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
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return failed(cacheError(u"not an SQLite connection"_s));
    auto run = [&](const char *sql, auto &&bindRow) -> Result<void> {
        RowInserter rows(handle, sql);
        if (!rows.isValid())
            return rows.error();
        for (const QJsonValue &value : items) {
            bindRow(rows, value.toObject());
            if (auto r = rows.step(); !r)
                return r;
        }
        return {};
    };
    Result<void> written;
    if (entity == u"products"_s) {
        products.reserve(items.size());
        written = run("INSERT OR REPLACE INTO products (sku, name, category, barcode, "
                      "description, price_minor, currency, updated_at, on_hand, reserved, "
                      "available) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                      [&](RowInserter &rows, const QJsonObject &o) {
                          ProductRecord p = ProductRecord::fromJson(o);
                          rows.add(p.sku);
                          rows.add(p.name);
                          rows.add(p.category);
                          rows.add(p.barcode);
                          rows.add(text(o, "description"_L1));
                          rows.add(p.priceMinor);
                          rows.add(p.currency);
                          rows.add(p.updatedAt);
                          rows.add(p.onHand);
                          rows.add(p.reserved);
                          rows.add(p.available);
                          products.append(std::move(p));
                      });
    } else if (entity == u"customers"_s) {
        written = run("INSERT OR REPLACE INTO customers (id, name, email, phone, address, "
                      "updated_at) VALUES (?,?,?,?,?,?)",
                      [](RowInserter &rows, const QJsonObject &o) {
                          rows.add(qint64(o.value("id"_L1).toDouble()));
                          rows.add(text(o, "name"_L1));
                          rows.add(o.value("email"_L1).toString());
                          rows.add(o.value("phone"_L1).toString());
                          rows.add(o.value("address"_L1).toString());
                          rows.add(o.value("updated_at"_L1).toString());
                      });
    } else if (entity == u"movements"_s) {
        written = run("INSERT OR REPLACE INTO movements (id, sku, kind, quantity, location, "
                      "reason, order_id, user, at) VALUES (?,?,?,?,?,?,?,?,?)",
                      [](RowInserter &rows, const QJsonObject &o) {
                          rows.add(qint64(o.value("id"_L1).toDouble()));
                          rows.add(text(o, "sku"_L1));
                          rows.add(text(o, "kind"_L1));
                          rows.add(qint64(o.value("quantity"_L1).toDouble()));
                          rows.add(o.value("location"_L1).toString());
                          rows.add(o.value("reason"_L1).toString());
                          rows.add(o.value("order_id"_L1));
                          rows.add(o.value("user"_L1).toString());
                          rows.add(o.value("at"_L1).toString());
                      });
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
    if (!written)
        return failed(written.error());
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
    if (auto r = exec(u"CREATE INDEX IF NOT EXISTS movements_by_sku ON movements (sku, id)"_s); !r)
        return r;
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
