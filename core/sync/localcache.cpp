#include "sync/localcache.h"

#include "domain/jsontext.h"
#include "domain/tr.h"
#include "sync/logging.h"
#include "sync/rolepolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <argon2.h>

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

namespace {

// Each entry brings the schema from version i to i + 1. Never edit a released entry: add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: the read side: what the server says, and where the pull stands.
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
            "category TEXT NOT NULL DEFAULT '', barcode TEXT NOT NULL DEFAULT '', "
            "description TEXT NOT NULL DEFAULT '', price_minor INTEGER NOT NULL DEFAULT 0, "
            "currency TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '', "
            "on_hand INTEGER NOT NULL DEFAULT 0, reserved INTEGER NOT NULL DEFAULT 0, "
            "available INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, "
            "phone TEXT, address TEXT, updated_at TEXT)"_s,
            u"CREATE TABLE movements (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, kind TEXT NOT "
            "NULL, quantity INTEGER NOT NULL, location TEXT, reason TEXT, order_id INTEGER, "
            "user TEXT, at TEXT)"_s,
            u"CREATE INDEX movements_by_sku ON movements (sku, id)"_s,
        },
        // 2: the write side: orders this client placed or saw, and the outbox.
        {
            u"CREATE TABLE orders (local_id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "server_id INTEGER UNIQUE, status TEXT NOT NULL, customer_id INTEGER, "
            "data TEXT NOT NULL, refusal TEXT, updated_at TEXT)"_s,
            u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "method TEXT NOT NULL, path TEXT NOT NULL, body BLOB NOT NULL, "
            "idempotency_key TEXT NOT NULL UNIQUE, summary TEXT NOT NULL, "
            "order_local_id INTEGER REFERENCES orders (local_id), created_at TEXT NOT NULL, "
            "state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, "
            "last_error TEXT, http_status INTEGER, response TEXT, refusal TEXT, "
            "resolved_at TEXT)"_s,
            u"CREATE INDEX outbox_by_state ON outbox (state, id)"_s,
        },
    };
    return steps;
}

OutboxItem::State stateFromName(const QString &name)
{
    if (name == u"accepted"_s)
        return OutboxItem::State::Accepted;
    if (name == u"refused"_s)
        return OutboxItem::State::Refused;
    return OutboxItem::State::Pending;
}

QString errorToJson(const Error &error)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"code"_s, error.code},
                                                       {u"message"_s, error.message},
                                                       {u"details"_s, error.details}})
                                 .toJson(QJsonDocument::Compact));
}

Error errorFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    return Error{o.value(u"code"_s).toString(), o.value(u"message"_s).toString(),
                 o.value(u"details"_s).toObject()};
}

const QString productColumns =
    u"sku, name, category, barcode, price_minor, currency, on_hand, reserved, available, "
    "updated_at"_s;

ProductRecord readProduct(const QSqlQuery &q)
{
    ProductRecord p;
    p.sku = q.value(0).toString();
    p.name = q.value(1).toString();
    p.category = q.value(2).toString();
    p.barcode = q.value(3).toString();
    p.priceMinor = q.value(4).toLongLong();
    p.currency = q.value(5).toString();
    p.onHand = q.value(6).toLongLong();
    p.reserved = q.value(7).toLongLong();
    p.available = q.value(8).toLongLong();
    p.updatedAt = q.value(9).toString();
    return p;
}

// Rolls back on every path out of a transaction that did not commit.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_active = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace

LocalCache::LocalCache(QObject *parent)
    : QObject(parent)
    , m_connection(u"shopdesk-cache-"_s + QUuid::createUuid().toString(QUuid::Id128))
{}

LocalCache::~LocalCache()
{
    close();
}

QString LocalCache::pathForProfile(const QString &profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/"_s +
           profile + u".sqlite"_s;
}

QString LocalCache::profileName(const QUrl &server, const QString &username)
{
    QString where = server.isEmpty() ? u"standalone"_s
                                     : server.host() + u'_' + QString::number(server.port(80));
    QString name = username + u'@' + where;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == u'@' || c == u'.' || c == u'_' || c == u'-'))
            c = u'_';
    }
    return name;
}

int LocalCache::latestSchemaVersion()
{
    return int(migrations().size());
}

