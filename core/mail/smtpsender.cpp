#include "mail/smtpsender.h"

#include "domain/tr.h"
#include "mail/logging.h"
#include "mail/mimewriter.h"

#include <QJsonObject>
#include <QStringList>
#include <QThread>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

// curl_global_init is not safe to race with other threads' first curl calls: do it once.
void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// A send on a thread asked to stop (QThread::requestInterruption) gives up within about a
// second, so a server stops promptly even when its relay hangs.
int abortWhenInterrupted(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return QThread::currentThread()->isInterruptionRequested() ? 1 : 0;
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// Keeps what the relay said, so that a refusal can be reported in its own words. Only the
// relay's side is kept: our side of the conversation holds the log-in.
int collectReplies(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    if (type == CURLINFO_HEADER_IN) {
        auto *replies = static_cast<QStringList *>(userData);
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        qCDebug(lcMail) << "smtp <" << line;
        replies->append(line);
        if (replies->size() > 50)
            replies->removeFirst();
    }
    return 0;
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};

struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

QString errorCode(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return u"smtp_unreachable"_s;
    case CURLE_LOGIN_DENIED:
        return u"smtp_login_failed"_s;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return u"smtp_tls_failed"_s;
    default:
        return u"smtp_failed"_s;
    }
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    initialiseCurl();
}

Result<void> SmtpSender::send(const MailMessage &message) const
{
    const auto rendered = MimeWriter::write(message);
    if (!rendered)
        return rendered.error();
    QList<QByteArray> recipients;
    for (const MailAddress &to : message.to())
        recipients.append(to.envelope());
    return sendRaw(message.from().envelope(), recipients, *rendered);
}

Result<void> SmtpSender::sendRaw(const QByteArray &envelopeFrom,
                                 const QList<QByteArray> &recipients,
                                 const QByteArray &message) const
{
    const QString relay = m_settings.host + u':' + QString::number(m_settings.port);
    if (recipients.isEmpty()) {
        return Result<void>::failure(u"invalid_mail"_s, Tr::tr("The message has no recipient."));
    }
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        return Result<void>::failure(u"smtp_failed"_s,
                                     Tr::tr("The mail library could not be started."));
    }
    CURL *handle = curl.get();

    const bool implicitTls = m_settings.security == SmtpSettings::Security::ImplicitTls;
    // A literal IPv6 address needs brackets in a URL.
    const QString host =
        m_settings.host.contains(u':') ? u'[' + m_settings.host + u']' : m_settings.host;
    const QByteArray url = (implicitTls ? "smtps://" : "smtp://") + host.toUtf8() + ':' +
                           QByteArray::number(m_settings.port);
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // Never upgrade-if-possible: with STARTTLS configured, a relay without it is an error,
    // not a reason to send in the clear.
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     m_settings.security == SmtpSettings::Security::None ? CURLUSESSL_NONE
                                                                         : CURLUSESSL_ALL);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, m_settings.verifyCertificate ? 1L : 0L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, m_settings.verifyCertificate ? 2L : 0L);
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());

    const QByteArray username = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    if (!username.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }

    const long timeout = long(std::max<qint64>(1, m_settings.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, timeout);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, timeout);
    // Signals cannot be used for timeouts in a multi-threaded program.
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, abortWhenInterrupted);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);

    const QByteArray from = '<' + envelopeFrom + '>';
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    std::unique_ptr<curl_slist, ListDeleter> rcpt;
    for (const QByteArray &recipient : recipients) {
        const QByteArray bracketed = '<' + recipient + '>';
        rcpt.reset(curl_slist_append(rcpt.release(), bracketed.constData()));
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, rcpt.get());

    Upload upload{&message, 0};
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));

    QStringList replies;
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, collectReplies);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);

    qCDebug(lcMail) << "sending" << message.size() << "bytes to" << recipients.size()
                    << "recipient(s) through" << relay;
    const CURLcode code = curl_easy_perform(handle);
    long smtpCode = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &smtpCode);
    if (code == CURLE_OK) {
        qCDebug(lcMail) << "relay" << relay << "accepted the message:"
                        << (replies.isEmpty() ? QString() : replies.constLast());
        return {};
    }

    if (code == CURLE_ABORTED_BY_CALLBACK) {
        return Result<void>::failure(
            u"smtp_interrupted"_s,
            Tr::tr("Sending to %1 was stopped before the mail server answered; the mail is "
                   "tried again.")
                .arg(relay));
    }
    // The relay's last error reply says best what went wrong; curl's text where it said none.
    QString serverReply;
    for (auto it = replies.crbegin(); it != replies.crend(); ++it) {
        if (!it->isEmpty() && (it->startsWith(u'4') || it->startsWith(u'5'))) {
            serverReply = *it;
            break;
        }
    }
    const QString curlText = QString::fromUtf8(errorBuffer).trimmed().isEmpty()
                                 ? QString::fromUtf8(curl_easy_strerror(code))
                                 : QString::fromUtf8(errorBuffer).trimmed();
    const QString text =
        serverReply.isEmpty()
            ? Tr::tr("The mail server %1 could not be reached or refused the message: %2")
                  .arg(relay, curlText)
            : Tr::tr("The mail server %1 refused the message: %2").arg(relay, serverReply);
    qCDebug(lcMail).noquote() << text;
    return Result<void>::failure(errorCode(code), text,
                                 QJsonObject{{u"smtp_code"_s, qint64(smtpCode)},
                                             {u"server_reply"_s, serverReply},
                                             {u"curl_code"_s, int(code)},
                                             {u"curl_error"_s, curlText}});
}

} // namespace shopdesk::mail
