#pragma once

#include <QString>

namespace shopdesk {

// Cleans rich text written by editors down to the small HTML the shop's website may show:
// headings, paragraphs, line breaks, lists, bold, italics and links (http, https, mailto).
// Everything else goes: script, style and embedded content with what is inside them, any
// other tag (its text stays), comments, every attribute but a link's href. The result is
// well formed (every kept tag closed) and all text is escaped again, so nothing the input
// smuggled in an odd spelling survives as markup.
class HtmlSanitiser
{
public:
    static QString sanitise(const QString &html);
    // Whether href may stay on a link: an absolute http, https or mailto URL.
    static bool isSafeLink(const QString &href);
};

} // namespace shopdesk