Result<void> LocalCache::open(const QString &path, int targetVersion)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return Result<void>::failure(
                u"cache_unavailable"_s,
                Tr::tr("The local cache %1 cannot be opened: %2").arg(path, reason));
        }
    }
    m_path = path;
    // WAL keeps readers and the writer apart; FULL makes a queued order survive a crash.
    for (const QString &pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
          // 32 MB of pages: a first sync writes all over a big file.
          u"PRAGMA cache_size=-32768"_s}) {
        if (auto r = exec(pragma); !r) {
            close();
            return r;
        }
    }
    if (auto r = migrate(targetVersion < 0 ? latestSchemaVersion() : targetVersion); !r) {
        close();
        return r;
    }
    m_cursor = value(u"cursor"_s).toLongLong();
    qCInfo(lcSync) << "cache" << path << "schema" << schemaVersion() << "cursor" << m_cursor;
    return {};
}

void LocalCache::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
    m_cursor = 0;
}

bool LocalCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

int LocalCache::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Error LocalCache::sqlError(const QSqlQuery &query) const
{
    qCWarning(lcSync) << "cache error:" << query.lastError().text() << query.lastQuery();
    return Error{u"cache_error"_s,
                 Tr::tr("The local cache could not be written: %1").arg(query.lastError().text()),
                 {}};
}

Result<void> LocalCache::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return sqlError(q);
    return {};
}

Result<void> LocalCache::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return Result<void>::failure(u"cache_error"_s,
                                     Tr::tr("The local cache's version cannot be read."));
    if (current > latestSchemaVersion()) {
        return Result<void>::failure(
            u"cache_too_new"_s,
            Tr::tr("The local cache was written by a newer Shopdesk (schema %1; this one knows "
                   "up to %2). Update Shopdesk or remove %3.")
                .arg(current)
                .arg(latestSchemaVersion())
                .arg(m_path));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int version = current; version < targetVersion; ++version) {
        Transaction transaction(db);
        for (const QString &statement : migrations().at(version)) {
            if (auto r = exec(statement); !r)
                return r;
        }
        if (auto r = exec(u"PRAGMA user_version = "_s + QString::number(version + 1)); !r)
            return r;
        if (!transaction.commit())
            return Result<void>::failure(u"cache_error"_s, db.lastError().text());
        qCInfo(lcSync) << "cache migrated to schema" << version + 1;
    }
    return {};
}

