#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

QString ServerProcess::backend()
{
    return ScratchStore::backend();
}

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    // Before the store goes: PostgreSQL drops a database only once nobody uses it.
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

QStringList ServerProcess::storageArguments() const
{
    if (m_store.isPostgres())
        return {u"--database"_s, m_store.databaseUrl()};
    return {u"--data"_s, dataDir()};
}

bool ServerProcess::start(const QStringList &extraArguments, const QString &scheme)
{
    if (!m_store.unavailableReason().isEmpty())
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHOPDESK_ADMIN_PASSWORD"_s, QString::fromLatin1(adminPassword));
    // Under AddressSanitizer: GLib (under GMime) keeps a little memory per thread that it never
    // frees, and only full stacks let tests/lsan.supp recognise it as GLib's. Unwinding fully
    // costs time, so it is the server's alone, not every test's.
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s,
               (asan.isEmpty() ? QString() : asan + u':') + u"fast_unwind_on_malloc=0"_s);
    for (const QString &variable : std::as_const(m_environment)) {
        const qsizetype equals = variable.indexOf(u'=');
        env.insert(variable.left(equals), variable.mid(equals + 1));
    }
    m_process.setProcessEnvironment(env);
    m_process.setProgram(QStringLiteral(SHOPDESK_SERVER_BIN));
    // A restart keeps the port, so that clients of the test go on talking to it.
    const QString listen =
        m_baseUrl.isValid() ? u"127.0.0.1:%1"_s.arg(m_baseUrl.port()) : u"127.0.0.1:0"_s;
    m_process.setArguments(storageArguments() + QStringList{u"--listen"_s, listen} +
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
