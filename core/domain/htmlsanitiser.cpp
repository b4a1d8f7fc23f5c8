#include "domain/htmlsanitiser.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

const QSet<QString> &keptTags()
{
    static const QSet<QString> tags = {u"h1"_s,     u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s,
                                       u"p"_s,      u"br"_s, u"ul"_s, u"ol"_s, u"li"_s, u"b"_s,
                                       u"strong"_s, u"i"_s,  u"em"_s, u"a"_s};
    return tags;
}

// Dropped together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> tags = {u"script"_s, u"style"_s,    u"iframe"_s,   u"object"_s,
                                       u"embed"_s,  u"noscript"_s, u"template"_s, u"textarea"_s,
                                       u"svg"_s,    u"math"_s,     u"frameset"_s, u"noembed"_s,
                                       u"xmp"_s,    u"title"_s,    u"head"_s};
    return tags;
}

constexpr qsizetype maxDepth = 64;

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        case 0:
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Resolves character references; an unknown one stays as written (and is escaped later).
QString decode(const QString &text)
{
    static const QHash<QString, QString> named = {
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},   {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s}, {u"nbsp"_s, QString(QChar(0xA0))},
        {u"colon"_s, u":"_s}, {u"tab"_s, u"\t"_s}, {u"newline"_s, u"\n"_s},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - i <= 32 && text[end] != u';' && text[end] != u'&' &&
               !text[end].isSpace() && text[end] != u'<')
            ++end;
        const QString name = text.mid(i + 1, end - i - 1);
        const bool terminated = end < text.size() && text[end] == u';';
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                if (code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                    out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = terminated ? end : end - 1;
                continue;
            }
        } else if (named.contains(name.toLower())) {
            out += named.value(name.toLower());
            i = terminated ? end : end - 1;
            continue;
        }
        out += u'&';
    }
    return out;
}

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes;
};

// Reads one tag starting after '<' at pos; pos ends after its '>'. False if this is no tag.
bool readTag(const QString &html, qsizetype &pos, Tag &tag)
{
    qsizetype i = pos;
    if (i < html.size() && html[i] == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && (html[i].isLetterOrNumber()))
        ++i;
    if (i == nameStart || !html[nameStart].isLetter())
        return false;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    while (i < html.size()) {
        while (i < html.size() && (html[i].isSpace() || html[i] == u'/')) {
            if (html[i] == u'/')
                tag.selfClosing = true;
            ++i;
        }
        if (i >= html.size())
            break;
        if (html[i] == u'>') {
            pos = i + 1;
            return true;
        }
        tag.selfClosing = false;
        const qsizetype attrStart = i;
        while (i < html.size() && !html[i].isSpace() && html[i] != u'>' && html[i] != u'=' &&
               !(html[i] == u'/' && i > attrStart))
            ++i;
        const QString name = html.mid(attrStart, i - attrStart).toLower();
        while (i < html.size() && html[i].isSpace())
            ++i;
        QString value;
        if (i < html.size() && html[i] == u'=') {
            ++i;
            while (i < html.size() && html[i].isSpace())
                ++i;
            if (i < html.size() && (html[i] == u'"' || html[i] == u'\'')) {
                const QChar quote = html[i];
                const qsizetype close = html.indexOf(quote, i + 1);
                if (close < 0) {
                    i = html.size();
                    break;
                }
                value = html.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < html.size() && !html[i].isSpace() && html[i] != u'>')
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (!name.isEmpty() && !tag.attributes.contains(name))
            tag.attributes.insert(name, decode(value));
    }
    // An unterminated tag swallows the rest and is dropped, as a browser would.
    pos = html.size();
    tag.name.clear();
    return true;
}

} // namespace

bool HtmlSanitiser::isSafeLink(const QString &href)
{
    QString compact;
    for (QChar c : href) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            compact += c;
    }
    const QUrl url(compact, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto"_s)
        return !url.path().isEmpty();
    return (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

QString HtmlSanitiser::sanitise(const QString &html)
{
    QString out;
    QList<QString> open;
    QString text;
    auto flushText = [&] {
        out += escape(decode(text));
        text.clear();
    };
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c != u'<') {
            text += c;
            ++i;
            continue;
        }
        if (html.mid(i, 4) == u"<!--"_s) {
            const qsizetype end = html.indexOf(u"-->"_s, i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        if (i + 1 < html.size() && (html[i + 1] == u'!' || html[i + 1] == u'?')) {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? html.size() : end + 1;
            continue;
        }
        qsizetype pos = i + 1;
        Tag tag;
        if (!readTag(html, pos, tag)) {
            text += c; // a lone '<' is text
            ++i;
            continue;
        }
        flushText();
        i = pos;
        if (!tag.closing && droppedWithContent().contains(tag.name)) {
            // Skip to the matching end tag; nothing inside is markup we want.
            const QString endTag = u"</"_s + tag.name;
            qsizetype end = i;
            while (true) {
                end = html.indexOf(endTag, end, Qt::CaseInsensitive);
                if (end < 0)
                    break;
                const qsizetype after = end + endTag.size();
                if (after >= html.size() || !html[after].isLetterOrNumber())
                    break;
                end = after;
            }
            if (end < 0) {
                i = html.size();
            } else {
                const qsizetype close = html.indexOf(u'>', end);
                i = close < 0 ? html.size() : close + 1;
            }
            continue;
        }
        if (!keptTags().contains(tag.name))
            continue;
        if (tag.name == u"br"_s) {
            if (!tag.closing)
                out += u"<br>"_s;
            continue;
        }
        if (tag.closing) {
            const qsizetype at = open.lastIndexOf(tag.name);
            if (at < 0)
                continue;
            while (open.size() > at)
                out += u"</"_s + open.takeLast() + u'>';
            continue;
        }
        // Nothing real nests this deep; the cap keeps hostile input linear.
        if (tag.selfClosing || open.size() >= maxDepth)
            continue;
        if (tag.name == u"a"_s) {
            const QString href = tag.attributes.value(u"href"_s).trimmed();
            if (isSafeLink(href))
                out += u"<a href=\""_s + escape(href) + u"\">"_s;
            else
                out += u"<a>"_s;
        } else {
            out += u'<' + tag.name + u'>';
        }
        open.append(tag.name);
    }
    flushText();
    while (!open.isEmpty())
        out += u"</"_s + open.takeLast() + u'>';
    return out;
}

} // namespace shopdesk
