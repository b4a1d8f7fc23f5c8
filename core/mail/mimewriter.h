#pragma once

#include "domain/result.h"
#include "mail/mailmessage.h"

#include <QByteArray>

namespace shopdesk::mail {

// Writes a MailMessage as RFC 5322 / MIME text ready for SMTP, through GMime: UTF-8 bodies in
// quoted-printable (multipart/alternative when there are both a plain and an HTML body),
// RFC 2047 encoded and folded headers, CRLF line ends. The output is 7-bit ASCII, so it can be
// stored in any text column and sent through any relay.
class MimeWriter
{
public:
    // Fails with `invalid_mail` on a missing or malformed sender or recipient, no body, a
    // header name that is not a plain token or one the writer sets itself, or a malformed
    // Message-ID. Gives the message an id and date if it has none.
    static Result<QByteArray> write(MailMessage message);
};

} // namespace shopdesk::mail
