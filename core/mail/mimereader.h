#pragma once

#include "domain/result.h"
#include "mail/incomingmail.h"

#include <QByteArray>

namespace shopdesk::mail {

// Reads a received RFC 5322 message through GMime: decoded headers and addresses, plain and
// HTML parts converted to UTF-8 from their character sets, attachments, threading headers,
// automatic replies and delivery status reports (RFC 3464).
class MimeReader
{
public:
    static constexpr qint64 defaultAttachmentLimit = 10 * 1024 * 1024;

    // Fails with `invalid_mail` when the bytes hold no message at all (no header).
    static Result<IncomingMail> read(const QByteArray &raw,
                                     qint64 attachmentLimit = defaultAttachmentLimit);
};

} // namespace shopdesk::mail
