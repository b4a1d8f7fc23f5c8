#include "client/cachesalvage.h"

#include "client/localcachesql.h"
#include "client/localcachetransaction.h"
#include "client/logging.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <cstring>
#include <tuple>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QStringList outboxColumns{u"id"_s,          u"kind"_s,           u"method"_s,
                                u"path"_s,        u"body"_s,           u"idempotency_key"_s,
                                u"summary"_s,     u"order_local_id"_s, u"created_at"_s,
                                u"state"_s,       u"attempts"_s,       u"last_error"_s,
                                u"http_status"_s, u"response"_s,       u"refusal"_s,
                                u"resolved_at"_s};
const int outboxOrderColumn = 7;
const int outboxStateColumn = 9;
// A queued order has no server id yet: the snapshot brings the server's orders beside it.
const QStringList orderColumns{u"local_id"_s, u"status"_s,  u"customer_id"_s,
                               u"data"_s,     u"refusal"_s, u"updated_at"_s};
// What the next sync needs to know whose cache this is; the cursor is not kept, so the
// rebuilt cache starts with a full snapshot.
const QStringList metaKeys{u"server"_s, u"username"_s, u"role"_s};

// SQLITE_CORRUPT and SQLITE_NOTADB, also as extended codes.
bool isDamageError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

QString insertSql(const QString &table, const QStringList &columns)
{
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s));
}

QVariantList readRow(const QSqlQuery &q, int columns)
{
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(q.value(i));
    return row;
}

// Writes the 100-byte header a cache of this Shopdesk has, with the given page size, over
// whatever the first bytes of file hold; the pages after it are as they were.
bool mendHeader(const QString &file, int pageSize)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray header(100, '\0');
    char *h = header.data();
    memcpy(h, "SQLite format 3", 16);
    qToBigEndian<quint16>(quint16(pageSize == 65536 ? 1 : pageSize), h + 16);
    h[18] = 2; // WAL, so that a -wal copied beside it is read too
    h[19] = 2;
    h[21] = 64; // payload fractions, fixed by the format
    h[22] = 32;
    h[23] = 32;
    qToBigEndian<quint32>(1, h + 24);                            // change counter
    qToBigEndian<quint32>(quint32(f.size() / pageSize), h + 28); // pages
    qToBigEndian<quint32>(1, h + 40);                            // schema cookie
    qToBigEndian<quint32>(4, h + 44);                            // schema format
    qToBigEndian<quint32>(1, h + 56);                            // UTF-8
    qToBigEndian<quint32>(1, h + 92);                            // valid for counter 1
    qToBigEndian<quint32>(3040001, h + 96);
    return f.write(header) == header.size();
}

// The tables of db, empty when it cannot be read as a database.
QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    if (q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s)) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

