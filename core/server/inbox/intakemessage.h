#pragma once

#include "storage/inbox/inboxarrival.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace shopdesk::server {

// One mail fetched from the shop's mailbox, read into what the server does with it: an
// arrival for the inbox (a customer's message, an automatic answer, or a mail that could
// not be read, kept with its size), or a delivery failure report about customers' addresses.
struct IntakeMessage
{
    enum class Kind { Message, AutoReply, Bounce, Unreadable };

    static constexpr qint64 defaultAttachmentLimit = 10LL * 1024 * 1024;
    static constexpr qint64 defaultSizeLimit = 25LL * 1024 * 1024;
    // The most of an over-size mail read for its headers.
    static constexpr qint64 headerLimit = 64 * 1024;

    Kind kind = Kind::Message;
    QString key; // MailboxState::keyFor(): taken once
    storage::InboxArrival arrival;
    QStringList failedRecipients; // a bounce's addresses, lower case
    QString failure;              // a bounce's reason, for the customer

    // Never fails: what cannot be read, and what is over sizeLimit, is Unreadable.
    static IntakeMessage read(const QByteArray &raw, qint64 attachmentLimit, qint64 sizeLimit);
    // "message", "auto_reply", "bounce", "unreadable"
    static QString kindName(Kind kind);
};

} // namespace shopdesk::server
