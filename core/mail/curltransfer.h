#pragma once

#include "mail/mailserversettings.h"

#include <QByteArray>
#include <QStringList>

#include <curl/curl.h>

#include <memory>

namespace shopdesk::mail {

// One libcurl conversation with a mail server, set up as its settings say: TLS required
// unless security is none (never "upgrade if possible"), certificate checks, log-in, one
// timeout for the whole exchange, and an abort within about a second when the calling thread
// is asked to stop. The server's replies are kept, so a refusal can be told in its own words;
// our side is not, since it holds the log-in. Used from one thread at a time.
class CurlTransfer
{
public:
    CurlTransfer(const MailServerSettings &settings, const MailServerSettings::Protocol &protocol);

    // False when libcurl could not make a handle.
    bool isValid() const { return bool(m_curl); }
    CURL *handle() const { return m_curl.get(); }

    // The base URL (scheme, host, port) with `path` after it ("/INBOX;UID=4").
    void setPath(const QByteArray &path);

    // Runs the transfer; replies() then holds what the server said.
    CURLcode perform();
    const QStringList &replies() const { return m_replies; }
    // libcurl's own words for a failed transfer.
    QString errorText(CURLcode code) const;

private:
    struct Cleanup
    {
        void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
    };

    std::unique_ptr<CURL, Cleanup> m_curl;
    QByteArray m_base;
    QByteArray m_url;
    QByteArray m_username;
    QByteArray m_password;
    QByteArray m_caFile;
    QStringList m_replies;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace shopdesk::mail
