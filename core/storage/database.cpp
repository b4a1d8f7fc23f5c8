#include "storage/database.h"

#include "domain/tr.h"

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
    if (!database->m_db.open()) {
        const QString text = database->m_db.lastError().text();
        return Result<std::unique_ptr<Database>>::failure(
            u"storage_unavailable"_s, Tr::tr("Cannot open the database: %1").arg(text));
    }
    for (const QString &statement : database->m_dialect.connectionSetup()) {
        if (auto ok = database->exec(statement); !ok)
            return ok.error();
    }
    return database;
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values)
{
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
    if (!ok) {
        const QSqlError error = query.lastError();
        qCWarning(lcStorage).noquote() << "statement failed:" << error.text() << "in" << sql;
        // The native code lets callers tell a unique-key clash from other failures.
        return Result<QSqlQuery>::failure(
            u"storage_error"_s, Tr::tr("The database refused a statement: %1").arg(error.text()),
            QJsonObject{{u"native"_s, error.nativeErrorCode()}});
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values,
                                  const QVariant &fallback)
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return fallback;
    return query.value().value(0);
}

Result<void> Database::exec(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    return {};
}

} // namespace shopdesk::storage
