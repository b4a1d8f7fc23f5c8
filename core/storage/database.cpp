#include "storage/database.h"

#include "domain/tr.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "shopdesk.storage")

namespace shopdesk::storage {

Database::Database(QSqlDatabase db, const SqlDialect &dialect, QString name)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_name(std::move(name))
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const StorageConfig &config,
                                                 const QString &connectionName)
{
    const bool pg = config.backend == StorageConfig::Backend::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, connectionName);
    if (pg) {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setDatabaseName(config.database);
        db.setConnectOptions(u"connect_timeout=10"_s);
    } else {
        db.setDatabaseName(config.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    std::unique_ptr<Database> database(
        new Database(db, SqlDialect(config.backend), connectionName));
    if (auto ok = database->setUp(); !ok)
        return ok.error();
    return database;
}

Result<void> Database::setUp()
{
    if (!m_db.open()) {
        return Result<void>::failure(
            u"storage_unavailable"_s,
            Tr::tr("Cannot open the database: %1").arg(m_db.lastError().text()));
    }
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (auto ok = exec(statement); !ok)
            return ok.error();
    }
    return {};
}

Result<void> Database::beforeStatement(const QString &sql)
{
    if (!m_lost || m_inTransaction)
        return {};
    // Prepared statements belong to the session that is gone.
    m_cache.clear();
    m_cached.clear();
    m_db.close();
    m_lost = false;
    if (auto ok = setUp(); !ok) {
        m_lost = true;
        return ok;
    }
    qCInfo(lcStorage) << "connected to the database again before:" << sql.left(40);
    return {};
}

void Database::afterStatement(const QString &sql, bool ok)
{
    if (sql.startsWith(u"BEGIN"_s))
        m_inTransaction = ok;
    else if (sql == u"COMMIT"_s || sql == u"ROLLBACK"_s)
        m_inTransaction = false;
}

Error Database::failure(const QSqlError &error, const QString &sql)
{
    qCWarning(lcStorage).noquote() << "statement failed:" << error.text() << "in" << sql;
    const QString native = error.nativeErrorCode();
    bool unavailable = false;
    if (m_dialect.isPostgres()) {
        // No SQLSTATE at all: libpq lost the server. Class 08: connection exceptions; 57P:
        // the server shuts down or is starting; 53: out of disk, memory or connections.
        unavailable = error.type() == QSqlError::ConnectionError || native.isEmpty() ||
                      native.startsWith(u"08"_s) || native.startsWith(u"57P"_s) ||
                      native.startsWith(u"53"_s);
        m_lost = m_lost || error.type() == QSqlError::ConnectionError || native.isEmpty() ||
                 native.startsWith(u"08"_s) || native.startsWith(u"57P"_s);
    } else {
        // SQLITE_IOERR, SQLITE_FULL and SQLITE_CANTOPEN, with or without extended codes.
        const int primary = native.toInt() & 0xff;
        unavailable = primary == 10 || primary == 13 || primary == 14;
    }
    if (unavailable) {
        return Error{u"storage_unavailable"_s,
                     Tr::tr("The database cannot take this now: %1").arg(error.text()),
                     QJsonObject{{u"native"_s, native}}};
    }
    // The native code lets callers tell a unique-key clash from other failures.
    return Error{u"storage_error"_s,
                 Tr::tr("The database refused a statement: %1").arg(error.text()),
                 QJsonObject{{u"native"_s, native}}};
}

void Database::finishStatements()
{
    for (const auto &query : m_cached)
        query->finish();
}

Result<SqlRows> Database::fetch(const QString &sql, const QVariantList &values)
{
    if (auto ready = beforeStatement(sql); !ready)
        return ready.error();
    QSqlQuery *query = nullptr;
    std::unique_ptr<QSqlQuery> owned;
    bool ok = true;
    if (m_cacheEnabled && !values.isEmpty()) {
        query = m_cache.value(sql);
        if (!query) {
            auto prepared = std::make_unique<QSqlQuery>(m_db);
            prepared->setForwardOnly(true);
            ok = prepared->prepare(sql);
            query = prepared.get();
            if (ok) {
                m_cache.insert(sql, query);
                m_cached.push_back(std::move(prepared));
            } else {
                owned = std::move(prepared);
            }
        }
    } else {
        owned = std::make_unique<QSqlQuery>(m_db);
        query = owned.get();
        query->setForwardOnly(true);
        if (!values.isEmpty())
            ok = query->prepare(sql);
    }
    if (ok) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            // Text columns are NOT NULL: a null QString means "no text", not SQL NULL.
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query->bindValue(int(i), QString(u""_s));
            else
                query->bindValue(int(i), value);
        }
        ok = values.isEmpty() ? query->exec(sql) : query->exec();
    }
    afterStatement(sql, ok);
    if (!ok)
        return failure(query->lastError(), sql);
    if (owned)
        return SqlRows(std::move(owned));
    return SqlRows(query);
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values)
{
    if (auto ready = beforeStatement(sql); !ready)
        return ready.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : values) {
                // Text columns are NOT NULL: a null QString means "no text", not SQL NULL.
                if (value.typeId() == QMetaType::QString && value.toString().isNull())
                    query.addBindValue(QString(u""_s));
                else
                    query.addBindValue(value);
            }
            ok = query.exec();
        }
    }
    afterStatement(sql, ok);
    if (!ok)
        return failure(query.lastError(), sql);
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values,
                                  const QVariant &fallback)
{
    auto query = fetch(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return fallback;
    return query.value().value(0);
}

Result<QList<qint64>> Database::ids(const QString &sql, const QVariantList &values)
{
    auto q = fetch(sql, values);
    if (!q)
        return q.error();
    QList<qint64> list;
    while (q.value().next())
        list << q.value().value(0).toLongLong();
    return list;
}

Result<void> Database::exec(const QString &sql, const QVariantList &values)
{
    auto query = fetch(sql, values);
    if (!query)
        return query.error();
    return {};
}

} // namespace shopdesk::storage