// Runs fn on a connection to file, and removes the connection after.
template<typename Fn>
auto withConnection(const QString &file, const QString &options, Fn fn)
{
    const QString name = u"shopdesk-salvage-"_s + QUuid::createUuid().toString(QUuid::Id128);
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(options);
        return fn(db);
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

bool CacheSalvage::isDamaged(const QString &path, QString *problem)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return false;
    // Read-only: a damaged file is not checkpointed into, and stays as found.
    return withConnection(path, u"QSQLITE_OPEN_READONLY"_s, [&](QSqlDatabase &db) {
        if (!db.open()) {
            *problem = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        QStringList found;
        if (q.exec(u"PRAGMA quick_check"_s)) {
            while (q.next())
                found.append(q.value(0).toString());
        }
        const QSqlError error = q.lastError();
        q.finish();
        db.close();
        if (error.isValid()) {
            *problem = error.text();
            return isDamageError(error);
        }
        if (found == QStringList{u"ok"_s})
            return false;
        *problem = found.join(u"; "_s);
        return true;
    });
}

void CacheSalvage::read(const QString &path)
{
    // A copy, so that the file kept for support is the one found; its -wal holds the latest
    // commits when the client was killed.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"cache.sqlite"_s);
    if (!QFile::copy(path, copy))
        return;
    QFile::copy(path + u"-wal"_s, copy + u"-wal"_s);
    if (withConnection(copy, QString(), [this](QSqlDatabase &db) { return readFrom(db); }))
        return;
    // A torn header: SQLite finds no database at all. The pages behind it may be fine.
    for (int pageSize : {4096, 1024, 2048, 8192, 16384, 32768, 65536}) {
        if (!mendHeader(copy, pageSize))
            return;
        if (withConnection(copy, QString(), [this](QSqlDatabase &db) { return readFrom(db); })) {
            qCInfo(lcSync) << "damaged cache read with a mended header, page size" << pageSize;
            return;
        }
    }
}

bool CacheSalvage::readFrom(const QSqlDatabase &connection)
{
    QSqlDatabase db = connection;
    if (!db.open())
        return false;
    // A table or index whose pages are gone (a truncated file) would otherwise fail the
    // whole schema, and with it every read. Only the scratch copy is read this way.
    QSqlQuery(db).exec(u"PRAGMA writable_schema=ON"_s);
    if (!tables(db).contains(u"outbox"_s))
        return false;
    for (const QString &key : metaKeys) {
        QSqlQuery q(db);
        q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
        q.addBindValue(key);
        if (q.exec() && q.next())
            m_meta.insert(key, q.value(0).toString());
    }
    // The offline password check only when it reads as a whole Argon2id hash: a garbled one
    // would refuse the right password, or worse.
    static const QRegularExpression intact(
        u"^\\$argon2id\\$v=19\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$"_s);
    QSqlQuery check(db);
    check.prepare(u"SELECT value FROM meta WHERE key = 'password_check'"_s);
    if (check.exec() && check.next() && intact.match(check.value(0).toString()).hasMatch())
        m_meta.insert(u"password_check"_s, check.value(0).toString());
    readOutbox(db);
    db.close();
    return true;
}

void CacheSalvage::readOutbox(const QSqlDatabase &db)
{
    // The table itself, not its index by state: either may be the damaged part.
    QSqlQuery q(db);
    qint64 last = 0;
    if (q.exec(
            u"SELECT %1 FROM outbox NOT INDEXED ORDER BY id"_s.arg(outboxColumns.join(u", "_s)))) {
        while (q.next()) {
            last = q.value(0).toLongLong();
            m_outbox.append(readRow(q, int(outboxColumns.size())));
        }
    }
    if (q.lastError().isValid()) {
        // The scan stopped at a damaged page: the rows after it may still be found one by one.
        qCWarning(lcSync) << "outbox read stopped after" << last << ":" << q.lastError().text();
        QSqlQuery probe(db);
        probe.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(outboxColumns.join(u", "_s)));
        for (qint64 id = last + 1; id <= last + 1000; ++id) {
            probe.addBindValue(id);
            if (probe.exec() && probe.next())
                m_outbox.append(readRow(probe, int(outboxColumns.size())));
        }
    }
    m_outbox.removeIf([](const QVariantList &row) {
        return row.at(outboxStateColumn).toString() != u"pending"_s;
    });
    QSqlQuery order(db);
    order.prepare(u"SELECT %1 FROM orders WHERE local_id = ?"_s.arg(orderColumns.join(u", "_s)));
    for (QVariantList &row : m_outbox) {
        if (row.at(outboxOrderColumn).isNull())
            continue;
        order.addBindValue(row.at(outboxOrderColumn));
        if (order.exec() && order.next())
            m_orders.append(readRow(order, int(orderColumns.size())));
        else
            row[outboxOrderColumn] = QVariant(); // the order comes back from the server
    }
}

Result<QString> CacheSalvage::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = path + u".damaged-"_s + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            return Error{u"cache_unavailable"_s,
                         Tr::tr("The local cache %1 is damaged and cannot be moved aside.")
                             .arg(path + suffix),
                         {}};
        }
    }
    return target;
}

Result<void> CacheSalvage::restore(const QSqlDatabase &db) const
{
    LocalCacheTransaction transaction(db);
    if (!transaction.isActive())
        return cachesql::cacheError(db.lastError().text());
    for (auto it = m_meta.cbegin(); it != m_meta.cend(); ++it) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return cachesql::sqlError(q);
    }
    for (const auto &[table, columns, rows] : {std::tuple{u"orders"_s, orderColumns, m_orders},
                                               std::tuple{u"outbox"_s, outboxColumns, m_outbox}}) {
        QSqlQuery q(db);
        q.prepare(insertSql(table, columns));
        for (const QVariantList &row : rows) {
            for (const QVariant &value : row)
                q.addBindValue(value);
            if (!q.exec())
                return cachesql::sqlError(q);
        }
    }
    if (!transaction.commit())
        return cachesql::cacheError(db.lastError().text());
    return {};
}

} // namespace shopdesk::client
