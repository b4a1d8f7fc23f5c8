#pragma once

#include "domain/result.h"
#include "mail/mailmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace shopdesk::mail {

// Writes a MailMessage as RFC 5322 / MIME text ready for SMTP: UTF-8 bodies in
// quoted-printable (multipart/alternative when there are both a plain and an HTML body),
// RFC 2047 encoded subject and names, CRLF line ends, nothing longer than 78 columns.
// The output is 7-bit ASCII, so it can be stored in any text column and sent through any
// relay.
class MimeBuilder
{
public:
    // Fails with `invalid_mail` on a missing or malformed sender or recipient, no body, or
    // a header that cannot be written. Gives the message an id and date if it has none.
    static Result<QByteArray> build(MailMessage message);

    // The building blocks, public so that their edge cases can be tested one by one.
    static QByteArray encodeUnstructured(const QString &text, int usedColumns);
    static QByteArray encodeMailbox(const MailAddress &mailbox);
    static QByteArray quotedPrintable(const QString &text);
    static QByteArray formatDate(const QDateTime &date);
};

} // namespace shopdesk::mail
