#include "testdatabase.h"

#include "reports/reportschema.h"
#include "storage/migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

namespace {

QString runOnPostgres(const QString &url, const QString &statement)
{
    const QUrl u(url);
    const QString name = u"reports-admin-"_s + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString TestDatabase::backend()
{
    const QString value = qEnvironmentVariable("SHOPDESK_TEST_BACKEND");
    return value.isEmpty() ? u"sqlite"_s : value;
}

TestDatabase::TestDatabase() = default;

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_databaseName.isEmpty())
        runOnPostgres(m_adminUrl,
                      u"DROP DATABASE IF EXISTS "_s + m_databaseName + u" WITH (FORCE)"_s);
}

QString TestDatabase::open(bool withReportTables)
{
    if (backend() == u"postgres"_s) {
        m_adminUrl = qEnvironmentVariable("SHOPDESK_TEST_PG_URL");
        if (m_adminUrl.isEmpty())
            return u"SHOPDESK_TEST_PG_URL is not set"_s;
        m_databaseName =
            u"shopdesk_reports_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (QString error = runOnPostgres(m_adminUrl, u"CREATE DATABASE "_s + m_databaseName);
            !error.isEmpty()) {
            m_databaseName.clear();
            return u"cannot create a PostgreSQL test database: "_s + error;
        }
        QUrl url(m_adminUrl);
        url.setPath(u"/"_s + m_databaseName);
        auto config = storage::StorageConfig::fromOptions(QString(), url.toString());
        if (!config)
            return config.error().message;
        m_config = config.value();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return u"cannot make a temporary folder"_s;
        auto config = storage::StorageConfig::fromOptions(m_dir->path(), QString());
        if (!config)
            return config.error().message;
        m_config = config.value();
    }
    auto db =
        storage::Database::open(m_config, u"reports-test-"_s + QUuid::createUuid().toString());
    if (!db)
        return db.error().message;
    m_db = std::move(db.value());
    if (auto ok = storage::Migrations::apply(*m_db); !ok)
        return ok.error().message;
    if (withReportTables) {
        if (auto ok = reports::ReportSchema::ensure(*m_db); !ok)
            return ok.error().message;
    }
    return {};
}

} // namespace shopdesk::test
