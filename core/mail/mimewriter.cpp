#include "mail/mimewriter.h"

#include "domain/tr.h"
#include "mail/gmimehandle.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

Result<QByteArray> invalid(const QString &message)
{
    return Result<QByteArray>::failure(u"invalid_mail"_s, message);
}

// A header holds one line: line breaks become spaces and other control characters go, so
// nothing typed into a subject or a name can start a header of its own.
QByteArray singleLine(const QString &text)
{
    QString line = text;
    line.replace(u"\r\n"_s, u" "_s);
    QString result;
    result.reserve(line.size());
    for (QChar c : std::as_const(line)) {
        if (c == u'\r' || c == u'\n' || c == u'\t')
            result += u' ';
        else if (c.category() != QChar::Other_Control)
            result += c;
    }
    return result.toUtf8();
}

Result<void> checkHeaders(const MailMessage &message)
{
    if (!message.from().isValid()) {
        return Result<void>::failure(
            u"invalid_mail"_s, Tr::tr("The sender address \"%1\" is not a valid e-mail address.")
                                   .arg(message.from().address().left(100)));
    }
    if (message.to().isEmpty())
        return Result<void>::failure(u"invalid_mail"_s, Tr::tr("The message has no recipient."));
    for (const MailAddress &mailbox : message.to() + message.replyTo()) {
        if (!mailbox.isValid()) {
            return Result<void>::failure(
                u"invalid_mail"_s,
                Tr::tr("\"%1\" is not a valid e-mail address.").arg(mailbox.address().left(100)));
        }
    }
    if (message.textBody().isEmpty() && message.htmlBody().isEmpty())
        return Result<void>::failure(u"invalid_mail"_s, Tr::tr("The message has no text."));
    static const QRegularExpression messageId(u"^<[!-;=?-~]+@[!-;=?-~]+>$"_s);
    if (!messageId.match(message.messageId()).hasMatch()) {
        return Result<void>::failure(
            u"invalid_mail"_s,
            Tr::tr("\"%1\" is not a valid Message-ID.").arg(message.messageId().left(100)));
    }
    static const QRegularExpression headerName(u"^[A-Za-z0-9-]{1,60}$"_s);
    static const QStringList managed = {u"date"_s,    u"from"_s,       u"to"_s,
                                        u"cc"_s,      u"bcc"_s,        u"reply-to"_s,
                                        u"subject"_s, u"message-id"_s, u"mime-version"_s};
    for (const auto &header : message.headers()) {
        const QString name = QString::fromLatin1(header.first);
        if (!headerName.match(name).hasMatch() || managed.contains(name.toLower()) ||
            name.startsWith(u"content-"_s, Qt::CaseInsensitive)) {
            return Result<void>::failure(
                u"invalid_mail"_s, Tr::tr("\"%1\" cannot be set as a header.").arg(name.left(60)));
        }
    }
    return {};
}

void addMailboxes(GMimeMessage *message, GMimeAddressType type, const QList<MailAddress> &list)
{
    for (const MailAddress &mailbox : list) {
        g_mime_message_add_mailbox(message, type, singleLine(mailbox.name()).constData(),
                                   mailbox.envelope().constData());
    }
}

// One text part in UTF-8 and quoted-printable, whatever the text holds: GMime alone would pick
// the narrowest character set, and 8-bit bodies do not pass every relay.
GMimeObject *textPart(const char *subtype, const QString &text)
{
    QString body = text;
    body.replace(u"\r\n"_s, u"\n"_s);
    // The quoted-printable encoder ends the last line; doing it here keeps the text as sent.
    if (!body.endsWith(u'\n'))
        body += u'\n';
    const QByteArray utf8 = body.toUtf8();
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    GMimeHandle<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(utf8.constData(), gsize(utf8.size())));
    GMimeHandle<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part), content.get());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return GMIME_OBJECT(part);
}

GMimeObject *body(const MailMessage &message)
{
    if (message.htmlBody().isEmpty())
        return textPart("plain", message.textBody());
    if (message.textBody().isEmpty())
        return textPart("html", message.htmlBody());
    GMimeMultipart *alternative = g_mime_multipart_new_with_subtype("alternative");
    GMimeHandle<GMimeObject> plain(textPart("plain", message.textBody()));
    GMimeHandle<GMimeObject> html(textPart("html", message.htmlBody()));
    g_mime_multipart_add(alternative, plain.get());
    g_mime_multipart_add(alternative, html.get());
    return GMIME_OBJECT(alternative);
}

} // namespace

Result<QByteArray> MimeWriter::write(MailMessage message)
{
    message.ensureIdentity();
    if (auto ok = checkHeaders(message); !ok)
        return invalid(ok.error().message);
    ensureGMime();

    GMimeHandle<GMimeMessage> mime(g_mime_message_new(TRUE));
    const QDateTime utc = message.date().toUTC();
    const QDate day = utc.date();
    const QTime time = utc.time();
    GDateTime *date = g_date_time_new_utc(day.year(), day.month(), day.day(), time.hour(),
                                          time.minute(), time.second());
    g_mime_message_set_date(mime.get(), date);
    g_date_time_unref(date);
    addMailboxes(mime.get(), GMIME_ADDRESS_TYPE_FROM, {message.from()});
    addMailboxes(mime.get(), GMIME_ADDRESS_TYPE_TO, message.to());
    addMailboxes(mime.get(), GMIME_ADDRESS_TYPE_REPLY_TO, message.replyTo());
    g_mime_message_set_subject(mime.get(), singleLine(message.subject()).constData(), "utf-8");
    // GMime adds the angle brackets.
    const QString id = message.messageId();
    g_mime_message_set_message_id(mime.get(), id.mid(1, id.size() - 2).toLatin1().constData());
    for (const auto &[name, value] : message.headers()) {
        g_mime_object_set_header(GMIME_OBJECT(mime.get()), name.constData(),
                                 singleLine(value).constData(), "utf-8");
    }
    GMimeHandle<GMimeObject> part(body(message));
    g_mime_message_set_mime_part(mime.get(), part.get());

    GMimeFormatOptions *options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char *text = g_mime_object_to_string(GMIME_OBJECT(mime.get()), options);
    g_mime_format_options_free(options);
    QByteArray out(text);
    g_free(text);
    return out;
}

} // namespace shopdesk::mail
