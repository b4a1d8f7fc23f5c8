#include "imapserverprocess.h"

#include "smtpsinkprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

namespace {

QString dovecotProgram(const QString &name)
{
    return QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/bin"_s});
}

// Dovecot will not run its log-in or mail processes as root: as root, they run as Debian's
// "dovecot" and "dovenull" users, and the mail belongs to "dovecot".
struct Accounts
{
    QString internal;
    QString internalGroup;
    QString login;
    uid_t mailUid = 0;
    gid_t mailGid = 0;
};

Accounts accounts()
{
    if (::geteuid() != 0) {
        const passwd *me = ::getpwuid(::geteuid());
        const group *myGroup = ::getgrgid(::getegid());
        const QString name = QString::fromLocal8Bit(me ? me->pw_name : "nobody");
        return {name, QString::fromLocal8Bit(myGroup ? myGroup->gr_name : "nogroup"), name,
                ::geteuid(), ::getegid()};
    }
    const passwd *dovecot = ::getpwnam("dovecot");
    return {u"dovecot"_s, u"dovecot"_s, u"dovenull"_s, dovecot ? dovecot->pw_uid : 0,
            dovecot ? dovecot->pw_gid : 0};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

ImapServerProcess::~ImapServerProcess()
{
    stop();
}

QString ImapServerProcess::url() const
{
    return u"imap://%1:%2@127.0.0.1:%3/INBOX?security=none"_s
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(user))),
             QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(password))))
        .arg(m_port);
}

bool ImapServerProcess::start()
{
    const QString dovecot = dovecotProgram(u"dovecot"_s);
    if (dovecot.isEmpty()) {
        m_why = u"Dovecot is not installed (Debian's dovecot-imapd)."_s;
        return false;
    }
    const Accounts who = accounts();
    const QString root = m_folder.path();
    ::chmod(QFile::encodeName(root).constData(), 0755);
    const QString mail = root + u"/mail/"_s + QString::fromLatin1(user);
    QDir().mkpath(mail);
    QDir().mkpath(root + u"/run"_s);
    for (const QString &dir : {root + u"/mail"_s, mail}) {
        if (::chown(QFile::encodeName(dir).constData(), who.mailUid, who.mailGid) != 0) {
            m_why = u"cannot hand %1 to the mail user"_s.arg(dir);
            return false;
        }
    }
    m_port = SmtpSinkProcess::freePort();
    const QByteArray users = QByteArray(user) + ":{PLAIN}" + password + "::::::\n";
    const QString config = uR"(protocols = imap
listen = 127.0.0.1
base_dir = %1/run
state_dir = %1/run
default_internal_user = %2
default_internal_group = %3
default_login_user = %4
first_valid_uid = 1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = %1/dovecot.log
mail_location = maildir:%1/mail/%u
passdb {
  driver = passwd-file
  args = %1/users
}
userdb {
  driver = static
  args = uid=%5 gid=%6 home=%1/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = %7
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
)"_s.arg(root, who.internal, who.internalGroup, who.login)
                               .arg(who.mailUid)
                               .arg(who.mailGid)
                               .arg(m_port);
    if (!writeFile(root + u"/users"_s, users) ||
        !writeFile(root + u"/dovecot.conf"_s, config.toUtf8())) {
        m_why = u"cannot write Dovecot's configuration"_s;
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes takes its Dovecot with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(dovecot, {u"-F"_s, u"-c"_s, root + u"/dovecot.conf"_s});
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, m_port);
        if (probe.waitForConnected(200) && probe.waitForReadyRead(2000) &&
            probe.readAll().startsWith("* OK"))
            return true;
        QThread::msleep(100);
    }
    QFile log(root + u"/dovecot.log"_s);
    log.open(QIODevice::ReadOnly);
    m_why = u"Dovecot did not start: "_s + QString::fromUtf8(m_process.readAll()) +
            QString::fromUtf8(log.readAll());
    stop();
    return false;
}

void ImapServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ImapServerProcess::deliver(const QByteArray &message)
{
    const Accounts who = accounts();
    const QString mail = m_folder.path() + u"/mail/"_s + QString::fromLatin1(user);
    QDir().mkpath(mail + u"/tmp"_s);
    QDir().mkpath(mail + u"/new"_s);
    const QString name =
        u"%1.%2.shopdesk-test"_s.arg(QDateTime::currentSecsSinceEpoch()).arg(++m_delivered);
    const QString temporary = mail + u"/tmp/"_s + name;
    if (!writeFile(temporary, message))
        return false;
    for (const QString &path : {mail + u"/tmp"_s, mail + u"/new"_s, temporary}) {
        if (::chown(QFile::encodeName(path).constData(), who.mailUid, who.mailGid) != 0)
            return false;
    }
    return QFile::rename(temporary, mail + u"/new/"_s + name);
}

bool ImapServerProcess::changeUidValidity(quint32 uidValidity)
{
    return runDoveadm({u"mailbox"_s, u"update"_s, u"-u"_s, QString::fromLatin1(user),
                       u"--uid-validity"_s, QString::number(uidValidity), u"INBOX"_s});
}

bool ImapServerProcess::runDoveadm(const QStringList &arguments)
{
    QProcess doveadm;
    doveadm.setProcessChannelMode(QProcess::MergedChannels);
    doveadm.start(dovecotProgram(u"doveadm"_s),
                  QStringList{u"-c"_s, m_folder.path() + u"/dovecot.conf"_s} + arguments);
    const bool ok = doveadm.waitForFinished(15000) && doveadm.exitCode() == 0;
    if (!ok)
        m_why = QString::fromUtf8(doveadm.readAll());
    return ok;
}

} // namespace shopdesk::test
