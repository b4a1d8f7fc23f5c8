#include "testdatabase.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageconfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

namespace {

void configurePostgres(QSqlDatabase &db, const QUrl &url, const QString &databaseName)
{
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(databaseName);
}

} // namespace

QString TestDatabase::sqlitePath() const
{
    auto config = storage::StorageConfig::fromOptions(m_store.dataDir(), QString());
    return config ? config.value().sqlitePath : QString();
}

QString TestDatabase::migrate() const
{
    auto config = storage::StorageConfig::fromOptions(m_store.dataDir(), m_store.databaseUrl());
    if (!config)
        return config.error().message;
    auto db = storage::Database::open(config.value(), u"mail-test-migrations"_s);
    if (!db)
        return db.error().message;
    auto migrated = storage::Migrations::apply(*db.value());
    return migrated ? QString() : migrated.error().message;
}

bool TestDatabase::addConnection(const QString &name) const
{
    if (!unavailableReason().isEmpty())
        return false;
    QSqlDatabase db;
    if (isPostgres()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        configurePostgres(db, QUrl(m_store.adminUrl()), m_store.databaseName());
    } else {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(sqlitePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        qWarning("cannot open the test database: %s", qPrintable(db.lastError().text()));
        return false;
    }
    if (!isPostgres()) {
        // As the server runs SQLite: WAL lets the dispatcher read while others write.
        QSqlQuery(db).exec(u"PRAGMA journal_mode=WAL"_s);
    }
    return true;
}

void TestDatabase::removeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace shopdesk::test
