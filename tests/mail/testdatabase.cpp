#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

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

// Runs one statement on the server's administrative database; returns the error text.
QString runOnPostgres(const QString &adminUrl, const QString &statement)
{
    const QUrl url(adminUrl);
    const QString connection = u"mailtest-admin-"_s + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        configurePostgres(db, url, url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace

TestDatabase::TestDatabase()
{
    if (qEnvironmentVariable("SHOPDESK_TEST_BACKEND") != u"postgres"_s) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            m_unavailable = u"cannot make a temporary folder"_s;
        return;
    }
    m_adminUrl = qEnvironmentVariable("SHOPDESK_TEST_PG_URL");
    if (m_adminUrl.isEmpty()) {
        m_unavailable = u"SHOPDESK_TEST_PG_URL is not set (scripts/test.sh sets it)"_s;
        return;
    }
    const QString name =
        u"shopdesk_mailtest_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString error = runOnPostgres(m_adminUrl, u"CREATE DATABASE "_s + name);
    if (!error.isEmpty()) {
        m_unavailable = u"cannot create a PostgreSQL test database: "_s + error;
        return;
    }
    m_databaseName = name;
}

TestDatabase::~TestDatabase()
{
    if (!m_databaseName.isEmpty()) {
        runOnPostgres(m_adminUrl,
                      u"DROP DATABASE IF EXISTS "_s + m_databaseName + u" WITH (FORCE)"_s);
    }
}

bool TestDatabase::addConnection(const QString &name) const
{
    if (!m_unavailable.isEmpty())
        return false;
    QSqlDatabase db;
    if (isPostgres()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        configurePostgres(db, QUrl(m_adminUrl), m_databaseName);
    } else {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_dir->filePath(u"shopdesk.db"_s));
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
