#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace shopdesk::test {

// A real SMTP server on 127.0.0.1 (smtpsink.py on aiosmtpd) that keeps what it receives.
class SmtpSinkProcess
{
public:
    struct Options
    {
        quint16 port = 0;     // 0: any free port
        QString login;        // "user:password" that must log in, or empty
        QString rejectPrefix; // recipients starting with this are refused with a 550
    };

    SmtpSinkProcess();
    ~SmtpSinkProcess();

    bool start(const Options &options);
    bool start() { return start(Options{}); }
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    const QString &output() const { return m_output; }

    // Messages received so far, oldest first, as raw bytes, and their envelopes
    // ({"mail_from", "rcpt_tos"}).
    QList<QByteArray> messages() const;
    QList<QJsonObject> envelopes() const;
    bool waitForMessages(int count, int timeoutMs = 10000) const;

    // A loopback port on which nothing listens right now.
    static quint16 freePort();

private:
    QProcess m_process;
    QTemporaryDir m_folder;
    quint16 m_port = 0;
    QString m_output;
};

} // namespace shopdesk::test
