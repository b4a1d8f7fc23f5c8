#pragma once

#include "mail/mailserversettings.h"

namespace shopdesk::mail {

// The shop's mailbox the server reads customers' mail from.
struct ImapSettings : MailServerSettings
{
    ImapSettings() { port = 143; }

    QString mailbox = QStringLiteral("INBOX");

    // imap://user@host[:port][/MAILBOX] (STARTTLS, port 143) or imaps:// (port 993), with the
    // query settings of MailServerSettings. The mailbox name is ASCII (INBOX when absent).
    // Security none is taken only for a server on this machine: a mailbox read in the clear
    // over a network gives its password and every customer's mail away.
    static const Protocol &protocol();
    static Result<ImapSettings> fromUrl(const QUrl &url);
};

} // namespace shopdesk::mail
