#include "server/requesttext.h"

#include <algorithm>

namespace shopdesk::server {

namespace {

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

} // namespace

bool RequestText::hasControlCharacter(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), isControl);
}

bool RequestText::isNumber(QStringView text)
{
    return !text.isEmpty() && text.size() <= 18 &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString RequestText::printable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isControl(c))
            out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace shopdesk::server
