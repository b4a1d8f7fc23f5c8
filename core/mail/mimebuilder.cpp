#include "mail/mimebuilder.h"

#include "domain/tr.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr int maxLine = 76; // RFC 2045 limit for quoted-printable lines
constexpr int maxHeaderLine = 78;

Result<QByteArray> invalid(const QString &message)
{
    return Result<QByteArray>::failure(u"invalid_mail"_s, message);
}

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A header holds one line: line breaks become spaces, other control characters go.
QString singleLine(const QString &text)
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
    return result;
}

// Splits UTF-8 text into RFC 2047 "B" encoded-words of at most `budget` columns each, never
// cutting a character in two (each word must decode on its own).
QList<QByteArray> encodedWords(const QString &text, int firstBudget)
{
    constexpr int overhead = 12; // "=?UTF-8?B?" + "?="
    const auto bytesFor = [](int columns) { return std::max(3, (columns - overhead) / 4 * 3); };
    QList<QByteArray> words;
    QByteArray chunk;
    int budget = bytesFor(firstBudget);
    const auto flush = [&] {
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
        budget = bytesFor(75);
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (!chunk.isEmpty() && chunk.size() + character.size() > budget)
            flush();
        chunk += character;
        i += length;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        flush();
    return words;
}

// A display name as a header phrase: bare atoms, a quoted string, or encoded-words.
QByteArray encodePhrase(const QString &text)
{
    const QString name = singleLine(text);
    static const QRegularExpression atoms(u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$"_s);
    if (isPlainAscii(name) && name.size() <= 60) {
        if (atoms.match(name).hasMatch())
            return name.toLatin1();
        QString quoted = name;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        return '"' + quoted.toLatin1() + '"';
    }
    // Room for the longest header name it follows ("Reply-To: ") within 78 columns.
    return encodedWords(name, 66).join("\r\n ");
}

QByteArray addressList(const QList<MailAddress> &list)
{
    QList<QByteArray> parts;
    for (const MailAddress &mailbox : list)
        parts.append(MimeBuilder::encodeMailbox(mailbox));
    return parts.join(",\r\n ");
}

QByteArray bodyPart(const QByteArray &type, const QString &text)
{
    return "Content-Type: " + type +
           "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
           MimeBuilder::quotedPrintable(text);
}

} // namespace

QByteArray MimeBuilder::encodeUnstructured(const QString &value, int usedColumns)
{
    const QString text = singleLine(value);
    if (isPlainAscii(text) && usedColumns + text.size() <= maxHeaderLine)
        return text.toLatin1();
    return encodedWords(text, maxHeaderLine - usedColumns).join("\r\n ");
}

QByteArray MimeBuilder::encodeMailbox(const MailAddress &mailbox)
{
    if (mailbox.name().isEmpty())
        return mailbox.envelope();
    const QByteArray phrase = encodePhrase(mailbox.name());
    const QByteArray address = '<' + mailbox.envelope() + '>';
    // Fold before the address only when one line would grow too long.
    if (!phrase.contains('\n') && phrase.size() + address.size() < 60)
        return phrase + ' ' + address;
    return phrase + "\r\n " + address;
}

QByteArray MimeBuilder::quotedPrintable(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QByteArray utf8 = normalised.toUtf8();
    const QList<QByteArray> lines = utf8.split('\n');

    QByteArray out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            const bool whitespace = byte == ' ' || byte == '\t';
            const bool literal =
                (byte >= 33 && byte <= 126 && byte != '=') || (whitespace && !last);
            QByteArray token;
            if (literal)
                token.append(char(byte));
            else
                token.append('=').append(hex[byte >> 4]).append(hex[byte & 15]);
            // Keep room for the soft break's "=".
            if (current.size() + token.size() > maxLine - 1) {
                out += current + "=\r\n";
                current.clear();
            }
            // A dot alone at a line start means something to SMTP: never leave it bare.
            if (current.isEmpty() && token == ".")
                token = "=2E";
            current += token;
        }
        out += current;
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MimeBuilder::formatDate(const QDateTime &date)
{
    // RFC 5322 wants English names whatever the locale.
    static const std::array<const char *, 7> days = {"Mon", "Tue", "Wed", "Thu",
                                                     "Fri", "Sat", "Sun"};
    static const std::array<const char *, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = date.toUTC();
    const QDate d = utc.date();
    return QByteArray(days.at(std::size_t(d.dayOfWeek() - 1))) + ", " +
           QByteArray::number(d.day()) + ' ' + months.at(std::size_t(d.month() - 1)) + ' ' +
           QByteArray::number(d.year()) + ' ' + utc.time().toString(u"HH:mm:ss").toLatin1() +
           " +0000";
}

Result<QByteArray> MimeBuilder::build(MailMessage message)
{
    if (!message.from().isValid()) {
        return invalid(Tr::tr("The sender address \"%1\" is not a valid e-mail address.")
                           .arg(message.from().address().left(100)));
    }
    if (message.to().isEmpty())
        return invalid(Tr::tr("The message has no recipient."));
    for (const MailAddress &mailbox : message.to() + message.replyTo()) {
        if (!mailbox.isValid()) {
            return invalid(
                Tr::tr("\"%1\" is not a valid e-mail address.").arg(mailbox.address().left(100)));
        }
    }
    if (message.textBody().isEmpty() && message.htmlBody().isEmpty())
        return invalid(Tr::tr("The message has no text."));
    message.ensureIdentity();
    static const QRegularExpression messageId(u"^<[!-;=?-~]+@[!-;=?-~]+>$"_s);
    if (!messageId.match(message.messageId()).hasMatch()) {
        return invalid(
            Tr::tr("\"%1\" is not a valid Message-ID.").arg(message.messageId().left(100)));
    }

    QByteArray out;
    out += "Date: " + formatDate(message.date()) + "\r\n";
    out += "From: " + encodeMailbox(message.from()) + "\r\n";
    out += "To: " + addressList(message.to()) + "\r\n";
    if (!message.replyTo().isEmpty())
        out += "Reply-To: " + addressList(message.replyTo()) + "\r\n";
    out += "Subject: " + encodeUnstructured(message.subject(), 9) + "\r\n";
    out += "Message-ID: " + message.messageId().toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";

    static const QRegularExpression headerName(u"^[A-Za-z0-9-]{1,60}$"_s);
    static const QStringList managed = {u"date"_s,    u"from"_s,       u"to"_s,
                                        u"cc"_s,      u"bcc"_s,        u"reply-to"_s,
                                        u"subject"_s, u"message-id"_s, u"mime-version"_s};
    for (const auto &[name, value] : message.headers()) {
        const QString text = QString::fromLatin1(name);
        if (!headerName.match(text).hasMatch() || managed.contains(text.toLower()) ||
            text.startsWith(u"content-"_s, Qt::CaseInsensitive)) {
            return invalid(Tr::tr("\"%1\" cannot be set as a header.").arg(text.left(60)));
        }
        out += name + ": " + encodeUnstructured(value, int(name.size()) + 2) + "\r\n";
    }

    if (message.htmlBody().isEmpty())
        return out + bodyPart("text/plain", message.textBody());
    if (message.textBody().isEmpty())
        return out + bodyPart("text/html", message.htmlBody());

    // "=_" never occurs in quoted-printable text, so the boundary cannot clash with a body.
    const QByteArray boundary =
        "=_shopdesk_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a message in MIME format.\r\n";
    out += "--" + boundary + "\r\n" + bodyPart("text/plain", message.textBody()) + "\r\n";
    out += "--" + boundary + "\r\n" + bodyPart("text/html", message.htmlBody()) + "\r\n";
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace shopdesk::mail
