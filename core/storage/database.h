#pragma once

#include "domain/result.h"
#include "storage/sqldialect.h"
#include "storage/sqlrows.h"
#include "storage/storageconfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <vector>

class QSqlError;

namespace shopdesk::storage {

// One open connection, owned by the thread that opened it (QtSql connections are per thread).
// Every statement goes through run(), which reports failures as a Result.
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const StorageConfig &config,
                                                  const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase &connection() { return m_db; }

    // Prepares and runs sql with positional ? values; the query is positioned before the first row.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    // The same, through the statement cache when it is on (see setStatementCache()).
    Result<SqlRows> fetch(const QString &sql, const QVariantList &values = {});
    // Runs sql and gives the first column of the first row, or fallback when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {},
                            const QVariant &fallback = {});
    Result<void> exec(const QString &sql, const QVariantList &values = {});
    // The first column of every row, as ids.
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &values = {});

    // Keeps statements with values prepared for reuse (the writer and the demo generator:
    // it halves the round trips on PostgreSQL). Rows from a cached statement stay valid until
    // the same statement runs again; finishStatements() releases them all and must run
    // before a transaction ends, so no open statement pins an old snapshot.
    void setStatementCache(bool enabled) { m_cacheEnabled = enabled; }
    void finishStatements();

private:
    Database(QSqlDatabase db, const SqlDialect &dialect, QString name);

    Result<void> setUp();
    // The error for a failed statement: storage_unavailable (503, retry later) when the
    // store cannot take it now — a full disk, an I/O error, a lost connection — else
    // storage_error. A lost connection is opened again before the next transaction.
    Error failure(const QSqlError &error, const QString &sql);
    // Notes BEGIN, COMMIT and ROLLBACK, and reconnects first when the connection was lost
    // and no transaction is open (one that was open is gone with the connection).
    Result<void> beforeStatement(const QString &sql);
    void afterStatement(const QString &sql, bool ok);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_name;
    bool m_cacheEnabled = false;
    QHash<QString, QSqlQuery *> m_cache;
    std::vector<std::unique_ptr<QSqlQuery>> m_cached;
    bool m_lost = false;
    bool m_inTransaction = false;
};

} // namespace shopdesk::storage
