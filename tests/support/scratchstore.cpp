#include "scratchstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

namespace {

// Runs one statement on the server's administrative database; returns the error text.
QString runOnPostgres(const QString &adminUrl, const QString &statement)
{
    const QUrl url(adminUrl);
    const QString connection = u"scratch-admin-"_s + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
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

QString ScratchStore::backend()
{
    const QString value = qEnvironmentVariable("SHOPDESK_TEST_BACKEND");
    return value.isEmpty() ? u"sqlite"_s : value;
}

ScratchStore::ScratchStore()
{
    if (backend() != u"postgres"_s) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            m_unavailable = u"cannot make a temporary folder"_s;
        return;
    }
    m_adminUrl = qEnvironmentVariable("SHOPDESK_TEST_PG_URL");
    if (m_adminUrl.isEmpty()) {
        m_unavailable = u"SHOPDESK_TEST_PG_URL is not set (the README's test command sets it)"_s;
        return;
    }
    const QString name = u"shopdesk_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (const QString error = runOnPostgres(m_adminUrl, u"CREATE DATABASE "_s + name);
        !error.isEmpty()) {
        m_unavailable = u"cannot create a PostgreSQL test database: "_s + error;
        return;
    }
    m_databaseName = name;
    QUrl url(m_adminUrl);
    url.setPath(u"/"_s + name);
    m_databaseUrl = url.toString();
}

ScratchStore::~ScratchStore()
{
    if (!m_databaseName.isEmpty()) {
        runOnPostgres(m_adminUrl,
                      u"DROP DATABASE IF EXISTS "_s + m_databaseName + u" WITH (FORCE)"_s);
    }
}

} // namespace shopdesk::test
