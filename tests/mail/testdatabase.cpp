#include "testdatabase.h"

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
        db.setDatabaseName(m_store.dataDir() + u"/shopdesk.db"_s);
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
