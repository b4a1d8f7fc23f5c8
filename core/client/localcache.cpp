#include "client/localcache.h"

#include "client/cachesalvage.h"
#include "client/localcachechanges.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/localcachesnapshot.h"
#include "client/localcachesql.h"
#include "client/localcachetransaction.h"
#include "client/logging.h"
#include "domain/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <argon2.h>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

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
        // 3: the catalogue's tax rate and archive. Rows cached before lack them, so the
        // next sync starts over with a snapshot.
        {
            u"ALTER TABLE products ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE products ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"_s,
            u"DELETE FROM meta WHERE key IN ('cursor', 'snapshot_seq')"_s,
        },
    };
    return steps;
}

} // namespace

LocalCache::LocalCache(QObject *parent)
    : QObject(parent)
    , m_connection(u"shopdesk-cache-"_s + QUuid::createUuid().toString(QUuid::Id128))
    , m_changes(new LocalCacheChanges(*this, this))
    , m_snapshot(new LocalCacheSnapshot(*this, *m_changes, this))
    , m_outbox(new LocalCacheOutbox(*this, this))
    , m_queries(new LocalCacheQueries(*this, this))
{
    forwardSignals();
}

void LocalCache::forwardSignals()
{
    connect(m_changes, &LocalCacheChanges::productsChanged, this, &LocalCache::productsChanged);
    connect(m_changes, &LocalCacheChanges::productsRemoved, this, &LocalCache::productsRemoved);
    connect(m_changes, &LocalCacheChanges::orderChanged, this, &LocalCache::orderChanged);
    connect(m_changes, &LocalCacheChanges::customersChanged, this, &LocalCache::customersChanged);
    connect(m_changes, &LocalCacheChanges::cursorChanged, this, &LocalCache::cursorChanged);
    connect(m_snapshot, &LocalCacheSnapshot::productsChanged, this, &LocalCache::productsChanged);
    connect(m_snapshot, &LocalCacheSnapshot::orderChanged, this, &LocalCache::orderChanged);
    connect(m_outbox, &LocalCacheOutbox::outboxItemAdded, this, &LocalCache::outboxItemAdded);
    connect(m_outbox, &LocalCacheOutbox::outboxItemChanged, this, &LocalCache::outboxItemChanged);
    connect(m_outbox, &LocalCacheOutbox::pendingCountChanged, this,
            &LocalCache::pendingCountChanged);
    connect(m_outbox, &LocalCacheOutbox::orderChanged, this, &LocalCache::orderChanged);
}

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
    m_damagedCopy.clear();
    m_keptChanges = 0;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto salvage = setAsideIfDamaged(path);
    if (!salvage)
        return salvage.error();
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
        if (auto r = cachesql::exec(database(), pragma); !r) {
            close();
            return r;
        }
    }
    if (auto r = migrate(targetVersion < 0 ? latestSchemaVersion() : targetVersion); !r) {
        close();
        return r;
    }
    if (salvage.value()) {
        if (auto r = salvage.value()->restore(database()); !r) {
            close();
            return r;
        }
    }
    m_changes->readCursor();
    qCInfo(lcSync) << "cache" << path << "schema" << schemaVersion() << "cursor"
                   << m_changes->cursor();
    return {};
}

Result<std::optional<CacheSalvage>> LocalCache::setAsideIfDamaged(const QString &path)
{
    QString problem;
    if (!CacheSalvage::isDamaged(path, &problem)) {
        if (!problem.isEmpty())
            qCWarning(lcSync) << "cache" << path << "not checked:" << problem;
        return std::optional<CacheSalvage>();
    }
    qCWarning(lcSync) << "cache" << path << "is damaged:" << problem;
    CacheSalvage salvage;
    salvage.read(path);
    auto moved = CacheSalvage::moveAside(path);
    if (!moved)
        return moved.error();
    m_damagedCopy = moved.value();
    m_keptChanges = salvage.outboxCount();
    qCWarning(lcSync) << "damaged cache kept as" << m_damagedCopy << "- rebuilding it with"
                      << m_keptChanges << "queued changes";
    return std::optional<CacheSalvage>(std::move(salvage));
}

void LocalCache::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
    m_changes->readCursor();
}

bool LocalCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

int LocalCache::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlDatabase LocalCache::database() const
{
    return QSqlDatabase::database(m_connection, false);
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
    QSqlDatabase db = database();
    for (int version = current; version < targetVersion; ++version) {
        LocalCacheTransaction transaction(db);
        for (const QString &statement : migrations().at(version)) {
            if (auto r = cachesql::exec(db, statement); !r)
                return r;
        }
        if (auto r = cachesql::exec(db, u"PRAGMA user_version = "_s + QString::number(version + 1));
            !r)
            return r;
        if (!transaction.commit())
            return Result<void>::failure(u"cache_error"_s, db.lastError().text());
        qCInfo(lcSync) << "cache migrated to schema" << version + 1;
    }
    return {};
}

QString LocalCache::value(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Result<void> LocalCache::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return cachesql::sqlError(q);
    return {};
}

Result<void> LocalCache::removeValue(const QString &key)
{
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return cachesql::sqlError(q);
    return {};
}

QHash<QString, QString> LocalCache::valuesWithPrefix(const QString &prefix) const
{
    // A comparison of the key's start, not LIKE: "_" and "%" in a prefix are plain characters.
    QHash<QString, QString> values;
    QSqlQuery q(database());
    q.prepare(u"SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?"_s);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec())
        return values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
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

} // namespace shopdesk::client
