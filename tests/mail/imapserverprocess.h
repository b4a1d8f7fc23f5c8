#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace shopdesk::test {

// A real IMAP server on 127.0.0.1: Debian's Dovecot with a configuration of its own in a
// temporary folder, one user, a Maildir, plain log-in without TLS (loopback only).
class ImapServerProcess
{
public:
    static constexpr const char *user = "shop@example.com";
    static constexpr const char *password = "mailbox secret";

    ImapServerProcess() = default;
    ~ImapServerProcess();

    bool start();
    void stop();
    quint16 port() const { return m_port; }
    const QString &why() const { return m_why; }
    // imap://user:password@127.0.0.1:port/INBOX?security=none
    QString url() const;

    // Puts a message in the mailbox as a delivery agent would (Maildir's new/ folder).
    bool deliver(const QByteArray &message);
    // Gives the mailbox a new UIDVALIDITY, as a server does when it rebuilds a mailbox.
    bool changeUidValidity(quint32 uidValidity);

private:
    bool runDoveadm(const QStringList &arguments);

    QTemporaryDir m_folder;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_why;
    int m_delivered = 0;
};

} // namespace shopdesk::test
