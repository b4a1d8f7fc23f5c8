#pragma once

#include "domain/result.h"
#include "mail/curltransfer.h"
#include "mail/imapsettings.h"

#include <QByteArray>
#include <QList>

namespace shopdesk::mail {

// Reads the shop's mailbox over IMAP through libcurl, never changing it but for the \Seen
// flag of what it fetched. Messages are named by UID, which stays valid while the mailbox's
// UIDVALIDITY does: a reader remembers both and asks for what came after.
//
// Calls block until the server has answered or the timeout has passed: use it from a worker
// thread. Each call is a session of its own. Failures have the codes
// imap_unreachable, imap_login_failed, imap_tls_failed, imap_uidvalidity_changed,
// imap_no_message and imap_failed.
class ImapMailbox
{
public:
    struct Status
    {
        quint32 uidValidity = 0;
        quint32 uidNext = 0;
    };

    explicit ImapMailbox(ImapSettings settings);

    const ImapSettings &settings() const { return m_settings; }

    Result<Status> status();
    // The UIDs above `after`, ascending.
    Result<QList<quint32>> uidsAfter(quint32 after);
    // The message's bytes as the server holds them. Fails with imap_uidvalidity_changed when
    // the mailbox's UIDVALIDITY is no longer `uidValidity`: its UIDs name other messages now.
    Result<QByteArray> fetch(quint32 uidValidity, quint32 uid);

private:
    Result<QByteArray> run(const QByteArray &path, const QByteArray &command, const QString &what);

    ImapSettings m_settings;
    CurlTransfer m_transfer;
};

} // namespace shopdesk::mail
