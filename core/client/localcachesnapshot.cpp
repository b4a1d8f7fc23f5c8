#include "client/localcachesnapshot.h"

#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcachesql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

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
    Error error() const { return cachesql::cacheError(QString::fromUtf8(sqlite3_errmsg(m_db))); }

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

const QStringList snapshotPragmas{u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA wal_autocheckpoint=16384"_s};
const QStringList normalPragmas{u"PRAGMA synchronous=FULL"_s, u"PRAGMA wal_autocheckpoint=1000"_s};

QString text(const QJsonValue &v)
{
    const QString value = v.toString();
    return value.isNull() ? QString(u""_s) : value;
}

} // namespace

LocalCacheSnapshot::LocalCacheSnapshot(LocalCache &cache, LocalCacheChanges &changes,
                                       QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_changes(changes)
{}

bool LocalCacheSnapshot::isNeeded() const
{
    return m_changes.cursor() == 0 && m_cache.value(u"snapshot_seq"_s).isEmpty();
}

Result<void> LocalCacheSnapshot::begin()
{
    // What an interrupted snapshot left is dropped: rows deleted on the server meanwhile
    // would otherwise stay, since /changes starts after their deletion.
    QSqlDatabase db = m_cache.database();
    if (!db.transaction())
        return cachesql::cacheError(db.lastError().text());
    // The ledger's index is built once at the end: a million inserts in SKU order cost
    // twice what they cost without it.
    for (const QString &statement :
         {u"DELETE FROM products"_s, u"DELETE FROM customers"_s, u"DELETE FROM movements"_s,
          u"DROP INDEX IF EXISTS movements_by_sku"_s}) {
        if (auto r = cachesql::exec(db, statement); !r) {
            db.rollback();
            return r;
        }
    }
    if (!db.commit())
        return cachesql::cacheError(db.lastError().text());
    // An interrupted snapshot starts again on cleared tables, so its pages need not reach the
    // disk one by one: no sync per commit, and fewer, larger checkpoints. finishSnapshot()
    // (or the next open) restores FULL.
    for (const QString &pragma : snapshotPragmas) {
        if (auto r = cachesql::exec(m_cache.database(), pragma); !r)
            return r;
    }
    return {};
}

Result<void> LocalCacheSnapshot::apply(const QString &entity, const QJsonArray &items,
                                       const QJsonArray &columns)
{
    if (items.isEmpty())
        return {};
    QSqlDatabase db = m_cache.database();
    if (!db.transaction())
        return cachesql::cacheError(db.lastError().text());
    auto failed = [&db](const Error &error) {
        db.rollback();
        return Result<void>(error);
    };
    QList<ProductRecord> products;
    QList<qint64> orders;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return failed(cachesql::cacheError(u"not an SQLite connection"_s));
    // The fields a table needs, in its INSERT's order, each named as GET /snapshot's columns
    // name them; rows are read by index, items (objects) by name.
    auto run = [&](const char *sql, const QList<QLatin1StringView> &fields,
                   auto &&bindRow) -> Result<void> {
        RowInserter rows(handle, sql);
        if (!rows.isValid())
            return rows.error();
        QVarLengthArray<int, 16> index;
        for (const QLatin1StringView field : fields) {
            qsizetype at = -1;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (columns.at(i).toString() == field)
                    at = i;
            }
            index.append(int(at));
        }
        QVarLengthArray<QJsonValue, 16> values(fields.size());
        for (const QJsonValue &item : items) {
            if (item.isArray()) {
                const QJsonArray row = item.toArray();
                for (qsizetype i = 0; i < index.size(); ++i)
                    values[i] = index[i] >= 0 ? row.at(index[i]) : QJsonValue();
            } else {
                const QJsonObject object = item.toObject();
                for (qsizetype i = 0; i < fields.size(); ++i) {
                    const qsizetype dot = fields[i].indexOf(u'.');
                    values[i] = dot < 0 ? object.value(fields[i])
                                        : object.value(fields[i].left(dot))
                                              .toObject()
                                              .value(fields[i].sliced(dot + 1));
                }
            }
            bindRow(rows, values);
            if (auto r = rows.step(); !r)
                return r;
        }
        return {};
    };
    using Values = QVarLengthArray<QJsonValue, 16>;
    Result<void> written;
    if (entity == u"products"_s) {
        products.reserve(items.size());
        written =
            run("INSERT OR REPLACE INTO products (sku, name, category, barcode, "
                "description, price_minor, currency, updated_at, on_hand, reserved, "
                "available, tax_rate_bp, archived) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                {"sku"_L1, "name"_L1, "category"_L1, "barcode"_L1, "description"_L1,
                 "price.amount_minor"_L1, "price.currency"_L1, "updated_at"_L1, "stock.on_hand"_L1,
                 "stock.reserved"_L1, "stock.available"_L1, "tax_rate_bp"_L1, "archived"_L1},
                [&](RowInserter &rows, const Values &v) {
                    ProductRecord p;
                    p.sku = text(v[0]);
                    p.name = text(v[1]);
                    p.category = text(v[2]);
                    p.barcode = text(v[3]);
                    p.priceMinor = v[5].toInteger();
                    p.currency = text(v[6]);
                    p.updatedAt = text(v[7]);
                    p.onHand = v[8].toInteger();
                    p.reserved = v[9].toInteger();
                    p.available = v[10].toInteger();
                    p.taxRateBp = v[11].toInteger();
                    p.archived = v[12].toBool();
                    rows.add(p.sku);
                    rows.add(p.name);
                    rows.add(p.category);
                    rows.add(p.barcode);
                    rows.add(text(v[4]));
                    rows.add(p.priceMinor);
                    rows.add(p.currency);
                    rows.add(p.updatedAt);
                    rows.add(p.onHand);
                    rows.add(p.reserved);
                    rows.add(p.available);
                    rows.add(p.taxRateBp);
                    rows.add(qint64(p.archived ? 1 : 0));
                    products.append(std::move(p));
                });
    } else if (entity == u"customers"_s) {
        written = run("INSERT OR REPLACE INTO customers (id, name, email, phone, address, "
                      "updated_at) VALUES (?,?,?,?,?,?)",
                      {"id"_L1, "name"_L1, "email"_L1, "phone"_L1, "address"_L1, "updated_at"_L1},
                      [](RowInserter &rows, const Values &v) {
                          rows.add(v[0].toInteger());
                          rows.add(text(v[1]));
                          rows.add(v[2].toString());
                          rows.add(v[3].toString());
                          rows.add(v[4].toString());
                          rows.add(v[5].toString());
                      });
    } else if (entity == u"movements"_s) {
        written = run("INSERT OR REPLACE INTO movements (id, sku, kind, quantity, location, "
                      "reason, order_id, user, at) VALUES (?,?,?,?,?,?,?,?,?)",
                      {"id"_L1, "sku"_L1, "kind"_L1, "quantity"_L1, "location"_L1, "reason"_L1,
                       "order_id"_L1, "user"_L1, "at"_L1},
                      [](RowInserter &rows, const Values &v) {
                          rows.add(v[0].toInteger());
                          rows.add(text(v[1]));
                          rows.add(text(v[2]));
                          rows.add(v[3].toInteger());
                          rows.add(v[4].toString());
                          rows.add(v[5].toString());
                          rows.add(v[6]);
                          rows.add(v[7].toString());
                          rows.add(v[8].toString());
                      });
    } else if (entity == u"orders"_s) {
        for (const QJsonValue &value : items) {
            const QJsonObject o = value.toObject();
            const qint64 id = qint64(o.value("id"_L1).toDouble());
            if (id <= 0)
                continue;
            if (auto r = m_changes.upsertOrderFromServer(o, id, &orders); !r)
                return failed(r.error());
        }
    }
    if (!written)
        return failed(written.error());
    if (!db.commit())
        return cachesql::cacheError(db.lastError().text());
    if (!products.isEmpty())
        emit productsChanged(products);
    for (qint64 localId : std::as_const(orders))
        emit orderChanged(localId);
    return {};
}

Result<void> LocalCacheSnapshot::finish(qint64 seq)
{
    if (auto r =
            cachesql::exec(m_cache.database(),
                           u"CREATE INDEX IF NOT EXISTS movements_by_sku ON movements (sku, id)"_s);
        !r)
        return r;
    for (const QString &pragma : normalPragmas) {
        if (auto r = cachesql::exec(m_cache.database(), pragma); !r)
            return r;
    }
    if (auto r = m_cache.setValue(u"snapshot_seq"_s, QString::number(seq)); !r)
        return r;
    return m_changes.advanceCursor(seq);
}

} // namespace shopdesk::client
