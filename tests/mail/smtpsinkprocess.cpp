#include "smtpsinkprocess.h"

#include "testpython.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

SmtpSinkProcess::SmtpSinkProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

SmtpSinkProcess::~SmtpSinkProcess()
{
    stop();
}

bool SmtpSinkProcess::start(const Options &options)
{
    if (!m_folder.isValid())
        return false;
    QStringList arguments = {TestPython::script(u"smtpsink.py"_s), u"--folder"_s, m_folder.path(),
                             u"--port"_s, QString::number(options.port)};
    if (!options.login.isEmpty())
        arguments += {u"--auth"_s, options.login};
    if (!options.rejectPrefix.isEmpty())
        arguments += {u"--reject-prefix"_s, options.rejectPrefix};
    m_output.clear();
    m_process.start(TestPython::interpreter(), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(200)) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            m_output += line + u'\n';
            if (line.startsWith(u"listening on 127.0.0.1:"_s)) {
                m_port = quint16(line.mid(23).toUInt());
                return true;
            }
        }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    qWarning("SMTP sink did not start: %s", qPrintable(m_output));
    stop();
    return false;
}

void SmtpSinkProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<QByteArray> SmtpSinkProcess::messages() const
{
    QList<QByteArray> result;
    const QDir folder(m_folder.path());
    const auto names = folder.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(file.readAll());
    }
    return result;
}

QList<QJsonObject> SmtpSinkProcess::envelopes() const
{
    QList<QJsonObject> result;
    const QDir folder(m_folder.path());
    const auto names = folder.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    for (QString name : names) {
        QFile file(folder.filePath(name.replace(u".eml"_s, u".json"_s)));
        if (file.open(QIODevice::ReadOnly))
            result.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return result;
}

bool SmtpSinkProcess::waitForMessages(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (messages().size() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

quint16 SmtpSinkProcess::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace shopdesk::test
