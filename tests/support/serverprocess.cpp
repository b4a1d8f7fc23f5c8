#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

namespace {

// Runs one statement on the PostgreSQL server named by url (postgresql://user[:pw]@host:port/db).
QString runOnPostgres(const QString &url, const QString &statement)
{
    const QUrl u(url);
    const QString connectionName = u"testsupport-"_s + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
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
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}

} // namespace

QString ServerProcess::backend()
{
    const QString value = qEnvironmentVariable("SHOPDESK_TEST_BACKEND");
    return value.isEmpty() ? u"sqlite"_s : value;
}

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    if (backend() != u"postgres"_s) {
        m_dataDir = std::make_unique<QTemporaryDir>();
        if (!m_dataDir->isValid())
            m_unavailable = u"cannot make a temporary data folder"_s;
        return;
    }
    m_adminUrl = qEnvironmentVariable("SHOPDESK_TEST_PG_URL");
    if (m_adminUrl.isEmpty()) {
        m_unavailable = u"SHOPDESK_TEST_PG_URL is not set (the README's test command sets it)"_s;
        return;
    }
    m_databaseName = u"shopdesk_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString error = runOnPostgres(m_adminUrl, u"CREATE DATABASE "_s + m_databaseName);
    if (!error.isEmpty()) {
        m_unavailable = u"cannot create a PostgreSQL test database: "_s + error;
        return;
    }
    QUrl url(m_adminUrl);
    url.setPath(u"/"_s + m_databaseName);
    m_databaseUrl = url.toString();
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
    if (!m_databaseName.isEmpty())
        runOnPostgres(m_adminUrl,
                      u"DROP DATABASE IF EXISTS "_s + m_databaseName + u" WITH (FORCE)"_s);
}

QStringList ServerProcess::storageArguments() const
{
    if (!m_databaseUrl.isEmpty())
        return {u"--database"_s, m_databaseUrl};
    return {u"--data"_s, dataDir()};
}

bool ServerProcess::start(const QStringList &extraArguments, const QString &scheme)
{
    if (!m_unavailable.isEmpty())
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHOPDESK_ADMIN_PASSWORD"_s, QString::fromLatin1(adminPassword));
    for (const QString &variable : std::as_const(m_environment)) {
        const qsizetype equals = variable.indexOf(u'=');
        env.insert(variable.left(equals), variable.mid(equals + 1));
    }
    m_process.setProcessEnvironment(env);
    m_process.setProgram(QStringLiteral(SHOPDESK_SERVER_BIN));
    m_process.setArguments(storageArguments() + QStringList{u"--listen"_s, u"127.0.0.1:0"_s} +
                           extraArguments);
    m_output.clear();
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;

    // The server prints "listening on http://HOST:PORT" once it accepts connections.
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(200)) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            m_output += line + u'\n';
            if (line.startsWith(u"listening on "_s)) {
                m_baseUrl = QUrl(line.mid(13));
                if (m_baseUrl.scheme() != scheme && scheme == u"https"_s)
                    m_baseUrl.setScheme(scheme);
                return true;
            }
        }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    qWarning("server did not start: %s", qPrintable(m_output));
    return false;
}

QString ServerProcess::standardError()
{
    m_standardError += QString::fromUtf8(m_process.readAllStandardError());
    return m_standardError;
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}

} // namespace shopdesk::test
