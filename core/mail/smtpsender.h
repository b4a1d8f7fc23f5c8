#pragma once

#include "domain/result.h"
#include "mail/mailmessage.h"
#include "mail/smtpsettings.h"

#include <QByteArray>
#include <QList>

namespace shopdesk::mail {

// Hands one message to an SMTP relay through libcurl.
//
// send() blocks until the relay has accepted or refused the message, or the timeout has
// passed: call it from a worker thread (MailDispatcher does), never from the event loop of
// a server or a window. Each call is independent; one SmtpSender may be used from several
// threads at once. A send on a thread whose interruption was requested
// (QThread::requestInterruption) gives up within about a second.
class SmtpSender
{
public:
    explicit SmtpSender(SmtpSettings settings);

    const SmtpSettings &settings() const { return m_settings; }

    // Renders the message with MimeWriter and sends it to all its To recipients.
    Result<void> send(const MailMessage &message) const;

    // Sends an already rendered RFC 5322 message. On failure the error's message carries
    // the relay's own reply ("550 5.1.1 No such user") where there was one; details hold
    // "smtp_code", "server_reply" and "curl_code".
    Result<void> sendRaw(const QByteArray &envelopeFrom, const QList<QByteArray> &recipients,
                         const QByteArray &message) const;

    // Tries the relay without sending: connects, greets (EHLO), upgrades to TLS and logs in
    // as the settings say, then leaves. The error says in plain words what failed.
    Result<void> check() const;

private:
    SmtpSettings m_settings;
};

} // namespace shopdesk::mail
