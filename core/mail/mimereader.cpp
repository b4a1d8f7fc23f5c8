#include "mail/mimereader.h"

#include "domain/tr.h"
#include "mail/gmimehandle.h"

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

// GMime hands out strings it allocated (g_free) and strings it owns (not ours to free).
QString owned(char *text)
{
    const QString result = QString::fromUtf8(text);
    g_free(text);
    return result;
}

QString borrowed(const char *text)
{
    return QString::fromUtf8(text);
}

QString withoutBrackets(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<') && id.endsWith(u'>'))
        id = id.mid(1, id.size() - 2);
    return id;
}

void addMailboxes(InternetAddressList *list, QList<MailAddress> &out)
{
    if (!list)
        return;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            addMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        out.append(MailAddress(
            borrowed(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))),
            borrowed(internet_address_get_name(address))));
    }
}

QStringList references(const char *header)
{
    QStringList ids;
    if (!header)
        return ids;
    GMimeReferences *parsed = g_mime_references_parse(nullptr, header);
    if (!parsed)
        return ids;
    for (int i = 0; i < g_mime_references_length(parsed); ++i)
        ids.append(borrowed(g_mime_references_get_message_id(parsed, i)));
    g_mime_references_free(parsed);
    return ids;
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeHandle<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, memory.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QString headerText(GMimeObject *object, const char *name)
{
    return borrowed(g_mime_object_get_header(object, name)).trimmed();
}

bool isAutomatic(GMimeObject *message)
{
    const QString submitted = headerText(message, "Auto-Submitted").section(u';', 0, 0);
    if (!submitted.isEmpty() && submitted.compare(u"no"_s, Qt::CaseInsensitive) != 0)
        return true;
    if (g_mime_object_get_header(message, "X-Autoreply") ||
        g_mime_object_get_header(message, "X-Autorespond"))
        return true;
    const QString precedence = headerText(message, "Precedence").toLower();
    return precedence == u"auto_reply"_s || precedence == u"bulk"_s || precedence == u"junk"_s;
}

// A delivery-status body is blocks of header fields (RFC 3464): one about the report, then one
// per recipient. Each block is read by GMime's own header parser.
QStringList failedInStatus(const QByteArray &status)
{
    QStringList failed;
    QByteArray text = status;
    text.replace("\r\n", "\n");
    QList<QByteArray> blocks;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf("\n\n", start);
        if (end < 0)
            end = text.size();
        blocks.append(text.mid(start, end - start) + "\n\n");
        start = end + 2;
    }
    for (const QByteArray &block : blocks) {
        GMimeHandle<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(block.constData(), gsize(block.size())));
        GMimeHandle<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        GMimeHandle<GMimeObject> fields(g_mime_parser_construct_part(parser.get(), nullptr));
        if (!fields)
            continue;
        const QString action = headerText(fields.get(), "Action").toLower();
        const QString recipient = headerText(fields.get(), "Final-Recipient");
        if (action == u"failed"_s && !recipient.isEmpty())
            failed.append(recipient.section(u';', -1).trimmed());
    }
    return failed;
}

struct Walk
{
    IncomingMail *mail = nullptr;
    qint64 limit = 0;
    QByteArray deliveryStatus;
};

void addAttachment(Walk &walk, const QString &type, const QByteArray &data, const QString &fileName)
{
    MailAttachment attachment;
    attachment.fileName = fileName;
    attachment.contentType = type;
    attachment.size = data.size();
    attachment.kept = data.size() <= walk.limit;
    if (attachment.kept)
        attachment.data = data;
    walk.mail->attachments.append(attachment);
}

void visit(GMimeObject *, GMimeObject *part, gpointer data)
{
    Walk &walk = *static_cast<Walk *>(data);
    const QString type =
        owned(g_mime_content_type_get_mime_type(g_mime_object_get_content_type(part))).toLower();
    if (GMIME_IS_MESSAGE_PART(part)) {
        // A forwarded or returned message stays whole, as a file.
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
        QByteArray bytes;
        if (inner) {
            char *text = g_mime_object_to_string(GMIME_OBJECT(inner), nullptr);
            bytes = QByteArray(text);
            g_free(text);
        }
        addAttachment(walk, type, bytes, u"message.eml"_s);
        return;
    }
    if (!GMIME_IS_PART(part))
        return;
    GMimePart *leaf = GMIME_PART(part);
    if (type == u"message/delivery-status"_s || type == u"message/global-delivery-status"_s) {
        walk.deliveryStatus += decodedContent(leaf);
        return;
    }
    const bool attachment = g_mime_part_is_attachment(leaf);
    if (!attachment && GMIME_IS_TEXT_PART(part)) {
        // The program's text has LF line ends, as typed; mail carries CRLF.
        QString text = owned(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
        text.replace(u"\r\n"_s, u"\n"_s);
        if (type == u"text/plain"_s) {
            if (!walk.mail->text.isEmpty())
                walk.mail->text += u'\n';
            walk.mail->text += text;
            return;
        }
        if (type == u"text/html"_s && walk.mail->html.isEmpty()) {
            walk.mail->html = text;
            return;
        }
    }
    addAttachment(walk, type, decodedContent(leaf), borrowed(g_mime_part_get_filename(leaf)));
}

} // namespace

Result<IncomingMail> MimeReader::read(const QByteArray &raw, qint64 attachmentLimit)
{
    ensureGMime();
    GMimeHandle<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), gsize(raw.size())));
    GMimeHandle<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GMimeHandle<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    GMimeObject *object = GMIME_OBJECT(message.get());
    if (!message || !g_mime_header_list_get_count(g_mime_object_get_header_list(object)))
        return Result<IncomingMail>::failure(u"invalid_mail"_s,
                                             Tr::tr("The message has no header."));

    IncomingMail mail;
    QList<MailAddress> from;
    addMailboxes(g_mime_message_get_from(message.get()), from);
    if (!from.isEmpty())
        mail.from = from.constFirst();
    addMailboxes(g_mime_message_get_to(message.get()), mail.to);
    addMailboxes(g_mime_message_get_cc(message.get()), mail.cc);
    addMailboxes(g_mime_message_get_reply_to(message.get()), mail.replyTo);
    mail.subject = borrowed(g_mime_message_get_subject(message.get()));
    mail.messageId = withoutBrackets(borrowed(g_mime_message_get_message_id(message.get())));
    const QStringList replyTo = references(g_mime_object_get_header(object, "In-Reply-To"));
    mail.inReplyTo = replyTo.isEmpty() ? QString() : replyTo.constFirst();
    mail.references = references(g_mime_object_get_header(object, "References"));
    if (GDateTime *date = g_mime_message_get_date(message.get()))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    Walk walk{&mail, attachmentLimit, {}};
    g_mime_message_foreach(message.get(), visit, &walk);

    mail.autoSubmitted = isAutomatic(object);
    mail.failedRecipients = failedInStatus(walk.deliveryStatus);
    const QString exim = headerText(object, "X-Failed-Recipients");
    if (!exim.isEmpty() && mail.failedRecipients.isEmpty()) {
        for (const QString &address : exim.split(u',', Qt::SkipEmptyParts))
            mail.failedRecipients.append(address.trimmed());
    }
    mail.bounce = !walk.deliveryStatus.isEmpty() || !mail.failedRecipients.isEmpty();
    return mail;
}

} // namespace shopdesk::mail
