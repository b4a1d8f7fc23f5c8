#include "mail/curltransfer.h"

#include "mail/logging.h"

#include <QThread>

#include <algorithm>
#include <mutex>

namespace shopdesk::mail {

namespace {

// curl_global_init is not safe to race with other threads' first curl calls: do it once.
void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int abortWhenInterrupted(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return QThread::currentThread()->isInterruptionRequested() ? 1 : 0;
}

int collectReplies(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    if (type == CURLINFO_HEADER_IN) {
        auto *replies = static_cast<QStringList *>(userData);
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        qCDebug(lcMail) << "server <" << line;
        replies->append(line);
        if (replies->size() > 50)
            replies->removeFirst();
    }
    return 0;
}

} // namespace

CurlTransfer::CurlTransfer(const MailServerSettings &settings,
                           const MailServerSettings::Protocol &protocol)
    : m_base(settings.curlUrl(protocol))
    , m_username(settings.username.toUtf8())
    , m_password(settings.password.toUtf8())
    , m_caFile(settings.caFile.toLocal8Bit())
{
    initialiseCurl();
    m_curl.reset(curl_easy_init());
    if (!m_curl)
        return;
    CURL *curl = m_curl.get();
    setPath({});
    const QByteArray protocols = (protocol.plainScheme + u',' + protocol.tlsScheme).toLatin1();
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, protocols.constData());
    // Never upgrade-if-possible: with STARTTLS configured, a server without it is an error,
    // not a reason to talk in the clear.
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     settings.security == MailSecurity::None ? CURLUSESSL_NONE : CURLUSESSL_ALL);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, settings.verifyCertificate ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, settings.verifyCertificate ? 2L : 0L);
    if (!m_caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_caFile.constData());
    if (!m_username.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_username.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    const long timeout = long(std::max<qint64>(1, settings.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeout);
    // Signals cannot be used for timeouts in a multi-threaded program.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, abortWhenInterrupted);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, collectReplies);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &m_replies);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
}

void CurlTransfer::setPath(const QByteArray &path)
{
    m_url = m_base + path;
    if (m_curl)
        curl_easy_setopt(m_curl.get(), CURLOPT_URL, m_url.constData());
}

CURLcode CurlTransfer::perform()
{
    m_replies.clear();
    m_errorBuffer[0] = '\0';
    return curl_easy_perform(m_curl.get());
}

QString CurlTransfer::errorText(CURLcode code) const
{
    const QString buffered = QString::fromUtf8(m_errorBuffer).trimmed();
    return buffered.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : buffered;
}

} // namespace shopdesk::mail