QString LocalCache::value(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Result<void> LocalCache::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<void> LocalCache::setIdentity(const QString &server, const QString &username,
                                     const QString &role)
{
    for (const auto &[key, v] : {std::pair{u"server"_s, server}, std::pair{u"username"_s, username},
                                 std::pair{u"role"_s, role}}) {
        if (auto r = setValue(key, v); !r)
            return r;
    }
    return {};
}

Result<QString> LocalCache::makePasswordCheck(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    const QByteArray utf8 = password.toUtf8();
    QByteArray encoded(256, '\0');
    // Light parameters: this guards a cache on the user's own disk, checked at each log-in.
    const int rc = argon2id_hash_encoded(2, 1 << 14, 1, utf8.constData(), size_t(utf8.size()),
                                         salt.constData(), size_t(salt.size()), 32, encoded.data(),
                                         size_t(encoded.size()));
    if (rc != ARGON2_OK) {
        return Result<QString>::failure(u"hash_failed"_s,
                                        QString::fromUtf8(argon2_error_message(rc)));
    }
    return QString::fromLatin1(encoded.constData());
}

Result<void> LocalCache::setPasswordCheck(const QString &encoded)
{
    return setValue(u"password_check"_s, encoded);
}

Result<void> LocalCache::rememberPasswordCheck(const QString &password)
{
    const auto encoded = makePasswordCheck(password);
    if (!encoded)
        return encoded.error();
    return setPasswordCheck(encoded.value());
}

bool LocalCache::checkPassword(const QString &password) const
{
    const QByteArray encoded = value(u"password_check"_s).toLatin1();
    if (encoded.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

QDateTime LocalCache::lastSyncAt() const
{
    return QDateTime::fromString(value(u"last_sync_at"_s), Qt::ISODateWithMs);
}

Result<void> LocalCache::setLastSyncAt(const QDateTime &when)
{
    return setValue(u"last_sync_at"_s, when.toUTC().toString(Qt::ISODateWithMs));
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

Result<void> LocalCache::applyChanges(const QList<ChangeRecord> &changes)
{
    if (changes.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString role = this->role();
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

    Transaction transaction(db);
    if (!transaction.isActive())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());

    if (!removed.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM products WHERE sku = ?"_s);
        for (const QString &sku : std::as_const(removed)) {
            q.addBindValue(sku);
            if (!q.exec())
                return sqlError(q);
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
                return sqlError(q);
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
        return sqlError(setCursor);

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
        read.prepare(u"SELECT "_s + productColumns + u" FROM products WHERE sku IN ("_s + marks +
                     u")"_s);
        for (qsizetype i = 0; i < count; ++i)
            read.addBindValue(stockOnlySkus.at(first + i));
        if (!read.exec())
            return sqlError(read);
        while (read.next()) {
            ProductRecord record = readProduct(read);
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
            if (auto stored = product(record.sku))
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

Result<void> LocalCache::upsertOrderFromServer(const QJsonObject &data, qint64 serverId,
                                               QList<qint64> *touched)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery update(db);
    update.prepare(u"UPDATE orders SET status = ?, customer_id = ?, data = ?, refusal = NULL, "
                   "updated_at = ? WHERE server_id = ?"_s);
    update.addBindValue(data.value(u"status"_s).toString());
    update.addBindValue(qint64(data.value(u"customer_id"_s).toDouble()));
    update.addBindValue(jsonToText(data));
    update.addBindValue(data.value(u"updated_at"_s).toString());
    update.addBindValue(serverId);
    if (!update.exec())
        return sqlError(update);
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
            return sqlError(insert);
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

QList<ProductRecord> LocalCache::products() const
{
    QList<ProductRecord> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + productColumns + u" FROM products ORDER BY sku"_s))
        return result;
    while (q.next())
        result.append(readProduct(q));
    return result;
}

QList<ProductRecord> LocalCache::readProducts(const QString &path)
{
    QList<ProductRecord> result;
    const QString name = u"shopdesk-cache-reader-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(u"SELECT "_s + productColumns + u" FROM products ORDER BY sku"_s)) {
                while (q.next())
                    result.append(readProduct(q));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

std::optional<ProductRecord> LocalCache::product(const QString &sku) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT "_s + productColumns + u" FROM products WHERE sku = ?"_s);
    q.addBindValue(sku);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readProduct(q);
}

namespace {
qint64 countRows(const QString &connection, const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

qint64 LocalCache::productCount() const
{
    return countRows(m_connection, u"products"_s);
}

qint64 LocalCache::customerCount() const
{
    return countRows(m_connection, u"customers"_s);
}

qint64 LocalCache::movementCount() const
{
    return countRows(m_connection, u"movements"_s);
}

Result<qint64> LocalCache::enqueue(OutboxItem item, const std::optional<LocalOrder> &order)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // What the user queued must survive a power cut, also while a first sync writes its pages
    // with synchronous=NORMAL (the rest of that sync then writes durably too).
    if (auto r = exec(u"PRAGMA synchronous=FULL"_s); !r)
        return r.error();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{u"cache_error"_s, db.lastError().text(), {}};
    if (order) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO orders (status, customer_id, data, updated_at) "
                  "VALUES ('queued', ?, ?, ?)"_s);
        q.addBindValue(order->order.customerId.value());
        q.addBindValue(jsonToText(order->order.toJson()));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec())
            return sqlError(q);
        item.orderLocalId = q.lastInsertId().toLongLong();
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outbox (kind, method, path, body, idempotency_key, summary, "
              "order_local_id, created_at) VALUES (?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(item.kind);
    q.addBindValue(QString::fromLatin1(item.method));
    q.addBindValue(item.path);
    q.addBindValue(item.body);
    q.addBindValue(item.idempotencyKey);
    q.addBindValue(item.summary);
    q.addBindValue(item.orderLocalId > 0 ? QVariant(item.orderLocalId) : QVariant());
    q.addBindValue((item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Error{u"cache_error"_s, db.lastError().text(), {}};
    emit outboxItemAdded(id);
    if (item.orderLocalId > 0)
        emit orderChanged(item.orderLocalId);
    emit pendingCountChanged(pendingCount());
    return id;
}

namespace {
const QString outboxColumns =
    u"id, kind, method, path, body, idempotency_key, summary, order_local_id, created_at, "
    "state, attempts, last_error, http_status, response, refusal, resolved_at"_s;
}

std::optional<OutboxItem> LocalCache::readOutbox(QSqlQuery &q) const
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.kind = q.value(1).toString();
    item.method = q.value(2).toString().toLatin1();
    item.path = q.value(3).toString();
    item.body = q.value(4).toByteArray();
    item.idempotencyKey = q.value(5).toString();
    item.summary = q.value(6).toString();
    item.orderLocalId = q.value(7).toLongLong();
    item.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    item.state = stateFromName(q.value(9).toString());
    item.attempts = q.value(10).toInt();
    item.lastError = q.value(11).toString();
    item.httpStatus = q.value(12).toInt();
    item.response = jsonFromText(q.value(13).toString());
    if (!q.value(14).isNull())
        item.refusal = errorFromJson(q.value(14).toString());
    item.resolvedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    return item;
}

std::optional<OutboxItem> LocalCache::nextPending() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT "_s + outboxColumns +
              u" FROM outbox WHERE state = 'pending' ORDER BY id LIMIT 1"_s);
    return readOutbox(q);
}

std::optional<OutboxItem> LocalCache::outboxItem(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT "_s + outboxColumns + u" FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    return readOutbox(q);
}

QList<OutboxItem> LocalCache::outboxItems(int resolvedLimit) const
{
    QList<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id FROM (SELECT id FROM outbox WHERE state = 'pending' UNION ALL "
              "SELECT id FROM (SELECT id FROM outbox WHERE state != 'pending' ORDER BY id DESC "
              "LIMIT ?)) ORDER BY id"_s);
    q.addBindValue(resolvedLimit);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QList<OutboxItem> items;
    for (qint64 id : std::as_const(ids)) {
        if (auto item = outboxItem(id))
            items.append(*item);
    }
    return items;
}

int LocalCache::pendingCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<void> LocalCache::recordAttempt(qint64 id, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"_s);
    q.addBindValue(error);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    emit outboxItemChanged(id);
    return {};
}

Result<void> LocalCache::markAccepted(qint64 id, int httpStatus, const QJsonObject &response)
{
    const auto item = outboxItem(id);
    if (!item)
        return Result<void>::failure(u"no_such_item"_s, Tr::tr("No such outbox entry."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'accepted', attempts = attempts + 1, last_error = NULL, "
              "http_status = ?, response = ?, resolved_at = ? WHERE id = ?"_s);
    q.addBindValue(httpStatus);
    q.addBindValue(jsonToText(response));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (item->orderLocalId > 0) {
        const qint64 serverId = qint64(response.value(u"id"_s).toDouble());
        // The live feed may have brought the order before this answer: keep one row.
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM orders WHERE server_id = ? AND local_id != ?"_s);
        drop.addBindValue(serverId);
        drop.addBindValue(item->orderLocalId);
        if (!drop.exec())
            return sqlError(drop);
        QSqlQuery order(db);
        order.prepare(u"UPDATE orders SET server_id = ?, status = ?, data = ?, refusal = NULL, "
                      "updated_at = ? WHERE local_id = ?"_s);
        order.addBindValue(serverId > 0 ? QVariant(serverId) : QVariant());
        order.addBindValue(response.value(u"status"_s).toString());
        order.addBindValue(jsonToText(response));
        order.addBindValue(response.value(u"updated_at"_s).toString());
        order.addBindValue(item->orderLocalId);
        if (!order.exec())
            return sqlError(order);
    }
    if (!transaction.commit())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());
    emit outboxItemChanged(id);
    if (item->orderLocalId > 0)
        emit orderChanged(item->orderLocalId);
    emit pendingCountChanged(pendingCount());
    return {};
}

Result<void> LocalCache::markRefused(qint64 id, int httpStatus, const Error &reason)
{
    const auto item = outboxItem(id);
    if (!item)
        return Result<void>::failure(u"no_such_item"_s, Tr::tr("No such outbox entry."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'refused', attempts = attempts + 1, last_error = NULL, "
              "http_status = ?, refusal = ?, resolved_at = ? WHERE id = ?"_s);
    q.addBindValue(httpStatus);
    q.addBindValue(errorToJson(reason));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (item->orderLocalId > 0) {
        QSqlQuery order(db);
        order.prepare(
            u"UPDATE orders SET status = 'refused', refusal = ?, updated_at = ? WHERE local_id = ?"_s);
        order.addBindValue(errorToJson(reason));
        order.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        order.addBindValue(item->orderLocalId);
        if (!order.exec())
            return sqlError(order);
    }
    if (!transaction.commit())
        return Result<void>::failure(u"cache_error"_s, db.lastError().text());
    emit outboxItemChanged(id);
    if (item->orderLocalId > 0)
        emit orderChanged(item->orderLocalId);
    emit pendingCountChanged(pendingCount());
    return {};
}

std::optional<LocalOrder> LocalCache::readOrder(QSqlQuery &q) const
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LocalOrder::fromCache(
        q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toLongLong(), jsonFromText(q.value(4).toString()),
        q.value(5).isNull() ? Error{} : errorFromJson(q.value(5).toString()));
}

std::optional<LocalOrder> LocalCache::order(qint64 localId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT local_id, server_id, status, customer_id, data, refusal FROM orders "
              "WHERE local_id = ?"_s);
    q.addBindValue(localId);
    return readOrder(q);
}

std::optional<LocalOrder> LocalCache::orderByServerId(qint64 serverId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT local_id, server_id, status, customer_id, data, refusal FROM orders "
              "WHERE server_id = ?"_s);
    q.addBindValue(serverId);
    return readOrder(q);
}

} // namespace shopdesk::sync
