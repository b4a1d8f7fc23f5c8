#include "server/inbox/intakemessage.h"

#include "domain/htmlsanitiser.h"
#include "domain/tr.h"
#include "mail/mimereader.h"
#include "storage/inbox/mailboxstate.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

void addSender(storage::InboxArrival &arrival, const mail::IncomingMail &mail)
{
    arrival.messageId = mail.messageId;
    arrival.inReplyTo = mail.inReplyTo;
    arrival.references = mail.references;
    arrival.fromName = mail.from.name();
    arrival.fromEmail = mail.from.address().toLower();
    arrival.subject = mail.subject;
    arrival.sentAt = mail.date;
}

// The header of a mail, up to its first empty line (or headerLimit).
QByteArray headerOf(const QByteArray &raw)
{
    const QByteArray start = raw.left(IntakeMessage::headerLimit);
    qsizetype end = start.indexOf("\r\n\r\n");
    if (end < 0)
        end = start.indexOf("\n\n");
    return end < 0 ? start : start.left(end) + "\r\n\r\n";
}

IntakeMessage unreadable(const QByteArray &raw, const QString &why)
{
    IntakeMessage message;
    message.kind = IntakeMessage::Kind::Unreadable;
    storage::InboxArrival &arrival = message.arrival;
    arrival.channel = u"email"_s;
    arrival.unreadable = true;
    arrival.rawSize = raw.size();
    arrival.text = why;
    // Whatever the header says is still worth knowing: who wrote, about what.
    const auto header = mail::MimeReader::read(headerOf(raw), 0);
    if (header)
        addSender(arrival, *header);
    message.key = storage::MailboxState::keyFor(arrival.messageId, raw);
    return message;
}

} // namespace

IntakeMessage IntakeMessage::read(const QByteArray &raw, qint64 attachmentLimit, qint64 sizeLimit)
{
    if (raw.size() > sizeLimit) {
        return unreadable(raw, Tr::tr("This mail of %1 bytes is over the server's limit of %2 "
                                      "bytes; only its header was read.")
                                   .arg(raw.size())
                                   .arg(sizeLimit));
    }
    const auto mail = mail::MimeReader::read(raw, attachmentLimit);
    if (!mail)
        return unreadable(raw, Tr::tr("This mail could not be read: %1").arg(mail.error().message));

    IntakeMessage message;
    message.key = storage::MailboxState::keyFor(mail->messageId, raw);
    storage::InboxArrival &arrival = message.arrival;
    arrival.channel = u"email"_s;
    arrival.rawSize = raw.size();
    addSender(arrival, *mail);
    if (mail->bounce) {
        message.kind = Kind::Bounce;
        for (const QString &address : mail->failedRecipients)
            message.failedRecipients.append(address.trimmed().toLower());
        message.failure = mail->subject.trimmed().isEmpty()
                              ? Tr::tr("Mail to this address came back undelivered.")
                              : mail->subject.trimmed().left(200);
        return message;
    }
    arrival.text = mail->text;
    if (!mail->html.isEmpty())
        arrival.html = HtmlSanitiser::sanitise(mail->html);
    for (const mail::MailAttachment &file : mail->attachments) {
        arrival.attachments.append(
            {file.fileName, file.contentType, file.size, file.data, file.kept});
    }
    arrival.autoSubmitted = mail->autoSubmitted;
    message.kind = mail->autoSubmitted ? Kind::AutoReply : Kind::Message;
    return message;
}

QString IntakeMessage::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Message:
        return u"message"_s;
    case Kind::AutoReply:
        return u"auto_reply"_s;
    case Kind::Bounce:
        return u"bounce"_s;
    case Kind::Unreadable:
        return u"unreadable"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace shopdesk::server
