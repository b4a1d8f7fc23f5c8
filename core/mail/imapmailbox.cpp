#include "mail/imapmailbox.h"

#include "domain/tr.h"
#include "mail/logging.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

size_t collectBody(char *data, size_t size, size_t count, void *userData)
{
    static_cast<QByteArray *>(userData)->append(data, qsizetype(size * count));
    return size * count;
}

QString errorCode(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return u"imap_unreachable"_s;
    case CURLE_LOGIN_DENIED:
        return u"imap_login_failed"_s;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return u"imap_tls_failed"_s;
    case CURLE_REMOTE_FILE_NOT_FOUND:
        return u"imap_no_message"_s;
    default:
        return u"imap_failed"_s;
    }
}

// "INBOX" → "/INBOX", percent-encoded as a URL path segment.
QByteArray mailboxPath(const QString &mailbox)
{
    return '/' + QUrl::toPercentEncoding(mailbox);
}

quint32 responseCode(const QByteArray &text, const char *name)
{
    const QRegularExpression pattern(u"\\[%1 (\\d+)\\]"_s.arg(QLatin1String(name)));
    return pattern.match(QString::fromLatin1(text)).captured(1).toUInt();
}

} // namespace

ImapMailbox::ImapMailbox(ImapSettings settings)
    : m_settings(std::move(settings))
    , m_transfer(m_settings, ImapSettings::protocol())
{
    // A session per call: a reused one keeps its mailbox selected, and a server need not tell
    // it of messages that arrived since, nor of a new UIDVALIDITY.
    if (m_transfer.isValid())
        curl_easy_setopt(m_transfer.handle(), CURLOPT_FORBID_REUSE, 1L);
}

Result<QByteArray> ImapMailbox::run(const QByteArray &path, const QByteArray &command,
                                    const QString &what)
{
    if (!m_transfer.isValid()) {
        return Result<QByteArray>::failure(u"imap_failed"_s,
                                           Tr::tr("The mail library could not be started."));
    }
    CURL *curl = m_transfer.handle();
    QByteArray body;
    m_transfer.setPath(path);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST,
                     command.isEmpty() ? nullptr : command.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collectBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    const CURLcode code = m_transfer.perform();
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, nullptr);
    if (code == CURLE_OK)
        return body;

    // The server's tagged NO or BAD says best what went wrong.
    QString serverReply;
    static const QRegularExpression refusal(u"^A\\d+ (NO|BAD) "_s);
    for (auto it = m_transfer.replies().crbegin(); it != m_transfer.replies().crend(); ++it) {
        if (refusal.match(*it).hasMatch()) {
            serverReply = *it;
            break;
        }
    }
    const QString curlText = m_transfer.errorText(code);
    QString codeName = errorCode(code);
    if (code == CURLE_REMOTE_FILE_NOT_FOUND && curlText.contains(u"UIDVALIDITY"_s))
        codeName = u"imap_uidvalidity_changed"_s;
    const QString text = Tr::tr("The mailbox %1 on %2 could not be read (%3): %4")
                             .arg(m_settings.mailbox, m_settings.address(), what,
                                  serverReply.isEmpty() ? curlText : serverReply);
    qCDebug(lcMail).noquote() << text;
    return Result<QByteArray>::failure(codeName, text,
                                       QJsonObject{{u"server_reply"_s, serverReply},
                                                   {u"curl_code"_s, int(code)},
                                                   {u"curl_error"_s, curlText}});
}

Result<ImapMailbox::Status> ImapMailbox::status()
{
    const QByteArray command = "EXAMINE \"" + m_settings.mailbox.toLatin1() + '"';
    const auto answer = run("/", command, u"EXAMINE"_s);
    if (!answer)
        return answer.error();
    Status status{responseCode(*answer, "UIDVALIDITY"), responseCode(*answer, "UIDNEXT")};
    if (status.uidValidity == 0) {
        return Result<Status>::failure(u"imap_failed"_s,
                                       Tr::tr("The mailbox %1 on %2 did not say its UIDVALIDITY.")
                                           .arg(m_settings.mailbox, m_settings.address()));
    }
    return status;
}

Result<QList<quint32>> ImapMailbox::uidsAfter(quint32 after)
{
    const QByteArray command = "UID SEARCH UID " + QByteArray::number(quint64(after) + 1) + ":*";
    const auto answer = run(mailboxPath(m_settings.mailbox), command, u"UID SEARCH"_s);
    if (!answer)
        return answer.error();
    // "n:*" always includes the highest UID, even one at or below n: keep only newer ones.
    QList<quint32> uids;
    for (const QByteArray &line : answer->split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : trimmed.mid(8).split(' ')) {
            bool ok = false;
            const quint32 uid = word.toUInt(&ok);
            if (ok && uid > after)
                uids.append(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

Result<QByteArray> ImapMailbox::fetch(quint32 uidValidity, quint32 uid)
{
    // libcurl checks the UIDVALIDITY named in the URL against the one SELECT reports.
    const QByteArray path = mailboxPath(m_settings.mailbox) +
                            ";UIDVALIDITY=" + QByteArray::number(uidValidity) +
                            "/;UID=" + QByteArray::number(uid);
    const auto answer = run(path, {}, u"UID FETCH"_s);
    if (answer && answer->isEmpty()) {
        return Result<QByteArray>::failure(
            u"imap_no_message"_s, Tr::tr("The mailbox %1 on %2 holds no message with UID %3.")
                                      .arg(m_settings.mailbox, m_settings.address())
                                      .arg(uid));
    }
    return answer;
}

} // namespace shopdesk::mail
